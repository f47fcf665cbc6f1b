/**
 * The prose reader's upward searches (heading, note title, list header above a cell) take the answer of the last
 * search in the same column beyond the row it started from (ScansAbove), so a column of thousands of long texts is
 * walked once: asked in increasing rows, they must answer exactly as a search from scratch does. So must the unit of a
 * list's amounts (the sheet's first unit line, the column's largest amount), looked for once per sheet and column, in
 * whatever order the rows are asked.
 */
import fc from "fast-check";
import { ScansAbove } from "../../../src/core/prose/extractProse";
import { SheetGrid } from "../../../src/core/read/sheetGrid";
import type { CellRange, CellValue } from "../../../src/core/types";

const LONG = "全年组织培训不少于12期，参训人员满意度达到90%以上。";
const value: fc.Arbitrary<CellValue> = fc.constantFrom(
  null,
  "",
  LONG,
  "二、效益指标",
  "一、项目基本情况",
  "（三）年度绩效目标",
  "填表说明",
  "备注",
  "绩效目标",
  "评分标准",
  "合计",
);

/** Two columns of up to 30 rows, and up to two read tables covering some of their cells. */
const sheet = fc.record({
  rows: fc.array(fc.array(value, { minLength: 2, maxLength: 2 }), { maxLength: 30 }),
  tables: fc.array(
    fc.record({
      top: fc.integer({ min: 0, max: 29 }),
      height: fc.integer({ min: 1, max: 5 }),
      left: fc.integer({ min: 0, max: 1 }),
    }),
    { maxLength: 2 },
  ),
  // Which of the three searches each cell asks (a bit each): the reader skips some, as its conditions say.
  asked: fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 60, maxLength: 60 }),
});

test("searches asked down a column answer as searches from scratch", () => {
  fc.assert(
    fc.property(sheet, ({ rows, tables, asked }) => {
      const grid = new SheetGrid({ name: "S", originRow: 0, originCol: 0, values: rows, merges: [] });
      const ranges: CellRange[] = tables.map((t) => ({
        top: t.top,
        bottom: t.top + t.height - 1,
        left: t.left,
        right: t.left,
      }));
      const scans = new ScansAbove(grid, ranges);
      for (let r = 0; r < rows.length; r++)
        for (let c = 0; c < 2; c++) {
          const ask = asked[r * 2 + c];
          const fresh = new ScansAbove(grid, ranges);
          if (ask & 1) expect(scans.heading(r, c)).toEqual(fresh.heading(r, c));
          if (ask & 2) expect(scans.noteTitle(r, c)).toBe(fresh.noteTitle(r, c));
          if (ask & 4) expect(scans.headerRow(r, c)).toBe(fresh.headerRow(r, c));
        }
    }),
    { numRuns: 500 },
  );
});

/** Cells of a list of projects: unit lines above or among the rows, small and large amounts, names. */
const listValue: fc.Arbitrary<CellValue> = fc.constantFrom(
  null,
  "单位：元",
  "金额单位：万元",
  "（单位：亿元）",
  "项目名称",
  "年度预算安排",
  12.5,
  168.168,
  1681680,
  "2,781,680",
  "35万元",
  LONG,
);
const header = fc.constantFrom("年度预算安排", "预算数（元）", "资金安排(单位:万元)", "项目金额");
const listedItem = fc.constantFrom("≥77台", "≤1681680元", "<12.5万元", "168.168万元", "");

test("a list's money units answer as searches from scratch, asked in any order", () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(listValue, { minLength: 3, maxLength: 3 }), { maxLength: 30 }),
      // Per cell: when it is asked (none: not asked), its column's header, its listed items (or none).
      fc.array(fc.tuple(fc.option(fc.nat(200)), header, fc.option(fc.array(listedItem, { maxLength: 3 }))), {
        minLength: 90,
        maxLength: 90,
      }),
      (rows, asks) => {
        const grid = new SheetGrid({ name: "S", originRow: 0, originCol: 0, values: rows, merges: [] });
        const scans = new ScansAbove(grid, []);
        const cells = asks
          .map(([when, head, items], i) => ({ when, head, items, row: Math.floor(i / 3), col: i % 3 }))
          .filter((a) => a.when !== null && a.row < rows.length)
          .sort((a, b) => a.when! - b.when!);
        for (const { head, items, row, col } of cells) {
          const value = rows[row][col];
          const amount = typeof value === "number" ? value : 168.168;
          const listed = items && {
            goal: "",
            items: items.map((text) => ({ level1: "", level2: "", name: "", text, line: text })),
          };
          const fresh = new ScansAbove(grid, []);
          expect(scans.moneyUnit(row, col, head, amount, listed)).toBe(fresh.moneyUnit(row, col, head, amount, listed));
        }
      },
    ),
    { numRuns: 500 },
  );
});
