/**
 * reader42 — the 江苏 form's plan (镇江博物馆 2024 项目绩效公开, tests/fixtures/real): 支出 | 半年(程)计划执行数 0 |
 * 全年(程)预算数 80 is the year's spending plan — nothing by the half-year, all by the year's end — not a known label
 * left unread.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { snapshotFromXlsx } from "../../../src/host/xlsx/snapshot";
import type { WorkbookSnapshot } from "../../../src/core/types";
import { sheet, type Cell } from "./grid";

const FILE = join(__dirname, "..", "..", "fixtures", "real", "jiangsu-zhenjiang-museum-park-goals-2024.xlsx");

async function zhenjiang(): Promise<WorkbookSnapshot> {
  return (await snapshotFromXlsx(readFileSync(FILE))).snapshot;
}

describe("镇江 2024: 半年(程)计划执行数 beside 全年(程)预算数 is the spending plan", () => {
  test("two checkpoints: 0 % at 30 June, 100 % at the year's end (80 of 80 万元)", async () => {
    const [table] = readWorkbook(await zhenjiang()).tables;
    expect(table.budget).toBe(80);
    expect(table.schedule.map((c) => [c.label, c.date, c.percent])).toEqual([
      ["上半年", "2024-06-30", 0],
      ["全年", "2024-12-31", 100],
    ]);
  });

  test("without an amount under the half-year label (the template's empty cell) there is no plan", () => {
    const rows: Cell[][] = [
      ["2024年度镇江博物馆某项目项目绩效公开"],
      ["项目名称", "某项目", "<", "<"],
      ["预算单位", "镇江博物馆", "<", "<"],
      ["支出", null, "半年(程)计划执行数", "全年(程)预算数"],
      ["^", "某项目", null, 80],
      ["一级指标", "二级指标", "三级指标", "全年(程)指标值"],
      ["产出指标", "数量指标", "开放天数", "≥300天"],
    ];
    const [table] = readWorkbook({ sheets: [sheet("S", rows)] }).tables;
    expect(table.schedule).toEqual([]);
  });
});
