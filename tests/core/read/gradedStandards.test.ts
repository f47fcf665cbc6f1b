/**
 * Targets given per grade (河北 邯郸 2019: 绩效指标评价标准 merged over 优 | 良 | 中 | 差, no 指标值 column; real-layouts
 * round sixteen): the top grade's standard is the target, said once; the other grades are not read, and the grades are
 * no regions (one table, not four). A header that has its own 指标值 keeps it.
 */
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { sheet, type Cell } from "./grid";

const HEAD: Cell[][] = [
  ["2024年困难群众救助补助资金绩效目标表"],
  ["绩效目标", "保障困难群众基本生活", "<", "<", "<", "<", "<"],
];

function read(rows: Cell[][]) {
  const { tables, diagnostics } = readWorkbook({ sheets: [sheet("S", rows)] });
  return {
    tables: tables.length,
    targets: tables.map((t) => t.indicators.map((i) => i.targetText)),
    names: tables.map((t) => t.indicators.map((i) => `${i.level1}|${i.name}`)),
    messages: diagnostics.map((d) => d.message),
  };
}

test("绩效指标评价标准 over 优秀 | 良好 | 合格 | 不合格: the 优秀 standard is the target, one table", () => {
  const got = read([
    ...HEAD,
    ["绩效指标分类", "绩效指标", "绩效指标描述", "绩效指标评价标准", "<", "<", "<"],
    ["^", "^", "^", "优秀", "良好", "合格", "不合格"],
    ["产出指标", "救助覆盖率", "应救尽救", "100%", "95%", "90%", "<90%"],
    ["效果指标", "救助对象满意度", "问卷调查", "90%", "85%", "80%", "<80%"],
  ]);
  expect(got.tables).toBe(1);
  expect(got.names).toEqual([["产出指标|救助覆盖率", "效果指标|救助对象满意度"]]);
  expect(got.targets).toEqual([["100%", "90%"]]);
  expect(got.messages).toContain(
    "“绩效指标评价标准”按等级分列（优秀、良好、合格、不合格）：读取“优秀”档作为指标值，其他等级不读取",
  );
});

test("a header with its own 指标值 keeps it; 评分标准 over grades beside it is not the target", () => {
  const got = read([
    ...HEAD,
    ["一级指标", "二级指标", "三级指标", "指标值", "评分标准", "<", "<"],
    ["^", "^", "^", "^", "优", "良", "差"],
    ["产出指标", "数量指标", "救助人数", "≥500人", "500人", "450人", "<450人"],
  ]);
  expect(got.targets).toEqual([["≥500人"]]);
  expect(got.messages.some((m) => m.includes("按等级分列"))).toBe(false);
});

test("绩效指标 standing first (the caption merged down the left) is still no name column", () => {
  const got = read([
    ...HEAD,
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", null, null],
    ["^", "产出指标", "数量指标", "救助人数", "≥500人", null, null],
  ]);
  expect(got.names).toEqual([["产出指标|救助人数"]]);
  expect(got.targets).toEqual([["≥500人"]]);
});
