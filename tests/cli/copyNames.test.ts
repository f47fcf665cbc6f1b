/**
 * The names of the checked copies when a checked copy is itself checked (review54's findings): running twice with
 * --force gives the folder of one run, an input is never written, the copies of one workbook are numbered as its
 * copies (x.checked-2.xlsx, never x-2.checked.xlsx, the copy of some x-2.xlsx), and no copy gets a hidden name.
 * The real command line in a child process, as a clerk runs it.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { isCheckedCopy } from "../../src/host/xlsx/container";
import { ROOT, runCli } from "./runCli";

const SEED = path.join(ROOT, "tests", "fixtures", "seed-one-sheet.xlsx");
const AS_OF = ["--as-of", "2024-07-31"];

let work: string;
beforeEach(async () => (work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-copy-names-"))));
afterEach(() => fs.rm(work, { recursive: true, force: true }));
jest.setTimeout(120_000);

const run = (args: string[]) => runCli(args, work, { timeout: 60_000 });
const listing = async (dir: string) => (await fs.readdir(path.join(work, dir))).sort();

test("--force on a checked copy in its own folder replaces its copy x.checked-2.xlsx run after run; the input stays", async () => {
  await fs.mkdir(path.join(work, "perf-out"));
  const input = path.join(work, "perf-out", "x.checked.xlsx");
  await fs.copyFile(SEED, input); // the copy a unit filled in, put back where the copies are
  const before = await fs.readFile(input);
  for (const round of [1, 2, 3]) {
    const r = await run(["check", "perf-out/x.checked.xlsx", "--force", ...AS_OF]);
    expect({ round, code: r.code, stderr: r.stderr }).toEqual({ round, code: 0, stderr: "" });
    expect(r.stdout).toContain("perf-out/x.checked.xlsx → perf-out/x.checked-2.xlsx");
    expect(r.stdout).toContain("（perf-out/x.checked.xlsx 是输入文件本身，--force 也不会覆盖它）");
    // main: x.checked-3.xlsx, x.checked-4.xlsx … one more each run.
    expect(await listing("perf-out")).toEqual(["x.checked-2.xlsx", "x.checked.xlsx"]);
    expect(await fs.readFile(input)).toEqual(before);
  }
});

test("a workbook and its checked copy in one run: the copy's copy is x.checked-2.xlsx whichever is named first", async () => {
  await fs.copyFile(SEED, path.join(work, "x.xlsx"));
  await fs.copyFile(SEED, path.join(work, "x.checked.xlsx"));
  for (const args of [
    ["x.xlsx", "x.checked.xlsx"],
    ["x.checked.xlsx", "x.xlsx"],
  ]) {
    const r = await run(["check", ...args, "--force", ...AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("x.xlsx → perf-out/x.checked.xlsx");
    // main: perf-out/x-2.checked.xlsx (a copy of a workbook x-2.xlsx, by its name), or x.xlsx's the other way round.
    expect(r.stdout).toContain("x.checked.xlsx → perf-out/x.checked-2.xlsx");
    expect(await listing("perf-out")).toEqual(["x.checked-2.xlsx", "x.checked.xlsx"]);
  }
  // Without --force the earlier copies are kept and the new ones numbered on, each still known as a checked copy (a
  // folder check passes it over): not x.checked-2-2.xlsx.
  expect((await run(["check", "x.xlsx", "x.checked.xlsx", ...AS_OF])).code).toBe(0);
  const names = await listing("perf-out");
  expect(names).toEqual(["x.checked-2.xlsx", "x.checked-3.xlsx", "x.checked-4.xlsx", "x.checked.xlsx"]);
  expect(names.filter((n) => !isCheckedCopy(n))).toEqual([]);
});

test("--force never replaces a copy the same run wrote: a workbook checked with its copy that sits in --out", async () => {
  await fs.mkdir(path.join(work, "perf-out"));
  await fs.copyFile(SEED, path.join(work, "x.xlsx"));
  const input = path.join(work, "perf-out", "x.checked.xlsx");
  await fs.copyFile(SEED, input);
  const before = await fs.readFile(input);
  for (const round of [1, 2]) {
    const r = await run(["check", "x.xlsx", "perf-out/x.checked.xlsx", "--force", ...AS_OF]);
    expect({ round, code: r.code }).toEqual({ round, code: 0 });
    const outputs = [...r.stdout.matchAll(/→ (\S+)/g)].map((m) => m[1]).sort();
    // Two outputs, two files, the same each run, the input untouched (main: x-2.checked.xlsx, and x.xlsx's copy one
    // number further each run).
    expect(outputs).toEqual(["perf-out/x.checked-2.xlsx", "perf-out/x.checked-3.xlsx"]);
    expect(await listing("perf-out")).toEqual(["x.checked-2.xlsx", "x.checked-3.xlsx", "x.checked.xlsx"]);
    expect(await fs.readFile(input)).toEqual(before);
  }
});

test("an input named .checked.xlsx gets a copy a clerk can see, workbook.checked.xlsx, as the page names it", async () => {
  await fs.copyFile(SEED, path.join(work, ".checked.xlsx"));
  const r = await run(["check", ".checked.xlsx", ...AS_OF]);
  expect(r.code).toBe(0);
  // main: perf-out/.checked.xlsx, a hidden file.
  expect(r.stdout).toContain(".checked.xlsx → perf-out/workbook.checked.xlsx");
  expect(await listing("perf-out")).toEqual(["workbook.checked.xlsx"]);
});

// review67: an input saved by the clerk while the run was under way (a long folder run, Excel's save changing its
// size and last change) is still an input. On int67 1b9e6774 its identity (number, size, mtime, ctime) no longer matched
// the one taken at the start, and --force renamed the copy over it: the clerk's file replaced.
test("--force never replaces an input the clerk saved during the run", async () => {
  const { onceEach } = await import("../../src/cli/files");
  const { checkFile } = await import("../../src/cli/checkFile");
  await fs.mkdir(path.join(work, "perf-out"));
  const input = path.join(work, "perf-out", "x.checked.xlsx");
  await fs.copyFile(SEED, input);
  const { inputs } = await onceEach({ files: [input], subfolders: [""] });
  const later = new Date(Date.now() + 60_000);
  await fs.utimes(input, later, later); // saved again: a new last change (and a new ctime)
  const saved = await fs.readFile(input);
  const outcome = await checkFile(input, {
    outPath: input,
    asOf: "2024-07-31",
    today: "2024-07-31",
    formulas: false,
    lang: "zh",
    force: true,
    inputs,
    written: new Set(),
  });
  expect(outcome).toMatchObject({ output: path.join(work, "perf-out", "x.checked-2.xlsx") });
  expect(await fs.readFile(input)).toEqual(saved);
});
