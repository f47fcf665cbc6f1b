/**
 * review38 — `--formulas` (CLI) on a workbook in the 1904 date system (Excel for Mac, <workbookPr date1904="1"/>).
 * The check writes 监控时点 on the summary as a 1904 serial (right: Excel shows 2024-07-31) and our own formulas pass
 * that cell to PERF.PLANNED / PERF.SCHEDULE / PERF.STATUS … (…,监控时点). PERF.* read every serial in the 1900
 * system (README: "在 1904 工作簿中请把日期写成文本") — but the clerk cannot write OUR date as text: our own formulas
 * then judge as of 2020-07-30, 1462 days early, and the copy opened in Excel with the add-in says something other
 * than the values-mode copy of the same file (planned progress of 2020 for a 2024 table, 进度状态/lights off).
 * Expected: formulas mode says what values mode says (tests/functions/modes.test.ts's promise) in a 1904 workbook
 * too — e.g. our formulas hand PERF.* the date as text, or the CLI refuses/warns on --formulas for a 1904 workbook.
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import { runPipeline, settingsFor } from "../../src/core/pipeline";
import type { PlanOp } from "../../src/core/plan/types";
import { clearMemos } from "../../src/functions/implemented";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { writeCheckedCopy } from "../../src/host/xlsx/write";
import { concat, openPackage, packPackage, partText, setPartText } from "../../src/host/xlsx/zip";
import { applyToSnapshot } from "../core/plan/applyToSnapshot";
import { evaluatePlan, registerPerfFunctions } from "./workbookFormulas";
import { editXlsx, type UserEdit } from "../scenarios/xlsxEdit";

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const AS_OF = "2024-07-31";
type Formula = PlanOp & { op: "setFormula" };

function as1904(bytes: Uint8Array): Uint8Array {
  const pkg = openPackage(bytes);
  const wb = partText(pkg, "xl/workbook.xml")!;
  setPartText(pkg, "xl/workbook.xml", wb.replace("<workbookPr ", '<workbookPr date1904="1" '));
  return concat(packPackage(pkg));
}

const same = (a: unknown, b: unknown) =>
  typeof a === "number" && typeof b === "number" ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)) : a === b;

beforeAll(registerPerfFunctions);

test("1904 workbook, --formulas: our PERF formulas reading 监控时点 compute what values mode wrote", () => {
  const { snapshot } = readWorkbookBytes(as1904(new Uint8Array(readFileSync(SAMPLE))));
  expect(snapshot.date1904).toBe(true);
  const settings = settingsFor(snapshot, { asOf: AS_OF }, AS_OF);
  const byFormulas = runPipeline(snapshot, settings, { formulas: true });
  const byValues = runPipeline(snapshot, settings, { formulas: false });
  if (byFormulas.outcome !== "planned" || byValues.outcome !== "planned") throw new Error("expected a plan");
  const written = new Map<string, unknown>();
  for (const op of byValues.plan.ops)
    if (op.op === "setValue" || op.op === "setFormula")
      written.set(`${op.cell.sheet}!${op.cell.row},${op.cell.col}`, op.value);
  clearMemos();
  const valueOf = evaluatePlan(applyToSnapshot(snapshot, byFormulas.plan), byFormulas.plan.ops);
  const readingDate = byFormulas.plan.ops.filter(
    (o): o is Formula => o.op === "setFormula" && /^PERF\..*监控时点/.test(o.formula),
  );
  expect(readingDate.length).toBeGreaterThan(0);
  const differ = readingDate
    .map((op) => ({
      cell: `${op.cell.sheet}!${op.cell.row},${op.cell.col}`,
      formula: op.formula,
      computed: valueOf(op),
    }))
    .map((m) => ({ ...m, values: written.get(m.cell) ?? null }))
    .filter((m) => m.values !== null && m.values !== "" && !same(m.computed, m.values));
  expect(differ).toEqual([]);
});

test("1904 workbook, --formulas: every formula of ours naming 监控时点 (MONTH, IFERROR(PERF.EXECLIGHT …)) computes what values mode wrote; a 1900 one keeps the bare name", () => {
  for (const date1904 of [true, false]) {
    const bytes = new Uint8Array(readFileSync(SAMPLE));
    const { snapshot } = readWorkbookBytes(date1904 ? as1904(bytes) : bytes);
    const settings = settingsFor(snapshot, { asOf: AS_OF }, AS_OF);
    const byFormulas = runPipeline(snapshot, settings, { formulas: true });
    const byValues = runPipeline(snapshot, settings, { formulas: false });
    if (byFormulas.outcome !== "planned" || byValues.outcome !== "planned") throw new Error("expected a plan");
    const written = new Map<string, unknown>();
    for (const op of byValues.plan.ops)
      if (op.op === "setValue" || op.op === "setFormula")
        written.set(`${op.cell.sheet}!${op.cell.row},${op.cell.col}`, op.value);
    clearMemos();
    const valueOf = evaluatePlan(applyToSnapshot(snapshot, byFormulas.plan), byFormulas.plan.ops);
    const naming = byFormulas.plan.ops.filter(
      (o): o is Formula => o.op === "setFormula" && o.formula.includes("监控时点"),
    );
    expect(naming.some((op) => op.formula.startsWith("MONTH("))).toBe(true);
    expect(naming.some((op) => op.formula.includes("监控时点+1462"))).toBe(date1904);
    const differ = naming
      .map((op) => ({
        cell: `${op.cell.sheet}!${op.cell.row},${op.cell.col}`,
        formula: op.formula,
        computed: valueOf(op),
      }))
      .map((m) => ({ ...m, values: written.get(m.cell) ?? null }))
      .filter((m) => m.values !== null && m.values !== "" && !same(m.computed, m.values));
    expect({ date1904, differ }).toEqual({ date1904, differ: [] });
  }
});

test("1904 workbook, --formulas: checking the checked copy again writes the same formulas (twice == once)", () => {
  const check = (bytes: Uint8Array) => {
    const { snapshot, pkg } = readWorkbookBytes(bytes);
    const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: AS_OF }, AS_OF), { formulas: true });
    if (run.outcome !== "planned") throw new Error("expected a plan");
    return writeCheckedCopy(pkg, run.plan);
  };
  const once = check(as1904(new Uint8Array(readFileSync(SAMPLE))));
  const twice = check(once);
  const sheet = "xl/worksheets/sheet1.xml";
  expect(partText(openPackage(once), sheet)).toContain("监控时点+1462");
  expect(partText(openPackage(twice), sheet)).toBe(partText(openPackage(once), sheet));
});

const SHEET = "1 办公用品采购";
/** A date as a 1904 workbook stores it: 1462 below its 1900 serial. */
const serial1904 = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000) + 25569 - 1462;

test.each<[string, UserEdit[]]>([
  [
    "a deadline typed as a date in 指标值, 进行中 by it",
    [
      { sheet: SHEET, row: 12, col: 5, type: serial1904("2024-09-30") }, // F13, 经费保障及时性
      // The system's short date a typed date gets (built-in 14, CELL "D4": workbookFormulas cellFormatCode).
      { sheet: SHEET, row: 12, col: 5, format: { numberFormat: "mm-dd-yy" } },
      { sheet: SHEET, row: 12, col: 7, type: "进行中" },
    ],
  ],
  [
    "a completion date typed after a deadline written as text",
    [
      { sheet: SHEET, row: 12, col: 5, type: "2024年6月30日" },
      { sheet: SHEET, row: 12, col: 7, type: serial1904("2024-07-02") },
      { sheet: SHEET, row: 12, col: 7, format: { numberFormat: "yyyy-mm-dd" } },
    ],
  ],
])("review51: 1904 workbook, --formulas: %s judges as values mode does", (_, edits) => {
  // breaker51 made values mode read a date typed in a 1904 workbook as that date; our formulas hand the same cells to
  // PERF.STATUS / PERF.LIGHT, which read every serial in the 1900 system: 1462 days early (2024-09-30 read 2020-09-29,
  // overdue: 未达标 / 红 where the values say 正常 / 绿; 2024-07-02 read 2020-07-01, in time: 达标 where they say 未达标).
  const sheet = SHEET;
  const typed = editXlsx(as1904(new Uint8Array(readFileSync(SAMPLE))), edits);
  const { snapshot } = readWorkbookBytes(typed);
  expect(snapshot.date1904).toBe(true);
  const settings = settingsFor(snapshot, { asOf: AS_OF }, AS_OF);
  const byFormulas = runPipeline(snapshot, settings, { formulas: true });
  const byValues = runPipeline(snapshot, settings, { formulas: false });
  if (byFormulas.outcome !== "planned" || byValues.outcome !== "planned") throw new Error("expected a plan");
  const written = new Map<string, unknown>();
  for (const op of byValues.plan.ops)
    if ((op.op === "setValue" || op.op === "setFormula") && op.cell.sheet === sheet)
      written.set(`${op.cell.row},${op.cell.col}`, op.value);
  clearMemos();
  const valueOf = evaluatePlan(applyToSnapshot(snapshot, byFormulas.plan), byFormulas.plan.ops);
  const row = byFormulas.plan.ops.filter(
    (o): o is Formula => o.op === "setFormula" && o.cell.sheet === sheet && o.cell.row === 12,
  );
  expect(row.map((op) => op.formula.split("(")[0])).toEqual(expect.arrayContaining(["PERF.STATUS", "PERF.LIGHT"]));
  const differ = row
    .map((op) => ({ cell: `${op.cell.row},${op.cell.col}`, formula: op.formula, computed: valueOf(op) }))
    .map((m) => ({ ...m, values: written.get(m.cell) ?? null }))
    .filter((m) => !same(m.computed ?? "", m.values));
  expect(differ).toEqual([]);
});

test("review51: 1904 workbook, --formulas: checkpoint labels typed as dates give PERF.PLANNED the values' planned share", () => {
  // 资金支出计划 headers typed as dates (B6:E6, 3月底 … 12月底 as 2024-03-31 …) in an Excel-for-Mac workbook: values mode
  // reads them as those dates; PERF.PLANNED reads a number label in the 1900 system, four years early.
  const dates = ["2024-03-31", "2024-06-30", "2024-10-31", "2024-12-31"];
  const edits: UserEdit[] = dates.flatMap((iso, i) => [
    { sheet: SHEET, row: 5, col: 1 + i, type: serial1904(iso) },
    { sheet: SHEET, row: 5, col: 1 + i, format: { numberFormat: "yyyy-mm-dd" } },
  ]);
  const { snapshot } = readWorkbookBytes(editXlsx(as1904(new Uint8Array(readFileSync(SAMPLE))), edits));
  const settings = settingsFor(snapshot, { asOf: AS_OF }, AS_OF);
  const byFormulas = runPipeline(snapshot, settings, { formulas: true });
  const byValues = runPipeline(snapshot, settings, { formulas: false });
  if (byFormulas.outcome !== "planned" || byValues.outcome !== "planned") throw new Error("expected a plan");
  const table = byValues.check.tables.find((t) => t.table.sheet === SHEET)!;
  expect(table.table.schedule?.map((c) => c.date)).toEqual(dates);
  const written = new Map<string, unknown>();
  for (const op of byValues.plan.ops)
    if ((op.op === "setValue" || op.op === "setFormula") && op.cell.sheet === SHEET)
      written.set(`${op.cell.row},${op.cell.col}`, op.value);
  clearMemos();
  const valueOf = evaluatePlan(applyToSnapshot(snapshot, byFormulas.plan), byFormulas.plan.ops);
  const schedule = byFormulas.plan.ops.filter(
    (o): o is Formula =>
      o.op === "setFormula" &&
      o.cell.sheet === SHEET &&
      /^(IFERROR\()?PERF\.(PLANNED|SCHEDULE|EXECLIGHT)/.test(o.formula),
  );
  expect(schedule.length).toBeGreaterThanOrEqual(3);
  const differ = schedule
    .map((op) => ({ cell: `${op.cell.row},${op.cell.col}`, formula: op.formula, computed: valueOf(op) }))
    .map((m) => ({ ...m, values: written.get(m.cell) ?? null }))
    .filter((m) => !same(m.computed ?? "", m.values));
  expect(differ).toEqual([]);
});

test("review51: 1904 workbook, --formulas, dates typed as a deadline and as checkpoints: checking the copy again writes the same", () => {
  const edits: UserEdit[] = [
    { sheet: SHEET, row: 12, col: 5, type: serial1904("2024-09-30") },
    { sheet: SHEET, row: 12, col: 5, format: { numberFormat: "mm-dd-yy" } },
    ...["2024-03-31", "2024-06-30", "2024-10-31", "2024-12-31"].flatMap((iso, i): UserEdit[] => [
      { sheet: SHEET, row: 5, col: 1 + i, type: serial1904(iso) },
      { sheet: SHEET, row: 5, col: 1 + i, format: { numberFormat: "yyyy-mm-dd" } },
    ]),
  ];
  const check = (bytes: Uint8Array) => {
    const { snapshot, pkg } = readWorkbookBytes(bytes);
    const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: AS_OF }, AS_OF), { formulas: true });
    if (run.outcome !== "planned") throw new Error("expected a plan");
    return writeCheckedCopy(pkg, run.plan);
  };
  const once = check(editXlsx(as1904(new Uint8Array(readFileSync(SAMPLE))), edits));
  const twice = check(once);
  const sheet = "xl/worksheets/sheet1.xml";
  expect(partText(openPackage(once), sheet)).toContain("+1462,B6:E6)");
  expect(partText(openPackage(once), sheet)).toContain("YEAR(F13)");
  expect(partText(openPackage(twice), sheet)).toBe(partText(openPackage(once), sheet));
});
