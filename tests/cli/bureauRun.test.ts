/**
 * A bureau staffer running the command line over many units' workbooks (review44): the same workbook reached twice,
 * a wildcard no shell expanded (Windows' command lines never expand * or ?), a link whose file is gone. Each gets
 * one clear line naming what happened; the other files are still checked; nothing is counted twice.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { localIsoDate } from "../../src/core/dates";
import { ROOT, runCli } from "./runCli";

jest.setTimeout(120_000);

const SAMPLE = path.join(ROOT, "assets", "sample.xlsx");
const SEED = path.join(ROOT, "tests", "fixtures", "seed-per-sheet.xlsx");
const STACK = /^\s+at |Error:|node:internal/m;

let work: string;
beforeEach(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-bureau-"));
  await fs.mkdir(path.join(work, "各单位", "甲单位"), { recursive: true });
  await fs.copyFile(SAMPLE, path.join(work, "各单位", "甲单位", "绩效监控表.xlsx"));
  await fs.copyFile(SEED, path.join(work, "各单位", "乙单位.xlsx"));
});
afterEach(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

/** Every file below a folder, relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

test("one workbook named twice, inside a folder given too and through a link: checked once, one copy, counted once", async () => {
  // A unit's link to its latest file, as a shared folder may hold.
  await fs.symlink(path.join("甲单位", "绩效监控表.xlsx"), path.join(work, "各单位", "最新.xlsx"));
  const jia = path.join("各单位", "甲单位", "绩效监控表.xlsx");
  const r = await runCli(
    ["check", jia, `.${path.sep}${jia}`, "各单位", "--json", "--as-of", "2024-07-31", "--out", "out"],
    work,
  );
  expect(r.code).toBe(0);
  expect(r.stderr).not.toMatch(STACK);
  const doc = JSON.parse(r.stdout) as { files: { file: string; error: string | null }[] };
  // 甲单位 once (named first), 乙单位 once: before, 甲单位 was checked three times, with three copies.
  expect(doc.files.map((f) => [f.file, f.error])).toEqual([
    [jia, null],
    [path.join("各单位", "乙单位.xlsx"), null],
  ]);
  expect(await filesUnder(path.join(work, "out"))).toEqual(["乙单位.checked.xlsx", "绩效监控表.checked.xlsx"]);
  expect(r.stderr.split("\n").filter(Boolean).sort()).toEqual(
    [
      `.${path.sep}${jia}: 与「${jia}」是同一个文件，只检查一次`,
      `${path.join("各单位", "最新.xlsx")}: 与「${jia}」是同一个文件，只检查一次`,
      `${jia}: 与「${jia}」是同一个文件，只检查一次`,
    ].sort(),
  );
  // The text report says it too, in the language asked for; a repeat is no failure (exit 0).
  const en = await runCli(["check", "各单位", jia, "--lang", "en", "--as-of", "2024-07-31", "--out", "out-en"], work);
  expect(en.code).toBe(0);
  expect(en.stderr).toContain(`${jia}: The same file as “${jia}”: checked once\n`);
  expect(en.stdout.match(/ → /g)).toHaveLength(2);
});

test("a folder reached twice (given, and through a link to it): a file it cannot check gets one line, counted once", async () => {
  // breaker65: the unit's old .xls, the checked copy it sent back, its lock file, in a folder given once as itself and
  // once through the shared folder's link to it. The workbook was checked once; the .xls got a line per path, counted
  // each time in the tally (共 4 个文件 … 无法检查 2 个), and the lock file and copy were counted twice.
  const jia = path.join("各单位", "甲单位");
  await fs.writeFile(path.join(work, jia, "上年.xls"), "旧格式");
  await fs.copyFile(SAMPLE, path.join(work, jia, "退回.checked.xlsx"));
  await fs.writeFile(path.join(work, jia, "~$绩效监控表.xlsx"), Buffer.from("\x05张会计", "latin1"));
  await fs.symlink("甲单位", path.join(work, "各单位", "最新"));
  const via = path.join("各单位", "最新");
  const r = await runCli(["check", jia, via, "--as-of", "2024-07-31", "--out", "out"], work);
  expect(r.code).toBe(1);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr.split("\n").filter(Boolean)).toEqual([
    `跳过了 1 个检查后的副本 *.checked.*（如 ${path.join(jia, "退回.checked.xlsx")}）；要再检查其中一个，请直接写出它的文件名`,
    `跳过了 1 个锁文件（如 ${path.join(jia, "~$绩效监控表.xlsx")}）：Excel、WPS 或 LibreOffice 打开工作簿时在旁边留下的，不是工作簿`,
    `${path.join(via, "绩效监控表.xlsx")}: 与「${path.join(jia, "绩效监控表.xlsx")}」是同一个文件，只检查一次`,
    `${path.join(jia, "绩效监控表.xlsx")}: 旁边有它的锁文件「~$绩效监控表.xlsx」，它可能正在 Excel 中打开：检查的是上次保存的内容，未保存的改动请先保存再检查`,
    `${path.join(jia, "上年.xls")}: 无法检查：.xls 格式不是 .xlsx / .xlsm / .xltx / .xltm：请在 Excel 或 WPS 中另存为 .xlsx 后再检查`,
    "共 2 个文件：已检查 1 个（其中 1 个有红灯），无法检查 1 个（见上面各行的原因）",
  ]);
  expect(r.stdout.match(/ → /g)).toHaveLength(1);
});

test("a * or ? no shell expanded: one line saying so and naming the folder to give instead; the rest is checked", async () => {
  const r = await runCli(["check", path.join("各单位", "*.xlsx"), "*.xls", path.join("各单位", "乙单位.xlsx")], work);
  expect(r.code).toBe(1);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr.split("\n").filter(Boolean)).toEqual([
    `${path.join("各单位", "*.xlsx")}: 无法检查：文件不存在：名字中的 * 或 ? 没有展开成文件名（Windows 的命令行不展开它们）；要检查「各单位」中的全部工作簿，请直接给出这个文件夹`,
    "*.xls: 无法检查：文件不存在：名字中的 * 或 ? 没有展开成文件名（Windows 的命令行不展开它们）；要检查当前文件夹（.）中的全部工作簿，请直接给出这个文件夹",
    "共 3 个文件：已检查 1 个，无法检查 2 个（见上面各行的原因）",
  ]);
  expect(r.stdout).toContain(`${path.join("各单位", "乙单位.xlsx")} → ${path.join("perf-out", "乙单位.checked.xlsx")}`);
  const en = await runCli(["check", "--lang", "en", path.join("各单位", "甲?位", "*.xlsx")], work);
  expect(en.stderr).toBe(
    `${path.join("各单位", "甲?位", "*.xlsx")}: cannot check: No such file: the * or ? in its name was not expanded into file names (Windows' command lines never do); to check every workbook in “各单位”, give that folder\n`,
  );
});

test("a link whose file is gone is said to be a link, with where it points, named or in a folder", async () => {
  const gone = path.join(work, "别处", "已删除.xlsx");
  await fs.symlink(gone, path.join(work, "各单位", "丙单位.xlsx"));
  const r = await runCli(["check", "各单位", "--as-of", "2024-07-31"], work);
  expect(r.code).toBe(1);
  const line = `${path.join("各单位", "丙单位.xlsx")}: 无法检查：这是一个链接（快捷方式），它指向的文件「${gone}」不存在`;
  expect(r.stderr.split("\n").filter(Boolean)).toEqual([
    line,
    "共 3 个文件：已检查 2 个（其中 1 个有红灯），无法检查 1 个（见上面各行的原因）",
  ]);
  expect(r.stdout.match(/ → /g)).toHaveLength(2);
  const named = await runCli(["check", path.join("各单位", "丙单位.xlsx")], work);
  expect(named.stderr).toBe(`${line}\n`);
  // A path that is simply not there is still just missing.
  const missing = await runCli(["check", "丁单位.xlsx"], work);
  expect(missing.stderr).toBe("丁单位.xlsx: 无法检查：文件不存在\n");
});

test("the count of what was not understood leaves out the notes printed above and the reader's info notes", async () => {
  const features = path.join(ROOT, "tests", "host", "xlsx", "fixtures", "features.xlsm");
  const daqing = path.join(ROOT, "tests", "fixtures", "real", "heilongjiang-daqing-project-goals-form.xlsx");
  const r = await runCli(["check", features, daqing, "--as-of", "2024-07-31", "--out", "out"], work);
  const json = await runCli(["check", features, daqing, "--as-of", "2024-07-31", "--out", "out-json", "--json"], work);
  const doc = JSON.parse(json.stdout) as { files: { diagnostics: unknown[] }[] };
  // features.xlsm: its protected sheet and its print area, each said on a line of its own (2 notes in --json);
  // 大庆: 8 placeholder rows and 2 other info notes beside the one table it could not read (11 in --json; its
  // 指标内容/计算公式 column is known since reader61).
  expect(doc.files.map((f) => f.diagnostics.length)).toEqual([2, 11]);
  const [first, second] = r.stdout.split("\n\n");
  expect(first).toContain("工作表「3 劳务费」受保护，未写入");
  expect(first).toContain("设有打印区域 A1:H15");
  expect(first).not.toContain("读表提示"); // was "未能识别的内容 2 处" (now 读表提示): the two notes just read
  expect(second.split("\n").filter((l) => l.includes("读表提示"))).toEqual(["  读表提示 1 条："]);
});

test("--json says each file's own monitoring date: the top-level asOf is the first file's", async () => {
  // The sample stores 2024-07-31; 乙单位 stores none and is judged as of today. The document said only 2024-07-31.
  await fs.copyFile(SAMPLE, path.join(work, "各单位", "sample.xlsx"));
  const r = await runCli(
    ["check", path.join("各单位", "sample.xlsx"), path.join("各单位", "乙单位.xlsx"), "--json"],
    work,
  );
  const today = localIsoDate();
  const doc = JSON.parse(r.stdout) as { asOf: string; files: { asOf?: string }[] };
  expect([doc.asOf, doc.files.map((f) => f.asOf)]).toEqual(["2024-07-31", ["2024-07-31", today]]);
  // --as-of judges every file at that date; a file not read has no date.
  const given = await runCli(["check", "各单位", "缺.xlsx", "--json", "--as-of", "2024-10-31", "--out", "o2"], work);
  const all = JSON.parse(given.stdout) as { asOf: string; files: { asOf?: string }[] };
  expect([all.asOf, all.files.map((f) => f.asOf)]).toEqual([
    "2024-10-31",
    [undefined, "2024-10-31", "2024-10-31", "2024-10-31"],
  ]);
});

test("a checked copy in the folders (a unit's filled-in copy sent back) is said to be passed over; this run's own are not", async () => {
  await fs.copyFile(SAMPLE, path.join(work, "各单位", "甲单位", "丙单位.checked.xlsx"));
  const r = await runCli(["check", "各单位", "--as-of", "2024-07-31", "--out", path.join("各单位", "perf-out")], work);
  expect(r.code).toBe(0);
  const line = `跳过了 1 个检查后的副本 *.checked.*（如 ${path.join("各单位", "甲单位", "丙单位.checked.xlsx")}）；要再检查其中一个，请直接写出它的文件名`;
  const tally = "共 2 个文件：已检查 2 个（其中 1 个有红灯）";
  expect(r.stderr).toBe(`${line}\n${tally}\n`); // was silent: 丙单位 was neither checked nor said
  // Again: the copies of the first run lie in this run's --out, so the line is the same.
  const again = await runCli(
    ["check", "各单位", "--as-of", "2024-07-31", "--out", path.join("各单位", "perf-out")],
    work,
  );
  expect(again.stderr).toBe(`${line}\n${tally}\n`);
  expect(again.stdout.match(/ → /g)).toHaveLength(2);
  const en = await runCli(
    ["check", "各单位", "--json", "--lang", "en", "--out", path.join("各单位", "perf-out")],
    work,
  );
  expect(en.stderr).toBe(
    `1 checked copy *.checked.* passed over (such as ${path.join("各单位", "甲单位", "丙单位.checked.xlsx")}); to check one again, name it\n`,
  );
});

test("a run over several workbooks ends with its tally: checked, with a red light, could not be checked", async () => {
  await fs.writeFile(path.join(work, "各单位", "丙单位.xlsx"), "不是工作簿");
  const r = await runCli(["check", "各单位", "--as-of", "2024-07-31", "--out", "out"], work);
  expect(r.code).toBe(1); // one could not be checked
  expect(r.stderr).not.toMatch(STACK);
  const lines = r.stderr.split("\n").filter(Boolean);
  // The sample has a red light (司法救助 lags its schedule); the seed, no actuals typed yet, none.
  expect(lines[lines.length - 1]).toBe(
    "共 3 个文件：已检查 2 个（其中 1 个有红灯），无法检查 1 个（见上面各行的原因）",
  );

  const en = await runCli(["check", "各单位", "--as-of", "2024-07-31", "--out", "out-en", "--lang", "en"], work);
  expect(en.stderr.trim().split("\n").pop()).toBe(
    "3 files: 2 checked (1 with a red light), 1 could not be checked (the lines above say why)",
  );
});

test("one workbook, or --json: no tally (the file's own report says it all; stdout stays one JSON document)", async () => {
  const one = await runCli(
    ["check", path.join("各单位", "乙单位.xlsx"), "--as-of", "2024-07-31", "--out", "out"],
    work,
  );
  expect(one.stderr).not.toMatch(/共 \d+ 个文件/);
  const json = await runCli(["check", "各单位", "--json", "--as-of", "2024-07-31", "--out", "out-json"], work);
  expect(json.stderr).not.toMatch(/共 \d+ 个文件/);
  expect(JSON.parse(json.stdout).files).toHaveLength(2);
});

test("a workbook open in Excel: its lock file ~$… among the inputs (a shell's *.xlsx) is passed over, and the workbook is said to be checked as last saved", async () => {
  // What Excel keeps beside 绩效监控表.xlsx while it is open: a few bytes naming who opened it, no zip.
  const dir = path.join("各单位", "甲单位");
  const lock = path.join(dir, "~$绩效监控表.xlsx");
  await fs.writeFile(path.join(work, lock), Buffer.from("\x05张会计                                  ", "latin1"));
  const book = path.join(dir, "绩效监控表.xlsx");
  // bash's 各单位/甲单位/*.xlsx: the lock file sorts first.
  const r = await runCli(["check", lock, book, "--as-of", "2024-07-31", "--out", "out"], work);
  expect(r.stderr).not.toMatch(STACK);
  // Was exit 1 and "无法检查：不是 Excel 工作簿" for the lock file, and a tally of 2 files, 1 not checked.
  expect(r.code).toBe(0);
  expect(r.stderr.split("\n").filter(Boolean)).toEqual([
    `${lock}: 这是 Excel 打开「绩效监控表.xlsx」时留下的锁文件，不是工作簿，已跳过`,
    `${book}: 旁边有它的锁文件「~$绩效监控表.xlsx」，它可能正在 Excel 中打开：检查的是上次保存的内容，未保存的改动请先保存再检查`,
  ]);
  expect(await filesUnder(path.join(work, "out"))).toEqual(["绩效监控表.checked.xlsx"]);
  // Found in a folder, the lock file is passed over and said in one line of the summary (host52: it was passed over
  // in silence); the workbook beside it is said to be open.
  const folder = await runCli(["check", "各单位", "--as-of", "2024-07-31", "--out", "out-2", "--lang", "en"], work);
  expect(folder.code).toBe(0);
  expect(folder.stderr.split("\n").filter(Boolean)).toEqual([
    `1 lock file passed over (such as ${lock}): left beside a workbook open in Excel, WPS or LibreOffice, no workbook`,
    `${book}: Its lock file “~$绩效监控表.xlsx” is beside it, so it may be open in Excel: it was checked as last saved; save your changes and check again`,
    "2 files: 2 checked (1 with a red light)",
  ]);
  // A real workbook whose name starts with ~$ (a zip) is the user's: named, it is checked.
  await fs.rm(path.join(work, lock));
  await fs.copyFile(SEED, path.join(work, lock));
  const zip = await runCli(["check", lock, "--as-of", "2024-07-31", "--out", "out-3"], work);
  expect([zip.code, zip.stderr]).toEqual([0, ""]);
  expect(await filesUnder(path.join(work, "out-3"))).toEqual(["~$绩效监控表.checked.xlsx"]);
});

// summary51: WPS on Linux keeps .~绩效监控表.xlsx beside the workbook it has open (src/cli/files.ts isLockName).
test("a workbook open in WPS on Linux: its lock file .~… named is passed over, and the workbook is said to be open in WPS", async () => {
  const dir = path.join("各单位", "甲单位");
  const lock = path.join(dir, ".~绩效监控表.xlsx");
  await fs.writeFile(path.join(work, lock), Buffer.from("\x05张会计", "latin1"));
  const book = path.join(dir, "绩效监控表.xlsx");
  const r = await runCli(["check", lock, book, "--as-of", "2024-07-31", "--out", "out-wps"], work);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.code).toBe(0);
  expect(r.stderr.split("\n").filter(Boolean)).toEqual([
    `${lock}: 这是 WPS 打开「绩效监控表.xlsx」时留下的锁文件，不是工作簿，已跳过`,
    `${book}: 旁边有它的锁文件「.~绩效监控表.xlsx」，它可能正在 WPS 中打开：检查的是上次保存的内容，未保存的改动请先保存再检查`,
  ]);
  expect(await filesUnder(path.join(work, "out-wps"))).toEqual(["绩效监控表.checked.xlsx"]);
  // Found in a folder: passed over in silence (was “无法检查” for it and a tally with 1 not checked).
  const folder = await runCli(["check", "各单位", "--as-of", "2024-07-31", "--out", "out-wps-2"], work);
  expect(folder.code).toBe(0);
  expect(folder.stderr).not.toContain("无法检查");
  expect(folder.stderr).toContain("它可能正在 WPS 中打开");
  expect(folder.stderr).toContain(
    `跳过了 1 个锁文件（如 ${lock}）：Excel、WPS 或 LibreOffice 打开工作簿时在旁边留下的，不是工作簿`,
  );
});

// host52: a long name's owner file — Excel puts ~$ in place of its first two characters (src/cli/files.ts lockFileOf)
// — was not matched: the workbook was not said to be open. And a workbook of the user's under a lock-like name, found
// in a folder, was passed over in silence; it is checked.
test("a long name open in Excel is said to be open; a workbook named like a lock file in a folder is checked", async () => {
  const dir = path.join("各单位", "甲单位");
  const book = path.join(dir, "绩效监控表.xlsx");
  const lock = path.join(dir, "~$监控表.xlsx");
  await fs.writeFile(path.join(work, lock), Buffer.from("\x05张会计                                  ", "latin1"));
  await fs.copyFile(SEED, path.join(work, "各单位", "~$丙单位.xlsx"));
  const r = await runCli(["check", "各单位", "--as-of", "2024-07-31", "--out", "out"], work);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.code).toBe(0);
  expect(r.stderr.split("\n").filter(Boolean)).toEqual([
    `跳过了 1 个锁文件（如 ${lock}）：Excel、WPS 或 LibreOffice 打开工作簿时在旁边留下的，不是工作簿`,
    `${book}: 旁边有它的锁文件「~$监控表.xlsx」，它可能正在 Excel 中打开：检查的是上次保存的内容，未保存的改动请先保存再检查`,
    "共 3 个文件：已检查 3 个（其中 1 个有红灯）",
  ]);
  expect(await filesUnder(path.join(work, "out"))).toEqual(
    ["~$丙单位.checked.xlsx", "乙单位.checked.xlsx", path.join("甲单位", "绩效监控表.checked.xlsx")].sort(),
  );
  // Named, the shortened lock file says whose it is.
  const named = await runCli(["check", lock, "--as-of", "2024-07-31", "--out", "out-2"], work);
  expect(named.stderr.split("\n").filter(Boolean)).toEqual([
    `${lock}: 这是 Excel 打开「绩效监控表.xlsx」时留下的锁文件，不是工作簿，已跳过`,
    `没有找到 .xlsx / .xlsm / .xltx / .xltm 文件：${lock}`,
  ]);
  // A folder holding nothing but a lock file: nothing found, and the lock file said to be why.
  await fs.mkdir(path.join(work, "空单位"));
  await fs.copyFile(path.join(work, lock), path.join(work, "空单位", "~$绩效监控表.xlsx"));
  const empty = await runCli(["check", "空单位", "--out", "out-3"], work);
  expect([empty.code, empty.stderr]).toEqual([
    1,
    "没有找到 .xlsx / .xlsm / .xltx / .xltm 文件：空单位（跳过了 1 个锁文件：Excel、WPS 或 LibreOffice 打开工作簿时在旁边留下的，不是工作簿）\n",
  ]);
});

test("a unit's workbook saved under another spreadsheet's name (.xls holding an .xlsx): found in a folder, it is checked as when named", async () => {
  // Finance systems and scripts write Open XML under .xls; Excel and WPS open it. Named, the CLI checked it; found in a
  // folder, it was "无法检查：.xls 格式不是 .xlsx…请另存为 .xlsx" without being read.
  await fs.copyFile(SAMPLE, path.join(work, "各单位", "丙单位.xls"));
  await fs.writeFile(path.join(work, "各单位", "丁单位.xls"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0])); // not a zip: said by name
  // An OpenDocument spreadsheet is a zip too: the reader names its format, as for the file named.
  await fs.writeFile(
    path.join(work, "各单位", "戊单位.ods"),
    zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet") }),
  );
  const r = await runCli(["check", "各单位", "--as-of", "2024-07-31", "--out", "out"], work);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain(`${path.join("各单位", "丙单位.xls")} → ${path.join("out", "丙单位.xls.checked.xlsx")}`);
  const lines = r.stderr.split("\n").filter(Boolean);
  expect(lines).toEqual([
    `${path.join("各单位", "丁单位.xls")}: 无法检查：.xls 格式不是 .xlsx / .xlsm / .xltx / .xltm：请在 Excel 或 WPS 中另存为 .xlsx 后再检查`,
    `${path.join("各单位", "戊单位.ods")}: 无法检查：.ods 格式不是 .xlsx / .xlsm / .xltx / .xltm：请在 Excel 或 WPS 中另存为 .xlsx 后再检查`,
    "共 5 个文件：已检查 3 个（其中 2 个有红灯），无法检查 2 个（见上面各行的原因）",
  ]);
  expect(await filesUnder(path.join(work, "out"))).toEqual([
    "丙单位.xls.checked.xlsx",
    "乙单位.checked.xlsx",
    path.join("甲单位", "绩效监控表.checked.xlsx"),
  ]);
});

test("breaker51: several unit folders given (各单位/*): each one's copies below a folder of its name, not x / x-2 by argument order", async () => {
  // 乙单位 sends a workbook of the same name as 甲单位's.
  await fs.mkdir(path.join(work, "各单位", "乙单位"));
  await fs.copyFile(SEED, path.join(work, "各单位", "乙单位", "绩效监控表.xlsx"));
  const jia = path.join("各单位", "甲单位");
  const yi = path.join("各单位", "乙单位");
  const run = (...folders: string[]) =>
    runCli(["check", ...folders, "--json", "--as-of", "2024-07-31", "--out", "out", "--force"], work);
  const first = await run(jia, yi);
  expect(first.code).toBe(0);
  const outputs = (r: { stdout: string }) =>
    (JSON.parse(r.stdout) as { files: { file: string; output: string }[] }).files.map((f) => [f.file, f.output]);
  const expected = [
    [path.join(jia, "绩效监控表.xlsx"), path.join("out", "甲单位", "绩效监控表.checked.xlsx")],
    [path.join(yi, "绩效监控表.xlsx"), path.join("out", "乙单位", "绩效监控表.checked.xlsx")],
  ];
  // main: out/绩效监控表.checked.xlsx and out/绩效监控表-2.checked.xlsx, which unit's is which by the order given …
  expect(outputs(first)).toEqual(expected);
  // … so the same run in the other order (--force) wrote 乙单位's copy over 甲单位's.
  const again = await run(yi, jia);
  expect(outputs(again)).toEqual([expected[1], expected[0]]);
  expect(await filesUnder(path.join(work, "out"))).toEqual(
    expected.map(([, output]) => path.relative("out", output)).sort(),
  );
  // One folder given: its own subfolders below --out, as before.
  const one = await runCli(["check", "各单位", "--json", "--as-of", "2024-07-31", "--out", "one"], work);
  expect(outputs(one).map(([, output]) => output)).toEqual(
    expect.arrayContaining([
      path.join("one", "乙单位.checked.xlsx"),
      path.join("one", "甲单位", "绩效监控表.checked.xlsx"),
      path.join("one", "乙单位", "绩效监控表.checked.xlsx"),
    ]),
  );
  expect(outputs(one)).toHaveLength(3);
});

test("review51b: two folders of one name (2023/甲单位 2024/甲单位): each below its own path, whatever the order", async () => {
  for (const year of ["2023", "2024"]) {
    await fs.mkdir(path.join(work, year, "甲单位"), { recursive: true });
    await fs.copyFile(SEED, path.join(work, year, "甲单位", "绩效监控表.xlsx"));
  }
  const [a, b] = [path.join("2023", "甲单位"), path.join("2024", "甲单位")];
  const run = (...folders: string[]) =>
    runCli(["check", ...folders, "--json", "--as-of", "2024-07-31", "--out", "out", "--force"], work);
  const outputs = (r: { stdout: string }) =>
    (JSON.parse(r.stdout) as { files: { file: string; output: string }[] }).files.map((f) => [f.file, f.output]);
  const expected = [
    [path.join(a, "绩效监控表.xlsx"), path.join("out", "2023", "甲单位", "绩效监控表.checked.xlsx")],
    [path.join(b, "绩效监控表.xlsx"), path.join("out", "2024", "甲单位", "绩效监控表.checked.xlsx")],
  ];
  // main: out/甲单位/绩效监控表.checked.xlsx and -2, which year's is which by the order given.
  expect(outputs(await run(a, b))).toEqual(expected);
  expect(outputs(await run(b, a))).toEqual([expected[1], expected[0]]);
});

test.each([
  {
    // Some shares (SMB / NFS mounts, Windows' network drives) report inode 0 for every file: the run took 乙单位 and
    // 甲单位's workbook for one file (“是同一个文件，只检查一次”: 甲单位 not checked at all), and --force, seeing every
    // copy as an input, wrote x.checked-2, -3 … run after run.
    share: "breaker66: a share whose files all report file number 0",
    ino: 0,
  },
  {
    // Some shares hand out one file number for different files (JuliaLang/julia#50596: samefile("N:\\A", "N:\\B") true
    // “for (different) network files on Windows 10 running in VirtualBox”; WSL 1, MicrosoftDocs/WSL#33: “equivalent
    // inode value for different (not linked) files”): the run took 乙单位 and 甲单位's workbook for one file.
    share: "breaker67: a share whose different files report one file number",
    ino: 7,
  },
])("$share: every unit's workbook checked, --force replaces its own copy, a link still once", async ({ ino }) => {
  // The preload makes this machine such a share: every file's number is ino.
  const preload = path.join(work, "share-ino.js");
  await fs.writeFile(
    preload,
    `const fsp = require("node:fs/promises"); const stat = fsp.stat;
fsp.stat = async (...a) => { const s = await stat(...a); s.ino = typeof s.ino === "bigint" ? ${ino}n : ${ino}; return s; };`,
  );
  await fs.symlink(path.join("甲单位", "绩效监控表.xlsx"), path.join(work, "各单位", "最新.xlsx"));
  const share = { node: ["--require", preload] };
  const copies = ["乙单位.checked.xlsx", path.join("甲单位", "绩效监控表.checked.xlsx")];
  const r = await runCli(["check", "各单位", "--as-of", "2024-07-31", "--out", "out"], work, share);
  expect(r.code).toBe(0);
  expect(r.stderr).not.toMatch(STACK);
  expect(await filesUnder(path.join(work, "out"))).toEqual(copies);
  // The link is the same file by its real path: said once, checked once.
  expect(r.stderr.split("\n").filter(Boolean)).toEqual([
    `${path.join("各单位", "最新.xlsx")}: 与「${path.join("各单位", "甲单位", "绩效监控表.xlsx")}」是同一个文件，只检查一次`,
    "共 2 个文件：已检查 2 个（其中 1 个有红灯）",
  ]);
  const again = await runCli(["check", "各单位", "--as-of", "2024-07-31", "--out", "out", "--force"], work, share);
  expect(again.code).toBe(0);
  expect(await filesUnder(path.join(work, "out"))).toEqual(copies);
});

test("breaker67: a share without file numbers that ignores case: one workbook named in two cases is checked once", async () => {
  // On such a share (an SMB mount from Windows: file number 0, names in any case) 乙单位.XLSX opens 乙单位.xlsx, and the
  // real path keeps the case given: the run checked the workbook twice and wrote 乙单位-2.checked.xlsx too. The preload
  // makes this machine such a share.
  const share = path.join(work, "no-case.js");
  await fs.writeFile(
    share,
    `const fs = require("node:fs"); const fsp = require("node:fs/promises"); const path = require("node:path");
const fold = (p) => {
  if (typeof p !== "string" || fs.existsSync(p)) return p;
  const dir = path.dirname(p);
  const name = fs.readdirSync(dir).find((e) => e.toLowerCase() === path.basename(p).toLowerCase());
  return name ? path.join(dir, name) : p;
};
const { stat, lstat, open, realpath } = fsp;
fsp.stat = async (p, ...a) => { const s = await stat(fold(p), ...a); s.ino = typeof s.ino === "bigint" ? 0n : 0; return s; };
fsp.lstat = async (p, ...a) => lstat(fold(p), ...a);
fsp.open = async (p, ...a) => open(fold(p), ...a);
fsp.realpath = async (p, ...a) => path.join(path.dirname(await realpath(fold(p), ...a)), path.basename(p));`,
  );
  const [lower, upper] = [path.join("各单位", "乙单位.xlsx"), path.join("各单位", "乙单位.XLSX")];
  const r = await runCli(["check", lower, upper, "--as-of", "2024-07-31", "--out", "out"], work, {
    node: ["--require", share],
  });
  expect(r.stderr).not.toMatch(STACK);
  expect(await filesUnder(path.join(work, "out"))).toEqual(["乙单位.checked.xlsx"]);
  expect(r.stderr).toContain(`${upper}: 与「${lower}」是同一个文件，只检查一次`);
});

test("breaker68: two copies of one template on a share giving one file number, times alike: each unit's checked", async () => {
  // The bureau sends one template; the clerk copies it for 丙单位 and 丁单位 in one go (Explorer keeps the template's
  // last write; the copies are made within the share's time step, so their change times read alike too) onto a share
  // that hands every file one number (JuliaLang/julia#50596, MicrosoftDocs/WSL#33). Size, mtime, ctime and number all
  // alike: 丁单位's workbook was taken for 丙单位's (“是同一个文件，只检查一次”) and never checked. A hard link — the only
  // way two real paths reach one file — is still checked once: it counts two links (fs.Stats nlink).
  const preload = path.join(work, "share-alike.js");
  await fs.writeFile(
    preload,
    `const fsp = require("node:fs/promises"); const stat = fsp.stat;
fsp.stat = async (...a) => {
  const s = await stat(...a);
  if (typeof s.ino === "bigint") Object.assign(s, { ino: 7n, ctimeNs: 0n, ctimeMs: 0n }); else Object.assign(s, { ino: 7, ctimeMs: 0 });
  return s;
};`,
  );
  const units = path.join(work, "各单位");
  for (const unit of ["丙单位", "丁单位"]) {
    await fs.copyFile(SAMPLE, path.join(units, `${unit}.xlsx`));
    await fs.utimes(path.join(units, `${unit}.xlsx`), new Date(2024, 0, 2), new Date(2024, 0, 2));
  }
  await fs.mkdir(path.join(work, "汇总"));
  await fs.link(path.join(units, "丙单位.xlsx"), path.join(work, "汇总", "丙单位.xlsx"));
  const r = await runCli(["check", "各单位", "汇总", "--as-of", "2024-07-31", "--out", "out"], work, {
    node: ["--require", preload],
  });
  expect(r.code).toBe(0);
  expect(r.stderr).not.toMatch(STACK);
  // main: no 丙单位.checked.xlsx, and 丙单位 said to be 丁单位's workbook.
  expect(await filesUnder(path.join(work, "out", "各单位"))).toEqual([
    "丁单位.checked.xlsx",
    "丙单位.checked.xlsx",
    "乙单位.checked.xlsx",
    path.join("甲单位", "绩效监控表.checked.xlsx"),
  ]);
  expect(r.stderr).toContain(
    `${path.join("汇总", "丙单位.xlsx")}: 与「${path.join("各单位", "丙单位.xlsx")}」是同一个文件，只检查一次`,
  );
  expect(r.stderr).not.toContain("丁单位");
  expect(r.stderr).toContain("共 4 个文件");
});
