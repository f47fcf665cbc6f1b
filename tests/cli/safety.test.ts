/**
 * Nothing of the user's is replaced, and bad input gets one clear line: the command line as a user runs it
 * (a real child process), between runs doing what a user does (editing the copy, pointing --out at the inputs).
 */
import { execFile, execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, zipSync } from "fflate";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { writeCheckedCopy } from "../../src/host/xlsx/write";
import { LIMITS } from "../../src/host/xlsx/zip";
import { BIN, ROOT, runCli } from "./runCli";

const SEED = path.join(ROOT, "tests", "fixtures", "seed-per-sheet.xlsx");

/** The CLI with a 1 GB heap: a workbook that needed more would abort instead of passing. */
const run = (args: string[], cwd: string) =>
  runCli(args, cwd, { node: ["--max-old-space-size=1024"], timeout: 60_000 });

let work: string;
beforeEach(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-safety-"));
});
afterEach(async () => {
  await fs.rm(work, { recursive: true, force: true });
});
jest.setTimeout(120_000);

const AS_OF = ["--as-of", "2024-07-31"];

test("an earlier copy the user edited is kept: the new copy gets a new name, --force replaces it", async () => {
  await fs.copyFile(SEED, path.join(work, "x.xlsx"));
  expect((await run(["check", "x.xlsx", ...AS_OF], work)).code).toBe(0);
  const out = path.join(work, "perf-out", "x.checked.xlsx");
  await fs.appendFile(out, "the user's edit");
  const edited = await fs.readFile(out);

  const again = await run(["check", "x.xlsx", ...AS_OF], work);
  expect(again.code).toBe(0);
  expect(await fs.readFile(out)).toEqual(edited);
  expect(again.stdout).toContain("perf-out/x.checked-2.xlsx");
  expect(again.stdout).toContain("已存在，保留未动");
  expect((await fs.readdir(path.join(work, "perf-out"))).sort()).toEqual(["x.checked-2.xlsx", "x.checked.xlsx"]);

  expect((await run(["check", "x.xlsx", "--force", ...AS_OF], work)).code).toBe(0);
  expect(await fs.readFile(out)).not.toEqual(edited);
  // No temporary file is left behind.
  expect((await fs.readdir(path.join(work, "perf-out"))).sort()).toEqual(["x.checked-2.xlsx", "x.checked.xlsx"]);
});

test("an input is never an output, even with --out its own folder and --force", async () => {
  await fs.copyFile(SEED, path.join(work, "x.xlsx"));
  expect((await run(["check", "x.xlsx", "--out", ".", ...AS_OF], work)).code).toBe(0);
  const copy = await fs.readFile(path.join(work, "x.checked.xlsx"));
  const input = await fs.readFile(path.join(work, "x.xlsx"));
  // Both given, output folder = their folder: x.checked.xlsx is an input now and stays as it is.
  const r = await run(["check", "x.checked.xlsx", "x.xlsx", "--out", ".", "--force", ...AS_OF], work);
  expect(r.code).toBe(0);
  expect(await fs.readFile(path.join(work, "x.xlsx"))).toEqual(input);
  expect(await fs.readFile(path.join(work, "x.checked.xlsx"))).toEqual(copy);
});

test("an input reached by another path is never replaced, also with --force (known by device and file number)", async () => {
  // The user's case is one folder seen through a bind mount or a share that ignores case, where the two paths
  // differ and resolving links does not make them equal; a hard link is the same situation a test can build.
  await fs.mkdir(path.join(work, "in"));
  await fs.mkdir(path.join(work, "perf-out"));
  await fs.copyFile(SEED, path.join(work, "in", "x.xlsx"));
  await fs.link(path.join(work, "in", "x.xlsx"), path.join(work, "perf-out", "x.checked.xlsx"));
  const input = await fs.stat(path.join(work, "in", "x.xlsx"));

  const r = await run(["check", path.join("in", "x.xlsx"), "--force", ...AS_OF], work);
  expect(r.code).toBe(0);
  const atOutput = await fs.stat(path.join(work, "perf-out", "x.checked.xlsx"));
  expect([atOutput.ino, atOutput.dev]).toEqual([input.ino, input.dev]);
  expect(await fs.readFile(path.join(work, "perf-out", "x.checked.xlsx"))).toEqual(await fs.readFile(SEED));
  expect(r.stdout).toContain("perf-out/x.checked-2.xlsx");
  // Said as it is: --force was given, the name is the input's.
  expect(r.stdout).toContain("（perf-out/x.checked.xlsx 是输入文件本身，--force 也不会覆盖它）");
  expect(r.stdout).not.toContain("加 --force 可覆盖");
});

test("a folder holding only checked copies: nothing to check, and the copies passed over are said, with how to check one", async () => {
  await fs.copyFile(SEED, path.join(work, "a.xlsx"));
  expect((await run(["check", "a.xlsx", ...AS_OF], work)).code).toBe(0);
  const r = await run(["check", "perf-out", ...AS_OF], work);
  expect(r.code).toBe(1);
  expect(r.stderr.trim()).toBe(
    "没有找到 .xlsx / .xlsm / .xltx / .xltm 文件：perf-out（跳过了 1 个检查后的副本 *.checked.*；要再检查其中一个，请直接写出它的文件名）",
  );
  // As told: named, the copy is checked. Its copy is a.xlsx's copy again (not a.checked.checked.xlsx, as the page
  // names it too); that name is the copy being checked, so the new one is numbered and the input kept, said as such.
  const before = await fs.readFile(path.join(work, "perf-out", "a.checked.xlsx"));
  const named = await run(["check", path.join("perf-out", "a.checked.xlsx"), ...AS_OF], work);
  expect(named.code).toBe(0);
  expect(named.stdout).toContain("perf-out/a.checked.xlsx → perf-out/a.checked-2.xlsx");
  expect(named.stdout).toContain("（perf-out/a.checked.xlsx 是输入文件本身，--force 也不会覆盖它）");
  expect(named.stdout).not.toContain("加 --force 可覆盖");
  expect(await fs.readFile(path.join(work, "perf-out", "a.checked.xlsx"))).toEqual(before);
  expect((await fs.readdir(path.join(work, "perf-out"))).sort()).toEqual(["a.checked-2.xlsx", "a.checked.xlsx"]);
});

test("a planted symlink at the output is not followed", async () => {
  await fs.copyFile(SEED, path.join(work, "x.xlsx"));
  await fs.mkdir(path.join(work, "perf-out"));
  await fs.writeFile(path.join(work, "victim.txt"), "keep me");
  await fs.symlink(path.join(work, "victim.txt"), path.join(work, "perf-out", "x.checked.xlsx"));
  expect((await run(["check", "x.xlsx", ...AS_OF], work)).code).toBe(0);
  expect(await fs.readFile(path.join(work, "victim.txt"), "utf8")).toBe("keep me");
  expect(await fs.readdir(path.join(work, "perf-out"))).toContain("x.checked-2.xlsx");
});

test("--out at a file, or at a folder inside a file: one line naming the folder and the file in the way", async () => {
  await fs.copyFile(SEED, path.join(work, "x.xlsx"));
  await fs.writeFile(path.join(work, "notes.txt"), "the user's file");
  const line = async (out: string, ...more: string[]) => {
    const r = await run(["check", "x.xlsx", "--out", out, ...more, ...AS_OF], work);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/EEXIST|ENOTDIR|EACCES|mkdir|open '/);
    return lines[0];
  };
  expect(await line("notes.txt")).toBe(
    "x.xlsx: 无法检查：无法写出检查后的副本：输出位置「notes.txt」是一个文件，不是文件夹（--out 要指定文件夹）",
  );
  expect(await line("notes.txt/sub")).toBe(
    "x.xlsx: 无法检查：无法写出检查后的副本：无法创建输出文件夹「notes.txt/sub」：「notes.txt」是一个文件，不是文件夹",
  );
  expect(await line("notes.txt", "--lang", "en")).toBe(
    "x.xlsx: cannot check: Cannot write the checked copy: the output location “notes.txt” is a file, not a folder (--out takes a folder)",
  );
  expect(await line("notes.txt/sub/deeper", "--lang", "en")).toBe(
    "x.xlsx: cannot check: Cannot write the checked copy: cannot make the output folder “notes.txt/sub/deeper”: “notes.txt” is a file, not a folder",
  );
  // The user's file in the way is left as it was.
  expect(await fs.readFile(path.join(work, "notes.txt"), "utf8")).toBe("the user's file");
});

// Root may write anywhere: the permission case runs the CLI as "nobody" when the tests run as root.
const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
test("--out in a folder without write permission names that folder (EACCES), in both languages", async () => {
  await fs.chmod(work, 0o755);
  await fs.copyFile(SEED, path.join(work, "x.xlsx"));
  await fs.chmod(path.join(work, "x.xlsx"), 0o644);
  await fs.mkdir(path.join(work, "locked"), { mode: 0o555 });
  await fs.chmod(path.join(work, "locked"), 0o555);
  const line = (out: string, lang: string) =>
    new Promise<string>((resolve) =>
      execFile(
        process.execPath,
        [BIN, "check", "x.xlsx", "--out", out, "--lang", lang, ...AS_OF],
        { cwd: work, timeout: 60_000, ...asUser },
        (error, stdout, stderr) => {
          expect(error?.code).toBe(1);
          resolve(stderr.trim());
        },
      ),
    );
  // A new folder inside it, and the folder itself.
  expect(await line("locked/new", "zh")).toBe("x.xlsx: 无法检查：无法写出检查后的副本：没有权限写入文件夹「locked」");
  expect(await line("locked", "zh")).toBe("x.xlsx: 无法检查：无法写出检查后的副本：没有权限写入文件夹「locked」");
  expect(await line("locked/new", "en")).toBe(
    "x.xlsx: cannot check: Cannot write the checked copy: no permission to write in the folder “locked”",
  );
  expect(await fs.readdir(path.join(work, "locked"))).toEqual([]);
  // Run in that folder without --out: ./perf-out cannot be made there, and the line names the folder in full, not 「.」.
  const inLocked = await new Promise<string>((resolve) =>
    execFile(
      process.execPath,
      [BIN, "check", "../x.xlsx", ...AS_OF],
      { cwd: path.join(work, "locked"), timeout: 60_000, ...asUser },
      (error, _stdout, stderr) => {
        expect(error?.code).toBe(1);
        resolve(stderr.trim());
      },
    ),
  );
  expect(inLocked).toBe(
    `../x.xlsx: 无法检查：无法写出检查后的副本：没有权限写入文件夹「${path.join(work, "locked")}」`,
  );
});

test("a long Chinese file name whose copy's name passes the system's limit: one line saying so, nothing left behind", async () => {
  // 81 × 项 (3 bytes each) + .xlsx = 248 bytes: a valid name; the copy's `.checked.xlsx` makes it 256, one over 255.
  const name = `${"项".repeat(81)}.xlsx`;
  await fs.copyFile(SEED, path.join(work, name));
  const zh = await run(["check", name, ...AS_OF], work);
  expect(zh.code).toBe(1);
  expect(zh.stderr.trim().split("\n")).toEqual([
    `${name}: 无法检查：无法写出检查后的副本：名字「${"项".repeat(81)}.checked.xlsx」或它的路径太长（一个名字通常最多 255 字节），请把原文件改短一些的名字再检查`,
  ]);
  const en = await run(["check", name, "--lang", "en", ...AS_OF], work);
  expect(en.stderr).toContain("is too long (a name usually takes at most 255 bytes)");
  expect(await fs.readdir(path.join(work, "perf-out"))).toEqual([]); // no copy, no temp file
});

test("an unknown option is named in the chosen language; a file named like an option is told to go after --", async () => {
  await fs.copyFile(SEED, path.join(work, "-x.xlsx"));
  const asOption = await run(["check", "-x.xlsx", ...AS_OF], work);
  expect(asOption.code).toBe(2);
  expect(asOption.stderr).toContain('未知选项 “-x”：以 - 开头的文件名请写在 -- 之后，如 -- "-x.xlsx"');
  expect(asOption.stderr).not.toMatch(/Unknown option/);
  expect((await run(["check", "--bogus", "--lang", "en"], work)).stderr).toContain("Unknown option “--bogus”");
  expect((await run(["check", "--out"], work)).stderr).toContain("选项 --out 后面缺少值");
  // As told: after --, it is a file and is checked.
  const asFile = await run(["check", ...AS_OF, "--", "-x.xlsx"], work);
  expect(asFile.code).toBe(0);
  expect(await fs.readdir(path.join(work, "perf-out"))).toEqual(["-x.checked.xlsx"]);
});

test("a .xlsm comes back as .xlsm", async () => {
  await fs.copyFile(path.join(ROOT, "tests", "host", "xlsx", "fixtures", "features.xlsm"), path.join(work, "宏.xlsm"));
  const r = await run(["check", ".", ...AS_OF], work);
  expect(r.code).toBe(0);
  expect(await fs.readdir(path.join(work, "perf-out"))).toEqual(["宏.checked.xlsm"]);
});

/** The content type of the copy's workbook part ([Content_Types].xml's Override for it). */
const workbookType = async (file: string) =>
  /PartName="\/xl\/workbook\.xml" ContentType="([^"]+)"/.exec(
    strFromU8(unzipSync(await fs.readFile(file))["[Content_Types].xml"]),
  )?.[1];

test("each copy is named for its kind, not for the file's name: Excel opens it (.Xlsm, a macro workbook called .xlsx, a workbook called .xlsm)", async () => {
  const macro = path.join(ROOT, "tests", "host", "xlsx", "fixtures", "features.xlsm");
  await fs.copyFile(macro, path.join(work, "大写.Xlsm"));
  await fs.copyFile(macro, path.join(work, "改名.xlsx"));
  await fs.copyFile(SEED, path.join(work, "普通.xlsm"));
  const r = await run(["check", ".", ...AS_OF], work);
  expect(r.code).toBe(0);
  const out = (name: string) => path.join(work, "perf-out", name);
  expect((await fs.readdir(path.join(work, "perf-out"))).sort()).toEqual(
    ["大写.checked.xlsm", "改名.checked.xlsm", "普通.checked.xlsx"].sort(),
  );
  const MACRO = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
  const PLAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  expect(await workbookType(out("大写.checked.xlsm"))).toBe(MACRO);
  expect(await workbookType(out("改名.checked.xlsm"))).toBe(MACRO);
  expect(await workbookType(out("普通.checked.xlsx"))).toBe(PLAIN);
  // The VBA is kept in the renamed one; the inputs are as they were.
  expect(unzipSync(await fs.readFile(out("改名.checked.xlsm")))["xl/vbaProject.bin"]).toEqual(
    unzipSync(await fs.readFile(macro))["xl/vbaProject.bin"],
  );
  expect(await fs.readFile(path.join(work, "改名.xlsx"))).toEqual(await fs.readFile(macro));

  // Checked again: the same names (the earlier copies kept, the new ones numbered), no copy of a copy.
  const again = await run(["check", "改名.xlsx", "普通.xlsm", ...AS_OF], work);
  expect(again.code).toBe(0);
  expect((await fs.readdir(path.join(work, "perf-out"))).sort()).toEqual(
    [
      "大写.checked.xlsm",
      "改名.checked.xlsm",
      "改名.checked-2.xlsm",
      "普通.checked.xlsx",
      "普通.checked-2.xlsx",
    ].sort(),
  );
});

/** The same package saved as Excel's template: only the workbook part's content type differs (ECMA-376 Part 1, 12.3.23). */
function asTemplate(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  const types = strFromU8(parts["[Content_Types].xml"]);
  const templated = types
    .replace("spreadsheetml.sheet.main+xml", "spreadsheetml.template.main+xml")
    .replace("ms-excel.sheet.macroEnabled.main+xml", "ms-excel.template.macroEnabled.main+xml");
  expect(templated).not.toBe(types);
  return zipSync({ ...parts, "[Content_Types].xml": strToU8(templated) });
}

test("templates (.xltx, .xltm) in a folder or named are checked like workbooks, and their copies stay templates", async () => {
  await fs.mkdir(path.join(work, "units"));
  await fs.writeFile(path.join(work, "units", "模板.xltx"), asTemplate(await fs.readFile(SEED)));
  const xlsm = await fs.readFile(path.join(ROOT, "tests", "host", "xlsx", "fixtures", "features.xlsm"));
  await fs.writeFile(path.join(work, "units", "宏模板.XLTM"), asTemplate(xlsm));
  await fs.copyFile(SEED, path.join(work, "units", "表.xlsx"));
  const r = await run(["check", "units", ...AS_OF], work);
  expect(r.stderr).toBe("共 3 个文件：已检查 3 个\n"); // only the run's tally
  expect(r.code).toBe(0);
  expect((await fs.readdir(path.join(work, "perf-out"))).sort()).toEqual(
    ["宏模板.checked.xltm", "模板.checked.xltx", "表.checked.xlsx"].sort(),
  );
  // The template's copy is still a template (Excel refuses a template's content under an .xlsx name), and its
  // sheets are what the same workbook's copy holds.
  const copy = unzipSync(await fs.readFile(path.join(work, "perf-out", "模板.checked.xltx")));
  const plain = unzipSync(await fs.readFile(path.join(work, "perf-out", "表.checked.xlsx")));
  expect(strFromU8(copy["[Content_Types].xml"])).toContain("spreadsheetml.template.main+xml");
  const sheets = Object.keys(plain).filter((p) => p.startsWith("xl/worksheets/"));
  expect(sheets.length).toBeGreaterThan(0);
  for (const p of sheets) expect(strFromU8(copy[p])).toBe(strFromU8(plain[p]));
  const macro = unzipSync(await fs.readFile(path.join(work, "perf-out", "宏模板.checked.xltm")));
  expect(strFromU8(macro["[Content_Types].xml"])).toContain("ms-excel.template.macroEnabled.main+xml");
  expect(macro["xl/vbaProject.bin"]).toEqual(unzipSync(xlsm)["xl/vbaProject.bin"]);

  // Named on the command line: the same name as from the folder, not 模板.xltx.checked.xlsx.
  const named = await run(["check", path.join("units", "模板.xltx"), "--out", "named", ...AS_OF], work);
  expect(named.code).toBe(0);
  expect(await fs.readdir(path.join(work, "named"))).toEqual(["模板.checked.xltx"]);
});

test("a FIFO and a device are refused at once, the other files still checked", async () => {
  await fs.copyFile(SEED, path.join(work, "good.xlsx"));
  execFileSync("mkfifo", [path.join(work, "pipe.xlsx")]);
  const r = await run(["check", "pipe.xlsx", "/dev/zero", "good.xlsx", ...AS_OF], work);
  expect(r.code).toBe(1);
  const lines = r.stderr.trim().split("\n");
  expect(lines.filter((l) => l.includes("不是普通文件"))).toHaveLength(2);
  expect(await fs.readdir(path.join(work, "perf-out"))).toEqual(["good.checked.xlsx"]);
});

test("in a folder, a FIFO named like a spreadsheet is reported on a line of its own, the rest checked, exit 1", async () => {
  // Before (cli40), the walk passed over any entry that was not a regular file or a link: pipe.xlsx went unsaid.
  const units = path.join(work, "units");
  await fs.mkdir(units);
  await fs.copyFile(SEED, path.join(units, "good.xlsx"));
  for (const name of ["pipe.xlsx", "pipe.xls", "notes.txt", "pipe.checked.xlsx"])
    execFileSync("mkfifo", [path.join(units, name)]);
  const r = await run(["check", "units", ...AS_OF], work);
  expect(r.code).toBe(1);
  expect(r.stderr.trim().split("\n")).toEqual([
    `${path.join("units", "pipe.xls")}: 无法检查：不是普通文件（设备、管道或套接字），已跳过`,
    `${path.join("units", "pipe.xlsx")}: 无法检查：不是普通文件（设备、管道或套接字），已跳过`,
    "共 3 个文件：已检查 1 个，无法检查 2 个（见上面各行的原因）",
  ]);
  expect(await fs.readdir(path.join(work, "perf-out"))).toEqual(["good.checked.xlsx"]);
  const english = await run(["check", "units", "--json", "--lang", "en", "--out", "en", ...AS_OF], work);
  expect(english.code).toBe(1);
  const errors = JSON.parse(english.stdout).files.map((f: { file: string; error: string | null }) => [f.file, f.error]);
  expect(errors).toEqual([
    [path.join("units", "pipe.xls"), "Not a regular file (a device, pipe or socket): skipped"],
    [path.join("units", "pipe.xlsx"), "Not a regular file (a device, pipe or socket): skipped"],
    [path.join("units", "good.xlsx"), null],
  ]);
});

test("terminal escape sequences from cells are shown escaped in the text report", async () => {
  const { snapshot, pkg } = readWorkbookBytes(await fs.readFile(SEED));
  const sheet = snapshot.sheets[0];
  // The project name cell (B3 holds the name in the seed layout): an escape sequence typed into it.
  const row = sheet.values.findIndex((r) => r.some((v) => v === "项目名称"));
  const col = sheet.values[row].indexOf("项目名称") + 1;
  const name = "\u001b[2J\u001b[31m恶意项目\u202e";
  const ops = [{ op: "setValue" as const, cell: { sheet: sheet.name, row: row + sheet.originRow, col }, value: name }];
  await fs.writeFile(path.join(work, "esc.xlsx"), writeCheckedCopy(pkg, { ops, marks: null as never, messages: [] }));
  const r = await run(["check", "esc.xlsx", ...AS_OF], work);
  expect(r.code).toBe(0);
  expect(r.stdout).not.toContain("\u001b");
  expect(r.stdout).not.toContain("\u202e");
  expect(r.stdout).toContain("\\x1b[2J\\x1b[31m恶意项目\\u202e");
});

test("a zip that is not a workbook, and a Word file, get a message saying so", async () => {
  await fs.writeFile(path.join(work, "notes.xlsx"), zipSync({ "readme.txt": strToU8("hello") }));
  await fs.writeFile(path.join(work, "report.xlsx"), zipSync({ "word/document.xml": strToU8("<w:document/>") }));
  // As Word saves it: the package's relationship names word/document.xml as the office document.
  const rels =
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ' +
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
  const document =
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>';
  await fs.writeFile(
    path.join(work, "renamed.xlsx"),
    zipSync({ "_rels/.rels": strToU8(rels), "word/document.xml": strToU8(document) }),
  );
  const r = await run(["check", "notes.xlsx", "report.xlsx", "renamed.xlsx"], work);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain("notes.xlsx: 无法检查：不是 Excel 工作簿：压缩包中没有工作簿部件");
  expect(r.stderr).toContain("report.xlsx: 无法检查：这是 Word / PowerPoint 文件");
  expect(r.stderr).toContain("renamed.xlsx: 无法检查：这是 Word / PowerPoint 文件");
});

test("a damaged workbook part (cut off, or not XML) is named as damaged, not as missing, in both languages", async () => {
  const { unzipSync } = await import("fflate");
  const files = unzipSync(await fs.readFile(SEED));
  const workbook = new TextDecoder().decode(files["xl/workbook.xml"]);
  const cut = workbook.slice(0, workbook.indexOf("<sheet ") + 20); // saved half-way through the sheet list
  await fs.writeFile(path.join(work, "cut.xlsx"), zipSync({ ...files, "xl/workbook.xml": strToU8(cut) }));
  const head = workbook.slice(0, workbook.indexOf("?>") + 2); // nothing after the XML declaration
  await fs.writeFile(path.join(work, "head.xlsx"), zipSync({ ...files, "xl/workbook.xml": strToU8(head) }));
  await fs.writeFile(path.join(work, "junk.xlsx"), zipSync({ ...files, "xl/workbook.xml": strToU8("\u0000\u0001PK") }));

  const zh = await run(["check", "cut.xlsx", "head.xlsx", "junk.xlsx"], work);
  expect(zh.code).toBe(1);
  expect(zh.stderr.trim().split("\n")).toEqual([
    "cut.xlsx: 无法检查：文件已损坏：部件 xl/workbook.xml 无法解析（<sheet> 没有正确结束）",
    "head.xlsx: 无法检查：文件已损坏：部件 xl/workbook.xml 无法解析（找不到 <workbook> 元素，内容不完整或不是 XML）",
    "junk.xlsx: 无法检查：文件已损坏：部件 xl/workbook.xml 无法解析（找不到 <workbook> 元素，内容不完整或不是 XML）",
    "共 3 个文件：已检查 0 个，无法检查 3 个（见上面各行的原因）",
  ]);
  const en = await run(["check", "cut.xlsx", "head.xlsx", "--lang", "en"], work);
  expect(en.stderr.trim().split("\n")).toEqual([
    "cut.xlsx: cannot check: The file is damaged: part xl/workbook.xml cannot be read (<sheet> is not closed properly)",
    "head.xlsx: cannot check: The file is damaged: part xl/workbook.xml cannot be read (no <workbook> element: it is incomplete or not XML)",
    "2 files: 0 checked, 2 could not be checked (the lines above say why)",
  ]);
  expect(await fs.readdir(work)).not.toContain("perf-out");
});

test("a damaged sheet or [Content_Types].xml: one line naming the part, no copy of it; the other files are checked", async () => {
  const { unzipSync } = await import("fflate");
  const files = unzipSync(await fs.readFile(SEED));
  const text = (part: string) => new TextDecoder().decode(files[part]);
  const sheet = text("xl/worksheets/sheet3.xml");
  const types = text("[Content_Types].xml");
  const damaged = {
    "sheet-cut.xlsx": { "xl/worksheets/sheet3.xml": sheet.slice(0, sheet.indexOf("<row ", sheet.length / 2)) },
    "sheet-junk.xlsx": { "xl/worksheets/sheet3.xml": "PK\u0003\u0004 not a worksheet" },
    "types-cut.xlsx": { "[Content_Types].xml": types.slice(0, types.lastIndexOf("<Override")) },
  };
  for (const [name, parts] of Object.entries(damaged)) {
    const replaced = Object.fromEntries(Object.entries(parts).map(([part, t]) => [part, strToU8(t)]));
    await fs.writeFile(path.join(work, name), zipSync({ ...files, ...replaced }));
  }
  await fs.copyFile(SEED, path.join(work, "good.xlsx"));

  const zh = await run(["check", ...Object.keys(damaged), "good.xlsx", ...AS_OF], work);
  expect(zh.code).toBe(1);
  expect(zh.stderr.trim().split("\n")).toEqual([
    "sheet-cut.xlsx: 无法检查：文件已损坏：工作表「3 劳务费」的部件 xl/worksheets/sheet3.xml 无法解析（<sheetData> 没有正确结束）",
    "sheet-junk.xlsx: 无法检查：文件已损坏：工作表「3 劳务费」的部件 xl/worksheets/sheet3.xml 无法解析（找不到 <worksheet> 元素，内容不完整或不是 XML）",
    "types-cut.xlsx: 无法检查：文件已损坏：部件 [Content_Types].xml 无法解析（<Types> 没有正确结束）",
    "共 4 个文件：已检查 1 个，无法检查 3 个（见上面各行的原因）",
  ]);
  expect(zh.stdout).toContain("good.xlsx → perf-out/good.checked.xlsx");
  expect(await fs.readdir(path.join(work, "perf-out"))).toEqual(["good.checked.xlsx"]);

  const en = await run(["check", "sheet-junk.xlsx", "types-cut.xlsx", "--lang", "en", ...AS_OF], work);
  expect(en.stderr.trim().split("\n")).toEqual([
    "sheet-junk.xlsx: cannot check: The file is damaged: part xl/worksheets/sheet3.xml (sheet “3 劳务费”) cannot be read (no <worksheet> element: it is incomplete or not XML)",
    "types-cut.xlsx: cannot check: The file is damaged: part [Content_Types].xml cannot be read (<Types> is not closed properly)",
    "2 files: 0 checked, 2 could not be checked (the lines above say why)",
  ]);
  expect(await fs.readdir(path.join(work, "perf-out"))).toEqual(["good.checked.xlsx"]);
});

// ───────────────────────────── bounds ─────────────────────────────

/** The seed workbook with raw XML spliced into its first sheet. */
async function seedWith(edit: (sheetXml: string) => string): Promise<Uint8Array> {
  const { unzipSync } = await import("fflate");
  const files = unzipSync(await fs.readFile(SEED));
  const part = "xl/worksheets/sheet1.xml";
  files[part] = strToU8(edit(new TextDecoder().decode(files[part])));
  return zipSync(files);
}

test("a stray value at XFD1048576 and a merge down a whole column: checked as without them, within 1 GB", async () => {
  // Before: refused (its values spanned A1:XFD1048576, over the 2,000,000 cells a sheet might span).
  const far = (xml: string) =>
    xml
      .replace(
        "</sheetData>",
        '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
      )
      .replace(
        /<mergeCells count="(\d+)">/,
        (_, n) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="Z1:Z1048576"/>`,
      );
  const data = await seedWith(far);
  await fs.writeFile(path.join(work, "stray.xlsx"), data);
  await fs.copyFile(SEED, path.join(work, "plain.xlsx"));
  const r = await run(["check", "stray.xlsx", "plain.xlsx", "--json", ...AS_OF], work);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const [stray, plain] = JSON.parse(r.stdout).files;
  const judged = (f: { tables: unknown; review: unknown; diagnostics: unknown }) =>
    JSON.stringify([f.tables, f.review, f.diagnostics]);
  expect(stray.tables.length).toBeGreaterThan(0);
  expect(judged(stray)).toBe(judged(plain));
  // The stray cell's XML and the merge kept as they were in the copy.
  const { unzipSync } = await import("fflate");
  const copy = unzipSync(await fs.readFile(path.join(work, "perf-out", "stray.checked.xlsx")));
  const sheet = new TextDecoder().decode(copy["xl/worksheets/sheet1.xml"]);
  expect(sheet).toContain('<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>');
  expect(sheet).toContain('<mergeCell ref="Z1:Z1048576"/>');
});

test("a value far right in each of 200,000 rows (XFD, or a note column at ZZ): checked as without them, within 1 GB", async () => {
  // Before: each row holding a far value was laid out from column A (16,384 or 702 cells a row): out of memory.
  const rows = (col: string) => (xml: string) => {
    let far = "";
    for (let r = 20; r < 200_020; r++)
      far += `<row r="${r}"><c r="${col}${r}" t="inlineStr"><is><t>备注${r}</t></is></c></row>`;
    return xml.replace("</sheetData>", `${far}</sheetData>`);
  };
  await fs.writeFile(path.join(work, "xfd.xlsx"), await seedWith(rows("XFD")));
  await fs.writeFile(path.join(work, "zz.xlsx"), await seedWith(rows("ZZ")));
  await fs.copyFile(SEED, path.join(work, "plain.xlsx"));
  const r = await run(["check", "xfd.xlsx", "zz.xlsx", "plain.xlsx", "--json", ...AS_OF], work);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const [xfd, zz, plain] = JSON.parse(r.stdout).files;
  const judged = (f: { tables: unknown; review: unknown; diagnostics: unknown }) =>
    JSON.stringify([f.tables, f.review, f.diagnostics]);
  expect(plain.tables.length).toBeGreaterThan(0);
  expect(judged(xfd)).toBe(judged(plain));
  expect(judged(zz)).toBe(judged(plain));
  // Every far cell's XML kept in the copy.
  const { unzipSync } = await import("fflate");
  for (const col of ["XFD", "ZZ"]) {
    const copy = unzipSync(await fs.readFile(path.join(work, "perf-out", `${col.toLowerCase()}.checked.xlsx`)));
    const sheet = new TextDecoder().decode(copy["xl/worksheets/sheet1.xml"]);
    expect(sheet.split(`t="inlineStr"><is><t>备注`).length - 1).toBe(200_000);
    expect(sheet).toContain(`<row r="200019"><c r="${col}200019" t="inlineStr"><is><t>备注200019</t></is></c></row>`);
  }
});

test("a cell or row outside the sheet's grid (XFE1, A0, row 1048577) names the damaged part, not a size limit", async () => {
  const cases: [string, string][] = [
    ['<row r="5"><c r="XFE5" t="inlineStr"><is><t>x</t></is></c></row>', "XFE5"],
    ['<row r="1"><c r="XFE0"><v>1</v></c></row>', "XFE0"],
    ['<row r="1048577"><c><v>1</v></c></row>', "1048577"],
  ];
  for (const [xml, said] of cases) {
    const data = await seedWith((sheet) => sheet.replace("</sheetData>", `${xml}</sheetData>`));
    let error: unknown = null;
    try {
      readWorkbookBytes(data);
    } catch (e) {
      error = e;
    }
    expect((error as { in?: (lang: string) => string }).in?.("zh")).toMatch(
      new RegExp(
        `^文件已损坏：工作表「[^」]+」的部件 xl/worksheets/sheet1\\.xml 无法解析（引用 ${said} 超出了工作表：最多 1,048,576 行、A–XFD 列）$`,
      ),
    );
  }
});

test("whole-row and whole-column merges are read within the cells held, and the tables checked", async () => {
  const data = await seedWith((xml) =>
    xml.replace(
      /<mergeCells count="(\d+)">/,
      (_m, n) => `<mergeCells count="${Number(n) + 2}"><mergeCell ref="A40:XFD40"/><mergeCell ref="Z1:Z1048576"/>`,
    ),
  );
  await fs.writeFile(path.join(work, "merged.xlsx"), data);
  const r = await run(["check", "merged.xlsx", "--json", ...AS_OF], work);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).files[0].tables.length).toBeGreaterThan(0);
});

test("drop-down lists of the clerk's on whole columns (x14 on A:Z, a plain one on M:M) are kept, within 1 GB", async () => {
  // Excel saves a list on selected whole columns as A1:Z1048576: a sheet's cost follows the cells it holds and the
  // number of its lists, never their area (was: one map entry per cell, "Map maximum size exceeded" after ~38 s).
  const x14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
  const xm = "http://schemas.microsoft.com/office/excel/2006/main";
  const data = await seedWith((xml) =>
    xml
      .replace(
        "<pageMargins",
        '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="M1:M1048576">' +
          '<formula1>"甲,乙"</formula1></dataValidation></dataValidations><pageMargins',
      )
      .replace(
        "</worksheet>",
        `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${x14}"><x14:dataValidations count="1" ` +
          `xmlns:xm="${xm}"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>'2 检察业务费'!$A$1:$A$3` +
          `</xm:f></x14:formula1><xm:sqref>A1:Z1048576</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>` +
          "</worksheet>",
      ),
  );
  await fs.writeFile(path.join(work, "lists.xlsx"), data);
  const r = await run(["check", "lists.xlsx", "--json", ...AS_OF], work);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const file = JSON.parse(r.stdout).files[0];
  expect(file.tables.length).toBeGreaterThan(0);
  expect(JSON.stringify(file)).toMatch(/下拉列表/);
});

test("a zip bomb is refused before it is unpacked, naming the limit", async () => {
  // One part of 300 MB of zeros: ~300 KB packed.
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  for (const [name, text] of Object.entries({
    "[Content_Types].xml": "<Types/>",
    "xl/workbook.xml": "<workbook/>",
  })) {
    const f = new ZipDeflate(name);
    zip.add(f);
    f.push(strToU8(text), true);
  }
  const bomb = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 1 });
  zip.add(bomb);
  const zeros = new Uint8Array(1 << 20);
  for (let i = 0; i < 300; i++) bomb.push(zeros, i === 299);
  zip.end();
  await fs.writeFile(path.join(work, "bomb.xlsx"), Buffer.concat(chunks));
  const r = await run(["check", "bomb.xlsx"], work);
  expect(r.code).toBe(1);
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.stderr).toContain(`超过单个部件上限 ${LIMITS.partBytes / 1024 / 1024} MB`);
});
