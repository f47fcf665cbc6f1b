/**
 * clerk68: the finance clerk reads on 监控汇总 how many indicators of each project still wait for an actual. Before,
 * the summary had 红灯数 · 黄灯数 · 蓝灯数 · 绿灯数 only: on the sample as of 2024-07-31 the rows added up to 32 of its 49
 * indicators, and the 17 待填报 the report counts were nowhere on the sheet. Now 待填报数 and 无法识别数 stand right of
 * the light counts (N and O), so each row adds up to its table's indicators; in formulas mode they count the block's
 * 状态 cells, as the light counts count its 预警 cells. The clerk types an actual for one indicator (检察业务费's
 * 工作完成率, H11) and a remark right of the counts: the next check counts one less, their cells stay as typed, and a
 * check more changes nothing on the summary.
 */
import path from "node:path";
import { BOTH_DRIVERS, BOTH_MODES, heldOnSheet, type Driver } from "./drivers";

jest.setTimeout(180_000);

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const SUMMARY = "监控汇总";
const AT = "2024-07-31";
const REMARK = { sheet: SUMMARY, row: 7, col: 16, type: "3项待单位补报" };
const ACTUAL = { sheet: "2 检察业务费", row: 10, col: 7, type: "100%" };

/** A cell's number as held (values mode). */
const count = (held: string | undefined) => Number(/^v:(\d+)$/.exec(held ?? "")?.[1] ?? NaN);

describe.each(BOTH_DRIVERS)("$name", (driver: Driver<unknown>) => {
  describe.each(BOTH_MODES)("$mode", ({ formulas }) => {
    test("待填报数 and 无法识别数 beside the light counts; an actual typed counts one less; their cells stay", async () => {
      const first = await driver.check(await driver.open(SAMPLE), formulas, AT);
      const held = await driver.held(first.workbook);
      const cell = (h: typeof held, a1: string) => h.cells.get(`${SUMMARY}!${a1}`);
      expect([cell(held, "M6"), cell(held, "N6"), cell(held, "O6")]).toEqual([
        'v:"绿灯数"',
        'v:"待填报数"',
        'v:"无法识别数"',
      ]);
      if (formulas) {
        // The block's 状态 cells of 检察业务费 (J11:J16), counted in either language.
        expect(cell(held, "N8")).toBe(`f:SUM(COUNTIF('2 检察业务费'!$J$11:$J$16,{"待填报","pending"}))`);
        expect(cell(held, "O8")).toBe(`f:SUM(COUNTIF('2 检察业务费'!$J$11:$J$16,{"无法识别","not understood"}))`);
      } else {
        // Each row adds up to its table's indicators; the pending ones are the report's 17.
        const rows = first.check!.tables.filter((t) => t.table.kind !== "unit");
        let pending = 0;
        rows.forEach((t, i) => {
          const r = 7 + i;
          const cells = ["J", "K", "L", "M", "N", "O"].map((c) => count(cell(held, `${c}${r}`)));
          expect({ r, sum: cells.reduce((a, b) => a + b, 0) }).toEqual({ r, sum: t.results.length });
          pending += cells[4];
        });
        expect(pending).toBe(17);
        expect(count(cell(held, "N8"))).toBe(3); // 检察业务费: 工作完成率, 预算执行率, 完成时限
      }

      const typed = await driver.edit(first.workbook, [ACTUAL, REMARK]);
      const typedActual = (await driver.held(typed)).cells.get("2 检察业务费!H11");
      const second = await driver.check(typed, formulas, AT);
      const after = await driver.held(second.workbook);
      if (formulas) expect(cell(after, "N8")).toBe(cell(held, "N8"));
      else expect(count(cell(after, "N8"))).toBe(2);
      expect(cell(after, "Q8")).toBe(`v:${JSON.stringify(REMARK.type)}`);
      expect(after.cells.get("2 检察业务费!H11")).toBe(typedActual);
      const third = await driver.check(second.workbook, formulas, AT);
      expect(heldOnSheet(await driver.held(third.workbook), SUMMARY)).toBe(heldOnSheet(after, SUMMARY));
    });
  });
});
