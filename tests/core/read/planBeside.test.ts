/**
 * A 资金支出计划 beside the indicator rows — same rows, further columns — was neither read nor mentioned, so execution
 * was judged against time elapsed and the lag-behind-schedule check silently did nothing. Each layout a form may use
 * is read as a plan above the header is; a plan label with nothing readable beside or under it is said in one line.
 * The project: 200 万元, 60 spent by 2025-09-30 (30 %): 40 % planned by 9月底 / 第三季度 → yellow; against time (75 %)
 * it would be red.
 */
import { checkWorkbook } from "../../../src/core/check";
import { DEFAULT_SETTINGS } from "../../../src/core/types";
import { sheet, workbook, type Cell } from "./grid";

const HEAD: Cell[][] = [
  ["2025年度项目支出绩效目标表"],
  ["项目名称", "乡村道路养护", "<", "<"],
  ["项目资金（万元）", "年度资金总额", 200, ""],
];
const SPENT: Cell[] = ["", "1-9月执行数", 60, ""];
const INDICATORS: Cell[][] = [
  ["产出指标", "数量指标", "养护里程", "≥120公里"],
  ["^", "^", "养护次数", "≥4次"],
  ["^", "质量指标", "合格率", "≥95%"],
  ["^", "^", "验收率", "100%"],
];
const HEADER: Cell[] = ["一级指标", "二级指标", "三级指标", "指标值"];

/** The table with `right` appended to the header row and each indicator row (in order). */
function withBeside(right: Cell[][], spentAbove = true): Cell[][] {
  const rows = [HEADER, ...INDICATORS].map((r, i) => [...r, ...(right[i] ?? [])]);
  return [
    ...HEAD,
    ...(spentAbove ? [SPENT] : []),
    ...rows,
    ...right.slice(rows.length).map((r) => [...HEADER.map(() => undefined), ...r]),
  ];
}

function checked(rows: Cell[][]) {
  const check = checkWorkbook(workbook(sheet("目标表", rows)), { ...DEFAULT_SETTINGS, asOf: "2025-09-30" });
  const { table, result } = check.tables[0];
  return {
    plan: table.schedule.map((cp) => [cp.label, cp.percent]),
    light: result.execution?.light ?? null,
    planned: result.execution?.planned ?? null,
    spent: result.execution?.spent ?? null,
    right: table.range.right,
    said: check.diagnostics.map((d) => `${d.cell ? `${d.cell.row},${d.cell.col} ` : ""}${d.message}`),
  };
}

const MONTHS = [
  ["3月底", 5],
  ["6月底", 20],
  ["9月底", 40],
  ["12月底", 100],
];
const QUARTERS = [
  ["第一季度", 5],
  ["第二季度", 20],
  ["第三季度", 40],
  ["第四季度", 100],
];

test("label on the header row over 3月底 | 5% … down the indicator rows, an empty column between", () => {
  const got = checked(withBeside([["", "资金支出计划", "<"], ...MONTHS.map(([l, p]) => ["", l, `${p}%`])]));
  expect(got).toEqual({ plan: MONTHS, light: "yellow", planned: 40, spent: 60, right: 6, said: [] });
});

test("the plan right beside the indicators (its label a header column): read, no “未识别” line", () => {
  const got = checked(withBeside([["资金支出计划", "<"], ...MONTHS.map(([l, p]) => [l, `${p}%`])]));
  expect(got).toEqual({ plan: MONTHS, light: "yellow", planned: 40, spent: 60, right: 5, said: [] });
});

test("分季度支出进度 merged over 第一季度 … 第四季度, a row of shares, the 执行数 under them", () => {
  const got = checked(
    withBeside(
      [
        ["", "分季度支出进度", "<", "<", "<"],
        ["", ...QUARTERS.map(([l]) => l)],
        ["", ...QUARTERS.map(([, p]) => `${p}%`)],
        ["", "1-9月执行数", 60],
      ],
      false,
    ),
  );
  expect(got).toEqual({ plan: QUARTERS, light: "yellow", planned: 40, spent: 60, right: 8, said: [] });
});

test("a caption merged down the indicator rows, a pair on each", () => {
  const rows = withBeside([[], ...MONTHS.map(([l, p], i) => ["", i === 0 ? "资金支出计划" : "^", l, p])]);
  expect(checked(rows)).toEqual({ plan: MONTHS, light: "yellow", planned: 40, spent: 60, right: 7, said: [] });
});

test("a plan label with no checkpoint beside or under it: one line, execution against time elapsed", () => {
  const got = checked(withBeside([["", "资金支出计划"]]));
  expect(got).toMatchObject({ plan: [], light: "red", planned: 75 });
  expect(got.said).toEqual([
    "4,5 资金支出计划未读取：其右侧或下一行没有时点（如 3月底、6月底）和累计比例，执行进度按序时进度判断",
  ]);
});

test("notes beside the indicators that are no plan are not one", () => {
  const got = checked(withBeside([[], ["", "路段待定"], ["", "3月底完成"]]));
  expect(got).toMatchObject({ plan: [], light: "red", said: [] });
});

test("a plan above the header too: that one is the table's, the one beside is said in one line, not read", () => {
  const above: Cell[][] = [
    ["资金支出计划（%）", "3月底", "6月底", "9月底", "12月底"],
    ["", 10, 40, 75, 100],
  ];
  const rows = withBeside([["", "分季度支出进度", "<"], ...QUARTERS.map(([l, p]) => ["", l, `${p}%`])]);
  const got = checked([...rows.slice(0, 4), ...above, ...rows.slice(4)]);
  expect(got).toMatchObject({ light: "red", planned: 75, right: 6 });
  expect(got.plan.map(([, p]) => p)).toEqual([10, 40, 75, 100]);
  expect(got.said).toEqual(["6,5 执行进度按表头的资金支出计划判断，指标右侧的“分季度支出进度”未读取"]);
});
