/**
 * What a clerk may hand the command line by mistake (cli40): an unknown option, a day that does not exist, a language
 * we do not speak, an empty name from an unset variable, a folder with no workbook, an old binary .xls, a .csv, a
 * password-protected .xlsx, a zero-byte file, a path through a file. Each gets one clear line — for bad usage the
 * first line of what is printed (the usage follows), for a file one line naming it — and never a stack trace.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, runCli } from "./runCli";

jest.setTimeout(120_000);

const BAD = path.join(ROOT, "tests", "fixtures", "bad");
const STACK = /^\s+at |Error:|node:internal/m;

let work: string;
beforeEach(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-odd-"));
});
afterEach(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

test.each([
  [["check", "--bogus"], "未知选项 “--bogus”"],
  // A slip in an option's spelling names the option meant (newcomer52): the clerk need not read the whole usage.
  [["check", "--as-off", "2024-07-31"], "未知选项 “--as-off”（是不是 --as-of？）"],
  [["check", "--asof", "2024-07-31"], "未知选项 “--asof”（是不是 --as-of？）"],
  [["check", "--Force"], "未知选项 “--Force”（是不是 --force？）"],
  // One dash: Node reads -out as -o -u -t and names "-o"; the line names what was typed.
  [["check", "-out", "结果"], "未知选项 “-out”（是不是 --out？）"],
  [["check", "--jsn", "--lang", "en"], "Unknown option “--jsn” (did you mean --json?)"],
  // Pasted from Word, whose AutoCorrect makes -- a dash (– or —): was “—json: 无法检查：文件不存在” (review52b).
  [["check", "—json"], "未知选项 “—json”（是不是 --json？）"],
  [["check", "–as-of", "2024-07-31"], "未知选项 “–as-of”（是不是 --as-of？）"],
  [["check", "－－force"], "未知选项 “－－force”（是不是 --force？）"],
  // The date forgotten before the next option: was “选项 --as-of 不带值” (takes no value) (review52b).
  [["check", "--as-of", "--json"], "选项 --as-of 后面缺少值"],
  // Near two options (--f: --force? --formulas?), or near none: no guess.
  [["check", "--f"], "未知选项 “--f”"],
  [["check", "--output", "结果"], "未知选项 “--output”"],
  [["check", "--as-of", "2024-13-45"], "--as-of “2024-13-45”没有这一天：没有 13 月"],
  [["check", "--as-of", "7/31/2024"], "--as-of “7/31/2024”不是日期：请写成 2024-06-30 或 2024年6月30日"],
  [["check", "--lang", "xx"], "--lang 只能是 zh 或 en，收到 “xx”"],
  // `check "$DIR"` with DIR unset: said as a usage error, not as a file that does not exist named "".
  [["check", ""], "文件或目录名是空值（脚本中的变量没有设置？）"],
  [["check", "--lang", "en", " "], "A file or folder name is empty (a variable in the script not set?)"],
])("bad usage %j: one line first, exit 2, nothing written", async (args, line) => {
  const r = await runCli(args, work);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr.split("\n")[0]).toBe(line);
  expect(r.stderr).not.toMatch(STACK);
  expect(await fs.readdir(work)).toEqual([]);
});

test("a folder without workbooks: one line naming it, exit 1", async () => {
  await fs.mkdir(path.join(work, "空"));
  await fs.writeFile(path.join(work, "空", "说明.txt"), "没有表格");
  const r = await runCli(["check", "空"], work);
  expect(r.code).toBe(1);
  expect(r.stderr).toBe("没有找到 .xlsx / .xlsm / .xltx / .xltm 文件：空\n");
});

test("files that cannot be checked, named or in a folder: one line each with its remedy, exit 1", async () => {
  await fs.copyFile(path.join(BAD, "legacy.xls"), path.join(work, "旧表.xls"));
  await fs.copyFile(path.join(BAD, "password.xlsx"), path.join(work, "加密.xlsx"));
  await fs.writeFile(path.join(work, "导出.csv"), "一级指标,二级指标,三级指标,指标值\n产出指标,数量指标,人数,86人\n");
  await fs.writeFile(path.join(work, "空文件.xlsx"), "");
  const named = ["旧表.xls", "加密.xlsx", "导出.csv", "空文件.xlsx", path.join("空文件.xlsx", "表.xlsx")];
  const r = await runCli(["check", ...named], work);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe("");
  expect(r.stderr).not.toMatch(STACK);
  const legacy = "这是旧版二进制格式（.xls 或 WPS 的 .et）：请在 Excel 或 WPS 中另存为 .xlsx 后再检查";
  const password = "文件设有打开密码（已加密）：请在 Excel 或 WPS 中取消密码后再检查";
  // A .csv named on the command line gets the remedy it gets in a folder (before: “不是 Excel 工作簿”, no way out).
  const csv = ".csv 格式不是 .xlsx / .xlsm / .xltx / .xltm：请在 Excel 或 WPS 中另存为 .xlsx 后再检查";
  expect(r.stderr.trim().split("\n")).toEqual([
    `${path.join("空文件.xlsx", "表.xlsx")}: 无法检查：无法访问（路径中有一段是文件，不是文件夹，ENOTDIR）`,
    `旧表.xls: 无法检查：${legacy}`,
    `加密.xlsx: 无法检查：${password}`,
    `导出.csv: 无法检查：${csv}`,
    "空文件.xlsx: 无法检查：文件是空的（0 字节）",
    "共 5 个文件：已检查 0 个，无法检查 5 个（见上面各行的原因）",
  ]);

  const folder = await runCli(["check", ".", "--lang", "en"], work);
  expect(folder.code).toBe(1);
  expect(folder.stderr.trim().split("\n").sort()).toEqual(
    [
      "旧表.xls: cannot check: The .xls format is not .xlsx / .xlsm / .xltx / .xltm: save it as .xlsx in Excel or WPS, then check it",
      "导出.csv: cannot check: The .csv format is not .xlsx / .xlsm / .xltx / .xltm: save it as .xlsx in Excel or WPS, then check it",
      "加密.xlsx: cannot check: The file has a password to open (encrypted): remove the password in Excel or WPS, then check it",
      "空文件.xlsx: cannot check: The file is empty (0 bytes)",
      "4 files: 0 checked, 4 could not be checked (the lines above say why)",
    ].sort(),
  );
  await expect(fs.stat(path.join(work, "perf-out"))).rejects.toThrow();
});

test("a unit's workbook still downloading in the folder is said, one line each, and the rest is checked (exit 1)", async () => {
  const SAMPLE = path.join(ROOT, "assets", "sample.xlsx");
  const units = path.join(work, "各单位");
  await fs.mkdir(path.join(units, "丁单位.xlsx.download"), { recursive: true }); // Safari's download is a folder
  await fs.copyFile(SAMPLE, path.join(units, "丁单位.xlsx.download", "丁单位.xlsx"));
  await fs.copyFile(SAMPLE, path.join(units, "甲单位.xlsx"));
  const partial = (await fs.readFile(SAMPLE)).subarray(0, 4000);
  await fs.writeFile(path.join(units, "乙单位.xlsx.crdownload"), partial); // Chrome, Edge
  await fs.writeFile(path.join(units, "丙单位.xlsx"), ""); // Firefox: an empty file of the name, and the download beside
  await fs.writeFile(path.join(units, "丙单位.xlsx.part"), partial);
  await fs.writeFile(path.join(units, "说明.txt.part"), "not a spreadsheet");
  const r = await runCli(["check", "各单位", "--as-of", "2024-07-31"], work);
  expect(r.code).toBe(1);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stdout).toContain(`${path.join("各单位", "甲单位.xlsx")} → ${path.join("perf-out", "甲单位.checked.xlsx")}`);
  // main: nothing said of 乙单位 and 丁单位 (passed over as files of no spreadsheet's name), 丁单位's partial file checked.
  expect(r.stderr.trim().split("\n").sort()).toEqual(
    [
      "各单位/乙单位.xlsx.crdownload: 无法检查：还没有下载完（.crdownload 是浏览器下载中的文件）：请等「乙单位.xlsx」下载完成后再检查",
      "各单位/丙单位.xlsx.part: 无法检查：还没有下载完（.part 是浏览器下载中的文件）：请等「丙单位.xlsx」下载完成后再检查",
      "各单位/丙单位.xlsx: 无法检查：文件是空的（0 字节）",
      "各单位/丁单位.xlsx.download: 无法检查：还没有下载完（.download 是浏览器下载中的文件）：请等「丁单位.xlsx」下载完成后再检查",
      "共 5 个文件：已检查 1 个（其中 1 个有红灯），无法检查 4 个（见上面各行的原因）",
    ].sort(),
  );
});

test("a workbook still downloading named itself is said as in a folder (review55: 文件已损坏, or its partial file checked)", async () => {
  const SAMPLE = path.join(ROOT, "assets", "sample.xlsx");
  const dir = path.join(work, "下载");
  await fs.mkdir(path.join(dir, "丁单位.xlsx.download"), { recursive: true });
  await fs.copyFile(SAMPLE, path.join(dir, "丁单位.xlsx.download", "丁单位.xlsx"));
  await fs.writeFile(path.join(dir, "乙单位.xlsx.crdownload"), (await fs.readFile(SAMPLE)).subarray(0, 4000));
  const r = await runCli(
    ["check", path.join("下载", "乙单位.xlsx.crdownload"), path.join("下载", "丁单位.xlsx.download")],
    work,
  );
  expect(r.code).toBe(1);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr.trim().split("\n").sort()).toEqual(
    [
      "下载/乙单位.xlsx.crdownload: 无法检查：还没有下载完（.crdownload 是浏览器下载中的文件）：请等「乙单位.xlsx」下载完成后再检查",
      "下载/丁单位.xlsx.download: 无法检查：还没有下载完（.download 是浏览器下载中的文件）：请等「丁单位.xlsx」下载完成后再检查",
      "共 2 个文件：已检查 0 个，无法检查 2 个（见上面各行的原因）",
    ].sort(),
  );
});
