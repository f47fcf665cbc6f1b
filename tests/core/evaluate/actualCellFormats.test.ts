/**
 * What the actual cell's number format says is read as the clerk sees it (review34 findings 1 and 2):
 * - a date (Excel makes one of a typed "9/30" or "1-3": the cell holds 45565, shows 2024/9/30) against a number
 *   target is not understood, with a reason naming the date — never 45565 %, 45565 个 or 45565 万元;
 * - a unit in the format (#,##0"元" shows 485,000元) counts as a unit typed in the cell: 48.5 万元, as "485000元".
 * Formulas mode (PERF.STATUS) says the same: tests/functions/modes.test.ts.
 */
import { readActual } from "../../../src/core/evaluate/actual";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { formatSuffix } from "../../../src/core/numberFormat";
import { runPipeline, settingsFor } from "../../../src/core/pipeline";
import type { CellValue } from "../../../src/core/types";
import { sheet, snapshotOf } from "../plan/fixtures";

const AS_OF = "2024-07-31";
const DATE = 45565; // 2024-09-30

/** One goal table with these [二级, target, actual, actual's number format] rows; each result's status/light and why. */
function checked(rows: [string, string, CellValue, string][]): { judged: string; why: string }[] {
  const values: CellValue[][] = [
    ["2024年办公用品采购绩效目标表"],
    ["项目名称", "办公用品采购"],
    ["预算数", 63.14],
    ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"],
  ];
  const formats: (string | null)[][] = values.map(() => []);
  rows.forEach(([level2, target, actual, format], i) => {
    values.push(["产出指标", level2, `指标${i + 1}`, target, actual]);
    formats.push([null, null, null, null, format]);
  });
  const s = sheet("表", values);
  s.numberFormats = formats;
  const snapshot = snapshotOf(s);
  const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: AS_OF }, AS_OF), { formulas: false });
  return run.check.tables[0].results.map((r) => ({ judged: `${r.status}/${r.light}`, why: r.why }));
}

describe("a date in a number indicator's actual", () => {
  it("is not understood, and the reason says the cell holds a date", () => {
    const found = checked([
      ["质量指标", "≥90%", DATE, "yyyy/m/d"],
      ["数量指标", "≥3个", DATE, "m月d日"],
      ["成本指标", "≤50万元", DATE, 'yyyy"年"m"月"d"日"'],
    ]);
    expect(found.map((f) => f.judged)).toEqual(["unknown/none", "unknown/none", "unknown/none"]);
    for (const f of found) expect(f.why).toContain("日期 2024-09-30");
  });

  it("a date target still reads it as the completion date; a plain number against ≥90% is still a number", () => {
    const found = checked([
      ["时效指标", "2024年12月底前", DATE, "yyyy/m/d"],
      ["质量指标", "≥90%", 95, "0.0"],
    ]);
    // 2024-09-30 is after the monitoring date (2024-07-31): a planned completion, on track (futureCompletionDate.test).
    expect(found.map((f) => f.judged)).toEqual(["on-track/green", "on-track/green"]);
    expect(found[0].why).toContain("计划 2024-09-30 完成");
  });

  it("date text (as formulas mode passes such a cell) is said to be a date too", () => {
    const r = readActual("2024-9-30", parseTarget("≥90%", { level2: "质量指标", name: "合格率" }));
    expect(r).toMatchObject({ kind: "invalid", text: { code: "actual.is-a-date", params: { date: "2024-09-30" } } });
  });
});

describe("a unit in the actual's number format", () => {
  it('485000 shown as 485,000元 (#,##0"元") against ≤50万元 is 48.5 万元, as the text 485000元 is', () => {
    const found = checked([
      ["成本指标", "≤50万元", 485000, '#,##0"元"'],
      ["成本指标", "≤50万元", "485000元", "General"],
      ["成本指标", "≤50万元", 48.5, '0.00"万元"'],
    ]);
    expect(found.map((f) => f.judged)).toEqual(["on-track/green", "on-track/green", "on-track/green"]);
  });

  it("words that are no unit leave the number as it was", () => {
    expect(checked([["数量指标", "≥3个", 5, '0"（累计）"']]).map((f) => f.judged)).toEqual(["exceeded/blue"]);
  });

  it("formatSuffix: the literal words after the number, not padding or colours", () => {
    expect(formatSuffix('#,##0"元"')).toBe("元");
    expect(formatSuffix("0.0\\人")).toBe("人");
    expect(formatSuffix("#,##0.00_);[Red](#,##0.00)")).toBe("");
    expect(formatSuffix('"约"0')).toBe("");
    expect(formatSuffix("0万元")).toBe("万元");
  });
});
