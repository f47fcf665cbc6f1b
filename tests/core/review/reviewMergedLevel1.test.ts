/**
 * Review (review34): a 一级 / 二级 label over several rows is one label — a finding about it is said once, at its
 * first row (the merge's top-left: the cells under it cannot be seen or selected). Real table: 河北 宁晋 2019,
 * Sheet1 A3:A9 merged, "项目年度绩效目标(定量指标)", before reported 7 times (A3 … A9).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { readWorkbook } from "../../../src/core/read";
import { reviewTable, reviewTables } from "../../../src/core/review/review";
import { snapshotFromXlsx } from "../../../src/host/xlsx/snapshot";
import { makeTable } from "./makeTable";

const levelErrors = (findings: { rule: string; cell: { row: number; col: number } | null; message: string }[]) =>
  findings.filter((f) => f.rule === "level-type-error").map((f) => `r${f.cell?.row}c${f.cell?.col} ${f.message}`);

it("the real 河北 宁晋 table: the merged non-category 一级 is reported once, at A3", async () => {
  const file = join(__dirname, "../../fixtures/real/hebei-ningjin-grant-evaluation-2019.xlsx");
  const { snapshot } = await snapshotFromXlsx(readFileSync(file));
  const { tables } = readWorkbook(snapshot);
  expect(levelErrors(reviewTables(tables, { disabledRules: [], budgetYear: 2019 } as never))).toEqual([
    "r2c0 一级/二级指标类型错误：一级指标“项目年度绩效目标(定量指标)”不是产出、效益或满意度指标",
  ]);
});

it("a 二级 under the wrong 一级 over two rows is said once; a new block with the same mistake is said again", () => {
  const table = makeTable([
    ["产出指标", "数量指标", "培训人次", "≥100人次"],
    ["", "社会效益指标", "受益人数", "≥500人"],
    ["", "社会效益指标", "知晓率", "≥90%"],
    ["效益指标", "社会效益指标", "带动就业", "≥10人"],
    ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
    ["其他指标", "", "群众评价", "≥90%"],
    ["其他指标", "", "媒体评价", "≥90%"],
  ]);
  // makeTable puts indicators from row 10, 一级 in col 0, 二级 in col 1.
  expect(levelErrors(reviewTable(table, { disabledRules: [], budgetYear: 2024 } as never))).toEqual([
    "r11c1 一级/二级指标类型错误：二级指标“社会效益指标”属于效益指标，不应列在“产出指标”下",
    "r15c0 一级/二级指标类型错误：一级指标“其他指标”不是产出、效益或满意度指标",
  ]);
});
