/**
 * A note a clerk types far right of the 资金支出计划 row (备注 at ZZ, empty columns between it and the table) is no
 * checkpoint: it was read as one — “资金支出计划的时点“备注…”无法识别” said of it, and in a row of label | share pairs
 * it made the pairs odd, so the plan was read as labels over the row below (wrong shares, or none). The plan's cells
 * end at a gap of more than two empty columns; a plan with one empty column between its cells is still read.
 * The project: 200 万元, 60 spent by 2025-09-30 (30 %): 40 % planned by 9月底 → yellow.
 */
import { checkWorkbook } from "../../../src/core/check";
import { DEFAULT_SETTINGS } from "../../../src/core/types";
import { sheet, workbook, type Cell } from "./grid";

/** Column ZZ (0-based). */
const ZZ = 701;
const NOTE = "备注：按季度拨付，以财政局下达为准";

/** `cells` with `text` at column `col` (the columns between empty). */
function withAt(cells: Cell[], col: number, text: string): Cell[] {
  const row: Cell[] = [...cells];
  row[col] = text;
  return row;
}

const HEAD: Cell[][] = [
  ["2025年度项目支出绩效目标表"],
  ["项目名称", "乡村道路养护", "<", "<", "<"],
  ["项目资金（万元）", "年度资金总额", 200, "1-9月执行数", 60],
];
const INDICATORS: Cell[][] = [
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "养护里程", "≥120公里"],
  ["^", "质量指标", "合格率", "≥95%"],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
];
const PLAN = [
  ["3月底", 5],
  ["6月底", 20],
  ["9月底", 40],
  ["12月底", 100],
];

function checked(rows: Cell[][]) {
  const check = checkWorkbook(workbook(sheet("目标表", rows)), { ...DEFAULT_SETTINGS, asOf: "2025-09-30" });
  const { table, result } = check.tables[0];
  return {
    plan: table.schedule.map((cp) => [cp.label, cp.percent]),
    light: result.execution?.light ?? null,
    said: check.diagnostics.map((d) => d.message),
  };
}

const FINE = { plan: PLAN, light: "yellow", said: [] };

test("labels over shares, a note at ZZ of the labels' row: not a checkpoint, nothing said of it", () => {
  const rows = [
    ...HEAD,
    withAt(["资金支出计划（%）", ...PLAN.map(([l]) => l)], ZZ, NOTE),
    ["", ...PLAN.map(([, p]) => `${p}%`)],
    ...INDICATORS,
  ];
  expect(checked(rows)).toEqual(FINE);
});

test("label | share pairs in one row, a note at ZZ: the pairs are read", () => {
  const rows = [
    ...HEAD,
    withAt(["资金支出计划（%）", ...PLAN.flatMap(([l, p]) => [l, `${p}%`])], ZZ, NOTE),
    ...INDICATORS,
  ];
  expect(checked(rows)).toEqual(FINE);
});

test("a note at ZZ of the plan's row with the checkpoints on the next row: they are read", () => {
  const rows = [
    ...HEAD,
    withAt(["资金支出计划（%）"], ZZ, NOTE),
    ["", ...PLAN.map(([l]) => l)],
    ["", ...PLAN.map(([, p]) => `${p}%`)],
    ...INDICATORS,
  ];
  expect(checked(rows)).toEqual(FINE);
});

test("a plan under the indicator rows, a note at ZZ of its row: not a checkpoint", () => {
  const rows = [
    ...HEAD,
    ...INDICATORS,
    withAt(["资金支出计划（%）", ...PLAN.map(([l]) => l)], ZZ, NOTE),
    ["", ...PLAN.map(([, p]) => `${p}%`)],
  ];
  expect(checked(rows)).toEqual(FINE);
});

test("a plan with one empty column between its cells is still read whole", () => {
  const spaced = (cells: Cell[]) => cells.flatMap((c) => [c, undefined]);
  const rows = [
    ...HEAD,
    ["资金支出计划（%）", ...spaced(PLAN.map(([l]) => l))],
    ["", ...spaced(PLAN.map(([, p]) => `${p}%`))],
    ...INDICATORS,
  ];
  expect(checked(rows)).toEqual(FINE);
});

/**
 * review50: the gap must not cut a plan laid over a month grid. 3月 | 6月 | 10月 | 12月 each over its share in the
 * columns of their months (1月 … 12月 from B), the months between left empty and unmerged: three empty columns lie
 * between 6月 and 10月, and 10月 and 12月 were dropped without a word — at the year's end 30 % spent was judged against
 * 6月's 48 % (yellow), not 12月's 96 % (red).
 */
describe("a plan spread over a month grid (review50)", () => {
  const MONTHS = [3, 6, 10, 12];
  const SPREAD = MONTHS.map((m) => [`${m}月`, m * 8] as const);
  /** Row cells from B: the month's column holds `of(month)`, the others nothing. */
  const monthGrid = (of: (m: number) => Cell) =>
    Array.from({ length: 12 }, (_, i) => (MONTHS.includes(i + 1) ? of(i + 1) : undefined));
  const END = { plan: SPREAD, light: "red", said: [] };
  const atYearEnd = (rows: Cell[][]) => {
    const check = checkWorkbook(workbook(sheet("目标表", rows)), { ...DEFAULT_SETTINGS, asOf: "2025-12-31" });
    const { table, result } = check.tables[0];
    return {
      plan: table.schedule.map((cp) => [cp.label, cp.percent]),
      light: result.execution?.light ?? null,
      said: check.diagnostics.map((d) => d.message),
    };
  };

  test("labels beside the plan's label over their shares: every checkpoint read", () => {
    const rows = [
      ...HEAD,
      ["资金支出计划（%）", ...monthGrid((m) => `${m}月`)],
      ["", ...monthGrid((m) => `${m * 8}%`)],
      ...INDICATORS,
    ];
    expect(atYearEnd(rows)).toEqual(END);
  });

  test("labels on the row under the plan's label (a header row over the shares): every checkpoint read", () => {
    const rows = [
      ...HEAD,
      ["资金支出计划（%）"],
      ["", ...monthGrid((m) => `${m}月`)],
      ["", ...monthGrid((m) => `${m * 8}%`)],
      ...INDICATORS,
    ];
    expect(atYearEnd(rows)).toEqual(END);
  });

  test("the first label four columns right of the plan's label: read, and a note beyond still is not", () => {
    const far: Cell[] = ["资金支出计划（%）", undefined, undefined, undefined, ...SPREAD.map(([l]) => l)];
    const rows = [
      ...HEAD,
      withAt(far, ZZ, NOTE),
      ["", undefined, undefined, undefined, ...SPREAD.map(([, p]) => `${p}%`)],
      ...INDICATORS,
    ];
    expect(atYearEnd(rows)).toEqual(END);
  });
});
