import util from "node:util";
import { readAsOf } from "../core/asOf";
import {
  renderMessage,
  say,
  WordedError,
  type Lang,
  type MessageCode,
  type MessageParams,
} from "../core/locale/messages";

/**
 * Taken as this module loads: Node loads parseArgs's own modules when it is first read, by then bin/perf-targets.js has
 * set its V8 flag, and V8 refuses Node's built-in code cache under another flag (docs/performance.md, session 58).
 */
const { parseArgs } = util;

interface CliOptions {
  command: "check" | "help" | "version";
  inputs: string[];
  asOf: string | null;
  out: string;
  json: boolean;
  formulas: boolean;
  /** Replace an earlier output instead of keeping it (an input is never replaced). */
  force: boolean;
  lang: "zh" | "en";
  failOn: "red" | "yellow" | null;
}

/** Thrown for bad usage; main() prints it (in the language asked for) with the usage text and exits 2. */
export class UsageError extends WordedError {}

const usage = <C extends MessageCode>(code: C, params: MessageParams[C]) => new UsageError(say(code, params));

const OPTIONS = {
  "as-of": { type: "string" },
  out: { type: "string" },
  json: { type: "boolean" },
  formulas: { type: "boolean" },
  force: { type: "boolean" },
  lang: { type: "string" },
  "fail-on": { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

/** Edits (insert, delete, substitute) that turn a into b. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/**
 * The option a mistyped one most likely means: another case (--Force), a slip of a letter or two (--as-off, --asof),
 * or one dash (-out, which Node reads as -o -u -t and reports as "-o"); only when exactly one option is that near.
 */
function nearOption(typed: string): string | undefined {
  const name = typed.replace(/^--?/, "").split("=")[0].toLowerCase();
  if (name.length < 2) return undefined;
  const near = Object.keys(OPTIONS).filter((known) => editDistance(name, known) <= (known.length > 4 ? 2 : 1));
  return near.length === 1 ? `--${near[0]}` : undefined;
}

/**
 * Dashes that are not the ASCII hyphen: Word's AutoCorrect turns a typed -- into – or —, and a full-width － comes
 * from a Chinese input method. Node takes such an argument for a file name.
 */
const LOOKALIKE_DASHES = /^[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]+/;

/** An option typed with a dash that is no hyphen (—json pasted from Word), said with the option meant. */
function lookalikeOption(argv: string[]): UsageError | undefined {
  const end = argv.indexOf("--");
  for (const typed of end < 0 ? argv : argv.slice(0, end)) {
    if (!LOOKALIKE_DASHES.test(typed)) continue;
    // Only when it is near an option: a file may begin with a dash (–报告.xlsx).
    const near = nearOption(typed.replace(LOOKALIKE_DASHES, "--"));
    if (near !== undefined) return usage("usage.unknown-option", { option: typed, near });
  }
  return undefined;
}

/**
 * Node's parse errors in the clerk's words. Their codes are documented (ERR_PARSE_ARGS_*); the option sits in the
 * message's first quotes. An argument that looks like a file (-x.xlsx) is told how to pass it.
 */
function parseArgsError(e: NodeJS.ErrnoException, argv: string[]): UsageError {
  const option = /'([^']+)'/.exec(e.message)?.[1]?.replace(/ <value>$/, "");
  if (option === undefined) return usage("usage.other", { detail: e.message });
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const file = argv.find((a) => a.startsWith(option) && /[./\\]/.test(a));
    if (file !== undefined) return usage("usage.unknown-option", { option, file: JSON.stringify(file) });
    // Node names the first letter of -out; the clerk typed -out.
    const typed = option.startsWith("--")
      ? option
      : (argv.find((a) => a.startsWith(option) && !a.startsWith("--")) ?? option);
    const near = nearOption(typed);
    return usage("usage.unknown-option", near === undefined ? { option } : { option: typed, near });
  }
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    // ambiguous: the value forgotten before the next option (--as-of --json).
    return /argument missing|argument is ambiguous/.test(e.message)
      ? usage("usage.needs-value", { option })
      : usage("usage.takes-no-value", { option });
  return usage("usage.other", { detail: e.message });
}

/** The --lang asked for, read before the rest of the command line is understood (to word its errors). */
export function wantedLang(argv: string[]): "zh" | "en" {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = i < 0 ? undefined : argv[i].startsWith("--lang=") ? argv[i].slice("--lang=".length) : argv[i + 1];
  return value === "en" ? "en" : "zh";
}

/**
 * The command line's words as options; throws a UsageError (one line) for an unknown command or option, an empty
 * input or --out, or a bad --as-of, --lang or --fail-on.
 */
export function parseCliArgs(argv: string[]): CliOptions {
  const lookalike = lookalikeOption(argv);
  if (lookalike) throw lookalike;
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: OPTIONS,
    });
  } catch (e) {
    throw parseArgsError(e as NodeJS.ErrnoException, argv);
  }
  const { values, positionals } = parsed;
  const base = {
    inputs: [] as string[],
    asOf: null,
    out: values.out ?? "perf-out",
    json: values.json ?? false,
    formulas: values.formulas ?? false,
    force: values.force ?? false,
    lang: "zh" as const,
    failOn: null,
  };
  if (values.help || positionals[0] === "help") return { ...base, command: "help" };
  if (values.version) return { ...base, command: "version" };
  const [command = "check", ...inputs] = positionals;
  if (command !== "check") throw usage("usage.unknown-command", { command });
  // An unset variable in a script (--out "$OUT") gives "": the copies went, unsaid, to the folder it runs in.
  if (values.out !== undefined && values.out.trim() === "") throw usage("usage.out-empty", {});
  // Likewise `check "$DIR"`: an empty name is no file that is missing, but a variable that is not set.
  if (inputs.some((input) => input.trim() === "")) throw usage("usage.input-empty", {});
  // Read as the pane's date box reads it (2024/6/30, 2024年6月30日, 20240630 …); 2024-02-30 is said, never rolled over.
  const reading = values["as-of"] === undefined ? null : readAsOf(values["as-of"]);
  if (reading && "error" in reading) throw usage("usage.as-of", { reason: reading.error });
  const asOf = reading ? reading.iso : null;
  const lang = values.lang ?? "zh";
  if (lang !== "zh" && lang !== "en") throw usage("usage.lang", { value: lang });
  const failOn = values["fail-on"] ?? null;
  if (failOn !== null && failOn !== "red" && failOn !== "yellow") throw usage("usage.fail-on", { value: failOn });
  return { ...base, command: "check", inputs, asOf, lang, failOn };
}

/** The usage text: English when --lang en is asked for, else both languages (where an English reader finds --lang). */
export function usageText(lang: Lang): string {
  return renderMessage(say("usage.text", {}), lang);
}
