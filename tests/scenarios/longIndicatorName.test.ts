/**
 * hosts64: the clerk writes a group's 二级指标 only on its first row (B46 left blank) and a 三级指标 name longer than
 * 255 characters on that row. Formulas mode passed the texts the reader carried down to PERF.STATUS / PERF.LIGHT as an
 * array constant, and Excel refuses a formula with a text constant over 255 characters (tests/host/cellLimits.ts): the
 * strict Excel fake rejected the whole write, so the check failed. Now that row's two cells are written as their values
 * (as value mode writes them) and every other row keeps its formulas. Between two checks the clerk types the row's
 * actual value: it is kept, the row's status follows it, nothing else changes, and Clear marks leaves the clerk's cells.
 */
import { cellName, columnLetters } from "../../src/core/a1";
import { BOTH_DRIVERS, type Driver } from "./drivers";

jest.setTimeout(240_000);

const S = "预算项目绩效目标";
const ROW = 45; // 0-based: Excel row 46, 质量指标 | 运转保障率 under the first table's 产出指标 (target 100%)
const LONG = `运转保障率${"（含各处室日常办公、会议、差旅、印刷、水电物业等事项的经费保障情况说明）".repeat(8)}`;

describe.each(BOTH_DRIVERS)("$name", (driver: Driver<unknown>) => {
  test("a 三级指标 name over 255 characters with its 二级 blank: the row's judgement is written as values", async () => {
    expect(LONG.length).toBeGreaterThan(255);
    const user = await driver.edit(await driver.open(), [
      { sheet: S, type: null, row: ROW, col: 1 },
      { sheet: S, type: LONG, row: ROW, col: 2 },
    ]);
    const clerk = await driver.held(user); // before the checks: the Excel driver's workbook changes in place
    const once = await driver.check(user, true);
    const first = await driver.held(once.workbook);
    const row = [...first.cells].filter(([k]) => new RegExp(`^${S}![A-Z]+${ROW + 1}$`).test(k));
    // The row's status and light are there, as values; the rows around it keep their PERF formulas.
    expect(row.filter(([, v]) => /PERF\./.test(v))).toEqual([]);
    const around = [...first.cells].filter(
      ([k, v]) => new RegExp(`^${S}![A-Z]+4[57]$`).test(k) && /PERF\.STATUS/.test(v),
    );
    expect(around).toHaveLength(2);
    const statusCol = around[0][0].slice(S.length + 1).replace(/\d+$/, "");
    expect(first.cells.get(`${S}!${statusCol}${ROW + 1}`)).toMatch(/^v:/);

    // Between the checks the clerk types the row's actual value into our 实际完成值 column.
    const header = [...first.cells].find(
      ([k, v]) => k.startsWith(`${S}!`) && k.endsWith("44") && v === `v:${JSON.stringify("实际完成值")}`,
    );
    expect(header).toBeDefined();
    const actualCol = header![0].slice(S.length + 1).replace(/\d+$/, "");
    const typed = await driver.edit(once.workbook, [{ sheet: S, type: 0.5, row: ROW, col: colIndex(actualCol) }]);
    const twice = await driver.check(typed, true);
    const second = await driver.held(twice.workbook);
    expect(second.cells.get(`${S}!${actualCol}${ROW + 1}`)).toBe("v:0.5");
    expect(second.cells.get(`${S}!${cellName(ROW, 2)}`)).toBe(`v:${JSON.stringify(LONG)}`);
    expect(second.cells.get(`${S}!${statusCol}${ROW + 1}`)).not.toBe(first.cells.get(`${S}!${statusCol}${ROW + 1}`));
    expect(twice.messages.join("\n")).not.toMatch(/已保留未改/);
    const thrice = await driver.held((await driver.check(twice.workbook, true)).workbook);
    expect(thrice).toEqual(second);

    const cleared = await driver.held((await driver.clear(twice.workbook)).workbook);
    expect(cleared.cells.get(`${S}!${actualCol}${ROW + 1}`)).toBe("v:0.5");
    cleared.cells.delete(`${S}!${actualCol}${ROW + 1}`);
    cleared.cells.delete(`${S}!${actualCol}44`); // the filled 实际完成值 column keeps its header
    expect(Object.fromEntries(cleared.cells)).toEqual(Object.fromEntries(clerk.cells));
  });
});

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  expect(columnLetters(n - 1)).toBe(letters);
  return n - 1;
}
