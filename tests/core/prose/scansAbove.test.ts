/**
 * The prose reader's upward searches (heading, note title, list header above a cell) take the answer of the last
 * search in the same column beyond the row it started from (ScansAbove), so a column of thousands of long texts is
 * walked once: asked in increasing rows, they must answer exactly as a search from scratch does.
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
