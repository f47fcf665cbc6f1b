/**
 * Test helper: compute a checked workbook's formulas as a spreadsheet would. HyperFormula (a spreadsheet
 * engine made for this) evaluates the plain Excel the plan writes (IF, IFERROR, COUNTIF, MONTH …), and the
 * PERF.* custom functions run our own implementations, called as Excel calls them: a parameter declared
 * any[][] in functions.json gets a matrix (one cell too), any other parameter a single value, an empty cell
 * or an omitted argument null.
 */
import { generateCustomFunctionsMetadata, type IFunction } from "custom-functions-metadata";
import path from "path";
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import { sheetRef } from "../../src/core/plan/formulas";
import type { PlanOp } from "../../src/core/plan/types";
import { cellRange } from "../../src/core/plan/formulas";
import type { CellValue, WorkbookSnapshot } from "../../src/core/types";
import { FunctionError } from "../../src/functions/errors";
import { FUNCTIONS } from "../../src/functions/functions";

const SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");

/** Which parameters of each PERF function Excel passes as a matrix (functions.json's dimensionality). */
export async function matrixParameters(): Promise<Map<string, boolean[]>> {
  const result = await generateCustomFunctionsMetadata(SOURCE);
  const { functions } = JSON.parse(result.metadataJson) as { functions: IFunction[] };
  return new Map(functions.map((f) => [f.id, (f.parameters ?? []).map((p) => p.dimensionality === "matrix")]));
}

function plain(v: unknown): unknown {
  if (v === EmptyValue) return null;
  if (v && typeof v === "object" && "type" in v) return { error: `#${String((v as { type: string }).type)}` };
  return v;
}

let matrices = new Map<string, boolean[]>();

type PerfFunctions = Record<string, (...args: unknown[]) => unknown>;
/** The PERF.* bodies formulas call: Excel's (FUNCTIONS) unless a test gives others (WPS's registered callbacks). */
let perfFunctions: PerfFunctions = FUNCTIONS;
export function computePerfWith(functions: PerfFunctions | null): void {
  perfFunctions = functions ?? FUNCTIONS;
}

/** One plugin for every PERF.* function: arguments evaluated by the engine, the body is ours. */
class PerfPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
    Object.keys(FUNCTIONS).map((id) => [
      `PERF.${id}`,
      {
        method: "perf",
        parameters: [{ argumentType: FunctionArgumentType.ANY, optionalArg: true }],
        repeatLastArgs: 1,
        doesNotNeedArgumentsToBeComputed: true,
      },
    ]),
  );

  perf(ast: { procedureName: string; args: { type: string }[] }, state: unknown): unknown {
    const id = ast.procedureName.replace(/^PERF\./, "");
    const matrix = matrices.get(id) ?? [];
    const evaluate = this.evaluateAst.bind(this) as unknown as (a: unknown, s: unknown) => unknown;
    const args = ast.args.map((arg, i) => {
      if (arg.type === "EMPTY") return null;
      const value = evaluate(arg, state);
      if (value instanceof SimpleRangeValue) {
        const rows = value.rawData().map((row) => row.map(plain));
        return matrix[i] ? rows : rows[0][0];
      }
      return matrix[i] ? [[plain(value)]] : plain(value);
    });
    const out = perfFunctions[id](...args);
    // As Excel holds a CustomFunctions.Error: an error value (#VALUE!), which IFERROR / ISERROR see as one.
    if (out instanceof FunctionError) return new CellError(ErrorType.VALUE, out.message);
    return out;
  }
}

/**
 * HyperFormula reads the empty text "" as 0 in arithmetic (Google Sheets' rule); Excel gives #VALUE! (="" / 5),
 * which the plan's IFERROR(… / …, "") relies on. The test engine follows Excel here.
 */
function followExcelOnEmptyText(): void {
  // The package exports only its index; the index (commonjs/index.js) loads this very module file.
  const file = path.join(path.dirname(require.resolve("hyperformula")), "interpreter", "ArithmeticHelper.js");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ArithmeticHelper } = require(file) as {
    ArithmeticHelper: { prototype: { coerceNonDateScalarToMaybeNumber(arg: unknown): unknown } };
  };
  const original = ArithmeticHelper.prototype.coerceNonDateScalarToMaybeNumber;
  ArithmeticHelper.prototype.coerceNonDateScalarToMaybeNumber = function (arg: unknown) {
    return arg === "" ? undefined : original.call(this, arg);
  };
}

/** The number formats of the workbook being computed, by sheet name and absolute row / column (evaluatePlan). */
let formatsNow = new Map<string, string>();
/** false: the engine computes as Excel for the web, which does not give CELL("format") (support.microsoft.com CELL 函数). */
let cellFormatGiven = true;
export function computeAsExcelForTheWeb(web: boolean): void {
  cellFormatGiven = !web;
}
const formatKey = (sheet: string, row: number, col: number) => `${sheet}!${row},${col}`;

/**
 * CELL("format", ref) as Excel for Windows gives it: support.microsoft.com CELL 函数, “format … 与单元格的数字格式对应的
 * 文本值”, and its table of format codes (常规 "G", 0 "F0", #,##0 ",0", 0.00 "F2", #,##0.00 ",2", 0% "P0", 0.00% "P2";
 * d-mmm-yy "D1", d-mmm "D2", mmm-yy "D3", m/d/yy "D4", mm/dd "D5", h:mm:ss "D8", h:mm "D9"). The date a clerk types
 * gets the system's short date, built-in format 14 (ECMA-376 Part 1, 18.8.30 numFmt: 14 is “mm-dd-yy”, shown in the
 * system's date order, 2024/7/20 in China), which is the table's m/d/yy: "D4".
 * Strict: other info_types and other formats are not imitated and fail the test rather than answer something Excel
 * might not. Excel for the web does not give it (same page): `cellFormatGiven(false)` makes it #VALUE!.
 */
export function cellFormatCode(format: string | null | undefined): string {
  if (!format || format === "General") return "G";
  const percent = /^0(?:\.(0+))?%$/.exec(format);
  if (percent) return `P${percent[1]?.length ?? 0}`;
  const fixed: Record<string, string> = {
    "0": "F0",
    "0.00": "F2",
    "#,##0": ",0",
    "#,##0.00": ",2",
    "d-mmm-yy": "D1",
    "d-mmm": "D2",
    "mmm-yy": "D3",
    "m/d/yy": "D4",
    "mm-dd-yy": "D4",
    "mm/dd": "D5",
    "h:mm:ss": "D8",
    "h:mm": "D9",
  };
  if (format in fixed) return fixed[format];
  throw new Error(`fake CELL("format"): the format ${format} is not imitated`);
}

class CellPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    CELL: {
      method: "cell",
      parameters: [{ argumentType: FunctionArgumentType.ANY }],
      repeatLastArgs: 1,
      doesNotNeedArgumentsToBeComputed: true,
    },
  };

  cell(ast: { args: { type: string; reference?: unknown }[] }, state: { formulaAddress: unknown }): unknown {
    const evaluate = this.evaluateAst.bind(this) as unknown as (a: unknown, s: unknown) => unknown;
    const [info, ref] = ast.args;
    if (evaluate(info, state) !== "format" || ref?.type !== "CELL_REFERENCE")
      throw new Error('fake CELL: only CELL("format", <one cell>) is imitated');
    const at = (
      ref.reference as { toSimpleCellAddress(base: unknown): { sheet: number; row: number; col: number } }
    ).toSimpleCellAddress(state.formulaAddress);
    const sheet = (
      this.dependencyGraph as unknown as { sheetMapping: { getSheetName(id: number): string } }
    ).sheetMapping.getSheetName(at.sheet);
    if (!cellFormatGiven) return new CellError(ErrorType.VALUE, "CELL format: not in Excel for the web");
    return cellFormatCode(formatsNow.get(formatKey(sheet, at.row, at.col)));
  }
}

let registered = false;

export async function registerPerfFunctions(): Promise<void> {
  matrices = await matrixParameters();
  if (registered) return;
  const names = Object.fromEntries(Object.keys(PerfPlugin.implementedFunctions).map((n) => [n, n]));
  HyperFormula.registerFunctionPlugin(PerfPlugin as never, { enGB: names });
  HyperFormula.registerFunctionPlugin(CellPlugin as never, { enGB: { CELL: "CELL" } });
  followExcelOnEmptyText();
  registered = true;
}

/** Replace a defined name outside string literals and quoted sheet names (the engine takes no CJK names). */
function replaceName(formula: string, name: string, ref: string): string {
  let out = "";
  for (let i = 0; i < formula.length;) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else if (formula.startsWith(name, i) && !/[\w.\u4e00-\u9fff]/.test(formula[i - 1] ?? "")) {
      out += ref;
      i += name.length;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

function content(value: CellValue, formula: string | null | undefined): unknown {
  if (formula) return `=${formula}`;
  if (value === null || value === "") return null; // the file holds no empty text: "" is written as a blank cell
  if (typeof value === "string") return `'${value}`; // text stays text (no "90%" → 0.9, no "=…" formula)
  if (typeof value === "object") return `'${JSON.stringify(value)}`;
  return value;
}

/**
 * The workbook after a formulas-mode plan, as a spreadsheet computes it: `valueOf(op)` is the computed
 * value of a formula the plan wrote (null for an empty result, "#ERROR …" for an error).
 */
export function evaluatePlan(
  snapshot: WorkbookSnapshot,
  ops: PlanOp[],
): (cell: PlanOp & { op: "setFormula" }) => unknown {
  const names = ops.flatMap((o) => (o.op === "defineName" ? [o] : []));
  const fix = (formula: string) =>
    names.reduce((f, n) => replaceName(f, n.name, sheetRef(n.cell.sheet, cellRange(n.cell))), formula);
  const sheets: Record<string, unknown[][]> = {};
  formatsNow = new Map();
  for (const s of snapshot.sheets) {
    s.numberFormats?.forEach((row, r) =>
      row.forEach((f, c) => f && formatsNow.set(formatKey(s.name, r + s.originRow, c + s.originCol), f)),
    );
    const rows: unknown[][] = [];
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = s.formulas?.[r]?.[c];
        (rows[r + s.originRow] ??= [])[c + s.originCol] = content(v, f ? fix(f) : null);
      }),
    );
    for (let r = 0; r < rows.length; r++) rows[r] ??= [];
    for (const row of rows) for (let c = 0; c < row.length; c++) row[c] ??= null;
    sheets[s.name] = rows;
  }
  // A 1904 workbook's serials count from 1904-01-01 (ECMA-376 Part 1, 18.2.28 workbookPr date1904), as Excel's own
  // date functions (MONTH, YEAR …) read them there: HyperFormula's nullDate is that day 0.
  const nullDate = snapshot.date1904 ? { nullDate: { year: 1904, month: 1, day: 1 } } : {};
  const hf = HyperFormula.buildFromSheets(sheets as never, {
    licenseKey: "gpl-v3",
    useArrayArithmetic: true,
    ...nullDate,
  });
  return (op) => {
    const sheet = hf.getSheetId(op.cell.sheet);
    if (sheet === undefined) throw new Error(`no sheet ${op.cell.sheet}`);
    const v = hf.getCellValue({ sheet, row: op.cell.row, col: op.cell.col });
    if (v && typeof v === "object")
      return `#ERROR ${(v as { value: string; message: string }).value} ${(v as { message: string }).message}`;
    return v === "" ? null : v;
  };
}
