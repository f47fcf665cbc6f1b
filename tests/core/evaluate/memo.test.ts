/**
 * evaluate remembers its judgements within one call (a workbook repeats a few targets and actuals in all its
 * tables). Property: every indicator's result is what judgeIndicator gives it cold — also beside look-alikes that
 * must not share a result (0 / -0 / "0", a percent format or none, a stock name, a strict 二级, another year, a
 * target with the same text parsed in another context, an error value).
 */
import { cellKey } from "../../../src/core/a1";
import fc from "fast-check";
import { yearOf } from "../../../src/core/dates";
import { evaluate } from "../../../src/core/evaluate/evaluate";
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { DEFAULT_SETTINGS, type CellReading, type GoalTable, type Indicator } from "../../../src/core/types";
import { num } from "./targets";

const at = cellKey; // the table's cells, on its sheet (表)

// Shared target objects (as the parser's memo hands them out) and look-alikes with the same content.
const sharedPercent = num(">=", 90, "%");
const targets = [
  sharedPercent,
  sharedPercent,
  { ...sharedPercent },
  num(">=", 90, null, false),
  num("<=", 1.8, "%"),
  num(">=", 86, "人"),
  num("=", 0, null),
  num(">=", 0.97, "比例"),
  parseTarget("2024年12月31日", { budgetYear: 2024 }),
  parseTarget("12月底前", { budgetYear: 2023 }),
  parseTarget("及时保障", {}),
  parseTarget("**人", {}),
  parseTarget("提高10%", {}),
  parseTarget("下降3%", {}),
  parseTarget("90%-95%", {}),
];
const values = [
  0,
  -0,
  "0",
  0.92,
  92,
  "92%",
  86,
  45417,
  "2024-11-30",
  "达成",
  "部分达成",
  "",
  true,
  null,
  { error: "#N/A" },
];
const formats = [undefined, "0%", "0.00", "yyyy-mm-dd"];
const names = ["保障办公人数", "在编人数", "运转保障率", ""];
const level2s = ["数量指标", "质量指标", "时效指标", ""];

const indicatorArb = fc
  .record({
    target: fc.integer({ min: 0, max: targets.length - 1 }),
    value: fc.integer({ min: 0, max: values.length }), // values.length: no actual column
    format: fc.integer({ min: 0, max: formats.length - 1 }),
    name: fc.constantFrom(...names),
    level2: fc.constantFrom(...level2s),
  })
  .map(({ target, value, format, name, level2 }, row = 0): Indicator => {
    let actual: CellReading | null = null;
    if (value < values.length) {
      actual = { cell: at(row, 6), value: values[value] };
      if (formats[format] !== undefined) actual.numberFormat = formats[format];
    }
    return {
      row,
      level1: "产出指标",
      level2,
      name,
      description: "",
      targetText: targets[target].raw,
      target: targets[target],
      basis: "",
      weight: null,
      nameCell: at(row, 2),
      targetCell: at(row, 4),
      actual,
      forecast: null,
      score: null,
      reason: "",
      likelihood: "",
    };
  });

function table(indicators: Indicator[], budgetYear: number | null): GoalTable {
  return {
    sheet: "表",
    kind: "monitoring",
    title: "",
    name: "项目",
    code: null,
    unitName: "",
    budget: null,
    moneyUnit: "万元",
    funds: { total: null, fiscal: null, other: null },
    purpose: "",
    schedule: [],
    goal: "",
    budgetYear,
    spent: null,
    range: { top: 0, left: 0, bottom: 10, right: 8 },
    header: { row: 0, columns: { name: 2, target: 4, actual: 6 } },
    indicators,
  };
}

test("evaluate gives every indicator the result judgeIndicator gives it cold", () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.record({
          indicators: fc.array(indicatorArb, { maxLength: 8 }),
          budgetYear: fc.constantFrom(2023, 2024, null),
        }),
        { maxLength: 6 },
      ),
      fc.constantFrom("2024-03-31", "2024-07-31", "2025-01-15"),
      fc.boolean(),
      fc.constantFrom<"zh" | "en">("zh", "en"),
      (specs, asOf, strictQualityTimeCost, lang) => {
        const settings = { ...DEFAULT_SETTINGS, asOf, strictQualityTimeCost, lang };
        const tables = specs.map((s) => table(s.indicators, s.budgetYear));
        const judged = evaluate(tables, settings);
        tables.forEach((t, i) =>
          t.indicators.forEach((ind, k) => {
            const cold = judgeIndicator(
              ind.target,
              ind.actual,
              { level1: ind.level1, level2: ind.level2, name: ind.name, budgetYear: t.budgetYear ?? yearOf(asOf) },
              settings,
            );
            expect(judged[i].indicators[k]).toEqual(cold);
          }),
        );
      },
    ),
    { numRuns: 300 },
  );
});

test("an actual of -0 is not taken for 0 (a Map key would be)", () => {
  const settings = { ...DEFAULT_SETTINGS, asOf: "2024-12-31" };
  const ind = (value: number): Indicator => ({
    ...table([], 2024).indicators[0],
    row: 1,
    level1: "",
    level2: "",
    name: "增长",
    description: "",
    targetText: "下降3%",
    target: targets[13],
    basis: "",
    weight: null,
    nameCell: at(1, 2),
    targetCell: at(1, 4),
    actual: { cell: at(1, 6), value },
    forecast: null,
    score: null,
    reason: "",
    likelihood: "",
  });
  const [judged] = evaluate([table([ind(0), ind(-0)], 2024)], settings);
  for (const [k, value] of [0, -0].entries())
    expect(judged.indicators[k]).toEqual(
      judgeIndicator(targets[13], value, { name: "增长", budgetYear: 2024 }, settings),
    );
});
