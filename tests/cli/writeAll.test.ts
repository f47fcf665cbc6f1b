/**
 * The checked copy goes to disk as zip pieces (never joined into one buffer); writeAll must put every byte
 * out in order however the system call splits the work.
 */
import fc from "fast-check";
import { writeAll, type GatherWriter } from "../../src/cli/checkFile";

/** A file handle whose writev takes at most `limit` buffers and writes at most `perCall` bytes per call (a short write). */
function shortWriter(perCall: number, limit = 1024) {
  const written: number[] = [];
  let calls = 0;
  const handle: GatherWriter = {
    writev(buffers: Uint8Array[]) {
      calls++;
      if (buffers.length > limit) return Promise.reject(new Error("EINVAL: more buffers than IOV_MAX"));
      let budget = perCall;
      for (const b of buffers)
        for (const byte of b) {
          if (budget-- <= 0) return Promise.resolve({ bytesWritten: perCall, buffers });
          written.push(byte);
        }
      return Promise.resolve({ bytesWritten: perCall - Math.max(budget, 0), buffers });
    },
  };
  return { handle, written, calls: () => calls };
}

describe("writeAll", () => {
  it("writes every piece in order through short writes and empty pieces", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 50 }),
        async (chunks, perCall) => {
          const file = shortWriter(perCall);
          await writeAll(file.handle, chunks);
          expect(file.written).toEqual(chunks.flatMap((c) => [...c]));
        },
      ),
    );
  });

  it("never hands writev more than 1,024 pieces at once", async () => {
    const chunks = Array.from({ length: 3000 }, (_, i) => new Uint8Array([i & 0xff]));
    const file = shortWriter(Number.MAX_SAFE_INTEGER);
    await writeAll(file.handle, chunks);
    expect(file.written).toEqual(chunks.map((c) => c[0]));
    expect(file.calls()).toBe(3);
  });
});
