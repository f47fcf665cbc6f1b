/**
 * review38 — formulas mode (the Excel add-in's default; CLI --formulas) writes PERF.STATUS / PERF.LIGHT so the lights
 * follow what the clerk types afterwards. On a first check the actual column is our empty input column, so the
 * formula passed the bare cell (no number format yet, no `*100&"%"`). The clerk then types 3% into it; Excel stores
 * 0.03 (formatted as a percentage). PERF.* cannot see formats and read 0.03 against a CAP as 0.03 % (README:
 * 上限目标保持原读法) — so every cap exceeded turned GREEN: 传染病发病率 2% or ≤2%, actual 3%, showed 达标 / 绿 live in
 * the workbook, while a check of the same workbook said 未达标 / 红.
 * Now our empty 实际完成值 cell for a % target is formatted 0.00% by the check, and the formula reads it as shown.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { runPipeline, settingsFor } from "../../src/core/pipeline";
import type { PlanOp } from "../../src/core/plan/types";
import type { CellValue, WorkbookSnapshot } from "../../src/core/types";
import { cellName } from "../../src/core/a1";
import { FunctionError } from "../../src/functions/errors";
import { FUNCTIONS } from "../../src/functions/functions";
import { clearMemos } from "../../src/functions/implemented";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { applyToSnapshot } from "../core/plan/applyToSnapshot";
import { sheet, snapshotOf, tableRows } from "../core/plan/fixtures";
import { computeAsExcelForTheWeb, evaluatePlan, registerPerfFunctions } from "./workbookFormulas";
import { CATCHES_ERRORS } from "../scenarios/excelShift";

const AS_OF = "2024-12-31";
const SHEET = "办公用品";
type Formula = PlanOp & { op: "setFormula" };

beforeAll(registerPerfFunctions);
afterEach(() => computeAsExcelForTheWeb(false));

/**
 * A formulas-mode check of a table with one more indicator (`target`): the plan, the workbook after it, the row.
 * `own`: the table has its own actual column (General, as the clerk left it), holding `before` on that row.
 */
function checked(target: string, own?: { header: string; before?: CellValue }) {
  const table = own ? tableRows({ actualHeader: own.header }) : tableRows();
  const last: CellValue[] = ["效益指标", "社会效益指标", "传染病发病率", target];
  if (own) last.push(own.before ?? null);
  const rows: CellValue[][] = [...table, last];
  rows[0] = ["2024年办公用品采购绩效目标表"];
  const snapshot = snapshotOf(sheet(SHEET, rows));
  return checkedSnapshot(snapshot, rows.length - 1);
}

/** A formulas-mode check of `snapshot` whose indicator on `row` is looked at. */
function checkedSnapshot(snapshot: WorkbookSnapshot, row: number) {
  const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: AS_OF }, AS_OF), { formulas: true });
  if (run.outcome !== "planned") throw new Error("expected a plan");
  const formula = (name: string) =>
    run.plan.ops.find(
      (o): o is Formula => o.op === "setFormula" && o.cell.row === row && o.formula.startsWith(`${name}(`),
    )!;
  const status = formula("PERF.STATUS");
  // The actual the formula reads: its second argument, our (empty) input cell, the first cell named there.
  const actualRef = /^PERF\.STATUS\([^,]+,(?:IF\(ISNUMBER\()?([A-Z]+)(\d+)[,)]/.exec(status.formula);
  expect(actualRef).not.toBeNull();
  const col = actualRef![1].charCodeAt(0) - 65;
  expect(cellName(row, col)).toBe(`${actualRef![1]}${actualRef![2]}`);
  return { run, after: applyToSnapshot(snapshot, run.plan), row, col, status, light: formula("PERF.LIGHT") };
}

/** The clerk puts `value` into the cell, which then has the number format `format` (null: General). */
function typed(workbook: WorkbookSnapshot, row: number, col: number, value: CellValue, format: string | null) {
  const s = workbook.sheets.find((x) => x.name === SHEET)!;
  while (s.values[row].length <= col) s.values[row].push(null);
  s.values[row][col] = value;
  const formats = (s.numberFormats ??= []);
  while (formats.length <= row) formats.push([]);
  formats[row][col] = format;
}

test.each(["2%", "≤2%"])(
  "传染病发病率 %s, the clerk types 3%% into our empty actual cell after the check: PERF.STATUS says 未达标, not 达标",
  (target) => {
    const { run, after, row, col, status, light } = checked(target);
    // The check gave the cell a percentage format (its own, on our empty cell): typing 3% keeps it, 0.03 shown 3.00%.
    expect(after.sheets[0].numberFormats?.[row]?.[col]).toBe("0.00%");
    typed(after, row, col, 0.03, "0.00%");
    // A check of that workbook says 未达标 / 红 (the format read: 3 % against the cap 2 %; tests/core/evaluate
    // badRatesBare.test.ts); the formula already in the workbook shows the same, in Excel and in Excel for the web.
    for (const web of [false, true]) {
      computeAsExcelForTheWeb(web);
      clearMemos();
      const valueOf = evaluatePlan(after, run.plan.ops);
      expect({ web, shown: [valueOf(status), valueOf(light)] }).toEqual({ web, shown: ["未达标", "红"] });
    }
  },
);

// Whatever the clerk puts into that cell, the formula shows what a check of the workbook then says: typed into the
// percentage cell (3 or 3% both give 0.03 there: Excel multiplies a number typed into a percentage cell by 100,
// learn.microsoft.com Application.AutoPercentEntry), or pasted from a General cell (its format comes along).
test.each([
  [0.03, "0.00%"],
  [0.015, "0.00%"],
  [0.03, "0%"],
  [0.03, null],
  [1.5, null],
  [3, null],
])("传染病发病率 ≤2%%: %p put in (format %p) — the formula agrees with a check", (value, format) => {
  const { run, after, row, col, status } = checked("≤2%");
  typed(after, row, col, value, format);
  clearMemos();
  const live = evaluatePlan(after, run.plan.ops)(status);
  // A check of the same workbook, values mode: the status it writes in that cell.
  const again = runPipeline(after, settingsFor(after, { asOf: AS_OF }, AS_OF), { formulas: false });
  if (again.outcome !== "planned") throw new Error("expected a plan");
  const checkedAgain = applyToSnapshot(after, again.plan).sheets.find((x) => x.name === SHEET)!;
  const verdict = checkedAgain.values[status.cell.row][status.cell.col];
  // verdict64: a bare 0.03 (General) under ≤2% is 0.03 % (met) or 3 % (not): said, not judged, by both alike.
  expect(live).toMatch(format === null && value < 1 ? /^无法识别$/ : /达标/);
  expect(live).toBe(verdict);
  // Excel for the web cannot tell a pasted General number (CELL("format") is not there): it reads the cell as the
  // percentage the check made it — never 达标 where a check says 未达标 against this cap.
  computeAsExcelForTheWeb(true);
  clearMemos();
  const web = evaluatePlan(after, run.plan.ops)(status);
  if (verdict === "未达标" || format !== null) expect(web).toBe(verdict);
});

test("checking again after the clerk typed 3%: the same formula and format, nothing to rewrite in that row", () => {
  const { after, row, col, status } = checked("≤2%");
  typed(after, row, col, 0.03, "0.00%");
  const again = runPipeline(after, settingsFor(after, { asOf: AS_OF }, AS_OF), { formulas: true });
  if (again.outcome !== "planned") throw new Error("expected a plan");
  const onRow = again.plan.ops.filter((o) => "cell" in o && o.cell.sheet === SHEET && o.cell.row === row);
  const rewritten = onRow.find((o): o is Formula => o.op === "setFormula" && o.cell.col === status.cell.col);
  expect(rewritten?.formula).toBe(status.formula);
  expect(onRow.some((o) => o.op === "setNumberFormat")).toBe(false);
});

/** What the formulas show in Excel (desktop) and in Excel for the web, and what a check of the same workbook says. */
function verdicts(
  workbook: WorkbookSnapshot,
  ops: PlanOp[],
  status: Formula,
): { desktop: unknown; web: unknown; check: unknown } {
  const shown = (web: boolean) => {
    computeAsExcelForTheWeb(web);
    clearMemos();
    return evaluatePlan(workbook, ops)(status);
  };
  const [desktop, web] = [shown(false), shown(true)];
  const again = runPipeline(workbook, settingsFor(workbook, { asOf: AS_OF }, AS_OF), { formulas: false });
  if (again.outcome !== "planned") throw new Error("expected a plan");
  const checkedAgain = applyToSnapshot(workbook, again.plan).sheets.find((x) => x.name === SHEET)!;
  return { desktop, web, check: checkedAgain.values[status.cell.row][status.cell.col] };
}

/** Excel for the web may show 未达标 where a check says 达标 (until that check), never 达标 / 超额 where it says 未达标. */
function neverGreenerOnTheWeb(v: { web: unknown; check: unknown }): void {
  expect(v.web).toMatch(/达标|超额/);
  if (v.check === "未达标") expect(v.web).toBe("未达标");
}

// pct40: the table's OWN actual column (the clerk's, General): the formula passed it bare. The clerk types 3% there
// after the check: Excel stores 0.03 and gives the cell a percentage format as it is typed (Excel 2013 For Dummies,
// jabsto.com …/Microsoft-Excel-2013-131.html: “you enter 12% in the cell. When you do this, Excel assigns a Percentage
// number format and … places the result in the cell (0.12 in this example)”; CELL("format") then says "P0"). A check
// reads the format: 3 % against ≤2%, 未达标. The formula read 0.03 bare: 0.03 % — 达标 live.
describe("the table's own General actual column", () => {
  test.each(["实际完成值", "1-7月完成值"])(
    "%s: 3%% typed after the check against ≤2%% is 未达标 live, as a check says",
    (header) => {
      const { run, after, row, col, status } = checked("≤2%", { header });
      expect(after.sheets[0].numberFormats?.[row]?.[col] ?? null).toBeNull(); // the clerk's cell: no format of ours
      typed(after, row, col, 0.03, "0%");
      const v = verdicts(after, run.plan.ops, status);
      expect(v).toEqual({ desktop: "未达标", web: "未达标", check: "未达标" });
    },
  );

  test.each([
    // [target, typed, Excel's format after it]
    ["≤2%", 0.015, "0%"], // 1.5% typed
    ["≤2%", 1.5, null], // 1.5 typed: 1.5 %
    ["≤2%", 3, null],
    ["≤2%", 0.5, null], // 0.5 typed: 0.5 % (Excel for the web: read as 50 % until the next check)
    ["≥90%", 0.95, "0%"], // 95% typed
    ["≥90%", 0.85, "0%"],
    ["≥90%", 85, null],
    ["≥90%", 95, null],
  ] as const)(
    "%s: %p typed (format %p) — Excel agrees with a check; the web never greener",
    (target, value, format) => {
      const { run, after, row, col, status } = checked(target, { header: "实际完成值" });
      typed(after, row, col, value, format);
      const v = verdicts(after, run.plan.ops, status);
      expect(v.desktop).toBe(v.check);
      neverGreenerOnTheWeb(v);
    },
  );

  test("115% typed: Excel agrees with a check; the web, reading 1.15 bare, says it cannot tell until the next check", () => {
    // verdict53: a bare 1.15 against ≥90% is 115 % or 1.15 % (pastFraction): 无法识别 there, 未达标 before.
    const { run, after, row, col, status } = checked("≥90%", { header: "实际完成值" });
    typed(after, row, col, 1.15, "0%");
    expect(verdicts(after, run.plan.ops, status)).toEqual({ desktop: "达标", web: "无法识别", check: "达标" });
  });

  test("a number there at the check is read as the check read it, on the web too, until it changes", () => {
    const { run, after, row, col, status } = checked("≤2%", { header: "实际完成值", before: 1.5 });
    expect(status.formula).toContain(`=1.5,"G","P"`);
    expect(verdicts(after, run.plan.ops, status)).toEqual({ desktop: "达标", web: "达标", check: "达标" });
    typed(after, row, col, 0.03, "0%"); // then 3% typed over it
    expect(verdicts(after, run.plan.ops, status)).toEqual({ desktop: "未达标", web: "未达标", check: "未达标" });
  });
});

// pct40, Excel for the web (no CELL("format")): a General number pasted over our percentage cell (85 meaning 85%,
// the paste brings the source's format) was read as the percentage the check made the cell: 8500 % against ≥90%,
// 达标 / 绿 live where a check says 未达标 / 红. A number entered since the check is now read the safe way.
describe("our percentage cell on Excel for the web", () => {
  test("85 pasted from a General cell against ≥90%: 未达标 live on the web, as a check says", () => {
    const { run, after, row, col, status } = checked("≥90%");
    typed(after, row, col, 85, null);
    expect(verdicts(after, run.plan.ops, status)).toEqual({ desktop: "未达标", web: "未达标", check: "未达标" });
  });

  test.each([
    ["≥90%", 0.95, "0.00%"],
    ["≥90%", 0.85, null],
    ["≥90%", 95, null],
    ["≤2%", 0.03, "0.00%"],
    ["≤2%", 1.5, null],
    ["2%", 0.015, "0.00%"],
  ] as const)(
    "%s: %p put in (format %p) — Excel agrees with a check; the web never greener",
    (target, value, format) => {
      const { run, after, row, col, status } = checked(target);
      typed(after, row, col, value, format);
      const v = verdicts(after, run.plan.ops, status);
      expect(v.desktop).toBe(v.check);
      neverGreenerOnTheWeb(v);
    },
  );

  test("115% put in: Excel agrees with a check; the web says 无法识别 (115 % or 1.15 %) until the next check (README)", () => {
    const { run, after, row, col, status } = checked("≥90%");
    typed(after, row, col, 1.15, "0.00%");
    expect(verdicts(after, run.plan.ops, status)).toEqual({ desktop: "达标", web: "无法识别", check: "达标" });
  });

  test("115% typed, then checked: the web reads it as the check did; 85 pasted over it later is 未达标 there", () => {
    const first = checked("≥90%");
    typed(first.after, first.row, first.col, 1.15, "0.00%");
    const { run, after, row, col, status } = checkedSnapshot(first.after, first.row);
    expect(verdicts(after, run.plan.ops, status)).toEqual({ desktop: "达标", web: "达标", check: "达标" });
    typed(after, row, col, 85, null);
    expect(verdicts(after, run.plan.ops, status)).toEqual({ desktop: "未达标", web: "未达标", check: "未达标" });
  });
});

// breaker50: against a target in 人 / 日 / 人次 (not a %), the formula passed our empty General cell bare. What the clerk
// typed there later and Excel formatted as they typed it — a date (the completion date put against 办结时限 ≤10日:
// Excel gives the cell the short date, built-in format 14) or 95% (the completion rate in the wrong row) — reached
// PERF.STATUS as 45493 or 0.95: 45493 日 未达标 / 红, 0.95 人 滞后 / 红 in the workbook, while a check of it reads the
// format and says 无法识别 (no light). The cell is now read through CELL("format", …) as for a % target.
describe("a date or a percentage typed where a count or a duration is wanted", () => {
  test.each([
    // [target, typed, Excel's format after it, what a check says]
    ["≤10日", 45493, "mm-dd-yy", "无法识别"], // 2024/7/20 typed
    ["86人", 0.95, "0%", "无法识别"], // 95% typed
    ["≥5000人次", 45493, "mm-dd-yy", "无法识别"],
    ["≤10日", 0.4375, "h:mm", "达标"], // 10:30 typed: a time is a number to the check (0.4375 日), and so to the formula
    ["86人", 86, null, "达标"],
  ] as const)("%s: %p typed (format %p) — the formula shows what a check says", (target, value, format, expected) => {
    for (const own of [undefined, { header: "实际完成值" }]) {
      const { run, after, row, col, status, light } = checked(target, own);
      typed(after, row, col, value, format);
      const v = verdicts(after, run.plan.ops, status);
      expect({ own: !!own, desktop: v.desktop, check: v.check }).toEqual({
        own: !!own,
        desktop: expected,
        check: expected,
      });
      clearMemos();
      computeAsExcelForTheWeb(false);
      if (expected === "无法识别") expect(evaluatePlan(after, run.plan.ops)(light)).toBeNull(); // no light, not 红
    }
  });

  test("the target changed after the check from 86人 to ≤2%, then 3% typed: 未达标 live, as a check says", () => {
    const { run, after, row, col, status } = checked("86人");
    after.sheets.find((x) => x.name === SHEET)!.values[row][3] = "≤2%";
    typed(after, row, col, 0.03, "0.00%");
    expect(verdicts(after, run.plan.ops, status)).toMatchObject({ desktop: "未达标", check: "未达标" });
  });
});

// breaker50: the clerk puts a dash or a word into 执行数 before anything is spent (—, /, -, 待定). A check reads no amount
// there (未填执行数: 执行率 and 进度状态 blank); the formulas showed #VALUE! “不是数字：—” in 执行率 and 进度状态.
describe("a dash or a word in 执行数 after a formulas-mode check of the sample", () => {
  const EXEC_SHEET = "1 办公用品采购";
  const sample = () => readWorkbookBytes(readFileSync(join(__dirname, "../../assets/sample.xlsx"))).snapshot;

  test.each(["—", "/", "-", "待定", "未支出", null])(
    "执行数 %p: the execution formulas show what they show for an empty cell",
    (typed) => {
      const snapshot = sample();
      const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: "2024-07-31" }, "2024-07-31"), {
        formulas: true,
      });
      if (run.outcome !== "planned") throw new Error("expected a plan");
      const execution = run.plan.ops.filter(
        (o): o is Formula =>
          o.op === "setFormula" &&
          o.cell.sheet === EXEC_SHEET &&
          /PERF\.(EXECRATE|SCHEDULE|EXECLIGHT)\(/.test(o.formula),
      );
      expect(execution.map((f) => /PERF\.(\w+)\(/.exec(f.formula)![1])).toEqual(["EXECRATE", "SCHEDULE", "EXECLIGHT"]);
      const spentRef = /^PERF\.EXECRATE\(([A-Z]+)(\d+),/.exec(execution[0].formula)!;
      const after = applyToSnapshot(snapshot, run.plan);
      const s = after.sheets.find((x) => x.name === EXEC_SHEET)!;
      s.values[Number(spentRef[2]) - 1 - s.originRow][spentRef[1].charCodeAt(0) - 65 - s.originCol] = typed;
      clearMemos();
      const valueOf = evaluatePlan(after, run.plan.ops);
      // As for an empty 执行数: no rate, 待填报 (the one difference modes.test lets through), no light; never an error.
      expect(execution.map(valueOf)).toEqual([null, "待填报", null]);
      const again = runPipeline(after, settingsFor(after, { asOf: "2024-07-31" }, "2024-07-31"), { formulas: false });
      if (again.outcome !== "planned") throw new Error("expected a plan");
      const table = again.check.tables.find((t) => t.table.sheet === EXEC_SHEET)!;
      expect(table.result.execution).toBeNull(); // the check: 未填执行数
    },
  );

  test("an amount that cannot be read stays #VALUE! with its text (20万/30万, 一千二); a budget of — too", () => {
    const labels = [["3月底", "6月底", "10月底", "12月底"]];
    const percents = [[0, 0.45, 0.7, 1]];
    // 约20万 is an amount written in words, read as the check reads it (20 万元 of 63.14), not a word for "not yet".
    expect(FUNCTIONS.EXECRATE("约20万", 63.14)).toBeCloseTo(20 / 63.14, 12);
    expect(FUNCTIONS.EXECRATE("20万/30万", 63.14)).toEqual(new FunctionError("#VALUE!", "不是数字：20万/30万"));
    // verdict52: 十八 is 18 as the bare number is (the one reader of numbers as clerks type them); 一千二 without a unit
    // is 1.2千, no amount in the table's 万元.
    expect(FUNCTIONS.EXECRATE("十八", 63.14)).toBeCloseTo(18 / 63.14, 12);
    expect(FUNCTIONS.EXECRATE("一千二", 63.14)).toEqual(new FunctionError("#VALUE!", "不是数字：一千二"));
    expect(FUNCTIONS.SCHEDULE(labels, percents, "—", 63.14, "2024-07-31")).toBe("待填报");
    expect(FUNCTIONS.LAG(labels, percents, "待定", 63.14, "2024-07-31")).toBe("");
    // The budget is not a spent amount: a dash there is still said.
    expect(FUNCTIONS.EXECRATE(20, "—")).toEqual(new FunctionError("#VALUE!", "不是数字：—"));
  });
});

// review50: the 执行数 as the summary sheet (监控汇总) shows it. A check reads a date there (2024/6/30: Excel keeps 45473
// and gives the cell its short date format) as no amount (read.spent-date): 执行数, 执行率 and 偏差 blank. The summary's formulas
// read the cell bare: 45473, 72019 % and −71961 live — typed after the check (the 执行数 is updated each month), and
// even when the date was there at the check. Now a date shown there (CELL("format") "D1"–"D5") is blank too.
describe("the summary's 执行数: a date is no amount in formulas either", () => {
  const SUMMARY = "监控汇总";
  function summaryRow(spentAtCheck: CellValue, formatAtCheck: string | null) {
    const rows = tableRows();
    rows[2] = ["预算数", 63.14, "1-7月执行数", spentAtCheck];
    const snapshot = snapshotOf(sheet(SHEET, rows));
    if (formatAtCheck) snapshot.sheets[0].numberFormats = [[], [], [null, null, null, formatAtCheck]];
    const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: AS_OF }, AS_OF), { formulas: true });
    if (run.outcome !== "planned") throw new Error("expected a plan");
    const formulas = run.plan.ops.filter((o): o is Formula => o.op === "setFormula" && o.cell.sheet === SUMMARY);
    return { run, after: applyToSnapshot(snapshot, run.plan), formulas };
  }
  /** The summary's row as the formulas show it and as a values-mode check of the same workbook writes it. */
  function shownAndChecked(workbook: WorkbookSnapshot, ops: PlanOp[], formulas: Formula[]) {
    clearMemos();
    const valueOf = evaluatePlan(workbook, ops);
    const again = runPipeline(workbook, settingsFor(workbook, { asOf: AS_OF }, AS_OF), { formulas: false });
    if (again.outcome !== "planned") throw new Error("expected a plan");
    const values = applyToSnapshot(workbook, again.plan).sheets.find((x) => x.name === SUMMARY)!.values;
    // 执行数, 执行率 and 偏差, the formulas that read the cell (this table has no plan block of ours, so its 执行预警 and
    // the row's light are the check's words until the next check).
    const cells = formulas.filter((f) => /^IF(ERROR)?\(/.test(f.formula) && !f.formula.includes("红"));
    return {
      shown: cells.map((f) => valueOf(f) ?? ""),
      checked: cells.map((f) => values[f.cell.row][f.cell.col] ?? ""),
    };
  }

  test.each([
    ["typed after the check", 20, null],
    ["there at the check", 45473, "mm-dd-yy"],
  ] as const)("a date %s: the summary shows what a check writes", (_when, spent, format) => {
    const { run, after, formulas } = summaryRow(spent, format);
    typed(after, 2, 3, 45473, "mm-dd-yy"); // 2024/6/30 typed: built-in format 14 (workbookFormulas cellFormatCode)
    const { shown, checked: written } = shownAndChecked(after, run.plan.ops, formulas);
    expect(shown).toEqual(written);
    expect(shown).toEqual(["", "", ""]);
  });

  test("an amount typed after the check still follows live", () => {
    const { run, after, formulas } = summaryRow(20, null);
    typed(after, 2, 3, 31.57, null);
    const { shown, checked: written } = shownAndChecked(after, run.plan.ops, formulas);
    expect(shown).toContain(31.57);
    expect(shown).toEqual(written);
  });

  // summary51: the formula catches no error (a deleted goal-table sheet leaves #REF! there, tests/scenarios/deletedSheets).
  // Excel for the web gives no CELL("format"): its #VALUE! is no date (ISNUMBER is FALSE), so an amount still follows
  // there, never an error; a date is read bare there until the next check (TESTING.md).
  test("Excel for the web: an amount typed after the check follows, no error", () => {
    const { run, after, formulas } = summaryRow(20, null);
    typed(after, 2, 3, 31.57, null);
    computeAsExcelForTheWeb(true);
    try {
      const { shown, checked: written } = shownAndChecked(after, run.plan.ops, formulas);
      expect(shown).toContain(31.57);
      expect(shown).toEqual(written);
    } finally {
      computeAsExcelForTheWeb(false);
    }
  });

  test("the summary's 执行数 formula catches no error", () => {
    const { formulas } = summaryRow(20, null);
    const spent = formulas.filter((f) => f.formula.includes('CELL("format"'));
    expect(spent).toHaveLength(1);
    expect(spent[0].formula).not.toMatch(CATCHES_ERRORS);
  });
});
