import path from "node:path";
import { localIsoDate } from "../core/dates";
import { renderMessage, say } from "../core/locale/messages";
import { parseCliArgs, usageText, UsageError, wantedLang } from "./args";
import { checkFile, removeOurTempFiles } from "./checkFile";
import { expandInputs, firstForEachFile, lockApp, lockOwners, locksBeside, onceEach, outputPaths } from "./files";
import type { JsonReport } from "./json";
import { packageVersion, PACKAGE_ROOT } from "./packageRoot";
import { progressBar } from "./progress";
import { RunReport } from "./runReport";
import { letDeflateWorkerGo } from "./zlibCodec";
import {
  copiesSkippedReport,
  locksSkippedReport,
  noteReport,
  noWorkbooksReport,
  sampleReport,
  totalReport,
} from "./report";

const SAMPLE_WORKBOOK = path.join(PACKAGE_ROOT, "assets", "sample.xlsx");

interface Io {
  stdout: NodeJS.WriteStream | { write(s: string): unknown; isTTY?: boolean };
  stderr: NodeJS.WriteStream | { write(s: string): unknown; isTTY?: boolean };
  /** After each workbook's check, once its outcome is reported and let go: where a test measures what the run keeps. */
  checked?: (files: number) => void;
}

/** A path as the user would type it: relative to the working folder when inside it (assets/sample.xlsx), else absolute. */
function shownPath(file: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

/** Whether a path lies in a folder (or is it), however each was written. */
function isInside(folder: string, file: string): boolean {
  const relative = path.relative(path.resolve(folder), path.resolve(file));
  return !relative.startsWith("..") && !path.isAbsolute(relative);
}

/** A shell's exit codes for a run ended by a signal: 128 + its number. SIGHUP: the terminal closed (on Windows, its console). */
const SIGNAL_EXIT = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Ctrl-C (SIGINT) or a kill (SIGTERM) mid-run: remove the unfinished copy we were writing (only our own
 * temporary file), say so in one line and exit as a shell expects. Copies already in place are complete:
 * a copy gets its final name only once fully written.
 */
export function exitCleanlyOnSignals(argv: string[], io: Io = process): void {
  for (const signal of ["SIGHUP", "SIGINT", "SIGTERM"] as const)
    process.on(signal, () => {
      const removedUnfinished = removeOurTempFiles();
      const bar = io.stderr.isTTY ? "\n" : ""; // below a progress bar, not on it
      io.stderr.write(`${bar}${renderMessage(say("file.interrupted", { removedUnfinished }), wantedLang(argv))}\n`);
      process.exit(SIGNAL_EXIT[signal]);
    });
}

/** Runs the command line; the exit code: 0 done, 1 a workbook failed or none was found, 2 a usage error, 3 --fail-on met. */
export async function main(argv: string[], io: Io = process): Promise<number> {
  let options;
  try {
    options = parseCliArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    const lang = wantedLang(argv);
    io.stderr.write(`${e.in(lang)}\n\n${usageText(lang)}\n`);
    return 2;
  }
  if (options.command === "help") {
    io.stdout.write(`${usageText(wantedLang(argv))}\n`);
    return 0;
  }
  if (options.command === "version") {
    io.stdout.write(`${packageVersion()}\n`);
    return 0;
  }

  const usingSample = options.inputs.length === 0;
  const inputs = usingSample ? [shownPath(SAMPLE_WORKBOOK)] : options.inputs;
  const asOf = options.asOf;
  const found = await expandInputs(inputs, options.lang);
  // What is no workbook is said once per file too, however many paths reach it.
  const problems = await firstForEachFile(found.problems, (p) => p.file);
  const [copiesSkipped, lockFiles, locksSkipped] = await Promise.all(
    [found.copiesSkipped, found.lockFiles, found.locksSkipped].map((list) => firstForEachFile(list, (f) => f)),
  );
  const owners = await lockOwners(lockFiles);
  for (const lock of lockFiles)
    io.stderr.write(
      `${noteReport(lock, say("file.lock-file", { workbook: owners.get(lock)!, app: lockApp(lock) }), options.lang)}\n`,
    );
  // Each workbook once; every input by what it is on disk rather than by its path: no output of this run may
  // replace one, also when --out reaches it by another path (a link, a bind mount, a share that ignores case).
  const { files, subfolders, repeats, inputs: inputIdentities } = await onceEach(found);
  if (files.length === 0 && problems.length === 0) {
    io.stderr.write(`${noWorkbooksReport(inputs, options.lang, copiesSkipped.length, locksSkipped.length)}\n`);
    // --json promises one JSON document on stdout, also when there was nothing to check.
    const empty: JsonReport = { schemaVersion: 1, asOf: asOf ?? localIsoDate(), files: [] };
    if (options.json) io.stdout.write(`${JSON.stringify(empty, null, 2)}\n`);
    return 1;
  }
  const outputs = outputPaths(files, options.out, subfolders);
  const today = localIsoDate();
  const bar = progressBar(files.length, io.stderr as NodeJS.WriteStream);
  // Each file's report is rendered as soon as it is checked, and its check let go (runReport.ts).
  const report = new RunReport({
    json: options.json,
    lang: options.lang,
    count: problems.length + files.length,
    write: (text) => {
      bar.finish(); // a terminal's progress bar is not written over; the next file draws it again
      io.stdout.write(text);
    },
  });
  for (const { file, error } of problems) report.add({ file, output: null, check: null, error });
  const written = new Set<string>();
  for (const [i, file] of files.entries()) {
    bar.update(i, file);
    report.add(
      await checkFile(file, {
        outPath: outputs[i],
        asOf,
        today,
        formulas: options.formulas,
        lang: options.lang,
        force: options.force,
        inputs: inputIdentities,
        written,
        last: i === files.length - 1,
      }),
    );
    io.checked?.(i + 1);
  }
  letDeflateWorkerGo(); // the last file let it go, unless it failed before its copy
  bar.finish();
  // Copies in this run's --out are ours; others may be a unit's filled-in copy, said so as not to pass it over in silence.
  const skipped = copiesSkippedReport(
    copiesSkipped.filter((copy) => !isInside(options.out, copy)),
    options.lang,
  );
  if (skipped) io.stderr.write(`${skipped}\n`);
  const locksLine = locksSkippedReport(locksSkipped, options.lang);
  if (locksLine) io.stderr.write(`${locksLine}\n`);
  for (const { file, first } of repeats)
    io.stderr.write(`${noteReport(file, say("file.same-as", { first }), options.lang)}\n`);
  // Open in Excel (its lock file beside it): what was checked is the workbook as last saved, not what is on screen.
  const locks = await locksBeside(files);
  for (const file of files) {
    const lock = locks.get(file);
    if (lock)
      io.stderr.write(
        `${noteReport(file, say("file.open-elsewhere", { lock: path.basename(lock), app: lockApp(lock) }), options.lang)}\n`,
      );
  }
  // The sample stores its own monitoring date (2024-07-31) in its settings, like any checked workbook.
  if (usingSample && !options.json)
    io.stderr.write(`${sampleReport(inputs[0], report.firstAsOf ?? asOf ?? today, options.lang)}\n`);

  if (options.json) report.finishJson(asOf ?? today);
  else report.printText(io);
  const total = options.json ? null : totalReport(report.tally, options.lang);
  if (total) io.stderr.write(`${total}\n`);
  if (report.failed) return 1;
  if (options.failOn && report.hasLightAtLeast(options.failOn)) return 3;
  return 0;
}
