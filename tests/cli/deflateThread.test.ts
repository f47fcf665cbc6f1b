import threads from "node:worker_threads";
import { deflatingElsewhere, startDeflateWorker, ZLIB_CODEC } from "../../src/cli/zlibCodec";
import { concat, packPackage, partBytes, setPartBytes, STORE_BELOW, type Codec } from "../../src/host/xlsx/zip";

const NOW = new Date(2026, 0, 2, 3, 4, 6);

/** A copy's parts: sheets' XML of 1–9 KB, bytes that do not deflate, a part larger than a batch, small stored ones. */
function someParts(): Uint8Array[] {
  const parts: Uint8Array[] = [];
  let x = 7;
  const random = (n: number) => Uint8Array.from({ length: n }, () => (x = (x * 1103515245 + 12345) >>> 0) >>> 24);
  for (let i = 0; i < 300; i++) {
    const cells = Array.from(
      { length: 20 + (i % 9) * 25 },
      (_, c) => `<c r="A${c}" s="${(i * c) % 7}"><v>${c * i}</v></c>`,
    );
    parts.push(new TextEncoder().encode(`<sheetData>${cells.join("")}</sheetData>`));
    if (i % 40 === 0) parts.push(random(3000 + i));
    if (i % 50 === 0) parts.push(random(STORE_BELOW - 1));
  }
  parts.push(new TextEncoder().encode("<sst>" + "<si><t>目标值</t></si>".repeat(9000) + "</sst>")); // ~200 KB
  return parts;
}

/** The zip a writer makes of `parts` through `codec`; `between` runs after every 50 parts. */
function copyThrough(codec: Codec, parts: Uint8Array[], between: () => void = () => {}): Buffer {
  const pkg = { parts: new Map(), codec };
  parts.forEach((bytes, i) => {
    setPartBytes(pkg, `xl/p${i}.xml`, bytes);
    if (i % 50 === 49) between();
  });
  return Buffer.from(concat(packPackage(pkg, NOW)));
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

type Make = (Real: typeof threads.Worker, source: string, options: threads.WorkerOptions) => threads.Worker;

/**
 * The codec, its thread made by `make` from the thread's source and options and given time to start (a loaded machine
 * can take over the second the writer waits, and the tests would then never meet a thread).
 */
async function codecWith(make: Make = (Real, source, options) => new Real(source, options)): Promise<Codec> {
  const Real = threads.Worker;
  let made: threads.Worker | null = null;
  const spy = jest
    .spyOn(threads, "Worker")
    .mockImplementation((source, options) => (made = make(Real, String(source), options ?? {})));
  try {
    startDeflateWorker();
    if (made) await new Promise((resolve) => made!.once("online", resolve));
    await new Promise((resolve) => setTimeout(resolve, 100));
    return deflatingElsewhere();
  } finally {
    spy.mockRestore();
  }
}

describe("the copy's parts deflated on a second thread", () => {
  const parts = someParts();
  const expected = copyThrough(ZLIB_CODEC, parts);

  it("writes the same bytes as deflating them here, with parts deflated by the thread", async () => {
    const codec = await codecWith();
    const here = jest.spyOn(ZLIB_CODEC, "deflate");
    try {
      // Pauses between parts let the thread answer the batches sent (a writer alone outruns it here).
      const copy = copyThrough(codec, parts, () => sleep(200));
      expect(copy.equals(expected)).toBe(true);
      const deflated = parts.filter((p) => p.length >= STORE_BELOW).length;
      expect(here.mock.calls.length).toBeLessThan(deflated);
    } finally {
      here.mockRestore();
    }
  });

  it("reads back a part still being deflated, then goes on", async () => {
    const pkg = { parts: new Map(), codec: await codecWith() };
    parts.slice(0, 40).forEach((bytes, i) => setPartBytes(pkg, `xl/p${i}.xml`, bytes));
    expect(Buffer.from(partBytes(pkg, "xl/p3.xml")!).equals(Buffer.from(parts[3]))).toBe(true);
    parts.slice(40).forEach((bytes, i) => setPartBytes(pkg, `xl/p${i + 40}.xml`, bytes));
    expect(Buffer.from(concat(packPackage(pkg, NOW))).equals(expected)).toBe(true);
  });

  it("starts no second thread for a second file: its copy is deflated here, with no wait for a start", async () => {
    const first = await codecWith();
    expect(copyThrough(first, parts).equals(expected)).toBe(true);
    const made = jest.spyOn(threads, "Worker");
    try {
      expect(deflatingElsewhere()).toBe(ZLIB_CODEC);
      expect(made).not.toHaveBeenCalled();
    } finally {
      made.mockRestore();
    }
  });

  it("writes the same bytes when the thread cannot be made", async () => {
    const codec = await codecWith(() => {
      throw new Error("no threads here");
    });
    expect(codec).toBe(ZLIB_CODEC);
    expect(copyThrough(codec, parts).equals(expected)).toBe(true);
  });

  it("writes the same bytes when the thread is killed while the copy is written", async () => {
    let made: threads.Worker | null = null;
    const codec = await codecWith((Real, source, options) => (made = new Real(source, options)));
    let batches = 0;
    const copy = copyThrough(codec, parts, () => {
      if (++batches === 2) void made!.terminate();
      sleep(20);
    });
    expect(copy.equals(expected)).toBe(true);
  });

  it("writes the same bytes, without waiting for it, when the thread dies in the middle of a batch", async () => {
    const codec = await codecWith(
      (Real, source, options) =>
        new Real(
          source.replace("// taken back by the writer", "// taken back by the writer\n  process.exit(1);"),
          options,
        ),
    );
    const start = Date.now();
    const copy = copyThrough(codec, parts, () => sleep(20));
    expect(copy.equals(expected)).toBe(true);
    expect(Date.now() - start).toBeLessThan(5000); // the time a stalled thread is given: 10 s
  });

  it("takes back, without waiting, the batches of a thread that never begins them", async () => {
    const codec = await codecWith(
      (Real, source, options) =>
        new Real(
          source.replace("const { input, output, meta } = slots[index];", "return; // alive, never begins"),
          options,
        ),
    );
    const start = Date.now();
    expect(copyThrough(codec, parts).equals(expected)).toBe(true);
    expect(Date.now() - start).toBeLessThan(5000);
  });
});
