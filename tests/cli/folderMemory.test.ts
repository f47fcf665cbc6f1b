/**
 * A bureau checks a folder of hundreds of units' workbooks in one run (issue 12: bounded in memory). The run must keep
 * of each file only what its report needs, not the file's whole check: before, every file's CheckResult stayed until
 * the end (4.1 MB for the bench's 1,000-table workbook), so the heap grew with each file (docs/performance.md, session 65).
 *
 * Measured in a child process running the CLI's main: after each file the heap is collected (--expose-gc) and its size
 * taken. V8's optimising compilers are off (--no-opt --no-sparkplug): their code for functions growing hot, file after
 * file, is not what the run keeps, and would blur the measure.
 */
import { spawn, spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BIN } from "./runCli";

jest.setTimeout(120_000);

const ROOT = path.join(__dirname, "..", "..");
const UNIT = path.join(ROOT, "tests", "fixtures", "seed-per-sheet.xlsx"); // 8 goal tables, 18 KB
const FILES = 16;
/** Files checked before the heap is first taken: the first ones compile code, fill the readers' bounded memos. */
const WARM = 4;

interface Measured {
  code: number;
  /** Heap used after each file's check (bytes, collected). */
  heap: number[];
  /** Characters the run wrote to stdout. */
  stdoutChars: number;
}

function runMeasured(dir: string, out: string, extra: string[]): Measured {
  const script = `
    const { main } = require(${JSON.stringify(path.join(ROOT, "src", "cli", "main.ts"))});
    const heap = [];
    let stdoutChars = 0;
    const io = {
      stdout: { write: (s) => { stdoutChars += s.length; return true; } },
      stderr: { write: () => true },
      checked: () => { gc(); gc(); heap.push(process.memoryUsage().heapUsed); },
    };
    const args = ["check", ${JSON.stringify(dir)}, "--out", ${JSON.stringify(out)}, "--as-of", "2024-07-31", ...${JSON.stringify(extra)}];
    main(args, io).then((code) => process.stdout.write(JSON.stringify({ code, heap, stdoutChars })));`;
  const child = spawnSync(
    process.execPath,
    ["--expose-gc", "--no-opt", "--no-sparkplug", "--import", "tsx", "-e", script],
    { cwd: ROOT, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
  );
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as Measured;
}

/** The size of one file's check as the run used to keep it: what a further file added to the heap before. */
const ONE_CHECK_BYTES = 40 * 1024;

let work: string;
beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-folder-memory-"));
  await fs.mkdir(path.join(work, "各单位"));
  for (let i = 1; i <= FILES; i++) await fs.copyFile(UNIT, path.join(work, "各单位", `单位${i}.xlsx`));
});
afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

test.each([
  ["the text report", []],
  ["--json", ["--json"]],
])("%s: the heap after the last of a folder's workbooks is about what it was after the first ones", (_, extra) => {
  const run = runMeasured(path.join(work, "各单位"), path.join(work, `out${extra.join("")}`), extra);
  expect(run.code).toBe(0);
  expect(run.heap).toHaveLength(FILES);
  const grown = run.heap[FILES - 1] - run.heap[WARM - 1];
  // The text report keeps each file's lines until the end (two bytes a character at most); --json writes them out.
  const keptText = extra.length ? 0 : 2 * (run.stdoutChars / FILES) * (FILES - WARM);
  // Before: each file kept its check (~43 KB each here, 0.5 MB over these 12 files). Now what remains is V8's
  // inline caches and such for code still running for the first time (under 0.1 MB) and the text kept.
  expect(grown).toBeLessThan(keptText + ((FILES - WARM) * ONE_CHECK_BYTES) / 2);
});

test("--json written file by file: a reader that stops after the first lines leaves no workbook unchecked, no copy half written", async () => {
  // `perf-targets check 各单位 --json | head -3`: the entries now go out while the folder is checked.
  const folder = path.join(work, "各单位");
  const out = path.join(work, "out-head");
  const child = spawn(process.execPath, [BIN, "check", folder, "--json", "--out", out, "--as-of", "2024-07-31"], {
    cwd: work,
  });
  child.stdout.once("data", () => child.stdout.destroy()); // the reader is gone after its first piece
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
  expect(code).toBe(0);
  expect(stderr).toBe("");
  const written = await fs.readdir(out);
  expect(written.filter((f) => f.endsWith(".checked.xlsx"))).toHaveLength(FILES);
  expect(written.filter((f) => f.endsWith(".tmp"))).toEqual([]);
});
