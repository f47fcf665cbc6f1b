import fs from "node:fs/promises"; // loaded now, not on first use (checkFile.ts says why)
import path from "node:path";
import { renderMessage, say, type FileProblem, type Lang, type LockApp, type Message } from "../core/locale/messages";
import {
  beginsAsOfficeFile,
  checkedExtension,
  checkedStem,
  isCheckedCopy as isOurCopy,
  nextCheckedName,
  OTHER_SPREADSHEET_NAME,
  WORKBOOK_EXTENSIONS,
  WORKBOOK_NAME as WORKBOOK,
} from "../host/xlsx/container";

/** Named like a spreadsheet we check or report (links to folders are never followed: they could loop). */
const isSpreadsheet = (name: string) => WORKBOOK.test(name) || OTHER_SPREADSHEET_NAME.test(name);

/**
 * Workbooks and templates (.xltx / .xltm: checked like any workbook, their copy stays a template); our own outputs
 * (x.checked.xlsx, x.checked-2.xltx) are never inputs. Excel's and WPS's lock files are told apart before (isLockFile).
 */
const isCandidate = (name: string) => WORKBOOK.test(name) && !isOurCopy(name);

/**
 * The lock ("owner") file an office suite keeps beside a workbook while it is open, by its name: Excel's ~$x.xlsx
 * (isLockFile), and WPS's .~x.xlsx on Linux (Kylin, UOS). No WPS page found here says so; Seafile's drive client,
 * which locks a file on the server while WPS has it open, knows WPS's lock files by it — haiwen/seadrive-fuse
 * src/seafile-session.c `#define WPS_LOCK_PATTERN "\\.~(.+)$"`, src/repo-tree.c “Replace .~abc.docx with abc.docx”
 * (PR #14 “Support lock wps and libre office file”). WPS on Windows keeps ~$ as Excel does (a user's page:
 * m.fisionsoft.com.cn/article/ccoigee.html: WPS 的文件“命名通常以‘~$’开头”). TESTING.md asks a person with WPS to
 * confirm. A name is not enough: a file so named is a lock file only when it is one (isLockFile).
 */
const isLockName = (name: string) => name.startsWith("~$") || name.startsWith(".~");

/**
 * LibreOffice's (and OpenOffice's) lock file for x.xlsx: .~lock.x.xlsx# beside it, the name whole — Seafile's drive
 * client, src/seafile-session.c `#define LIBRE_OFFICE_LOCK_PATTERN "\\.~lock\\.(.+)#$"`, beside WPS's `\\.~(.+)$`.
 * A unit on Kylin or UOS may keep its workbook open in LibreOffice as well as in WPS.
 */
const LIBREOFFICE_LOCK = /^\.~lock\.(.+)#$/;

/** The name a lock file names (isLockName): LibreOffice's whole, else the rest after its two characters. */
const lockedName = (lock: string) => LIBREOFFICE_LOCK.exec(lock)?.[1] ?? lock.slice(2);

/**
 * A browser's file while it downloads: the name it will have and .crdownload (Chrome, Edge), .part (Firefox),
 * .partial (Internet Explorer) or .download (Safari, a folder) — “Once download is complete .CRDOWNLOAD or .PART
 * extension will be removed from the file name” (opencrdownloadfile.net/partial.html; opendownloadfile.com/partial.html
 * for Safari's and IE's). A unit's workbook still downloading is said, not passed over as a file of another kind.
 */
const PARTIAL_DOWNLOAD = /\.(crdownload|part|partial|download)$/i;
const downloadingSpreadsheet = (name: string) =>
  PARTIAL_DOWNLOAD.test(name) && isSpreadsheet(name.replace(PARTIAL_DOWNLOAD, ""));

/** A folder's names, and its workbooks by their names less the first one and the first two characters. */
interface Folder {
  names: ReadonlySet<string>;
  less: [Map<string, string[]>, Map<string, string[]>];
}

function folderOf(names: readonly string[]): Folder {
  const less: Folder["less"] = [new Map(), new Map()];
  for (const name of names) {
    if (isLockName(name) || !WORKBOOK.test(name)) continue;
    const chars = [...name];
    for (const cut of [1, 2]) {
      const rest = chars.slice(cut).join("");
      less[cut - 1].set(rest, [...(less[cut - 1].get(rest) ?? []), name]);
    }
  }
  return { names: new Set(names), less };
}

/**
 * The name of the workbook a lock file (its name `lock`) was left for, in its folder: the rest of its name, or — a
 * long name shortened (locksBeside) — the one workbook whose name ends so, with one or two characters (WPS's .~) or
 * two (~$) more. Null when none is there, or several are and the lock cannot tell which.
 */
function ownerName(lock: string, folder: Folder): string | null {
  const rest = lockedName(lock);
  if (folder.names.has(rest)) return rest;
  if (LIBREOFFICE_LOCK.test(lock)) return null; // LibreOffice never shortens the name
  const owners = (lock.startsWith(".~") ? [1, 2] : [2]).flatMap((cut) => folder.less[cut - 1].get(rest) ?? []);
  return owners.length === 1 ? owners[0] : null;
}

/** `files` by the folder holding them, with its listing (folderOf): each folder is listed once (unreadable: empty). */
async function listedFolders(files: readonly string[]): Promise<{ dir: string; folder: Folder; files: string[] }[]> {
  const byDir = new Map<string, string[]>();
  for (const file of files) byDir.set(path.dirname(file), [...(byDir.get(path.dirname(file)) ?? []), file]);
  const listed = [];
  for (const [dir, inDir] of byDir)
    listed.push({ dir, files: inDir, folder: folderOf(await fs.readdir(dir).catch(() => [] as string[])) });
  return listed;
}

/** Per lock file, the name of the workbook it was left for (ownerName), else the rest of its name: for file.lock-file. */
export async function lockOwners(locks: readonly string[]): Promise<Map<string, string>> {
  const owners = new Map<string, string>();
  for (const { folder, files } of await listedFolders(locks))
    for (const lock of files) {
      const name = path.basename(lock);
      owners.set(lock, ownerName(name, folder) ?? lockedName(name));
    }
  return owners;
}

/** Whose lock file a name is, for the line that says so (file.lock-file, file.open-elsewhere). */
export function lockApp(file: string): LockApp {
  const name = path.basename(file);
  return LIBREOFFICE_LOCK.test(name) ? "LibreOffice" : name.startsWith(".~") ? "WPS" : "Excel";
}

export interface Expanded {
  files: string[];
  /**
   * Per file, the folder it was found in below the folder given ("" when named itself or found at the top); when
   * several folders are given, below the folder holding the one given (its own name first).
   */
  subfolders: string[];
  /** Paths given that do not exist, and folders (or entries) that could not be read, with why. */
  problems: { file: string; error: string }[];
  /** Checked copies (x.checked.xlsx) passed over in the folders, by path. */
  copiesSkipped: string[];
  /** Excel's lock files named among the inputs (a shell's *.xlsx takes them in): passed over, each said once. */
  lockFiles: string[];
  /** Lock files found in the folders given (isLockFile): passed over, said in one line of the run's summary. */
  locksSkipped: string[];
}

/** Expand files and directories (searched recursively, sorted) into workbook paths; what cannot be read is reported per entry. */
export async function expandInputs(inputs: string[], lang: Lang = "zh"): Promise<Expanded> {
  const files: string[] = [];
  const subfolders: string[] = [];
  const problems: Expanded["problems"] = [];
  const copiesSkipped: string[] = [];
  const lockFiles: string[] = [];
  const locksSkipped: string[] = [];
  const stillDownloading = (file: string) => {
    const name = path.basename(path.resolve(file)); // "." too, in a folder so named
    const ext = PARTIAL_DOWNLOAD.exec(name)![0];
    return {
      file,
      error: renderMessage(say("file.partial-download", { ext, name: name.slice(0, -ext.length) }), lang),
    };
  };
  async function walk(dir: string, root: string) {
    let entries;
    try {
      entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    } catch (e) {
      problems.push({ file: dir, error: renderMessage(say("file.folder-unreadable", { reason: problemOf(e) }), lang) });
      return;
    }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (downloadingSpreadsheet(e.name)) problems.push(stillDownloading(full));
      else if (e.isDirectory() && !e.name.startsWith(".") && e.name !== "node_modules") await walk(full, root);
      // The metadata macOS leaves beside each file on shares and USB sticks (._)
      else if (e.name.startsWith("._")) continue;
      // Excel's and WPS's lock files, counted for the summary; a workbook that only has such a name is checked below.
      else if (isLockName(e.name) && isSpreadsheet(lockedName(e.name)) && (await isLockFile(full)))
        locksSkipped.push(full);
      else if (!e.isFile() && !e.isSymbolicLink()) {
        // A pipe, socket or device named like a spreadsheet is reported (reading it could block), never passed over.
        if (isSpreadsheet(e.name) && !isOurCopy(e.name))
          problems.push({ file: full, error: renderMessage(say("file.not-regular", {}), lang) });
      }
      // A link named like a spreadsheet counts as one: the reader follows it, and says so if it leads nowhere.
      else if (e.isSymbolicLink() && !isSpreadsheet(e.name)) continue;
      else if (isCandidate(e.name)) {
        files.push(full);
        subfolders.push(path.relative(root, dir));
      } else if (WORKBOOK.test(e.name) && isOurCopy(e.name)) copiesSkipped.push(full);
      // An Open XML workbook under another spreadsheet's name (a finance system's export saved as .xls): the reader
      // opens it as it does when the file is named, and says .xlsb / .ods for those zips; never "not .xlsx" unread.
      else if (OTHER_SPREADSHEET_NAME.test(e.name) && !isOurCopy(e.name) && (await beginsAsZip(full))) {
        files.push(full);
        subfolders.push(path.relative(root, dir));
      }
      // Spreadsheets the reader cannot open are reported, not passed over in silence: a bureau checking its units'
      // files must see which were not checked.
      else if (OTHER_SPREADSHEET_NAME.test(e.name))
        problems.push({
          file: full,
          error: renderMessage(
            say("file.other-format", { ext: path.extname(e.name), accepted: WORKBOOK_EXTENSIONS }),
            lang,
          ),
        });
    }
  }
  const stats = await Promise.all(inputs.map((input) => fs.stat(input).catch((e: unknown) => ({ failed: e }))));
  // Several folders given (甲单位 乙单位, or a shell's 各单位/*): each one's copies go below a folder of its name, so
  // the units' same-named workbooks do not meet in one folder as x.checked.xlsx and x-2.checked.xlsx by argument order.
  const folders = inputs.filter((_, i) => {
    const s = stats[i];
    return !("failed" in s) && s.isDirectory();
  });
  const ownFolder = folders.length > 1;
  // Two of them of one name (2023/甲单位 2024/甲单位): each below its path from where their folders part, not both
  // below --out/甲单位 as x.checked and x-2.checked by argument order again.
  const names = folders.map((f) => path.basename(path.resolve(f)));
  const rootOf = (input: string) =>
    new Set(names).size < names.length
      ? commonFolder(folders.map((f) => path.dirname(path.resolve(f))))
      : path.dirname(path.resolve(input));
  for (const [i, input] of inputs.entries()) {
    const stat = stats[i];
    if ("failed" in stat) {
      problems.push({ file: input, error: renderMessage(await ioProblem(stat.failed, input), lang) });
      continue;
    }
    // Named itself (乙单位.xlsx.crdownload, Safari's 丁单位.xlsx.download folder): still downloading, as in a folder.
    if (downloadingSpreadsheet(path.basename(path.resolve(input)))) problems.push(stillDownloading(input));
    else if (stat.isDirectory()) await walk(input, ownFolder ? rootOf(input) : input);
    else if (await isLockFile(input)) lockFiles.push(input);
    else {
      files.push(input); // named explicitly: checked whatever its name (non-regular files are refused when read)
      subfolders.push("");
    }
  }
  return { files, subfolders, problems, copiesSkipped, lockFiles, locksSkipped };
}

/**
 * Excel's owner ("lock") file: while x.xlsx is open, Excel keeps ~$x.xlsx beside it (Microsoft's "The document is
 * locked for editing by another user" article: a ~$ owner file holds the name of who opened it); WPS on Linux .~x.xlsx
 * (isLockName). A shell's *.xlsx names it with the workbooks (a dot file only with `.*` or dotglob); it is never a
 * workbook to check. By its name and by what it is: a few bytes naming who opened the workbook (“Office writes one of
 * these tiny files when opening a document. It records the display name of the current user … the first byte is the
 * length of the display name”, superuser.com/questions/1190986; TESTING.md §9 asks for the size), so no zip and no
 * compound file. A file so named that is one of those, or larger than any owner file (LOCK_FILE_MOST), is the user's:
 * checked, or said why not. One that cannot be read is taken for a lock file still held open by its program.
 */
async function isLockFile(file: string): Promise<boolean> {
  if (!isLockName(path.basename(file))) return false;
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile()) return false; // a folder or pipe so named is no lock file: reported as it is
  if (stat.size > LOCK_FILE_MOST) return false;
  const head = await firstBytes(file, 8);
  return head === null || !beginsAsOfficeFile(head);
}

/** Far more than an owner file holds: a user's display name with its length and some other data (isLockFile). */
const LOCK_FILE_MOST = 4096;

/** A file's first `n` bytes (fewer when it is shorter); null when it cannot be opened or read. */
async function firstBytes(file: string, n: number): Promise<Uint8Array | null> {
  const handle = await fs.open(file, "r").catch(() => null);
  if (!handle) return null;
  try {
    const head = Buffer.alloc(n);
    const { bytesRead } = await handle.read(head, 0, n, 0);
    return head.subarray(0, bytesRead);
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

/**
 * Whether a regular file begins as a zip does ("PK\x03\x04", a zip's first local file header: an Open XML package);
 * null when it is no regular file (a pipe would block a read: the reader refuses it) or cannot be read (the reader says why).
 */
async function beginsAsZip(file: string): Promise<boolean | null> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile()) return null;
  const head = await firstBytes(file, 4);
  return head === null ? null : head.length === 4 && Buffer.from(head).readUInt32LE(0) === 0x04034b50;
}

/**
 * The lock file Excel or WPS keeps beside each of `files` while it is open (isLockFile), by file; those without one are
 * not in the map. For a long name the prefix takes the place of the name's first characters: ~$ of two
 * (OfficeReport.docx → ~$ficeReport.docx, word.tips.net T003510, after Microsoft's KB 211632 on owner files; the same
 * rule for every Office file in Seafile's drive client, haiwen/seadrive-fuse src/repo-tree.c: “When the filename is
 * long, sometimes the first two characters in the filename will be directly replaced with ~$”), .~ of one or two (“WPS
 * may replace the first one or two characters of the filename with ".～" based on the length of the filename”, ibid.).
 * A shortened name is taken for a workbook's only when it fits no other (ownerName).
 */
export async function locksBeside(files: readonly string[]): Promise<Map<string, string>> {
  const locks = new Map<string, string>();
  for (const { dir, folder, files: inDir } of await listedFolders(files)) {
    const wanted = new Map(inDir.map((f) => [path.basename(f), f]));
    const lockNames = [...folder.names]
      .filter(isLockName)
      .sort((a, b) => excelFirst(a) - excelFirst(b) || a.localeCompare(b));
    for (const name of lockNames) {
      const owner = ownerName(name, folder);
      const file = owner === null ? undefined : wanted.get(owner);
      // Excel's ~$ first, as before: a workbook with both is said to be open in Excel.
      if (file !== undefined && !locks.has(file) && (await isLockFile(path.join(dir, name))))
        locks.set(file, path.join(dir, name));
    }
  }
  return locks;
}

const excelFirst = (name: string) => ["Excel", "WPS", "LibreOffice"].indexOf(lockApp(name));

/**
 * What a file is on disk, whatever path reaches it: its device and file number (big integers: Windows file
 * numbers exceed 2^53). Two paths to one file — a link, a bind mount, a share that ignores case — give the
 * same identity, where comparing paths would not. A file system without file numbers reports 0 for every file
 * (“fs.Stats.ino always returns 0 on Windows”, nodejs/node-v0.x-archive#2670; Windows' file index and volume number
 * are “not necessarily stable or non-zero”, eryksun in python/cpython#5764): there the file's real path is its
 * identity, so different files on such a share are never taken for one (a workbook skipped as “the same file”,
 * --force never replacing its own copy; breaker66). Some hand out one number for different files (a VirtualBox shared
 * folder, JuliaLang/julia#50596; WSL 1, MicrosoftDocs/WSL#33): the number goes with the file's size and last change
 * (mtime, ctime), which every path to one file shares and two different files hardly ever (breaker67). Null when
 * nothing is there.
 *
 * `distinct` (telling files apart to check each once, where taking two for one loses a check): two copies of one
 * template made together still share all of those on such a share (breaker68), so a file of one link — the only one
 * whose other paths are links and case, which its real path resolves — also goes by its case-folded real path; a hard
 * link, counted in nlink (“The number of hard-links that exist for the file”, Node's fs.Stats), keeps its number alone.
 * Not for keeping inputs from being written over: there two paths taken for one file only cost a numbered name.
 */
async function fileIdentity(file: string, distinct = false): Promise<string | null> {
  const stat = await fs.stat(file, { bigint: true }).catch(() => null);
  if (!stat) return null;
  const change = `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
  if (stat.ino !== 0n && !(distinct && stat.nlink <= 1n)) return `${stat.dev}:${stat.ino}:${change}`;
  // A share that ignores case keeps the case given in the real path (甲单位.XLSX and 甲单位.xlsx both there): what the
  // paths name is told by the case-folded path with the file's size and last change, as above.
  const real = await fs.realpath(file).catch(() => null);
  return real === null ? null : `path ${real.toLowerCase()}:${change}`;
}

/**
 * What a file is known by to a run that must never write over it: its identity and its case-folded real path. The
 * identity alone changes when the file does (its size and last change are in it): an input the clerk saved while a
 * folder was being checked was no longer known as one, and `--force` replaced it with its own copy (review67).
 */
export async function fileKeys(file: string): Promise<string[]> {
  const id = await fileIdentity(file);
  const real = await fs.realpath(file).catch(() => null);
  return [...(id === null ? [] : [id]), ...(real === null ? [] : [`real ${real.toLowerCase()}`])];
}

/**
 * Of items each naming a file, the first for each file on disk (fileIdentity; a path where nothing is, by itself):
 * a folder given twice, or once through a link to it, finds the same .xls, lock file or checked copy twice, which was
 * said (and counted) once per path (breaker65).
 */
export async function firstForEachFile<T>(items: readonly T[], fileOf: (item: T) => string): Promise<T[]> {
  const keys = await Promise.all(
    items.map(async (item) => (await fileIdentity(fileOf(item), true)) ?? `path ${path.resolve(fileOf(item))}`),
  );
  const seen = new Set<string>();
  return items.filter((_, i) => !seen.has(keys[i]) && Boolean(seen.add(keys[i])));
}

/**
 * Each workbook once. The same file reached again — named twice, named and inside a folder given too, or through a
 * link — was checked and counted twice and got a second copy; now it is checked under one path (the file itself
 * rather than a link to it, else the first) and the others are told which. Also every input's identity: no output of
 * the run may replace one.
 */
export async function onceEach(
  found: Pick<Expanded, "files" | "subfolders">,
): Promise<
  Pick<Expanded, "files" | "subfolders"> & { repeats: { file: string; first: string }[]; inputs: Set<string> }
> {
  const identities = await Promise.all(found.files.map((file) => fileIdentity(file, true)));
  const isLink = await Promise.all(
    found.files.map(async (f) => (await fs.lstat(f).catch(() => null))?.isSymbolicLink()),
  );
  const keeper = new Map<string, number>();
  identities.forEach((id, i) => {
    const kept = id === null ? undefined : keeper.get(id);
    if (id !== null && (kept === undefined || (isLink[kept] && !isLink[i]))) keeper.set(id, i);
  });
  const once: Pick<Expanded, "files" | "subfolders"> = { files: [], subfolders: [] };
  const repeats: { file: string; first: string }[] = [];
  found.files.forEach((file, i) => {
    const id = identities[i];
    const kept = id === null ? i : (keeper.get(id) ?? i);
    if (kept !== i) return void repeats.push({ file, first: found.files[kept] });
    once.files.push(file);
    once.subfolders.push(found.subfolders[i] ?? "");
  });
  const keys = await Promise.all(once.files.map(fileKeys));
  return { ...once, repeats, inputs: new Set(keys.flat()) };
}

/**
 * Why a file could not be opened or read, from the system's error: missing (a link whose file is gone; a * or ?
 * no shell expanded, as Windows' never do), no permission, or its code.
 */
export async function ioProblem(e: unknown, file: string): Promise<Message> {
  const code = (e as NodeJS.ErrnoException).code;
  const parts = file.split(/[\\/]/);
  const wild = parts.findIndex((p) => /[*?]/.test(p));
  if (wild >= 0 && (code === "ENOENT" || code === "EINVAL"))
    return say("file.missing-wildcard", { folder: parts.slice(0, wild).join(path.sep) || "." });
  if (code !== "ENOENT") return say("file.inaccessible", { reason: problemOf(e) });
  const target = await fs.readlink(file).catch(() => null);
  return target === null ? say("file.missing", {}) : say("file.link-broken", { target });
}

/**
 * Why the checked copy could not be put in its folder, naming the folder: a file where a folder must be
 * (--out x.xlsx), its disk full or read-only, no permission, or a folder that cannot be made; or its name is too long for the system.
 * Null when neither is the problem.
 */
export async function outFolderProblem(e: unknown, outPath: string): Promise<Message | null> {
  const { code, path: where, syscall } = (e ?? {}) as NodeJS.ErrnoException;
  const outDir = path.dirname(outPath);
  // A full disk (or quota) and a read-only one (a write-protected USB stick, a read-only share), said in words: the
  // system's own text is English, and a write's error names no path.
  if (code === "ENOSPC" || code === "EDQUOT")
    return say("file.out-folder", { folder: outDir, problem: { diskFull: true } });
  if (code === "EROFS") return say("file.out-folder", { folder: outDir, problem: { readOnly: true } });
  if (typeof code !== "string" || typeof where !== "string") return null;
  // The folder made at the start is gone when the copy is written (deleted or moved during a long run, a share
  // disconnected): the system's text would name our temporary file.
  if (code === "ENOENT" && (syscall === "open" || syscall === "rename"))
    return say("file.out-folder", { folder: outDir, problem: { gone: true } });
  // A long 通知 title as the input's name: its copy's name (.checked added) can pass the system's limit.
  if (code === "ENAMETOOLONG" && syscall !== "mkdir")
    return say("file.out-name-too-long", { name: path.basename(outPath) });
  // --force replacing an earlier copy that is open in Excel or WPS: Windows refuses the rename (EBUSY, or EPERM
  // as for a file without permission); the folder is not the problem, the open file is.
  const replacing = syscall === "rename" && (e as { dest?: string }).dest === outPath;
  if (replacing && (code === "EBUSY" || code === "EPERM" || code === "EACCES"))
    return say("file.out-in-use", { name: path.basename(outPath) });
  if (code === "EEXIST" || code === "ENOTDIR")
    return say("file.out-folder", { folder: outDir, problem: { fileInTheWay: (await fileOnTheWay(where)) ?? where } });
  // The folder the run was started in (no --out: ./perf-out cannot be made there) is named in full: 「.」 says nothing.
  if (code === "EACCES" || code === "EPERM") {
    const folder = path.dirname(where);
    return say("file.out-folder", { folder: folder === "." ? process.cwd() : folder, problem: { permission: true } });
  }
  return syscall === "mkdir" ? say("file.out-folder", { folder: where, problem: { code } }) : null;
}

/** The nearest existing entry on a path that is not a folder (the file a folder was wanted in place of). */
async function fileOnTheWay(where: string): Promise<string | null> {
  for (let p = where; ; p = path.dirname(p)) {
    const stat = await fs.stat(p).catch(() => null);
    if (stat) return stat.isDirectory() ? null : p;
    if (path.dirname(p) === p) return null;
  }
}

function problemOf(e: unknown): FileProblem {
  const code = (e as NodeJS.ErrnoException).code;
  return code === "EACCES" || code === "EPERM" ? { permission: true } : { code: code ?? String(e) };
}

/**
 * `<name>.checked.xlsx` (.xlsm, .xltx, .xltm: the input's own kind) in outDir, below the subfolder the file was
 * found in: a bureau's folder of units (甲单位/绩效监控表.xlsx, 乙单位/绩效监控表.xlsx) keeps its units apart in the
 * output too. A second input with the same name in the same place gets `<name>-2.checked.xlsx` (or the next free
 * number: an input really named `<name>-2.xlsx` keeps its own name). A checked copy given again is named as its
 * workbook's copy (checkedStem: x.checked.xlsx → x.checked.xlsx, which the copy itself holds: placeCopy numbers it);
 * given with its workbook, it is that workbook's next copy, x.checked-2.xlsx (not the copy of an x-2.xlsx), and the
 * workbook keeps x.checked.xlsx whichever was named first.
 */
export function outputPaths(files: string[], outDir: string, subfolders: string[] = []): string[] {
  const used = new Set<string>();
  const outputs: string[] = [];
  const copyLast = (i: number) => (isOurCopy(path.basename(files[i])) ? 1 : 0);
  for (const i of [...files.keys()].sort((a, b) => copyLast(a) - copyLast(b))) {
    const file = files[i];
    const ext = checkedExtension(file);
    const base = checkedStem(path.basename(file));
    const folder = path.join(outDir, subfolders[i] ?? "");
    // Told apart without the extension: a workbook's kind, read later, may change it (a macro workbook named .xlsx).
    const key = (name: string) => sameFileKey(path.join(folder, name.slice(0, -ext.length)));
    let name = `${base}.checked${ext}`;
    for (let n = 2; used.has(key(name)); n++)
      name = isOurCopy(path.basename(file)) ? nextCheckedName(name) : `${base}-${n}.checked${ext}`;
    used.add(key(name));
    outputs[i] = path.join(folder, name);
  }
  return outputs;
}

/**
 * Names one folder may take for the same file: case (Windows, macOS) and Unicode normalization (macOS: café
 * typed as é or as e + ◌́ is one name), so two inputs are told apart before a copy finds its name taken.
 */
const sameFileKey = (name: string) => name.normalize("NFC").toLowerCase();

/** The deepest folder holding all of these (absolute paths; a drive's root at least). */
function commonFolder(folders: string[]): string {
  const parts = folders.map((f) => f.split(path.sep));
  let n = 0;
  while (parts.every((p) => n < p.length && p[n] === parts[0][n])) n++;
  return parts[0].slice(0, n).join(path.sep) || path.parse(folders[0]).root;
}
