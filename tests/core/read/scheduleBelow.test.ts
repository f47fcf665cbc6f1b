/**
 * A 资金支出计划（%） standing below the indicator rows (review36 finding: several provinces' forms put it there) was
 * silently not read: schedule [], execution compared with 序时进度, no line said why. It is read wherever it sits in
 * the table's block — above the indicator header or under its last row — and one it cannot read is said.
 */
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../../src/core/check";
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { DEFAULT_SETTINGS, type CellValue } from "../../../src/core/types";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";
import { sheet, workbook } from "./grid";

const INDICATORS: string[][] = [
  ["产出指标", "数量指标", "管护面积", "≥1.2万亩"],
  ["产出指标", "质量指标", "设施完好率", "≥95%"],
  ["产出指标", "时效指标", "项目完成时间", "2025年11月30日前"],
  ["效益指标", "社会效益指标", "受益农户数", "3000户"],
  ["满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"],
];

interface Layout {
  /** Empty rows between the last indicator and the plan. */
  gap?: number;
  /** The plan's shares as typed (10 / 40 / 75 / 100 by default). */
  shares?: ExcelJS.CellValue[];
  /** 1-9月执行数（万元） right of the plan's labels, its amount under it. */
  spent?: number;
  /** A row under the plan (填报说明, a signature line) the reader must pass over. */
  after?: string;
}

/** A county's 2025 table, budget 200 万元, its plan below the indicators. */
async function county({ gap = 1, shares = [10, 40, 75, 100], spent, after }: Layout = {}) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("2025项目绩效目标");
  ws.mergeCells("A1:F1");
  ws.getCell("A1").value = "2025年度项目支出绩效目标表";
  ws.getCell("F2").value = "单位：万元";
  const put = (row: number, values: ExcelJS.CellValue[]) =>
    values.forEach((v, i) => v !== null && (ws.getCell(row, 1 + i).value = v));
  put(3, ["项目名称", "高标准农田建设管护", null, "主管部门", "某县农业农村局"]);
  put(4, ["项目资金（万元）", "年度资金总额", 200, "其中：财政拨款", 200]);
  put(5, ["年度绩效目标", "完成高标准农田管护1.2万亩，保障灌排设施正常运行"]);
  put(6, ["一级指标", "二级指标", "三级指标", "指标值", "备注"]);
  INDICATORS.forEach((r, i) => put(7 + i, r));
  const plan = 7 + INDICATORS.length + gap;
  put(plan, [
    "资金支出计划（%）",
    "3月底",
    "6月底",
    "9月底",
    "12月底",
    ...(spent === undefined ? [] : ["1-9月执行数"]),
  ]);
  put(plan + 1, [null, ...shares, ...(spent === undefined ? [] : [spent])]);
  if (after) put(plan + 3, [after]);
  const { snapshot } = readWorkbookBytes(new Uint8Array(await wb.xlsx.writeBuffer()));
  const check = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: "2025-09-30" });
  return { check, plan, lines: check.diagnostics.map((d) => d.message) };
}

test.each([0, 1, 2])(
  "a plan %i rows under the indicators is read: 4 checkpoints, 75 %% planned at 9月底",
  async (gap) => {
    const { check } = await county({ gap });
    expect(check.tables).toHaveLength(1);
    const { table } = check.tables[0];
    expect(table.schedule.map((cp) => [cp.label, cp.date, cp.percent])).toEqual([
      ["3月底", "2025-03-31", 10],
      ["6月底", "2025-06-30", 40],
      ["9月底", "2025-09-30", 75],
      ["12月底", "2025-12-31", 100],
    ]);
    expect(table.indicators.map((i) => i.name)).toEqual(INDICATORS.map((r) => r[2]));
  },
);

test("its 执行数 beside it is read and judged against the plan (80 of 200 万元 = 40 %, planned 75 %: red)", async () => {
  const { check } = await county({ spent: 80, after: "填报说明：资金支出计划为累计比例" });
  const { table, result } = check.tables[0];
  expect(table.spent?.value).toBe(80);
  expect(result.execution).toMatchObject({ spent: 80, budget: 200, rate: 40, planned: 75, light: "red" });
});

test("the plan reads as one above the header does: the same checkpoints and verdict", async () => {
  const below = await county({ spent: 150 });
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("2025项目绩效目标");
  const rows: ExcelJS.CellValue[][] = [
    ["2025年度项目支出绩效目标表", null, null, null, null, "单位：万元"],
    ["项目名称", "高标准农田建设管护"],
    ["项目资金（万元）", "年度资金总额", 200],
    ["资金支出计划（%）", "3月底", "6月底", "9月底", "12月底", "1-9月执行数"],
    [null, 10, 40, 75, 100, 150],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ...INDICATORS,
  ];
  rows.forEach((r, i) => r.forEach((v, c) => v !== null && (ws.getCell(1 + i, 1 + c).value = v)));
  const { snapshot } = readWorkbookBytes(new Uint8Array(await wb.xlsx.writeBuffer()));
  const above = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: "2025-09-30" });
  const pick = (c: typeof above) => ({
    schedule: c.tables[0].table.schedule.map((cp) => [cp.date, cp.percent]),
    execution: c.tables[0].result.execution,
  });
  expect(pick(below.check)).toEqual(pick(above));
});

test("a plan below whose shares cannot be read is said at its cells, never passed over", async () => {
  const { check, lines } = await county({ shares: ["一成", "四成", "七成半", "全部"] });
  expect(check.tables[0].table.schedule).toEqual([]);
  expect(lines.filter((l) => /3月底|6月底|9月底|12月底/.test(l))).toHaveLength(4);
});

/** Two tables stacked on one sheet (grid rows), the first with its plan under its indicators. */
function stacked(second: CellValue[][]) {
  return readWorkbook(
    workbook(
      sheet("S", [
        ["2025年度项目支出绩效目标表"],
        ["项目名称", "道路养护"],
        ["预算数", 100],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "养护里程", "≥120公里"],
        ["资金支出计划（%）", "3月底", "6月底", "9月底", "12月底"],
        [null, 10, 40, 75, 100],
        [],
        ...second,
      ]),
    ),
  );
}

test("stacked tables: the plan under the first is the first's, never the next table's", () => {
  const own = stacked([
    ["2025年度项目支出绩效目标表"],
    ["项目名称", "路灯维护"],
    ["预算数", 50],
    ["资金支出计划（%）", "6月底", "12月底"],
    [null, 50, 100],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "维护路灯", "≥300盏"],
  ]);
  const none = stacked([
    ["2025年度项目支出绩效目标表"],
    ["项目名称", "路灯维护"],
    ["预算数", 50],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "维护路灯", "≥300盏"],
  ]);
  const plans = (r: ReturnType<typeof stacked>) => r.tables.map((t) => [t.name, t.schedule.map((cp) => cp.percent)]);
  expect(plans(own)).toEqual([
    ["道路养护", [10, 40, 75, 100]],
    ["路灯维护", [50, 100]],
  ]);
  expect(plans(none)).toEqual([
    ["道路养护", [10, 40, 75, 100]],
    ["路灯维护", []],
  ]);
});

test("a plan between two indicator headers with nothing else between is left to the table under it", () => {
  const r = stacked([
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "维护路灯", "≥300盏"],
  ]);
  expect(r.tables.map((t) => t.schedule.length)).toEqual([0, 4]);
});

test("a plan label under the indicators with no checkpoints beside or under it: one line at the label", () => {
  const r = readWorkbook(
    workbook(
      sheet("S", [
        ["2025年度项目支出绩效目标表"],
        ["项目名称", "道路养护"],
        ["预算数", 100],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "养护里程", "≥120公里"],
        [],
        ["资金支出计划（%）"],
      ]),
    ),
  );
  expect(r.tables[0].schedule).toEqual([]);
  expect(r.diagnostics.map((d) => [d.cell?.row, d.message])).toEqual([
    [6, expect.stringMatching(/^资金支出计划未读取/)],
  ]);
});
