/**
 * Ctrl-C (SIGINT) or a kill (SIGTERM) while the command line writes a checked copy: the unfinished copy
 * (our temporary file) is removed, no half-written copy is left under a final name, the copies already
 * written are complete, and the run ends with a shell's code (130 / 129 / 143) and one line saying so.
 */
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { unzipSync, zipSync, type Zippable } from "fflate";
import { removeOurTempFiles } from "../../src/cli/checkFile";
import { renderMessage, say } from "../../src/core/locale/messages";
import { ROOT, runCli, startCli } from "./runCli";

const SEED = path.join(ROOT, "tests", "fixtures", "seed-per-sheet.xlsx");
const AS_OF = ["--as-of", "2024-07-31"];
const TEMP = /^\.perf-targets-[0-9a-f]+\.tmp$/;
/** A file of someone else's in the output folder, named like ours: never ours to remove. */
const STRANGER = `.perf-targets-${"0".repeat(24)}.tmp`;

let work: string;
beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-interrupt-"));
  // A large workbook: the seed's tables and a 48 MB picture part, so its copy takes a while to write.
  const parts: Zippable = unzipSync(await fs.readFile(SEED));
  parts["xl/media/photo.bin"] = [new Uint8Array(randomBytes(48 * 1024 * 1024)), { level: 0 }];
  await fs.writeFile(path.join(work, "big.xlsx"), zipSync(parts));
  await fs.copyFile(SEED, path.join(work, "small.xlsx"));
  // The copies an uninterrupted run writes: what a complete copy holds.
  expect((await runCli(["check", "small.xlsx", "big.xlsx", "--out", "whole", ...AS_OF], work)).code).toBe(0);
}, 120_000);
afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});
jest.setTimeout(120_000);

/** A workbook's parts by name (a zip's timestamps differ from run to run; its contents do not). */
async function parts(file: string): Promise<Record<string, Uint8Array>> {
  return unzipSync(await fs.readFile(file));
}

/**
 * Start the run and wait for its temporary file; freeze the process (SIGSTOP) so the file is surely still
 * there when the signal comes, send the signal, let it go on. Returns the run's end. The copy may still be
 * finished first: its rename can already be under way on libuv's thread pool when the signal is handled, so the
 * tests accept a complete copy under its final name (then nothing was removed, and the last line says so).
 */
async function interruptWhileWriting(
  out: string,
  signal: NodeJS.Signals,
  extra: string[] = [],
  inputs = ["small.xlsx", "big.xlsx"],
) {
  const { child, done } = startCli(["check", ...inputs, "--out", out, ...AS_OF, ...extra], work);
  let ended = false;
  void done.then(() => (ended = true));
  // big.xlsx's temporary file, being written: small.xlsx's (a few kB, written first) lingers a moment after its copy
  // is linked into place, and a signal then finds nothing unfinished to remove, which is not the case under test.
  const temps = async () => {
    const names = (await fs.readdir(path.join(work, out)).catch(() => [])).filter(
      (n) => TEMP.test(n) && n !== STRANGER,
    );
    const sizes = await Promise.all(
      names.map((n) =>
        fs.stat(path.join(work, out, n)).then(
          (s) => s.size,
          () => 0,
        ),
      ),
    );
    return names.filter((_, i) => sizes[i] >= 1024 * 1024);
  };
  for (;;) {
    if (ended) throw new Error("the run ended before its copy was being written");
    if ((await temps()).length > 0) {
      child.kill("SIGSTOP");
      if ((await temps()).length > 0) break;
      child.kill("SIGCONT"); // gone in between: wait for the next one
    }
  }
  child.kill(signal);
  child.kill("SIGCONT");
  return done;
}

test.each([
  ["SIGHUP", 129], // the terminal window closed, or the ssh connection dropped
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const)(
  "%s (exit %s) mid-write: no temporary file, no half copy, finished copies complete",
  async (signal, code) => {
    const out = `out-${signal}`;
    const r = await interruptWhileWriting(out, signal);
    const left = await fs.readdir(path.join(work, out));
    expect(left.filter((n) => !["small.checked.xlsx", "big.checked.xlsx"].includes(n))).toEqual([]);
    // Whatever has a final name is the whole copy an uninterrupted run writes.
    for (const name of left)
      expect(await parts(path.join(work, out, name))).toEqual(await parts(path.join(work, "whole", name)));
    expect({ code: r.code, signal: r.signal }).toEqual({ code, signal: null });
    expect(r.stderr.trim().split("\n").at(-1)).toBe(
      left.includes("big.checked.xlsx")
        ? "已中断：已写出的副本完整保留"
        : "已中断：未写完的副本已删除，已写出的副本完整保留",
    );
  },
);

test("--lang en says it in English", async () => {
  const r = await interruptWhileWriting("out-en", "SIGINT", ["--lang", "en"]);
  expect(r.code).toBe(130);
  expect(r.stderr.trim().split("\n").at(-1)).toBe(
    (await fs.readdir(path.join(work, "out-en"))).includes("big.checked.xlsx")
      ? "Interrupted: copies already written are complete and kept"
      : "Interrupted: the unfinished copy was removed; copies already written are complete and kept",
  );
});

test("with no copy being written, the line does not claim one was removed", () => {
  expect(removeOurTempFiles()).toBe(false);
  expect(renderMessage(say("file.interrupted", { removedUnfinished: false }), "zh")).toBe(
    "已中断：已写出的副本完整保留",
  );
});

// summary51: Ctrl-C while the first copy is written into an --out the run made: the folder held only the unfinished
// copy, and an empty new folder (two levels here) was left behind. Now the folders we made go too when empty; one that
// was there before stays, empty or not.
describe("an --out folder the run made", () => {
  const exists = (p: string) =>
    fs.stat(path.join(work, p)).then(
      () => true,
      () => false,
    );

  test("Ctrl-C before any copy is in it: the new folders are removed", async () => {
    const r = await interruptWhileWriting("new-out/month", "SIGINT", [], ["big.xlsx"]);
    expect(r.code).toBe(130);
    if (await exists("new-out/month/big.checked.xlsx")) {
      // The copy was linked into place before the signal: it and its folders stay (see interruptWhileWriting).
      expect(r.stderr.trim().split("\n").at(-1)).toBe("已中断：已写出的副本完整保留");
    } else {
      expect(await exists("new-out")).toBe(false);
      expect(r.stderr.trim().split("\n").at(-1)).toBe("已中断：未写完的副本已删除，已写出的副本完整保留");
    }
  });

  test("a folder that was there before stays, also when empty", async () => {
    await fs.mkdir(path.join(work, "ready"));
    const r = await interruptWhileWriting("ready", "SIGINT", [], ["big.xlsx"]);
    expect(r.code).toBe(130);
    const left = await fs.readdir(path.join(work, "ready"));
    expect(left.filter((n) => n !== "big.checked.xlsx")).toEqual([]);
  });

  test("a folder of ours holding a finished copy stays with it", async () => {
    const r = await interruptWhileWriting("kept-out", "SIGINT");
    expect(r.code).toBe(130);
    expect(await fs.readdir(path.join(work, "kept-out"))).toContain("small.checked.xlsx");
  });
});
