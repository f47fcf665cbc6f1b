/**
 * What the actual cell's number format says is read as the clerk sees it (review34 findings 1 and 2):
 * - a date (Excel makes one of a typed "9/30" or "1-3": the cell holds 45565, shows 2024/9/30) against a number
 *   target is not understood, with a reason naming the date — never 45565 %, 45565 个 or 45565 万元;
 * - a unit in the format (#,##0"元" shows 485,000元) counts as a unit typed in the cell: 48.5 万元, as "485000元".
 * Formulas mode (PERF.STATUS) says the same: tests/functions/modes.test.ts.
 */
import { cellKey } from "../../../src/core/a1";
import { readActual } from "../../../src/core/evaluate/actual";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { formatSuffix } from "../../../src/core/numberFormat";
import { runPipeline, settingsFor } from "../../../src/core/pipeline";
import { scoreIndicator } from "../../../src/core/score/score";
import type { CellValue } from "../../../src/core/types";
import { status } from "../../../src/functions/functions";
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

/**
 * A format that scales what it shows (session 36): a trailing comma divides by 1000 (#,##0.00,,"百万" shows 6000000 as
 * 6.00百万), a literal point among the digits by 10 per digit after it (0!.0,"万" shows 123456 as 12.3万). Read as
 * the clerk sees it: the shown number with the words after it, as the same text typed in a General cell. Before, the
 * number was read as if General, in the target's unit: 6000000 against ≥500万元 was 6000000 万元 (超额).
 */
describe("a number format that scales what it shows", () => {
  const target = (text: string, level2 = "数量指标") => parseTarget(text, { level2, name: "指标", budgetYear: 2024 });
  const read = (value: number, numberFormat: string, text: string, level2?: string) =>
    readActual({ cell: cellKey(4, 4), value, numberFormat }, target(text, level2));

  it.each([
    [123456, '0!.0,"万"', "≥10万人次", 12.3456], // 12.3万, a magnitude alone: 123456 人次
    [123456, '0!.0000"万"', "≥100000人次", 123456],
    [6_000_000, '#,##0.00,,"百万"', "≥500万元", 600], // 6.00百万
    [6_000_000, '#,##0.0,,"百万元"', "≥500万元", 600],
    [6_000_000, '#,##0,"千元"', "≥500万元", 600], // 6,000千元
    [200_000, '0!.0000"万元"', "≤50万元", 20], // 20.0000万元
    [6_000, "#,##0,", "≥5", 6], // 6 under 单位：千: no words, the shown number
    [123456, '0.0,"万"', "≥100000人次", 1_234_560], // shows 123.5万: read as shown, however the format was built
  ])("%d formatted %s against %s is %d", (value, format, text, expected) => {
    const r = read(value, format, text);
    expect(r.kind).toBe("number");
    expect((r as { value: number }).value).toBeCloseTo(expected, 6);
  });

  it("judged as the shown text typed in a General cell", () => {
    const found = checked([
      ["数量指标", "≥30万人次", 123456, '0!.0,"万"'],
      ["数量指标", "≥30万人次", "12.3456万人次", "General"],
      ["成本指标", "≤500万元", 6_000_000, '#,##0.00,,"百万"'],
      ["成本指标", "≤500万元", "600万元", "General"],
    ]);
    expect(found.map((f) => f.judged)).toEqual(["behind/yellow", "behind/yellow", "missed/red", "missed/red"]);
  });

  it("a percentage or a date format is no such scale", () => {
    expect(read(0.95, "0.0%", "≥90%", "质量指标")).toMatchObject({ kind: "number", value: 95 });
  });
});

/**
 * The same words typed as text (breaker49): a clerk types 1.2万 for 12000 people. Before, a bare 万 was the money
 * shorthand whatever the target: 1.2万 against a bare ≥10000 was 1.2 (未达标, red, gap 9998.8) and against ≥10000人次
 * “实际值单位“万元”与指标值单位“人次”不一致” — a unit the clerk never typed — where the cell formatted 0!.0,"万" showing
 * 1.2万 was 12000. Against a level (%, 分) it stays no number of the target's kind.
 */
describe("a magnitude alone typed after the number", () => {
  const target = (text: string, level2 = "数量指标") => parseTarget(text, { level2, name: "指标", budgetYear: 2024 });

  it.each([
    ["1.2万", "≥10000", 12000],
    ["1.2万", "≥10000人次", 12000],
    ["1.2万", "≥1.5万人", 1.2],
    ["1.15万", "≥10000户", 11500],
    ["３千", "≥10000户", 3000],
    ["约1.2万", "≥10000", 12000],
    ["1.2万", "≥10000元", 12000], // money: the shorthand's reading, as before
    ["1.2万", "≤50万元", 1.2],
    // An amount per person or per day (review49): 1.2万 was “实际值单位“万元”与指标值单位“元/人”不一致”, where the cell
    // formatted 0!.0,"万" showing 1.2万 reads 12000 元/人.
    ["1.2万", "≥10000元/人", 12000],
    ["1.2万", "≥1万元/人", 1.2],
    ["1.2万", "≥500人次/天", 12000],
  ])("%s against %s is %d", (typed, text, expected) => {
    expect(readActual(typed, target(text))).toMatchObject({ kind: "number", value: expected });
    const shown = readActual({ cell: cellKey(4, 4), value: expected, numberFormat: "General" }, target(text));
    expect(shown).toMatchObject({ kind: "number", value: expected });
  });

  it("judged as the number it stands for", () => {
    const found = checked([
      ["数量指标", "≥10000", "1.2万", "General"],
      ["数量指标", "≥10000人次", "1.2万", "General"],
      ["数量指标", "≥10000人次", 123456, '0!.0,"万"'],
    ]);
    expect(found.map((f) => f.judged)).toEqual(["on-track/green", "exceeded/blue", "exceeded/blue"]);
  });

  it("1.2万元 against ≥10000元 is 12000 元, as 12000元 is (not 11999.999999999998: 达标 where 12000 is 超额)", () => {
    expect(readActual("1.2万元", target("≥10000元"))).toEqual({ kind: "number", value: 12000 });
    const found = checked([
      ["数量指标", "≥10000元", "1.2万元", "General"],
      ["数量指标", "≥10000元", "12000元", "General"],
    ]);
    expect(found[0].judged).toBe(found[1].judged);
  });

  // review49: under 成本指标 or a name of money (补助资金) a bare target is in the table's money unit, often 万元, and
  // 45万 is the clerk's 45万元 — as 45万元 typed reads. breaker49's first reading made it 450000 (未达标, red).
  it.each([
    ["45万", "≤50", "成本指标", "项目成本", 45],
    ["45万", "≥40", "数量指标", "发放补助资金", 45],
    ["45万元", "≤50", "成本指标", "项目成本", 45],
    ["1.2万", "≥10000", "数量指标", "培训人次", 12000],
  ])("%s against a bare %s under %s / %s is %d", (typed, text, level2, name, expected) => {
    const t = parseTarget(text, { level2, name, budgetYear: 2024 });
    expect(readActual(typed, t)).toMatchObject({ kind: "number", value: expected });
  });

  it("45万 against a bare cost cap ≤50 is met, as 45万元 is", () => {
    const found = checked([
      ["成本指标", "≤50", "45万", "General"],
      ["成本指标", "≤50", "45万元", "General"],
    ]);
    expect(found.map((f) => f.judged)).toEqual(["on-track/green", "on-track/green"]);
  });

  it("against a percentage it is still no number of the target's kind; 千 alone only against a count", () => {
    expect(readActual("1.2万", target("≥90%", "质量指标"))).toMatchObject({ kind: "invalid" });
    // 3000 米 or 3000 公里? Said, never read as 3000 公里 against ≥5千米.
    expect(readActual("3千", target("≥5千米"))).toMatchObject({ kind: "invalid" });
    // The word typed is named, not the 万元 it was taken for (review49): “实际值单位“万元”…” named a unit never typed.
    expect(readActual("1.2万", target("≥90%", "质量指标"))).toMatchObject({
      reason: "实际值单位“万”与指标值单位“%”不一致",
    });
    expect(readActual("2万多", target("≥90分", "质量指标"))).toMatchObject({
      reason: "实际值单位“万”与指标值单位“分”不一致",
    });
  });
});

// 1 千元 is 1000 元, 0.1 万元. Before, it was taken as 0.001 万元: 6000千元 read as 6 万元.
it("千元 is a tenth of 万元: 6000千元 against ≥500万元 is 600 万元", () => {
  const r = readActual("6000千元", parseTarget("≥500万元", { level2: "数量指标", name: "金额" }));
  expect(r).toMatchObject({ kind: "number", value: 600 });
});

describe("a share in a cell formatted as a percentage (review52)", () => {
  // 0.57 * 100 is 56.99999999999999 in floating point (0.29, 0.58 alike; 0.07 * 100 is 7.000000000000001): a cell
  // showing 57% against ≥57% was red “实际 57%，目标 ≥ 57%”, 7% against ≤7% red too, PERF.STATUS 未达标, the score 9.99.
  it.each([
    ["≥57%", 0.57, "0%"],
    ["≥29%", 0.29, "0%"],
    ["≥58%", 0.58, "0.0%"],
    ["≤7%", 0.07, "0%"],
    ["≤14%", 0.14, "0.00%"],
  ])("%p with %p shown as %p is met", (target, actual, format) => {
    const [r] = checked([["质量指标", target, actual, format]]);
    expect(r.judged).toMatch(/\/green$/);
  });

  it.each([
    ["≥57%", 0.57],
    ["=57%", 0.57],
    ["≥29%", "0.29"],
  ])("%p with the fraction %p: PERF.STATUS 达标 and the full score", (target, actual) => {
    expect(status([[target]], actual)).toBe("达标");
    expect(scoreIndicator(parseTarget(target, {}), actual, 10)).toBe(10);
  });
});

describe("a number a formula left a float's noise on, read as the cell holds it (15 digits, review52b)", () => {
  // A clerk's =B5/C5*100 of 57 of 100 is 56.99999999999999 (0.57 * 100), shown 57.00: it was red “实际 57%，目标 ≥
  // 57%”, scored 9.99; 7.000000000000001 against ≤7% alike. =(0.1+0.2)/0.3 in a 0% cell is 1.0000000000000002,
  // shown 100%: the check met =100%, but PERF.STATUS read no fraction (above 1), 1%, 未达标, and scored it 0.1.
  it.each([
    ["≥57%", 0.57 * 100, "0.00"],
    ["≤7%", 0.07 * 100, "0.00"],
    ["=100%", (0.1 + 0.2) / 0.3, "0%"],
  ])("%p with %p shown as %p: met, PERF.STATUS 达标, the full score", (target, actual, format) => {
    const [r] = checked([["质量指标", target, actual, format]]);
    expect(r.judged).toMatch(/\/green$/);
    expect(status([[target]], actual)).toBe("达标");
    expect(scoreIndicator(parseTarget(target, {}), actual, 10)).toBe(10);
  });

  it("an exact target met by a sum's noise scores the full weight (=1000万元 with 999.9999999999999)", () => {
    expect(status([["=1000万元"]], 999.9999999999999)).toBe("达标");
    expect(scoreIndicator(parseTarget("=1000万元", {}), 999.9999999999999, 10)).toBe(10);
  });
});

describe("an actual just short of the target is said in full, not rounded onto it (review52b)", () => {
  // =B5/C5 of 8,999.6 of 10,000 in a 0.00% cell (89.996 %) is short of ≥90%, rightly not green, but the line said
  // “实际 90%，目标 ≥ 90%”: at two decimals the actual read as the target it missed.
  it.each([
    ["≥90%", 0.89996, "0.00%", "实际 89.996%，目标 ≥ 90%"],
    ["≤7%", 0.07004, "0.00%", "实际 7.004%，目标 ≤ 7%"],
    ["≥12.35%", 0.123456, "0.00%", "实际 12.3456%，目标 ≥ 12.35%"],
  ])("%p with %p shown as %p: %p", (target, actual, format, line) => {
    const [r] = checked([["质量指标", target, actual, format]]);
    expect(r.judged).not.toMatch(/green$/); // short (yellow before the year end, as every ≥ is), over (red)
    expect(r.why).toContain(line);
  });

  it("an actual that rounds to a number other than the target keeps two decimals (89.9876 is 89.99)", () => {
    const [r] = checked([["质量指标", "≥90%", 0.899876, "0.00%"]]);
    expect(r.why).toContain("实际 89.99%，目标 ≥ 90%");
  });
});
