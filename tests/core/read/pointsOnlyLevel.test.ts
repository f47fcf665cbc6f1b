/**
 * A 一级 cell holding only its points, `(50分)` — the vertical label lost, as a page's text keeps it (天长 2022): the
 * review said “一级指标“(50分)”不是产出、效益或满意度指标” over rows whose 二级 are 数量 / 质量 / 时效 / 成本. It names no
 * category, so the rows count for the one their 二级 names; a 一级 written with a word stays as it is judged.
 */
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { reviewTables } from "../../../src/core/review";
import { sheet, workbook, type Cell } from "./grid";

function levelFindings(rows: Cell[][]): string[] {
  const tables = readWorkbook(
    workbook(sheet("自评表", [["项目支出绩效自评表"], ["一级指标", "二级指标", "三级指标", "年度指标值"], ...rows])),
  ).tables;
  return reviewTables(tables, {})
    .filter((f) => f.rule === "level-type-error" || f.rule === "missing-level1")
    .map((f) => f.message);
}

test("a 一级 of points alone counts its rows by their 二级", () => {
  expect(
    levelFindings([
      ["(50分)", "数量指标", "改造项目数量", "1个"],
      ["^", "质量指标", "工程验收合格率", "100%"],
      ["(30分)", "社会效益指标", "受益人口", "≥1万人"],
      ["满意度指标\n(10分)", "服务对象满意度指标", "服务对象满意度", "≥90%"],
    ]),
  ).toEqual([]);
});

test("a 一级 with words that name no category is still said", () => {
  expect(
    levelFindings([
      ["项目实施(50分)", "数量指标", "改造项目数量", "1个"],
      ["效益指标(30分)", "社会效益指标", "受益人口", "≥1万人"],
      ["满意度指标(10分)", "服务对象满意度指标", "服务对象满意度", "≥90%"],
    ]),
  ).toEqual([expect.stringMatching(/一级指标“项目实施\(50分\)”不是产出、效益或满意度指标/)]);
});
