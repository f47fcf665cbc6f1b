/**
 * A table in traditional characters — a mirror site's copy of a mainland form (績效目標表: 一級指標 | 二級指標 | 三級指標 |
 * 指標值), or a 臺灣 city's 施政目標 table (衡量指標 | 年度目標值) — names its columns and levels with the words the reader
 * knows: they were matched as written, so no indicator header was found and the prose reader took the weights in the
 * names for targets. Labels are now matched in simplified characters; the cells keep what they say.
 */
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { reviewTables } from "../../../src/core/review";
import { sheet, workbook, type Cell } from "./grid";

function read(rows: Cell[][]) {
  const tables = readWorkbook(workbook(sheet("目標表", rows))).tables;
  return {
    tables: tables.map((t) => t.kind),
    indicators: tables.flatMap((t) => t.indicators.map((i) => [i.level1, i.level2, i.name, i.targetText])),
    review: reviewTables(tables, {}).map((f) => f.rule),
  };
}

test("a mainland form in traditional characters reads as its simplified copy does", () => {
  const rows = (t: (s: string) => string): Cell[][] => [
    [t("項目支出績效目標表")],
    [t("項目名稱"), t("防汛物資購置")],
    [t("一級指標"), t("二級指標"), t("三級指標"), t("指標值")],
    [t("產出指標"), t("數量指標"), t("購置救生衣數量"), "≥60件"],
    ["^", t("質量指標"), t("驗收合格率"), "100%"],
    [t("效益指標"), t("社會效益指標"), t("群眾生命財產安全保障"), t("有效保障")],
    [t("滿意度指標"), t("服務對象滿意度指標"), t("受益群眾滿意度"), "≥90%"],
  ];
  const traditional = read(rows((s) => s));
  const simplified = read(rows(toSimplified));
  expect(traditional.tables).toEqual(["project"]);
  expect(traditional.indicators.map((i) => i[3])).toEqual(["≥60件", "100%", "有效保障", "≥90%"]);
  // The names and levels as written; the review finds in them what it finds in the simplified copy.
  expect(traditional.indicators[0]).toEqual(["產出指標", "數量指標", "購置救生衣數量", "≥60件"]);
  expect(traditional.review).toEqual(simplified.review);
});

test("a label merged over a numbering column names the text beside the numbers (臺中 2014)", () => {
  const { indicators, tables } = read([
    ["台中市經發局施政目標衡量指標"],
    ["策略績效目標", "<", "衡量指標", "<", "<", "<", "<", "<"],
    ["^", "^", "衡量指標", "<", "評估體制", "評估方式", "衡量標準", "103年\n年度目標值"],
    ["一", "輔導服務業發展(25%)", "一", "推展會展活動(6%)", 1, "統計數據", "補助辦展數/計畫補助辦展數*100%", "100%"],
    ["^", "^", "二", "辦理市場變更或出租(4%)", 1, "統計數據", "年度辦理市場用地數", "2場"],
    [
      "二",
      "建立中部核心科技園區(10%)",
      "一",
      "輔導廠商進駐工業園區家數(5%)",
      1,
      "統計數據",
      "年度輔導廠商進駐家數",
      "35家",
    ],
  ]);
  expect(tables).toEqual(["project"]);
  expect(indicators).toEqual([
    ["輔導服務業發展(25%)", "", "推展會展活動(6%)", "100%"],
    ["輔導服務業發展(25%)", "", "辦理市場變更或出租(4%)", "2場"],
    ["建立中部核心科技園區(10%)", "", "輔導廠商進駐工業園區家數(5%)", "35家"],
  ]);
});

test("a name label merged over two columns of text keeps its first column (the numbers are in the names)", () => {
  const { indicators } = read([
    ["一级指标", "二级指标", "三级指标", "<", "指标值"],
    ["产出指标", "数量指标", "1.培训人数", "全年", "≥100人"],
    ["^", "^", "2.培训场次", "全年", "≥5场"],
  ]);
  expect(indicators.map((i) => i[2])).toEqual(["1.培训人数", "2.培训场次"]);
});

/** The few characters these tests write in traditional form. */
function toSimplified(s: string): string {
  const map: Record<string, string> = {
    項: "项",
    績: "绩",
    標: "标",
    稱: "称",
    資: "资",
    購: "购",
    級: "级",
    產: "产",
    數: "数",
    質: "质",
    驗: "验",
    滿: "满",
    務: "务",
    對: "对",
    眾: "众",
    財: "财",
  };
  return [...s].map((ch) => map[ch] ?? ch).join("");
}
