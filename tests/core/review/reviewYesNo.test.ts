/**
 * Review (review34): a yes / no answer to a 是否 question is a measurable target — the check judges it by the
 * answer — and a finding about an indicator is said once, not once per value column of a table with one column
 * per region (福建 秀屿: 笏石街道办 | 埭头镇, read as two tables over the same rows).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { readWorkbook } from "../../../src/core/read";
import { reviewTable, reviewTables } from "../../../src/core/review/review";
import type { WorkbookSnapshot } from "../../../src/core/types";
import { snapshotFromXlsx } from "../../../src/host/xlsx/snapshot";
import { makeTable } from "./makeTable";

const SETTINGS = { disabledRules: [], budgetYear: 2025 } as never;
const FUJIAN = join(__dirname, "../../fixtures/real/fujian-xiuyu-water-transfer-goals-2025.xlsx");

it("a 是否 question answered 否 / 是 (质量指标, 效益指标) is not 'not measurable'; a vague word still is", () => {
  const table = makeTable([
    ["产出指标", "数量指标", "修复工程数量", "≥2个"],
    ["", "质量指标", "已建工程是否存在质量问题", "否"],
    ["", "质量指标", "是否通过验收", "是"],
    ["", "质量指标", "工程质量", "良好"],
    ["", "时效指标", "完成时间", "2025年12月底前"],
    ["效益指标", "社会效益指标", "是否发生安全事故", "否"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
  ]);
  const found = reviewTable(table, SETTINGS)
    .filter((f) => f.rule === "not-measurable")
    .map((f) => f.message);
  expect(found).toEqual(["指标不够细化、量化：质量指标“工程质量”应设定量化指标值，现为“良好”"]);
});

describe("the real 福建 秀屿 table (two region value columns)", () => {
  const load = async () => (await snapshotFromXlsx(readFileSync(FUJIAN))).snapshot;
  /** Sets a cell of 绩效目标表 (absolute row / col) in the snapshot. */
  const set = (snapshot: WorkbookSnapshot, row: number, col: number, value: string) => {
    const sheet = snapshot.sheets.find((s) => s.name === "绩效目标表")!;
    sheet.values[row - sheet.originRow][col - sheet.originCol] = value;
  };
  const notMeasurable = (snapshot: WorkbookSnapshot) =>
    reviewTables(readWorkbook(snapshot).tables, SETTINGS)
      .filter((f) => f.rule === "not-measurable")
      .map((f) => `r${f.cell?.row}c${f.cell?.col} ${f.message}`);

  it("已建工程是否存在质量问题 | 是/否 | 否 | 否: no not-measurable finding", async () => {
    expect(notMeasurable(await load())).toEqual([]);
  });

  it("a vague value written in both region columns is said once, at the first column", async () => {
    const snapshot = await load();
    set(snapshot, 8, 6, "良好");
    set(snapshot, 8, 7, "良好");
    expect(notMeasurable(snapshot)).toEqual([
      "r8c6 指标不够细化、量化：质量指标“已建工程是否存在质量问题”应设定量化指标值，现为“良好”",
    ]);
  });

  it("different values in the two columns are two findings", async () => {
    const snapshot = await load();
    set(snapshot, 8, 6, "良好");
    set(snapshot, 8, 7, "较好");
    expect(notMeasurable(snapshot)).toHaveLength(2);
  });
});
