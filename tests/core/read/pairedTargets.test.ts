/**
 * Two indicators on each row (宜兴 2016: 目标名称 | 目标值 | 评价指标 | 标准值 under 绩效目标设置情况, beside 目标完成值 |
 * 评价指标值 | 分值 | 得分): the quantity aimed at (`941250份`, reached `1024410`) was not read at all — its columns were
 * said as unread headers, one target a row. It is read now as a table of its own over the same rows, named after its
 * name column, with its own actual; the points stay the first table's (the pair's table is scored by no rule).
 */
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { sheet, workbook, type Cell } from "./grid";

const HEADER: Cell[] = ["目标名称", "目标值", "评价指标", "标准值", "目标完成值", "评价指标值", "权重分值", "得分"];

function read(rows: Cell[][], header: Cell[] = HEADER, title = "2023年度养老服务补贴项目绩效评价表") {
  const result = readWorkbook(workbook(sheet("评价", [[title], header, ...rows])));
  return {
    tables: result.tables.map((t) => [t.name, t.kind]),
    rows: result.tables.map((t) =>
      t.indicators.map((i) => [i.level1, i.name, i.target.raw, i.actual ? String(i.actual.value) : null]),
    ),
    unread: result.diagnostics.filter((d) => d.text?.code === "read.unknown-header").map((d) => d.message),
  };
}

test("目标名称 | 目标值 … 目标完成值 beside 评价指标 | 标准值 … 评价指标值: two tables over the same rows", () => {
  const got = read([
    ["一、产出目标"],
    ["服务老人人数", "1200人", "服务覆盖率", "≥95%", 1260, "97%", 20, 20],
    ["补贴发放金额", "300万元", "资金拨付率", "100%", "300万元", "100%", 10, 10],
  ]);
  expect(got).toEqual({
    tables: [
      ["养老服务补贴", "self-evaluation"],
      ["养老服务补贴（目标名称）", "project"],
    ],
    rows: [
      [
        ["产出目标", "服务覆盖率", "≥95%", "97%"],
        ["产出目标", "资金拨付率", "100%", "100%"],
      ],
      [
        ["产出目标", "服务老人人数", "1200人", "1260"],
        ["产出目标", "补贴发放金额", "300万元", "300万元"],
      ],
    ],
    unread: [],
  });
});

test("without a 目标名称 column left of the indicator's name, one table as before", () => {
  const got = read([["服务覆盖率", "≥95%", "97%", 20, 20]], ["评价指标", "标准值", "评价指标值", "权重分值", "得分"]);
  expect(got.tables).toEqual([["养老服务补贴", "self-evaluation"]]);
});

test("under a self-evaluation's title the pair's table is still a goal table: no points of the rules", () => {
  const got = read(
    [["服务老人人数", "1200人", "服务覆盖率", "≥95%", 1260, "97%", 20, 20]],
    HEADER,
    "2023年度养老服务补贴项目支出绩效自评表",
  );
  expect(got.tables.map(([, kind]) => kind)).toEqual(["self-evaluation", "project"]);
});
