/**
 * review39: a script passes the output folder from a variable that is not set (`--out "$OUT"` → `--out ""`). The copies
 * went to the folder the script runs in — often the units' own folder, beside the files collected from them — without a
 * word. An empty (or blank) --out is a usage error: one line saying so (then the usage, as every usage error), exit code
 * 2, nothing written.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, runCli } from "./runCli";

jest.setTimeout(60_000);

let work = "";
beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), "perf-empty-out-"));
  copyFileSync(path.join(ROOT, "assets/sample.xlsx"), path.join(work, "甲单位.xlsx"));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

test.each([[""], ["   "]])("--out %j is said (exit 2) and nothing is written", async (out) => {
  const run = await runCli(["check", "甲单位.xlsx", "--out", out, "--as-of", "2024-07-31"], work);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr.split("\n")[0]).toBe("--out 需要一个文件夹，收到的是空值（脚本中的变量没有设置？）");
  expect(readdirSync(work)).toEqual(["甲单位.xlsx"]);
});
