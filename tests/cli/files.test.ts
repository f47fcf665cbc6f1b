import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expandInputs, lockApp, lockOwners, locksBeside, outFolderProblem, outputPaths } from "../../src/cli/files";

/** The lock file beside one workbook, or null; the workbook one lock file was left for. */
const lockFileOf = async (file: string) => (await locksBeside([file])).get(file) ?? null;
const lockOwner = async (lock: string) => (await lockOwners([lock])).get(lock);

let work: string;
beforeEach(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-files-"));
});
afterEach(async () => {
  jest.restoreAllMocks();
  await fs.rm(work, { recursive: true, force: true });
});

test("a folder that cannot be read is reported on its own line; the rest is still found", async () => {
  await fs.mkdir(path.join(work, "a"));
  await fs.mkdir(path.join(work, "locked"));
  await fs.writeFile(path.join(work, "a", "x.xlsx"), "");
  await fs.writeFile(path.join(work, "b.xlsm"), "");
  await fs.writeFile(path.join(work, "b.checked.xlsm"), "");
  await fs.writeFile(path.join(work, "b.checked-2.xlsx"), "");
  const readdir = fs.readdir.bind(fs);
  // Tests run as root here, where chmod 000 does not stop reading: the permission error is what readdir
  // reports for such a folder on a user's machine.
  jest.spyOn(fs, "readdir").mockImplementation((async (dir: string, options: never) => {
    if (dir.endsWith("locked")) throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
    return readdir(dir, options);
  }) as never);
  const { files, problems } = await expandInputs([work, path.join(work, "missing.xlsx")]);
  expect(files.map((f) => path.relative(work, f))).toEqual([path.join("a", "x.xlsx"), "b.xlsm"]);
  expect(problems).toEqual([
    { file: path.join(work, "locked"), error: "无法读取文件夹（没有权限），其中的文件未检查" },
    { file: path.join(work, "missing.xlsx"), error: "文件不存在" },
  ]);
});

test("spreadsheets in a format the reader cannot open are reported per file, not passed over", async () => {
  await fs.mkdir(path.join(work, "乡镇"));
  // ._a.xlsx: the metadata macOS leaves beside a file on a share or USB stick, no workbook.
  for (const name of [
    "a.xlsx",
    "._a.xlsx",
    "b.xls",
    "c.et",
    "~$a.xls",
    "notes.txt",
    "乡镇/d.XLSB",
    "乡镇/e.ods",
    "乡镇/f.xlsm",
    "乡镇/单位B绩效目标表.csv", // Excel's "CSV UTF-8" save of a goal table: was passed over in silence
  ])
    await fs.writeFile(path.join(work, name), "");
  const { files, problems } = await expandInputs([work]);
  expect(files.map((f) => path.relative(work, f))).toEqual(["a.xlsx", path.join("乡镇", "f.xlsm")]);
  expect(problems).toEqual(
    [
      ["b.xls", ".xls"],
      ["c.et", ".et"],
      [path.join("乡镇", "d.XLSB"), ".XLSB"],
      [path.join("乡镇", "e.ods"), ".ods"],
      [path.join("乡镇", "单位B绩效目标表.csv"), ".csv"],
    ].map(([file, ext]) => ({
      file: path.join(work, file),
      error: `${ext} 格式不是 .xlsx / .xlsm / .xltx / .xltm：请在 Excel 或 WPS 中另存为 .xlsx 后再检查`,
    })),
  );
  const english = await expandInputs([path.join(work, "b.xls"), work], "en");
  expect(english.files.map((f) => path.relative(work, f))).toEqual(["b.xls", "a.xlsx", path.join("乡镇", "f.xlsm")]);
  expect(english.problems[0]).toEqual({
    file: path.join(work, "b.xls"),
    error: "The .xls format is not .xlsx / .xlsm / .xltx / .xltm: save it as .xlsx in Excel or WPS, then check it",
  });
});

// summary51: WPS on Linux (Kylin, UOS) keeps .~x.xlsx beside x.xlsx while it is open (src/cli/files.ts isLockName):
// found in a folder it was taken for a workbook and said to be unreadable (“不是 Excel 工作簿”).
test("WPS's lock file .~x.xlsx in a folder is no input, as Excel's ~$x.xlsx", async () => {
  for (const name of ["甲单位.xlsx", ".~甲单位.xlsx", "~$甲单位.xlsx", ".~lock.甲单位.xlsx#"])
    await fs.writeFile(path.join(work, name), "\x05张会计");
  const { files, problems, lockFiles } = await expandInputs([work]);
  expect(files.map((f) => path.relative(work, f))).toEqual(["甲单位.xlsx"]);
  expect(problems).toEqual([]);
  expect(lockFiles).toEqual([]); // found in a folder: passed over, as ~$ is, and counted for the run's summary (host52)
  // Named (a shell's .* or dotglob): passed over and said.
  const named = await expandInputs([path.join(work, ".~甲单位.xlsx"), path.join(work, "甲单位.xlsx")]);
  expect(named.lockFiles).toEqual([path.join(work, ".~甲单位.xlsx")]);
  expect(named.files).toEqual([path.join(work, "甲单位.xlsx")]);
});

/**
 * host52: a lock file is known by its name and by what it is. What Excel keeps beside a workbook it has open: a byte
 * giving the length of the user's name, the name, padding — a few hundred bytes at most, no zip
 * (superuser.com/questions/1190986).
 */
const OWNER_FILE = Buffer.concat([Buffer.from([3]), Buffer.from("张会计"), Buffer.alloc(165 - 10, 0x20)]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]);
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

test("host52: a workbook whose name looks like a lock file is checked; a real lock file is passed over and counted", async () => {
  const files: Record<string, Buffer> = {
    "甲单位.xlsx": ZIP,
    "~$甲单位.xlsx": OWNER_FILE, // Excel's, while 甲单位.xlsx is open
    ".~乙单位.xlsx": OWNER_FILE.subarray(0, 40), // WPS's on Linux
    "~$丙单位.xlsx": ZIP, // a workbook of the user's that only has such a name: was passed over in silence
    ".~丁单位.xlsm": ZIP,
    "~$戊单位.xlsx": CFB, // a workbook with a password to open: checked, so the reader says so
    "~$己单位.xlsx": Buffer.alloc(64 * 1024, 0x41), // far larger than any owner file: not taken for one
    "~$notes.docx": OWNER_FILE, // Word's: not ours to count
  };
  for (const [name, data] of Object.entries(files)) await fs.writeFile(path.join(work, name), data);
  const found = await expandInputs([work]);
  expect(found.files.map((f) => path.basename(f)).sort()).toEqual(
    [".~丁单位.xlsm", "~$丙单位.xlsx", "~$戊单位.xlsx", "~$己单位.xlsx", "甲单位.xlsx"].sort(),
  );
  expect(found.locksSkipped.map((f) => path.basename(f)).sort()).toEqual([".~乙单位.xlsx", "~$甲单位.xlsx"].sort());
  expect(found.problems).toEqual([]);
  expect(found.lockFiles).toEqual([]);
  // Named, as before: the owner file is passed over (said per file), the workbook so named is checked.
  const named = await expandInputs([path.join(work, "~$甲单位.xlsx"), path.join(work, "~$丙单位.xlsx")]);
  expect(named.lockFiles).toEqual([path.join(work, "~$甲单位.xlsx")]);
  expect(named.files).toEqual([path.join(work, "~$丙单位.xlsx")]);
});

test("host52: a long name's lock file, its first characters taken by the prefix, is still found", async () => {
  const book = path.join(work, "2024年度项目支出绩效目标表.xlsx");
  await fs.writeFile(book, ZIP);
  expect(await lockFileOf(book)).toBeNull();
  // Excel: ~$ in place of the first two characters (OfficeReport.docx → ~$ficeReport.docx).
  const excel = path.join(work, "~$24年度项目支出绩效目标表.xlsx");
  await fs.writeFile(excel, OWNER_FILE);
  expect(await lockFileOf(book)).toBe(excel);
  expect(await lockOwner(excel)).toBe("2024年度项目支出绩效目标表.xlsx");
  await fs.rm(excel);
  // WPS: .~ in place of the first one or two.
  for (const name of [".~024年度项目支出绩效目标表.xlsx", ".~24年度项目支出绩效目标表.xlsx"]) {
    await fs.writeFile(path.join(work, name), OWNER_FILE);
    expect(await lockFileOf(book)).toBe(path.join(work, name));
    expect(await lockOwner(path.join(work, name))).toBe("2024年度项目支出绩效目标表.xlsx");
    await fs.rm(path.join(work, name));
  }
  // A zip so named is a workbook, not the lock file.
  await fs.writeFile(path.join(work, "~$2024年度项目支出绩效目标表.xlsx"), ZIP);
  expect(await lockFileOf(book)).toBeNull();
});

test("host52: a shortened lock name is not taken for a longer workbook's when the rest of the name is a workbook too", async () => {
  await fs.writeFile(path.join(work, "报表.xlsx"), ZIP);
  await fs.writeFile(path.join(work, "甲乙报表.xlsx"), ZIP);
  await fs.writeFile(path.join(work, "~$报表.xlsx"), OWNER_FILE);
  expect(await lockFileOf(path.join(work, "报表.xlsx"))).toBe(path.join(work, "~$报表.xlsx"));
  expect(await lockFileOf(path.join(work, "甲乙报表.xlsx"))).toBeNull();
  expect(await lockOwner(path.join(work, "~$报表.xlsx"))).toBe("报表.xlsx");
  // Two longer names it could have been shortened from, and none bearing the rest itself: it tells neither.
  await fs.rm(path.join(work, "报表.xlsx"));
  await fs.writeFile(path.join(work, "丙丁报表.xlsx"), ZIP);
  const both = await locksBeside([path.join(work, "甲乙报表.xlsx"), path.join(work, "丙丁报表.xlsx")]);
  expect(both.size).toBe(0);
  expect(await lockOwner(path.join(work, "~$报表.xlsx"))).toBe("报表.xlsx");
});

test("lock files named together: their folder is listed once, each told its own workbook", async () => {
  for (const name of ["甲单位.xlsx", "乙单位.xlsx", "2024年度项目支出绩效目标表.xlsx"])
    await fs.writeFile(path.join(work, name), ZIP);
  const locks = ["~$甲单位.xlsx", ".~乙单位.xlsx", "~$24年度项目支出绩效目标表.xlsx", "~$丙单位.xlsx"].map((n) =>
    path.join(work, n),
  );
  for (const lock of locks) await fs.writeFile(lock, OWNER_FILE);
  const readdir = jest.spyOn(fs, "readdir");
  const owners = await lockOwners(locks);
  expect(readdir).toHaveBeenCalledTimes(1);
  // The last has no workbook beside it: the rest of its name is said.
  expect(locks.map((l) => owners.get(l))).toEqual([
    "甲单位.xlsx",
    "乙单位.xlsx",
    "2024年度项目支出绩效目标表.xlsx",
    "丙单位.xlsx",
  ]);
});

/** LibreOffice's lock file: one line of who has the file open — name, host, user, time, profile (a few dozen bytes). */
const LIBREOFFICE_LOCK = Buffer.from(
  "张会计,kylin-pc,zhang,07.12.2026 10:15,file:///home/zhang/.config/libreoffice/4;",
);

test("breaker66: LibreOffice's lock file .~lock.x.xlsx# is known as WPS's and Excel's are: counted, its workbook said open", async () => {
  // main: in a folder the workbook open in LibreOffice was not said to be open (checked as last saved, no word),
  // the lock file was not counted; named, it was “WPS 打开「lock.甲单位.xlsx#」时留下的锁文件”.
  await fs.writeFile(path.join(work, "甲单位.xlsx"), ZIP);
  const lock = path.join(work, ".~lock.甲单位.xlsx#");
  await fs.writeFile(lock, LIBREOFFICE_LOCK);
  const found = await expandInputs([work]);
  expect(found.files).toEqual([path.join(work, "甲单位.xlsx")]);
  expect(found.locksSkipped).toEqual([lock]);
  expect(await lockFileOf(path.join(work, "甲单位.xlsx"))).toBe(lock);
  expect(lockApp(lock)).toBe("LibreOffice");
  expect(await lockOwner(lock)).toBe("甲单位.xlsx");
  expect((await expandInputs([lock])).lockFiles).toEqual([lock]);
  // Its workbook gone, the name it holds is still said whole; LibreOffice never shortens it.
  await fs.rm(path.join(work, "甲单位.xlsx"));
  await fs.writeFile(path.join(work, "乙甲单位.xlsx"), ZIP);
  expect(await lockOwner(lock)).toBe("甲单位.xlsx");
  expect(await lockFileOf(path.join(work, "乙甲单位.xlsx"))).toBeNull();
  // Excel's beside it too: said as Excel's, as before.
  await fs.writeFile(path.join(work, "~$乙甲单位.xlsx"), OWNER_FILE);
  await fs.writeFile(path.join(work, ".~lock.乙甲单位.xlsx#"), LIBREOFFICE_LOCK);
  expect(await lockFileOf(path.join(work, "乙甲单位.xlsx"))).toBe(path.join(work, "~$乙甲单位.xlsx"));
});

test("templates are found like workbooks; their lock files and our copies of them are not", async () => {
  for (const name of ["t.xltx", "m.XLTM", "~$t.xltx", "t.checked.xltx", "m.checked-2.xltm"])
    await fs.writeFile(path.join(work, name), "");
  const { files, problems } = await expandInputs([work]);
  expect(files.map((f) => path.relative(work, f))).toEqual(["m.XLTM", "t.xltx"]);
  expect(problems).toEqual([]);
  expect(outputPaths(["t.xltx", "m.XLTM"], "out")).toEqual([
    path.join("out", "t.checked.xltx"),
    path.join("out", "m.checked.xltm"),
  ]);
});

test("outputs keep the workbook's kind: .xlsm stays .xlsm", () => {
  expect(outputPaths(["in/a.xlsx", "in/宏.XLSM", "other/a.xlsx"], "out")).toEqual([
    path.join("out", "a.checked.xlsx"),
    path.join("out", "宏.checked.xlsm"),
    path.join("out", "a-2.checked.xlsx"),
  ]);
});

test("two inputs whose names differ only in Unicode normalization or case get two outputs", () => {
  // café with é (NFC) and with e + U+0301 (NFD, as macOS names files): one file name on macOS.
  const nfc = "caf\u00e9";
  const nfd = "cafe\u0301";
  expect(outputPaths([`in/${nfc}.xlsx`, `other/${nfd}.xlsx`, `third/${nfc.toUpperCase()}.xlsx`], "out")).toEqual([
    path.join("out", `${nfc}.checked.xlsx`),
    path.join("out", `${nfd}-2.checked.xlsx`),
    path.join("out", `${nfc.toUpperCase()}-3.checked.xlsx`),
  ]);
});

test("a link in a folder named like a spreadsheet is checked or reported as the file would be, never passed over", async () => {
  await fs.mkdir(path.join(work, "units"));
  await fs.mkdir(path.join(work, "elsewhere"));
  await fs.writeFile(path.join(work, "elsewhere", "a.xlsx"), "");
  await fs.writeFile(path.join(work, "elsewhere", "b.xls"), "");
  await fs.symlink(path.join(work, "elsewhere", "a.xlsx"), path.join(work, "units", "一号.xlsx"));
  await fs.symlink(path.join(work, "elsewhere", "b.xls"), path.join(work, "units", "二号.xls"));
  await fs.symlink(path.join(work, "elsewhere", "gone.xlsx"), path.join(work, "units", "三号.xlsx"));
  await fs.symlink(path.join(work, "elsewhere"), path.join(work, "units", "folder")); // not followed: links may loop
  const { files, problems } = await expandInputs([path.join(work, "units")]);
  // The broken link is the reader's to report ("这是一个链接……它指向的文件「…」不存在"), as for a path typed.
  expect(files.map((f) => path.relative(work, f))).toEqual([
    path.join("units", "一号.xlsx"),
    path.join("units", "三号.xlsx"),
  ]);
  expect(problems).toEqual([
    {
      file: path.join(work, "units", "二号.xls"),
      error: ".xls 格式不是 .xlsx / .xlsm / .xltx / .xltm：请在 Excel 或 WPS 中另存为 .xlsx 后再检查",
    },
  ]);
});

test("--force on an earlier copy Windows will not replace (open in Excel: EBUSY, or EPERM): the copy is named, not the folder", async () => {
  const outPath = path.join(work, "perf-out", "a.checked.xlsx");
  const refused = (code: string) =>
    Object.assign(new Error(`${code}: operation not permitted, rename`), {
      code,
      syscall: "rename",
      path: path.join(work, "perf-out", ".perf-targets-0123.tmp"),
      dest: outPath,
    });
  for (const code of ["EBUSY", "EPERM"])
    expect(await outFolderProblem(refused(code), outPath)).toEqual({
      code: "file.out-in-use",
      params: { name: "a.checked.xlsx" },
    });
  // Any other rename, or a folder that cannot be written, is still the folder's problem.
  const folder = Object.assign(new Error("EACCES"), { code: "EACCES", syscall: "open", path: outPath });
  expect((await outFolderProblem(folder, outPath))?.code).toBe("file.out-folder");
});
