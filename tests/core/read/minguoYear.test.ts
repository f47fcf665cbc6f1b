/**
 * A table in traditional characters may date itself in the 民國 calendar (臺中 2014: `103年\n年度目標值`, 民國 103 =
 * 2014): it was read as no year at all, and judged in the monitoring date's year. The year is now read where a year is
 * read — a title, a year label, the one target column's label — in a 民國 or traditional-character text only; a table's
 * one target column dated in the western way (`2025年指标值`) states its year too. Other numbers are left alone.
 */
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { westernYears } from "../../../src/core/locale/zh/traditional";
import { sheet, workbook, type Cell } from "./grid";

function years(rows: Cell[][]): (number | null)[] {
  return readWorkbook(workbook(sheet("表", rows))).tables.map((t) => t.budgetYear);
}

const TAICHUNG = (targetLabel: string, title = "台中市經發局施政目標衡量指標"): Cell[][] => [
  [title],
  ["策略績效目標", "<", "衡量指標", "<", "<", "<", "<", "<"],
  ["^", "^", "衡量指標", "<", "評估體制", "評估方式", "衡量標準", targetLabel],
  ["一", "輔導服務業發展(25%)", "一", "推展會展活動(6%)", 1, "統計數據", "補助辦展數/計畫補助辦展數*100%", "100%"],
  ["^", "^", "二", "辦理市場變更或出租(4%)", 1, "統計數據", "年度辦理市場用地數", "2場"],
];

test("臺中's 103年 年度目標值 is 2014", () => {
  expect(years(TAICHUNG("103年\n年度目標值"))).toEqual([2014]);
});

test("a 民國 year in a traditional title is read; the names' numbers are not years", () => {
  expect(years(TAICHUNG("年度目標值", "臺中市經發局103年度施政績效目標表"))).toEqual([2014]);
  expect(years(TAICHUNG("年度目標值"))).toEqual([null]);
});

test("a table's one dated target column states its year (mainland: western years only)", () => {
  const mainland = (label: string): Cell[][] => [
    ["项目支出绩效目标表"],
    ["一级指标", "二级指标", "三级指标", label],
    ["产出指标", "数量指标", "培训人数", "≥100人"],
  ];
  expect(years(mainland("2025年指标值"))).toEqual([2025]);
  // 103年 in simplified characters is no year.
  expect(years(mainland("103年\n年度目标值"))).toEqual([null]);
});

test("westernYears reads 民國 years of two or three digits before 年, in 民國 or traditional text only", () => {
  expect(westernYears("103年\n年度目標值")).toBe("2014年\n年度目標值");
  expect(westernYears("民國99年度")).toBe("2010年度");
  expect(westernYears("民国112年")).toBe("2023年");
  // Simplified text without 民国: unchanged.
  expect(westernYears("103年")).toBe("103年");
  // One digit, four digits, before 1990 or with a decimal point: not a 民國 year.
  expect(westernYears("臺中 3年 10年 2014年 1.5年 35家")).toBe("臺中 3年 10年 2014年 1.5年 35家");
});

test("a 於 in simplified text (於潜镇, the surname 於) makes no 民國 year of a number before 年 (review54)", () => {
  const town = (title: string): Cell[][] => [
    [title],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "修缮面积", "≥100平方米"],
  ];
  // Was 2011: every deadline of the table judged in 2011.
  expect(years(town("於潜镇100年老街修缮项目绩效目标表"))).toEqual([null]);
  expect(westernYears("於潜镇100年老街")).toBe("於潜镇100年老街");
  // Traditional text with a 於 is still read.
  expect(westernYears("臺中市103年度於各區辦理")).toBe("臺中市2014年度於各區辦理");
});
