/**
 * A target per month / week / quarter (每月1次, 1次/月, 每季度1次: 工作例会, 督导检查) is a rate, met or not in any
 * period: never pro-rated over the year as an annual total, never blue for being met (review35 finding 4). A target
 * per year (每年2次, ≥2次/年) stays the year's count and is pro-rated (docs/domain.md#deadlines-and-pro-rating).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { runPipeline, settingsFor } from "../../../src/core/pipeline";
import { DEFAULT_SETTINGS, type CellValue } from "../../../src/core/types";
import { status } from "../../../src/functions/functions";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";
import { editXlsx } from "../../scenarios/xlsxEdit";

const AS_OF = "2024-07-31";
const ctx = { level1: "产出指标", level2: "数量指标", name: "工作例会召开次数", budgetYear: 2024 };

function judged(targetText: string, actual: CellValue, asOf = AS_OF) {
  const r = judgeIndicator(parseTarget(targetText, ctx), actual, ctx, { ...DEFAULT_SETTINGS, asOf, budgetYear: 2024 });
  return { status: r.status, light: r.light, why: r.why };
}

describe("a rate per period before the deadline", () => {
  it.each([
    ["每月1次", 1],
    ["每月1次", "1次/月"],
    ["1次/月", 1],
    ["每季度1次", 1],
    ["≥1次/周", 2],
    ["每半年1次", "1次/半年"],
    ["月均1次", 1],
    ["日均100人", "120人/日"],
  ])("%s answered %p is on track (green), not pro-rated", (target, actual) => {
    const r = judged(target, actual);
    expect({ status: r.status, light: r.light }).toEqual({ status: "on-track", light: "green" });
    expect(r.why).not.toMatch(/按序时/);
  });

  it("short of the rate is behind (yellow), never red before the deadline", () => {
    expect(judged("每月2次", 1)).toMatchObject({ status: "behind", light: "yellow" });
  });

  it("at the deadline: met (green), short is missed (red); twice the rate is no over-achievement", () => {
    expect(judged("每月1次", 1, "2024-12-31")).toMatchObject({ status: "met", light: "green" });
    expect(judged("每月1次", 2, "2024-12-31")).toMatchObject({ status: "met", light: "green" });
    expect(judged("每月2次", 1, "2024-12-31")).toMatchObject({ status: "missed", light: "red" });
  });
});

it("an average per period (月均1次) is read as the rate; 年均 stays the year's count", () => {
  expect(parseTarget("月均1次", ctx)).toMatchObject({ value: 1, unit: "次/月", normalized: "1 次/月" });
  expect(parseTarget("季均≥1次", ctx)).toMatchObject({ op: ">=", value: 1, unit: "次/季度" });
  expect(parseTarget("年均2次", ctx)).toMatchObject({ value: 2, unit: "次" });
});

it("a target per year is the year's count: pro-rated as before", () => {
  expect(judged("每年2次", 1).why).toMatch(/按序时/);
  // Reached in July, not passed: on track, blue by the bands (超额 before clerk67).
  expect(judged("≥2次/年", 2)).toMatchObject({ status: "on-track", light: "blue" });
  expect(judged("≥2次/年", 3)).toMatchObject({ status: "exceeded", light: "blue" });
});

it.each([
  ["每月1次", 1],
  ["每月1次", "1次/月"],
  ["每季度1次", 1],
])("PERF.STATUS: %s answered %p at 2024-07-31 is 正常", (target, actual) => {
  expect(status([[target]], actual, AS_OF)).toBe("正常");
});

it.each([
  ["每月1次", "1次/月"],
  ["每月1次", 1],
  ["每季度1次", 1],
])("the sample: target %s answered %p at 2024-07-31 is on track", (target, actual) => {
  const SHEET = "2 检察业务费";
  const base = new Uint8Array(readFileSync(join(__dirname, "../../../assets/sample.xlsx")));
  // Row 11 (index 10) of 2 检察业务费: C = 三级指标, F = 指标值, H = 1-7月完成值.
  const bytes = editXlsx(base, [
    { sheet: SHEET, row: 10, col: 2, type: "工作例会召开次数" },
    { sheet: SHEET, row: 10, col: 5, type: target },
    { sheet: SHEET, row: 10, col: 7, type: actual },
  ]);
  const { snapshot } = readWorkbookBytes(bytes);
  const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: AS_OF }, AS_OF), { formulas: false });
  const t = run.check.tables.find((x) => x.table.sheet === SHEET)!;
  const i = t.table.indicators.findIndex((ind) => ind.name === "工作例会召开次数");
  expect({ status: t.results[i].status, light: t.results[i].light }).toEqual({ status: "on-track", light: "green" });
});
