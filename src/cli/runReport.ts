import { isAtLeast } from "../core/lights";
import type { FileOutcome } from "./checkFile";
import { fileJson, jsonFileText, jsonHead, JSON_TAIL } from "./json";
import { errorReport, fileReport } from "./report";

/** The run's tally for its last line (totalReport). */
export interface Tally {
  files: number;
  checked: number;
  withRed: number;
}

/**
 * One file's text report, rendered: its error line (stderr) and its block (stdout), as UTF-8 outside V8's heap: V8
 * sizes its heap by what survives its collections (up to four times that), so text kept on it for the run's end would
 * raise the peak by more than its own size with each file.
 */
interface RenderedFile {
  error: string | null;
  block: Buffer | null;
}

/**
 * What a run keeps of each file once it is checked (issue 12: bounded in memory): its report rendered and the counts
 * the run's end needs, not its CheckResult, which held 4.1 MB of a 1,000-table workbook until the end of the run
 * (docs/performance.md, session 65), so a folder's peak grew with every file. The text report keeps each file's
 * lines, printed after the run as before (UTF-8: a unit's workbook 0.8 KB on average, the bench's 564 KB); the --json
 * document's entries are written as they come (the bench's is 5.6 MB), once the first file checked gives the top asOf.
 */
export class RunReport {
  readonly tally: Tally = { files: 0, checked: 0, withRed: 0 };
  /** A file could not be checked or its copy not written (exit code 1). */
  failed = false;
  /** The first file's monitoring date (the sample's line says it). */
  firstAsOf: string | null = null;
  private readonly lightsAtLeast = { red: false, yellow: false };
  private readonly texts: RenderedFile[] = [];
  /** --json: the document's top asOf, once known; entries before it wait in `waiting`. */
  private jsonAsOf: string | null = null;
  private readonly waiting: string[] = [];

  constructor(
    private readonly options: {
      json: boolean;
      lang: "zh" | "en";
      /** How many outcomes the run reports (the last --json entry has no comma after it). */
      count: number;
      /** Writes a piece of the --json document to stdout. */
      write: (text: string) => void;
    },
  ) {}

  /** A file's outcome, reported; nothing of its check is kept. */
  add(o: FileOutcome): void {
    const { json, lang, count } = this.options;
    const index = this.tally.files++;
    if (index === 0) this.firstAsOf = o.check?.asOf ?? null;
    if (o.error) this.failed = true;
    if (o.check && !o.error) this.tally.checked++;
    if (o.check && !o.error && o.check.tables.some((t) => t.result.light === "red")) this.tally.withRed++;
    for (const level of ["red", "yellow"] as const)
      this.lightsAtLeast[level] ||= o.check?.tables.some((c) => isAtLeast(c.result.light, level)) ?? false;
    if (json) {
      const entry = fileJson(o.file, o.output, o.check, o.error, lang, o.asOfToday);
      this.waiting.push(jsonFileText(entry, index === count - 1));
      if (this.jsonAsOf === null && o.check) this.startJson(o.check.asOf);
      else if (this.jsonAsOf !== null) this.options.write(this.waiting.pop()!);
      return;
    }
    const kept = o.kept === undefined ? undefined : { path: o.kept, input: o.keptInput === true };
    this.texts.push({
      error: o.error ? errorReport(o.file, o.error, lang) : null,
      block:
        o.check && o.output
          ? Buffer.from(fileReport(o.file, o.output, o.check, lang, kept, o.asOfToday).join("\n"))
          : null,
    });
  }

  /** Whether a table's light is at least --fail-on's (exit code 3). */
  hasLightAtLeast(level: "red" | "yellow"): boolean {
    return this.lightsAtLeast[level];
  }

  /** The --json document's rest: its head first when no file was checked (the top asOf is then `asOf`). */
  finishJson(asOf: string): void {
    if (this.jsonAsOf === null) this.startJson(asOf);
    this.options.write(JSON_TAIL);
  }

  /** The text report, file by file: an error on stderr, the block on stdout. */
  printText(io: { stdout: { write(s: string): unknown }; stderr: { write(s: string): unknown } }): void {
    for (const { error, block } of this.texts) {
      if (error) io.stderr.write(`${error}\n`);
      if (block) io.stdout.write(`${block.toString("utf8")}\n\n`);
    }
  }

  private startJson(asOf: string): void {
    this.jsonAsOf = asOf;
    this.options.write(jsonHead(asOf) + this.waiting.join(""));
    this.waiting.length = 0;
  }
}
