/**
 * reader66 — blank rows inside the indicator block, as units leave them when they copy a template (spacers between
 * 产出 and 效益, rows emptied instead of deleted). Three blank rows ended the table (only two were looked past), and
 * after one the indicators went on only under a 一级 of the national words: 海口 2016's 成效指标 and 台中 2014's
 * strategies (its 一级 are no categories) ended it, the rows below silently dropped. Five blank rows still end it.
 */
import { readWorkbook } from "../../../src/core/read";
import { sheet, workbook, type Cell } from "./grid";

function names(level1: [string, string], blanks: number): string[] {
  const rows: Cell[][] = [
    ["项目名称", "档案征集编研", "<", "<"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    [level1[0], "数量指标", "编印公报", "≥12期"],
    ["", "", "举办图片展", "≥1次"],
    ...Array.from({ length: blanks }, (): Cell[] => ["", "", "", ""]),
    [level1[1], "社会效益", "公开政府信息", "≥95%"],
  ];
  return readWorkbook(workbook(sheet("目标", rows))).tables[0].indicators.map((i) => i.name);
}

const ALL = ["编印公报", "举办图片展", "公开政府信息"];

test.each([3, 4])("%i blank rows inside the indicators are looked past", (blanks) => {
  expect(names(["产出指标", "效益指标"], blanks)).toEqual(ALL);
});

test("five blank rows end the table", () => {
  expect(names(["产出指标", "效益指标"], 5)).toEqual(ALL.slice(0, 2));
});

test.each([
  [["产出指标", "成效指标"]], // 海口 2016
  [["辅导服务业发展(25%)", "营造发展利基(25%)"]], // 台中 2014: strategies as the 一级
])("after a blank row, the indicators go on under %j", (levels) => {
  expect(names(levels as [string, string], 1)).toEqual(ALL);
});

test("under category levels, a row of another kind after a blank row still ends the table", () => {
  expect(names(["产出指标", "填表说明"], 1)).toEqual(ALL.slice(0, 2));
});
