import { parseArgs } from "node:util";
import { isPlausibleYear, isValidIso } from "../core/dates";

export interface CliOptions {
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

/** Thrown for bad usage; main() prints the message (in the language asked for) with the usage text and exits 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly english: string = message, // Node's own parse errors are English already
  ) {
    super(message);
  }

  in(lang: "zh" | "en"): string {
    return lang === "en" ? this.english : this.message;
  }
}

/**
 * Node's parse errors in the clerk's words. Their codes are documented (ERR_PARSE_ARGS_*); the option sits in the
 * message's first quotes. An argument that looks like a file (-x.xlsx) is told how to pass it.
 */
function parseArgsError(e: NodeJS.ErrnoException, argv: string[]): UsageError {
  const option = /'([^']+)'/.exec(e.message)?.[1]?.replace(/ <value>$/, "");
  if (option === undefined) return new UsageError(e.message);
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const file = argv.find((a) => a.startsWith(option) && /[./\\]/.test(a));
    return file === undefined
      ? new UsageError(`未知选项 “${option}”`, `Unknown option “${option}”`)
      : new UsageError(
          `未知选项 “${option}”：以 - 开头的文件名请写在 -- 之后，如 -- ${JSON.stringify(file)}`,
          `Unknown option “${option}”: put a file name starting with - after --, as in -- ${JSON.stringify(file)}`,
        );
  }
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return /argument missing/.test(e.message)
      ? new UsageError(`选项 ${option} 后面缺少值`, `Option ${option} needs a value`)
      : new UsageError(`选项 ${option} 不带值`, `Option ${option} takes no value`);
  return new UsageError(e.message);
}

/** The --lang asked for, read before the rest of the command line is understood (to word its errors). */
export function wantedLang(argv: string[]): "zh" | "en" {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = i < 0 ? undefined : argv[i].startsWith("--lang=") ? argv[i].slice("--lang=".length) : argv[i + 1];
  return value === "en" ? "en" : "zh";
}

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        "as-of": { type: "string" },
        out: { type: "string" },
        json: { type: "boolean" },
        formulas: { type: "boolean" },
        force: { type: "boolean" },
        lang: { type: "string" },
        "fail-on": { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
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
  if (command !== "check")
    throw new UsageError(`未知命令 “${command}”（只有 check）`, `Unknown command “${command}” (there is only check)`);
  // An unset variable in a script (--out "$OUT") gives "": the copies went, unsaid, to the folder it runs in.
  if (values.out !== undefined && values.out.trim() === "")
    throw new UsageError(
      "--out 需要一个文件夹，收到的是空值（脚本中的变量没有设置？）",
      "--out needs a folder, got an empty value (a variable in the script not set?)",
    );
  // Likewise `check "$DIR"`: an empty name is no file that is missing, but a variable that is not set.
  if (inputs.some((input) => input.trim() === ""))
    throw new UsageError(
      "文件或目录名是空值（脚本中的变量没有设置？）",
      "A file or folder name is empty (a variable in the script not set?)",
    );
  const asOf = values["as-of"] ?? null;
  // isValidIso rejects 2024-02-30, which Date.parse quietly rolls over to 1 March: said as a day that does not
  // exist, since its writing is right.
  if (asOf !== null && /^\d{4}-\d{2}-\d{2}$/.test(asOf) && !isValidIso(asOf))
    throw new UsageError(`--as-of 的日期不存在：“${asOf}”`, `--as-of names a day that does not exist: “${asOf}”`);
  if (asOf !== null && !isValidIso(asOf))
    throw new UsageError(
      `--as-of 需要 YYYY-MM-DD 格式的日期，收到 “${asOf}”`,
      `--as-of needs a date written YYYY-MM-DD, got “${asOf}”`,
    );
  if (asOf !== null && !isPlausibleYear(Number(asOf.slice(0, 4))))
    throw new UsageError(
      `--as-of 的年份应在 1990–2100 之间，收到 “${asOf}”`,
      `--as-of must be a date in 1990–2100, got “${asOf}”`,
    );
  const lang = values.lang ?? "zh";
  if (lang !== "zh" && lang !== "en")
    throw new UsageError(`--lang 只能是 zh 或 en，收到 “${lang}”`, `--lang must be zh or en, got “${lang}”`);
  const failOn = values["fail-on"] ?? null;
  if (failOn !== null && failOn !== "red" && failOn !== "yellow")
    throw new UsageError(
      `--fail-on 只能是 red 或 yellow，收到 “${failOn}”`,
      `--fail-on must be red or yellow, got “${failOn}”`,
    );
  return { ...base, command: "check", inputs, asOf, lang, failOn };
}

export const USAGE = `用法 / Usage:
  perf-targets check [文件|目录 …] [--as-of YYYY-MM-DD] [--out 目录] [--json] [--formulas]
                     [--force] [--lang zh|en] [--fail-on red|yellow]

  不给文件时检查自带的示例工作簿（assets/sample.xlsx，监控时点 2024-07-31）。
  With no file it checks the bundled sample workbook (as of 2024-07-31).

  --as-of     监控时点（默认：工作簿中保存的设置，其次“监控汇总”中填写的监控时点，否则今天）
  --out       检查后副本 <名称>.checked.xlsx（.xlsm、模板 .xltx / .xltm 保持原格式）的输出目录（默认 ./perf-out）；原文件从不修改
  --force     覆盖上次写出的副本（默认保留它，新副本另起名 <名称>.checked-2.xlsx；输入文件任何时候都不会被覆盖）
  --json      只在标准输出打印一个 JSON 文档（结构见 README）
  --formulas  写入 PERF 公式而不是计算值（仅在安装了加载项的 Excel 中有用）
  --lang      报告语言：zh（默认）或 en
  --fail-on   出现该级别或更严重的预警时退出码为 3（red 或 yellow）

退出码 / Exit codes: 0 全部读取成功；1 有文件无法读取；2 用法错误；3 --fail-on 命中`;
