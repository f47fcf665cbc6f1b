/**
 * The copy's folder on a full disk or a read-only one (breaker41: --out on a small tmpfs, then the same mounted
 * read-only). Each file's line said the system's English text: "无法写出检查后的副本：ENOSPC: no space left on device,
 * write", "EROFS: read-only file system, open 'out/.perf-targets-….tmp'" (our temporary file's name). It now says in
 * the run's language what is wrong with which folder, and leaves no file behind.
 *
 * CI cannot mount a disk, so the CLI runs with a preload (node --require) that makes the system calls fail as Linux
 * does: writev gives ENOSPC (no path), creating our temporary file gives EROFS (syscall open, the path).
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, runCli } from "./runCli";

jest.setTimeout(120_000);

const SAMPLE = path.join(ROOT, "assets", "sample.xlsx");

/** The preload for one failure (the code in its first line: a child of jest does not see jest's process.env). */
const preload = (code: string) => `const FAIL_WITH = "${code}";
const fs = require("node:fs");
const failure = (code, text, extra) => Object.assign(new Error(code + ": " + text), { code, ...extra });
if (FAIL_WITH === "ENOSPC")
  fs.writev = (fd, buffers, position, callback) =>
    (callback ?? position)(failure("ENOSPC", "no space left on device, write", { errno: -28, syscall: "write" }));
if (FAIL_WITH === "ENOENT") {
  const openSync = fs.openSync;
  fs.openSync = (file, ...rest) => {
    if (String(file).includes(".perf-targets-"))
      throw failure("ENOENT", "no such file or directory, open '" + file + "'", { errno: -2, syscall: "open", path: String(file) });
    return openSync(file, ...rest);
  };
}
if (FAIL_WITH === "EROFS") {
  const openSync = fs.openSync;
  fs.openSync = (file, ...rest) => {
    if (String(file).includes(".perf-targets-"))
      throw failure("EROFS", "read-only file system, open '" + file + "'", { errno: -30, syscall: "open", path: String(file) });
    return openSync(file, ...rest);
  };
}
`;

let work: string;
beforeEach(async () => (work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-disk-errors-"))));
afterEach(() => fs.rm(work, { recursive: true, force: true }));

async function runFailing(code: string, lang: "zh" | "en") {
  const file = path.join(work, `${code}.js`);
  await fs.writeFile(file, preload(code));
  return runCli(["check", SAMPLE, "--out", "out", "--lang", lang], work, { node: ["--require", file] });
}

test.each([
  ["ENOSPC", "zh", "文件夹「out」所在的磁盘空间不足（已满或超出配额），请腾出空间后再检查"],
  ["ENOSPC", "en", "the disk of the folder “out” is full (or over its quota); free some space and check again"],
  [
    "EROFS",
    "zh",
    "文件夹「out」所在的磁盘是只读的（如写保护的 U 盘、光盘、只读的共享文件夹），请用 --out 指定可以写入的文件夹",
  ],
  [
    "EROFS",
    "en",
    "the folder “out” is on a read-only disk (a write-protected USB stick, a disc, a read-only share); give --out a folder that can be written",
  ],
  // The folder gone when the copy is written (breaker49: deleted during a long run, a share disconnected; --out /proc
  // alike): was “无法写出检查后的副本：ENOENT: no such file or directory, open '…/.perf-targets-….tmp'”.
  [
    "ENOENT",
    "zh",
    "文件夹「out」已不在，或其中不能新建文件（检查期间被删除、移走，或共享文件夹断开了），请确认后再检查",
  ],
  ["ENOENT", "en", "the folder “out” is no longer there, or no file can be made in it"],
] as const)("%s (%s): one line naming the folder, in words; nothing left in it", async (code, lang, words) => {
  const run = await runFailing(code, lang);
  expect(run.code).toBe(1);
  const lines = (run.stdout + run.stderr).split("\n").filter((l) => l.includes(SAMPLE));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(words);
  expect(lines[0]).not.toMatch(/ENOSPC|EROFS|ENOENT|\.tmp/);
  expect(await fs.readdir(path.join(work, "out"))).toEqual([]);
});
