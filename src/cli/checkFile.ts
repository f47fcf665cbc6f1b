import { close, constants, fsync, openSync, rmdirSync, unlinkSync, writev } from "node:fs";
// Not `fs.promises`: that getter loads Node's module on first use, after bin/perf-targets.js has set its V8 flag, and
// V8 then refuses Node's built-in code cache for it (compiled from its text, docs/performance.md, session 58).
import fs from "node:fs/promises";
import { promisify } from "node:util";
import path from "node:path";
import { errorText, renderMessage, say } from "../core/locale/messages";
import { diagnostic } from "../core/read/diagnostic";
import { runPipeline, settingsFor, workbookDate } from "../core/pipeline";
import { parseStoredSettings, redatedSettings } from "../core/settings";
import type { CheckResult } from "../core/types";
import { containerProblem, nextCheckedName } from "../host/xlsx/container";
import { readWorkbookBytes } from "../host/xlsx/read";
import { writeCheckedCopyChunks } from "../host/xlsx/write";
import { LIMITS, UnreadableWorkbookError } from "../host/xlsx/zip";
import { fileKeys, ioProblem, outFolderProblem } from "./files";
import { sizeYoungGenerationFor } from "./youngGeneration";
import { deflatingElsewhere } from "./zlibCodec";
import type { Codec } from "../host/xlsx/zip";

/** A file that cannot be checked; its words name the problem as a clerk would understand it. */
class UnreadableFileError extends UnreadableWorkbookError {}

export interface FileOutcome {
  file: string;
  output: string | null;
  check: CheckResult | null;
  error: string | null;
  /** The output that was already there and was kept (the copy went to `output` instead). */
  kept?: string;
  /** `kept` is an input (a checked copy checked again: its copy's name is its own), which even --force keeps. */
  keptInput?: boolean;
  /** Judged as of today (no --as-of, none stored) although the tables' budget year is over: said to the user. */
  asOfToday?: AsOfToday;
}

export interface AsOfToday {
  asOf: string;
  /** The latest budget year among the tables. */
  budgetYear: number;
}

/**
 * A check whose monitoring date nobody chose (no --as-of, none stored in the workbook) is judged as of today;
 * when every table's budget year is already over, that is said, with the date that would judge the year's end.
 */
export function asOfTodayNote(check: CheckResult, dateChosen: boolean): AsOfToday | undefined {
  if (dateChosen) return undefined;
  const years = check.tables.map((c) => c.table.budgetYear).filter((y): y is number => y !== null);
  if (years.length === 0) return undefined;
  const budgetYear = Math.max(...years);
  return budgetYear < Number(check.asOf.slice(0, 4)) ? { asOf: check.asOf, budgetYear } : undefined;
}

/** Regular files only: a FIFO or a device would block or never end. Read through one handle, so what was checked is what was read. */
async function readRegularFile(file: string): Promise<Buffer> {
  const before = await fs.stat(file);
  if (!before.isFile()) throw new UnreadableFileError(say("file.not-regular", {}));
  if (before.size > LIMITS.totalBytes)
    throw new UnreadableFileError(
      say("file.too-big", { size: Math.round(before.size / 1024 / 1024), limit: LIMITS.totalBytes / 1024 / 1024 }),
    );
  const handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!(await handle.stat()).isFile()) throw new UnreadableFileError(say("file.not-regular", {}));
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** A system error while reading (missing, no permission …) is the file's reason, not a failed check. */
async function asUnreadable(e: unknown, file: string): Promise<never> {
  throw typeof (e as NodeJS.ErrnoException)?.code === "string" ? new UnreadableFileError(await ioProblem(e, file)) : e;
}

function readWorkbook(data: Buffer, file: string, codec: Codec) {
  const problem = containerProblem(data, path.basename(file));
  if (problem) throw new UnreadableFileError(problem);
  return readWorkbookBytes(data, codec, { keepText: true }); // the copy is written from the same package
}

export interface CheckFileOptions {
  outPath: string;
  asOf: string | null;
  today: string;
  formulas: boolean;
  lang: "zh" | "en";
  /** Replace an existing output (never an input); without it an existing output is kept and the copy gets a new name. */
  force?: boolean;
  /** Every input of this run by its fileKeys: none of them is ever written. */
  inputs?: Set<string>;
  /** The copies this run has written so far, by fileKeys: --force never replaces one with another. */
  written?: Set<string>;
  /** The run's last file (the default): its copy lets the deflating thread go (zlibCodec.ts). */
  last?: boolean;
}

/** Read → the core's pipeline → patch a copy of the package → write it without replacing anything. Never touches the input. */
export async function checkFile(file: string, options: CheckFileOptions): Promise<FileOutcome> {
  let check: CheckResult;
  let copy: Uint8Array[];
  let dateChosen = options.asOf !== null;
  let outPath = options.outPath;
  let codec: Codec | null = null;
  try {
    const data = await readRegularFile(file).catch((e) => asUnreadable(e, file));
    // The deflating thread first: V8 sets the young generation's growth back to its default for each new isolate.
    codec = deflatingElsewhere({ last: options.last ?? true });
    sizeYoungGenerationFor(data.length);
    const { snapshot, pkg, extension } = readWorkbook(data, file, codec);
    // The copy keeps the package's kind, so it is named for what it is, not for what the file was called (a
    // macro-enabled workbook renamed .xlsx comes back .xlsm): Excel opens it only under its kind's extension.
    if (extension) outPath = withExtension(outPath, extension);
    if (snapshot.sheets.every((s) => s.values.length === 0)) throw new UnreadableFileError(say("file.no-content", {}));
    const settings = settingsFor(snapshot, { asOf: options.asOf ?? undefined, lang: options.lang }, options.today);
    dateChosen ||= parseStoredSettings(snapshot.settings).asOf !== null || workbookDate(snapshot) !== null;
    const storeSettings = options.asOf ? redatedSettings(snapshot.settings, options.asOf) : undefined;
    const run = runPipeline(snapshot, settings, { formulas: options.formulas, wholeFile: true, storeSettings });
    if (run.outcome === "no-tables") throw new UnreadableFileError(say("file.no-goal-tables", {}));
    check = run.check;
    copy = writeCheckedCopyChunks(pkg, run.plan);
    // What the copy kept of the user's (typed cells, their notes, input columns): said, as the add-in says it.
    for (const text of run.plan.messages) check.diagnostics.push(diagnostic(null, "info", say("plan.note", { text })));
  } catch (e) {
    codec?.finish?.(); // no copy of this file will be packed: its parts back from the deflating thread
    const known = e instanceof UnreadableWorkbookError; // the reader's and this file's own one-line reasons
    const message = known ? e.in(options.lang) : words("file.check-failed", e, options);
    if (!known && process.env.PERF_DEBUG) console.error(e);
    return { file, output: null, check: null, error: message };
  }
  const note = asOfTodayNote(check, dateChosen);
  const asOfToday = note ? { asOfToday: note } : {};
  try {
    // Inside the try: an --out that cannot be made (a file in the way, no permission) is this file's error.
    await makeFolder(path.dirname(outPath));
    const placed = await placeCopy(copy, { ...options, outPath });
    return {
      file,
      output: placed.path,
      check,
      error: null,
      ...(placed.kept ? { kept: placed.kept, keptInput: placed.keptInput } : {}),
      ...asOfToday,
    };
  } catch (e) {
    const folder = await outFolderProblem(e, outPath);
    const error = folder ? renderMessage(folder, options.lang) : words("file.write-failed", e, options);
    return { file, output: null, check, error, ...asOfToday };
  }
}

/**
 * `mkdir -p`, one level at a time. Node's own recursive mkdir never returns under /proc or /sys (a child that
 * cannot exist gives ENOENT, which it takes for a missing parent, forever: nodejs/node's recursive mkdir
 * loop); here a child still missing once its parent exists is final.
 */
async function makeFolder(dir: string): Promise<void> {
  try {
    await makeOneFolder(dir);
  } catch (e) {
    const parent = path.dirname(dir);
    if ((e as NodeJS.ErrnoException).code !== "ENOENT" || parent === dir) throw e;
    await makeFolder(parent);
    await makeOneFolder(dir);
  }
}

/** One level; a folder already there is fine, a file in the way is not. One we made is noted (ourFolders). */
async function makeOneFolder(dir: string): Promise<void> {
  try {
    await fs.mkdir(dir);
    ourFolders.push(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST" || !(await fs.stat(dir)).isDirectory()) throw e;
  }
}

/** The failure in one line: its first, in the chosen language where it is ours (a WordedError). */
const words = (code: "file.check-failed" | "file.write-failed", e: unknown, options: CheckFileOptions) =>
  renderMessage(say(code, { detail: errorText(e, options.lang).split("\n")[0] }), options.lang);

/**
 * Temporary files this process created (O_EXCL) and has not yet removed or renamed: what an interrupt
 * removes. Only ours: a name is added in the same step that created the file, so nothing else is ever in it.
 */
const ourTemps = new Set<string>();

/**
 * Folders this process made for --out (makeFolder), parents before children: only these may go on an interrupt, and
 * only while empty. A folder that was there before is never in it (mkdir failed with EEXIST).
 */
const ourFolders: string[] = [];

/**
 * Ctrl-C or a kill during a write: the unfinished copy goes, then each folder we made that holds nothing — a new
 * --out interrupted while its first copy was written is not left behind empty (synchronously; the process exits
 * next). rmdir removes only an empty folder (ENOTEMPTY otherwise), so a folder holding a copy, or anything put there
 * by someone else meanwhile, stays. Whether an unfinished copy went.
 */
export function removeOurTempFiles(): boolean {
  let removed = false;
  for (const temp of ourTemps) {
    try {
      unlinkSync(temp);
      removed = true;
    } catch {
      // Already gone (renamed into place a moment ago): nothing of ours is left under that name.
    }
  }
  ourTemps.clear();
  for (const folder of ourFolders.splice(0).reverse()) {
    try {
      rmdirSync(folder);
    } catch {
      // Not empty (a copy is in it), or already gone: kept as it is.
    }
  }
  return removed;
}

/**
 * Write the copy to a temporary file created exclusively (O_EXCL, so a planted file or symlink is never
 * followed) with an unpredictable name in the output folder, then put it in place without replacing an
 * existing file: a hard link fails when the name is taken, and the copy takes the next name (nextCheckedName).
 * `--force` replaces the earlier output instead: the first of those names that is neither an input (a checked copy
 * checked again in its own folder keeps itself, and its copy x.checked-2.xlsx is replaced run after run) nor a copy
 * this run wrote. The file is created synchronously so no signal can come between its creation and its being known as ours.
 */
async function placeCopy(
  copy: Uint8Array[],
  options: CheckFileOptions,
): Promise<{ path: string; kept?: string; keptInput?: boolean }> {
  const { temp, fd } = createTemp(path.dirname(options.outPath));
  ourTemps.add(temp);
  try {
    try {
      await writeAll(fdWriter(fd), copy);
      await promisify(fsync)(fd);
    } finally {
      await promisify(close)(fd);
    }
    const taken = async (p: string) => (await fs.lstat(p).catch(() => null)) !== null;
    const isIn = async (p: string, files?: Set<string>) =>
      files !== undefined && (await fileKeys(p)).some((key) => files.has(key));
    let candidate = options.outPath;
    for (;;) {
      if (options.force) {
        if (!(await isIn(candidate, options.inputs)) && !(await isIn(candidate, options.written))) {
          await fs.rename(temp, candidate);
          break;
        }
      } else if (!(await taken(candidate)) && (await linkInto(temp, candidate))) break;
      candidate = nextCheckedName(candidate);
    }
    // What was in the way is said, unless it is a copy this run wrote (a later line would call it the user's).
    const kept = candidate !== options.outPath && !(await isIn(options.outPath, options.written));
    for (const key of await fileKeys(candidate)) options.written?.add(key);
    return kept
      ? { path: candidate, kept: options.outPath, keptInput: await isIn(options.outPath, options.inputs) }
      : { path: candidate };
  } finally {
    // Cleaning up must not hide the real error. unlink, not rm: the temporary is a file, and rm loads its own module.
    await fs.unlink(temp).catch(() => undefined);
    ourTemps.delete(temp);
  }
}

/**
 * A temporary file of a name no one guesses, created exclusively: 96 bits of Math.random, which V8 seeds in each
 * process from Node's entropy source (OpenSSL's generator); node:crypto's randomBytes cost each start ~4 ms CPU just to
 * load (docs/performance.md, session 58). A name taken anyway (planted, or left by another program) is passed over:
 * O_EXCL refuses it, and the next name is tried.
 */
export function createTemp(dir: string): { temp: string; fd: number } {
  for (let tries = 1; ; tries++) {
    const temp = path.join(dir, `.perf-targets-${randomHex()}${randomHex()}${randomHex()}.tmp`);
    try {
      return { temp, fd: openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST" || tries === TEMP_TRIES) throw e;
    }
  }
}
const TEMP_TRIES = 10;
const randomHex = () =>
  Math.floor(Math.random() * 2 ** 32)
    .toString(16)
    .padStart(8, "0");

/** What writeAll needs of a file: a gathered write saying how many bytes went out. */
export interface GatherWriter {
  writev(buffers: Uint8Array[]): Promise<{ bytesWritten: number }>;
}

const fdWriter = (fd: number): GatherWriter => ({
  writev: (buffers) =>
    new Promise((resolve, reject) =>
      writev(fd, buffers, (error, bytesWritten) => (error ? reject(error) : resolve({ bytesWritten }))),
    ),
});

/**
 * Write the pieces in order, in batches (writev takes at most IOV_MAX buffers per system call), going on
 * after a short write: the fulfilled promise says how many bytes went out, not that all did.
 */
export async function writeAll(handle: GatherWriter, chunks: Uint8Array[]): Promise<void> {
  let pending = chunks.filter((c) => c.length > 0);
  while (pending.length > 0) {
    const batch = pending.slice(0, WRITEV_BATCH);
    let { bytesWritten } = await handle.writev(batch);
    let done = 0;
    while (done < batch.length && bytesWritten >= batch[done].length) bytesWritten -= batch[done++].length;
    pending = pending.slice(done);
    if (bytesWritten > 0) pending[0] = pending[0].subarray(bytesWritten);
  }
}
const WRITEV_BATCH = 1024;

/** Hard link = create-if-absent in one step; folders that cannot link (FAT, some network drives) get a checked rename. */
async function linkInto(temp: string, target: string): Promise<boolean> {
  try {
    await fs.link(temp, target);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS" && code !== "EXDEV")
      throw e;
    if ((await fs.lstat(target).catch(() => null)) !== null) return false;
    await fs.rename(temp, target);
    return true;
  }
}

/** x.checked.xlsx → x.checked.xlsm. */
const withExtension = (outPath: string, ext: string) => outPath.slice(0, -path.extname(outPath).length) + ext;
