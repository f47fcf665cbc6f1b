/**
 * Formulas mode says what values mode says. A workbook is checked in both modes; the formulas-mode copy is
 * computed as a spreadsheet would (HyperFormula for the plain Excel, our own PERF.* implementations, see
 * workbookFormulas.ts), and every formula cell must show what values mode wrote there. Hand-made tables
 * pin the cases fixed here; then every fixture workbook is checked at its own monitoring date, mid-year of
 * each budget year its tables have, and the February after it (when last year's projects are scored).
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { runPipeline, settingsFor } from "../../src/core/pipeline";
import type { PlanOp } from "../../src/core/plan/types";
import type { CellValue, JudgeSettings, WorkbookSnapshot } from "../../src/core/types";
import { clearMemos } from "../../src/functions/implemented";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { applyToSnapshot } from "../core/plan/applyToSnapshot";
import { sheet, snapshotOf, tableRows } from "../core/plan/fixtures";
import { editXlsx } from "../scenarios/xlsxEdit";
import { evaluatePlan, registerPerfFunctions } from "./workbookFormulas";

const TODAY = "2024-07-31";
type Formula = PlanOp & { op: "setFormula" };

interface Mismatch {
  asOf: string;
  cell: string;
  formula: string;
  values: unknown;
  formulas: unknown;
}

function sameValue(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (v === "" || v === undefined ? null : v);
  const [x, y] = [norm(a), norm(b)];
  if (typeof x === "number" && typeof y === "number") return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));
  return x === y;
}

/**
 * The one difference left (see the report of this change): with 执行数 still empty, values mode leaves 计划进度
 * and 进度状态 blank (the core judges no execution without a spent amount), while PERF.PLANNED already knows
 * the planned progress and PERF.SCHEDULE says 待填报. Only exactly that is let through.
 */
function pendingSchedule(m: Mismatch): boolean {
  if (m.values !== "" && m.values !== null) return false;
  if (/^PERF\.SCHEDULE\(/.test(m.formula)) return m.formulas === "待填报" || m.formulas === "pending";
  return typeof m.formulas === "number" && /^(PERF\.PLANNED\(|'[^']+'!\$[A-Z]+\$\d+$)/.test(m.formula);
}

function run(snapshot: WorkbookSnapshot, asOf: string | null, overrides: Partial<JudgeSettings> = {}) {
  const settings = settingsFor(snapshot, { ...(asOf ? { asOf } : {}), ...overrides }, TODAY);
  const byFormulas = runPipeline(snapshot, settings, { formulas: true });
  const byValues = runPipeline(snapshot, settings, { formulas: false });
  if (byFormulas.outcome !== "planned" || byValues.outcome !== "planned") throw new Error("expected a plan");
  return {
    settings,
    byFormulas,
    byValues,
    formulas: byFormulas.plan.ops.filter((o): o is Formula => o.op === "setFormula"),
  };
}

/** Cells where the computed formula differs from what values mode wrote, at one monitoring date. */
function mismatches(
  snapshot: WorkbookSnapshot,
  asOf: string | null,
  overrides: Partial<JudgeSettings> = {},
): Mismatch[] {
  const { settings, byFormulas, byValues, formulas } = run(snapshot, asOf, overrides);
  const written = new Map<string, unknown>();
  for (const op of byValues.plan.ops)
    if (op.op === "setValue" || op.op === "setFormula")
      written.set(`${op.cell.sheet}!${op.cell.row},${op.cell.col}`, op.value);
  clearMemos();
  const valueOf = evaluatePlan(applyToSnapshot(snapshot, byFormulas.plan), byFormulas.plan.ops);
  const out: Mismatch[] = [];
  for (const op of formulas) {
    const key = `${op.cell.sheet}!${op.cell.row},${op.cell.col}`;
    const values = written.get(key);
    const computed = valueOf(op);
    if (!sameValue(values, computed) || !sameValue(values, op.value))
      out.push({ asOf: settings.asOf, cell: key, formula: op.formula, values, formulas: computed });
  }
  return out;
}

beforeAll(registerPerfFunctions);

describe("hand-made tables", () => {
  const rows = (title: string, extra: CellValue[][] = []) => {
    const r = tableRows({ actualHeader: "实际完成值", actuals: [60, 85, "达成"] });
    r[0] = [title];
    r[2] = ["预算数", 63.14, "执行数", 20];
    return [...r, ...extra];
  };

  it("a 2023 table checked on 2024-02-15: every status and light formula carries 2023 and says what values mode says", () => {
    const snapshot = snapshotOf(sheet("办公用品", rows("2023年办公用品采购绩效目标表")));
    const { formulas, byValues } = run(snapshot, "2024-02-15");
    expect(byValues.check.tables[0].table.budgetYear).toBe(2023);
    const statuses = formulas.filter((f) => /^PERF\.(STATUS|LIGHT)\(/.test(f.formula));
    expect(statuses.length).toBe(6);
    for (const f of statuses) expect(f.formula).toMatch(/,监控时点,[^,]+,,2023\)$/);
    expect(statuses.map((f) => f.value)).toEqual(["未达标", "红", "未达标", "红", "达标", "绿"]); // the year is over
    expect(mismatches(snapshot, "2024-02-15")).toEqual([]);
    // In its own year nothing is added.
    const sameYear = run(snapshot, "2023-08-15").formulas.filter((f) => /^PERF\.STATUS\(/.test(f.formula));
    for (const f of sameYear) expect(f.formula).toMatch(/,监控时点,[^,]+\)$/);
    expect(mismatches(snapshot, "2023-08-15")).toEqual([]);
  });

  // reader68: a plan written quarter by quarter (each quarter's own share) is summed alike in both modes.
  it("a plan written period by period (一季度 20% | 二季度 30% …): the same planned progress in both modes", () => {
    const r = rows("2024年办公用品采购绩效目标表");
    r[3] = ["资金支出计划（%）", "一季度", "二季度", "三季度", "四季度"];
    r[4] = [null, "20%", "30%", "25%", "25%"];
    const snapshot = snapshotOf(sheet("办公用品", r));
    const { byValues } = run(snapshot, "2024-08-15");
    expect(byValues.check.tables[0].table.schedule.map((c) => c.percent)).toEqual([20, 50, 75, 100]);
    expect(byValues.check.tables[0].result.execution?.planned).toBeCloseTo(50 + (25 * 46) / 92, 6);
    expect(mismatches(snapshot, "2024-08-15")).toEqual([]);
  });

  // reader69: PERF.PLANNED had no budget, so a plan in amounts was read as percentages there: 计划进度 24 % by
  // March in formulas mode where the check wrote 20 %.
  it("a plan in amounts (一季度 24 | 二季度 36 … of 120 万元): the same planned progress in both modes", () => {
    const r = rows("2024年办公用品采购绩效目标表");
    r[2] = ["预算数", 120, "执行数", 40];
    r[3] = ["资金支出计划（万元）", "一季度", "二季度", "三季度", "四季度"];
    r[4] = [null, 24, 36, 30, 30];
    const snapshot = snapshotOf(sheet("办公用品", r));
    for (const asOf of ["2024-03-31", "2024-07-31"]) {
      const { byValues, formulas } = run(snapshot, asOf);
      expect(byValues.check.tables[0].table.schedule.map((c) => c.percent)).toEqual([20, 50, 75, 100]);
      expect(formulas.find((f) => /^PERF\.PLANNED\(/.test(f.formula))?.formula).toMatch(/,B3\)$/);
      expect(mismatches(snapshot, asOf)).toEqual([]);
    }
    // The same plan's cumulative amounts, ending at the budget.
    r[4] = [null, 24, 60, 90, 120];
    expect(mismatches(snapshotOf(sheet("办公用品", r)), "2024-07-31")).toEqual([]);
    // A plan in percentages keeps the formula's old shape.
    r[4] = [null, "20%", "50%", "75%", "100%"];
    const old = run(snapshotOf(sheet("办公用品", r)), "2024-07-31").formulas;
    expect(old.find((f) => /^PERF\.PLANNED\(/.test(f.formula))?.formula).toMatch(/监控时点\)$/);
  });

  // verdict70b: a plan typed with its money unit (5万元 … 63.14万元) was read as amounts by the check, but the copy's
  // PERF.PLANNED got no budget (planInAmounts took numbers only) and showed #VALUE!.
  it("a plan typed with its money unit (5万元 | 284100元): PERF.PLANNED is given the budget and agrees with the check", () => {
    const r = rows("2024年办公用品采购绩效目标表");
    r[3] = ["资金支出计划", "3月底", "6月底", "9月底", "12月底"];
    r[4] = [null, "5万元", "28.41万元", "44.2万元", "63.14万元"];
    const typed = snapshotOf(sheet("办公用品", r));
    const { byValues, formulas } = run(typed, "2024-07-31");
    expect(byValues.check.tables[0].table.schedule.map((c) => c.percent)).toEqual([7.92, 45, 70, 100]);
    expect(formulas.find((f) => /^PERF\.PLANNED\(/.test(f.formula))?.formula).toMatch(/,B3\)$/);
    expect(mismatches(typed, "2024-07-31")).toEqual([]);
    // In 元, beside a budget in 万元: the same shares.
    r[4] = [null, "50000元", "284100元", "442000元", "631400元"];
    expect(mismatches(snapshotOf(sheet("办公用品", r)), "2024-07-31")).toEqual([]);
  });

  // verdict71: one reading of a plan in amounts in the check and in every PERF.* reading it. On main a plan cell or the
  // budget cell holding a formula gave PERF.PLANNED no budget (33.73 % where the check planned 53.42 %, or #VALUE!), a
  // plan mixing 5万元 and plain 28.41 was read as percentages there, and in a 元 table a plan typed 50000元 … was
  // read by PERF.SCHEDULE beside the budget in 元 (shares of 0.001 %: 正常 where the check says 滞后).
  it("a plan in amounts with formula cells, mixed units or beside a budget in 元: every PERF.* reads it as the check does", () => {
    const plan = (cells: CellValue[], budget: CellValue[] = ["预算数", 63.14, "执行数", 20]) => {
      const r = rows("2024年办公用品采购绩效目标表");
      r[2] = budget;
      r[3] = ["资金支出计划", "3月底", "6月底", "9月底", "12月底"];
      r[4] = [null, ...cells];
      return sheet("办公用品", r);
    };
    const agrees = (s: ReturnType<typeof sheet>, shares: number[], budgetArg: string) => {
      const snapshot = snapshotOf(s);
      const { byValues, formulas } = run(snapshot, "2024-07-31");
      expect(byValues.check.tables[0].table.schedule.map((c) => c.percent)).toEqual(shares);
      const planned = formulas.find((f) => /^PERF\.PLANNED\(/.test(f.formula));
      expect(planned?.formula.endsWith(`,${budgetArg})`)).toBe(true);
      expect(formulas.find((f) => /^PERF\.SCHEDULE\(/.test(f.formula))?.value).toBe("滞后");
      expect(mismatches(snapshot, "2024-07-31")).toEqual([]);
    };
    const shares = [7.92, 45, 70, 100];
    const amounts = [5, 28.41, 44.2, 63.14];
    agrees(plan(["5万元", 28.41, "44.2万元", 63.14]), shares, "B3");
    const formulaPlan = plan(amounts);
    formulaPlan.formulas = [[], [], [], [], [null, null, "B3*0.45"]];
    agrees(formulaPlan, shares, "B3");
    const formulaBudget = plan(amounts);
    formulaBudget.formulas = [[], [], [null, "60+3.14"]];
    agrees(formulaBudget, shares, "B3");
    const yuan = plan(["50000元", "284100元", "442000元", "631400元"], ["预算数（元）", 631400, "执行数", 200000]);
    agrees(yuan, shares, "IF(ISNUMBER(B3),B3/10000,B3)");
    // Plain 元 numbers in the 元 table: given in the table's unit, as before.
    agrees(plan([50000, 284100, 442000, 631400], ["预算数（元）", 631400, "执行数", 200000]), shares, "B3");
    // A plan in percentages gets no budget: `30%` and a plain 60 in one plan are 30 % and 60 % in both modes.
    const percents = snapshotOf(plan(["30%", 60, "90%", "100%"]));
    expect(run(percents, "2024-07-31").formulas.find((f) => /^PERF\.PLANNED\(/.test(f.formula))?.formula).toMatch(
      /监控时点\)$/,
    );
    expect(mismatches(percents, "2024-07-31")).toEqual([]);
  });

  // review71b: neighbours of verdict71's plans. Whatever the plan holds (text percents past 100 %, fractions, blanks,
  // 万元 amounts beside a budget in 元, a plan ending exactly at the budget, a budget of 100), the copy's PERF.* cells
  // say what the check wrote, in July, at the year's end and the February after.
  it("neighbours of a plan in amounts or percentages: every PERF.* cell says what the check wrote (review71b)", () => {
    const plan = (cells: CellValue[], budget: CellValue[] = ["预算数", 63.14, "执行数", 20]) => {
      const r = rows("2024年办公用品采购绩效目标表");
      r[2] = budget;
      r[3] = ["资金支出计划", "3月底", "6月底", "9月底", "12月底"];
      r[4] = [null, ...cells];
      return snapshotOf(sheet("办公用品", r));
    };
    const yuan = ["预算数（元）", 631400, "执行数", 200000];
    const plans: [CellValue[], CellValue[]?][] = [
      [["30%", "60%", "90%", "120%"]],
      [["30%", "60%", "90%", "100%"]],
      [["30%", 60, 90, 100]],
      [[0.3, 0.6, 0.9, 1]],
      [[0.3, 0.6, null, 1]],
      [[5, null, 44.2, 63.14]],
      [[30, 60, 90, null]],
      [[20, null, 30, 50]],
      [["20%", null, "30%", "50%"]],
      [["5万元", null, "44.2万元", "63.14万元"]],
      [[10, 30, 50, 63.14]],
      [[10, 30, 50, 60]],
      [
        [30, 60, 90, 100],
        ["预算数", 100, "执行数", 20],
      ],
      [["5万元", "28.41万元", "44.2万元", "63.14万元"], yuan],
      [[5, 28.41, 44.2, 63.14], yuan],
      [[50000, 284100, 442000, 631400], yuan],
      [["50000", "284100", "442000", "631400"], yuan],
      [[20, 30, 30, 20]],
      [["20%", "30%", "30%", "20%"]],
    ];
    const differ = plans.flatMap(([cells, budget]) =>
      ["2024-07-31", "2024-12-31", "2025-02-15"].flatMap((asOf) =>
        mismatches(plan(cells, budget), asOf).map((m) => ({ cells, budget, ...m })),
      ),
    );
    expect(differ).toEqual([]);
  });

  // Before: the formulas were not given exceededForLevels, so PERF.STATUS said 达标 / 绿 where the check wrote 超额 / 蓝.
  it("exceededForLevels: 110% against ≥90% after the deadline is 超额 / 蓝 in both modes, 达标 / 绿 without it", () => {
    const r = tableRows({ actualHeader: "实际完成值", actuals: [86, 110, "达成"] });
    r[0] = ["2023年办公用品采购绩效目标表"];
    r[2] = ["预算数", 63.14, "执行数", 63];
    const snapshot = snapshotOf(sheet("办公用品", r));
    const levels = run(snapshot, "2024-02-15", { exceededForLevels: true }).formulas;
    const rate = levels.filter((f) => f.cell.row === 7 && /^PERF\.(STATUS|LIGHT)\(/.test(f.formula));
    expect(rate.map((f) => [f.value, f.formula.endsWith(",2023,,,TRUE())")])).toEqual([
      ["超额", true],
      ["蓝", true],
    ]);
    expect(mismatches(snapshot, "2024-02-15", { exceededForLevels: true })).toEqual([]);
    const plain = run(snapshot, "2024-02-15").formulas.filter((f) => f.cell.row === 7);
    expect(plain.map((f) => f.value)).toEqual(["达标", "绿"]);
    expect(plain.every((f) => f.formula.endsWith(",2023)"))).toBe(true);
    expect(mismatches(snapshot, "2024-02-15")).toEqual([]);
  });

  it("a table without a budget year: 11月底之前 is not understood in both modes (无), the other rows unchanged", () => {
    const extra = [[null, "时效指标", "采购完成时间", "11月底之前", "2024年10月1日"]];
    const snapshot = snapshotOf(sheet("办公用品", rows("办公用品采购绩效目标表", extra)));
    const { formulas, byValues } = run(snapshot, "2024-07-31");
    const table = byValues.check.tables[0].table;
    expect(table.budgetYear).toBeNull();
    expect(table.indicators[3].target.kind).toBe("unknown");
    const status = formulas.filter((f) => /^PERF\.STATUS\(/.test(f.formula));
    expect(status.map((f) => f.formula.endsWith(',,"无")'))).toEqual([false, false, false, true]);
    expect(status[3].value).toBe("无法识别");
    expect(mismatches(snapshot, "2024-07-31")).toEqual([]);
  });

  // review60: on int60 the check said “说的是 2024 年的数量，不是 2025 年度的” of a table with no year of its own (the year
  // is not known, so nothing typed is another's), while PERF.STATUS without a year took the date's: now both judge it.
  it("a table without a budget year checked the February after: 2024年完成120人 is judged in both modes", () => {
    const extra = [[null, "数量指标", "培训人数", "≥100人", "2024年完成120人"]];
    const snapshot = snapshotOf(sheet("办公用品", rows("办公用品采购绩效目标表", extra)));
    const { formulas, byValues } = run(snapshot, "2025-02-15");
    const judged = byValues.check.tables[0].results[3];
    expect(judged.status).not.toBe("unknown");
    const status = formulas.filter((f) => /^PERF\.STATUS\(/.test(f.formula));
    expect(status[3].formula).toMatch(/,"无"\)$/);
    expect(status[3].value).not.toBe("无法判断");
    expect(mismatches(snapshot, "2025-02-15")).toEqual([]);
  });

  it("an actual read through its number format: a date (9/30 typed) is not understood, 485,000元 is 48.5 万元, as in values mode", () => {
    const values: CellValue[][] = [
      ["2024年办公用品采购绩效目标表"],
      ["项目名称", "办公用品采购"],
      ["预算数", 63.14],
      ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"],
      ["产出指标", "质量指标", "合格率", "≥90%", 45565],
      [null, "数量指标", "采购批次", "≥3个", 45565],
      [null, "成本指标", "采购成本", "≤50万元", 485000],
      [null, "时效指标", "完成时间", "2024年12月底前", 45565],
    ];
    const s = sheet("办公用品", values);
    s.numberFormats = [
      [],
      [],
      [],
      [],
      ...["yyyy/m/d", "m月d日", '#,##0"元"', "yyyy/m/d"].map((f) => [null, null, null, null, f]),
    ];
    const snapshot = snapshotOf(s);
    const { formulas } = run(snapshot, "2024-07-31");
    const status = formulas.filter((f) => /^PERF\.STATUS\(/.test(f.formula));
    // 2024-09-30 against 12月底前 at 31 July is a plan, not a completion (docs/domain.md#deadlines-and-pro-rating): 正常.
    expect(status.map((f) => f.value)).toEqual(["无法识别", "无法识别", "正常", "正常"]);
    expect(mismatches(snapshot, "2024-07-31")).toEqual([]);
  });
});

// Session 36: before, the formulas passed the cell as it is (6000000: 6000000 万元, 超额) where the check read it plainly too;
// now both read it as shown (scaledReading).
it("an actual whose format scales what it shows (12.3万, 6.00百万, 20.0000万元) is read as shown, in both modes", () => {
  const values: CellValue[][] = [
    ["2024年办公用品采购绩效目标表"],
    ["项目名称", "办公用品采购"],
    ["预算数", 63.14],
    ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"],
    ["产出指标", "数量指标", "培训人次", "≥30万人次", 123456],
    [null, "数量指标", "发放金额", "≥1000万元", 6_000_000],
    [null, "成本指标", "采购成本", "≤50万元", 200_000],
    [null, "数量指标", "采购批次", "≥5", 6000],
  ];
  const s = sheet("办公用品", values);
  s.numberFormats = [
    [],
    [],
    [],
    [],
    ...['0!.0,"万"', '#,##0.00,,"百万"', '0!.0000"万元"', "#,##0,"].map((f) => [null, null, null, null, f]),
  ];
  const snapshot = snapshotOf(s);
  const { formulas, byValues } = run(snapshot, "2024-07-31");
  const status = formulas.filter((f) => /^PERF\.STATUS\(/.test(f.formula));
  expect(status.map((f) => /^PERF\.STATUS\(D\d+,(IF\(ISNUMBER\(E\d+\),[^,]+,E\d+\)),/.exec(f.formula)?.[1])).toEqual([
    'IF(ISNUMBER(E5),E5&"人次",E5)',
    'IF(ISNUMBER(E6),E6&"元",E6)',
    'IF(ISNUMBER(E7),E7/10000&"万元",E7)',
    "IF(ISNUMBER(E8),E8/1000,E8)",
  ]);
  expect(byValues.check.tables[0].results.map((r) => r.status)).toEqual(["behind", "on-track", "on-track", "on-track"]);
  expect(mismatches(snapshot, "2024-07-31")).toEqual([]);
});

describe("amounts read through their number format", () => {
  /** The plan's table with 执行数 beside the budget, each amount with its number format (null: General). */
  const amounts = (unitLine: string | null, budget: [number, string | null], spent: [number, string | null]) => {
    const r = tableRows({ actualHeader: "实际完成值", actuals: [60, 85, "达成"] });
    r[0] = ["2024年办公用品采购绩效目标表", null, null, unitLine];
    r[2] = ["预算数", budget[0], "执行数", spent[0]];
    const s = sheet("办公用品", r);
    s.numberFormats = [[], [], [null, budget[1], null, spent[1]]];
    return snapshotOf(s);
  };
  const summaryAmounts = (snapshot: WorkbookSnapshot) => {
    const { byValues, formulas } = run(snapshot, "2024-07-31");
    const execution = byValues.check.tables[0].result.execution;
    const summary = formulas.filter((f) => f.cell.sheet === "监控汇总" && /办公用品'!\$[BD]\$3/.test(f.formula));
    return { rate: execution?.rate, light: execution?.light, summary: summary.map((f) => [f.formula, f.value]) };
  };

  // Before: PERF.EXECRATE and the summary took 200000 as 万元 (a rate of 3168 ×) where the check read 20 万元.
  it('执行数 formatted #,##0"元" in a 万元 table: the formulas scale it as the check read it', () => {
    const snapshot = amounts("单位：万元", [63.14, null], [200000, '#,##0"元"']);
    const found = summaryAmounts(snapshot);
    expect(found.rate).toBeCloseTo(31.68, 2);
    expect(found.summary).toEqual([
      ["'办公用品'!$B$3", 63.14],
      ["IF('办公用品'!$D$3=\"\",\"\",'办公用品'!$D$3/10000)", 20],
    ]);
    const execRate = run(snapshot, "2024-07-31").formulas.find((f) => /^PERF\.EXECRATE\(/.test(f.formula));
    expect(execRate?.formula).toBe("PERF.EXECRATE(IF(ISNUMBER(D3),D3/10000,D3),B3)");
    expect(mismatches(snapshot, "2024-07-31")).toEqual([]);
  });

  it('a budget formatted 0.00"万元" under 单位：元, and a table stating no unit with ¥ amounts (元)', () => {
    const wan = amounts("单位：元", [63.14, '0.00"万元"'], [200000, null]);
    expect(summaryAmounts(wan).rate).toBeCloseTo(31.68, 2);
    expect(mismatches(wan, "2024-07-31")).toEqual([]);
    const yuan = amounts(null, [631400, '"¥"#,##0.00'], [200000, '"¥"#,##0.00']);
    expect(summaryAmounts(yuan).summary).toEqual([
      ["'办公用品'!$B$3/10000", 63.14],
      ["IF('办公用品'!$D$3=\"\",\"\",'办公用品'!$D$3/10000)", 20],
    ]);
    expect(mismatches(yuan, "2024-07-31")).toEqual([]);
  });
});

const SAMPLE = join(__dirname, "../../assets/sample.xlsx");

/** The sample with 执行数 (H7 of 办公用品采购, budget 63.14 万元) typed in. */
function sampleSpending(spent: number): WorkbookSnapshot {
  const edit = { sheet: "1 办公用品采购", row: 6, col: 7, type: spent };
  return readWorkbookBytes(editXlsx(new Uint8Array(readFileSync(SAMPLE)), [edit])).snapshot;
}

/** The formula and what values mode wrote at one cell. */
function cellAt(
  snapshot: WorkbookSnapshot,
  overrides: Partial<JudgeSettings>,
  sheetName: string,
  a1: [number, number],
) {
  const { byValues, formulas } = run(snapshot, TODAY, overrides);
  const at = (o: PlanOp) => "cell" in o && o.cell.sheet === sheetName && o.cell.row === a1[0] && o.cell.col === a1[1];
  const value = byValues.plan.ops.find((o) => (o.op === "setValue" || o.op === "setFormula") && at(o));
  return { formula: formulas.find(at)?.formula, values: value && "value" in value ? value.value : undefined };
}

describe("the money rules: 进度预警 and 进度状态 judge spending as the check does (judgeExecution)", () => {
  it("overspending (70 of 63.14 万元): 黄 and 超额 in both modes, and on the summary", () => {
    const snapshot = sampleSpending(70);
    expect(cellAt(snapshot, {}, "1 办公用品采购", [6, 12])).toMatchObject({ values: "黄" });
    expect(cellAt(snapshot, {}, "1 办公用品采购", [6, 12]).formula).toMatch(/^IFERROR\(PERF\.EXECLIGHT\(/);
    expect(mismatches(snapshot, TODAY).filter((m) => !pendingSchedule(m))).toEqual([]);
  });

  it("a unit slip (200000 元 typed into the 万元 table): no light in both modes, and none on the summary", () => {
    const snapshot = sampleSpending(200000);
    expect(cellAt(snapshot, {}, "1 办公用品采购", [6, 12]).values).toBe("");
    expect(mismatches(snapshot, TODAY).filter((m) => !pendingSchedule(m))).toEqual([]);
  });

  it("English: the schedule's status and light are English words in both modes", () => {
    const snapshot = sampleSpending(20);
    expect(cellAt(snapshot, { lang: "en" }, "1 办公用品采购", [6, 11]).formula).toContain(',"en"');
    expect(mismatches(snapshot, TODAY, { lang: "en" }).filter((m) => !pendingSchedule(m))).toEqual([]);
  });
});

describe("the judging settings (docs/domain.md#settings): formulas judge with those the check used", () => {
  const sample = () => readWorkbookBytes(new Uint8Array(readFileSync(SAMPLE))).snapshot;
  const settingsCases: [string, Partial<JudgeSettings>, string, [number, number], RegExp][] = [
    ["scheduleMethod step: 司法救助 进度预警", { scheduleMethod: "step" }, "4 司法救助", [6, 12], /,"step"\),""\)$/],
    [
      "strictQualityTimeCost: 司法救助 预算执行率 status",
      { strictQualityTimeCost: true },
      "4 司法救助",
      [12, 9],
      /,,TRUE\(\)\)$/,
    ],
    [
      "bands 10 / 20 / 300: 办公用品采购 进度状态",
      { bands: { red: 10, yellow: 20, blue: 300 } },
      "1 办公用品采购",
      [6, 11],
      /,\{10,20\}\)$/,
    ],
  ];
  it.each(settingsCases)(
    "%s: the formula carries the setting, and every formula cell says what values mode says",
    (_name, overrides, sheetName, at, carried) => {
      const snapshot = sample();
      expect(cellAt(snapshot, overrides, sheetName, at).formula).toMatch(carried);
      expect(mismatches(snapshot, TODAY, overrides).filter((m) => !pendingSchedule(m))).toEqual([]);
    },
  );

  it("the defaults add nothing to the formulas; changing the settings and checking again rewrites them, twice = once", () => {
    const formulasOf = (snapshot: WorkbookSnapshot, overrides: Partial<JudgeSettings>) =>
      run(snapshot, TODAY, overrides).formulas.map((f) => `${f.cell.sheet}!${f.cell.row},${f.cell.col}=${f.formula}`);
    const plain = formulasOf(sample(), {});
    expect(plain.filter((f) => /"step"|TRUE\(\)|\{10,20/.test(f))).toEqual([]);
    // Checked with the clerk's settings, then the copy checked again with the defaults: as if never changed.
    const strict = {
      scheduleMethod: "step",
      strictQualityTimeCost: true,
      bands: { red: 10, yellow: 20, blue: 300 },
    } as const;
    const first = run(sample(), TODAY, strict).byFormulas;
    if (first.outcome !== "planned") throw new Error("expected a plan");
    const checked = applyToSnapshot(sample(), first.plan);
    expect(formulasOf(checked, strict)).toEqual(formulasOf(sample(), strict));
    expect(formulasOf(checked, {})).toEqual(plain);
    expect(mismatches(checked, TODAY, {}).filter((m) => !pendingSchedule(m))).toEqual([]);
  });
});

const FIXTURES = join(__dirname, "../fixtures");

function fixtureFiles(): string[] {
  const out = [join(__dirname, "../../assets/sample.xlsx")];
  for (const dir of ["", "layouts", "real"])
    for (const f of readdirSync(join(FIXTURES, dir))) if (f.endsWith(".xlsx")) out.push(join(FIXTURES, dir, f));
  return out;
}

/** The workbook's own date, then mid-year of each budget year its tables have and the February after it. */
function datesFor(snapshot: WorkbookSnapshot): (string | null)[] {
  const check = runPipeline(snapshot, settingsFor(snapshot, {}, TODAY), { formulas: false }).check;
  const years = new Set(check.tables.map((t) => t.table.budgetYear ?? Number(TODAY.slice(0, 4))));
  return [null, ...[...years].sort().flatMap((y) => [`${y}-07-31`, `${y + 1}-02-15`])];
}

describe.each(fixtureFiles().map((f) => [f.replace(/.*\/(tests\/fixtures|assets)\//, "")]))("%s", (file) => {
  it("formulas mode computes what values mode writes", () => {
    const path = fixtureFiles().find((f) => f.endsWith(file)) as string;
    const { snapshot } = readWorkbookBytes(readFileSync(path));
    const found = datesFor(snapshot).flatMap((asOf) => mismatches(snapshot, asOf));
    expect(found.filter((m) => !pendingSchedule(m))).toEqual([]);
  });
});
