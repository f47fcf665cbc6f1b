/**
 * SheetGrid keeps per row whether some filled cell of it labels an indicator column, holds a summary word alone or a
 * title's text (rowHas: its cells' record bits ORed as the grid is built), so the header scan (mayHoldHeader), the
 * indicator block's summary check (hasSummaryCell) and the title searches (twoNearestTitles, titlesWithoutTable) skip
 * the rows without one instead of walking their cells. The bits must say
 * what the walk over the row's cells says, for any row, dense or sparse grid, merged or not.
 */
import fc from "fast-check";
import { separateMerges } from "./mergeArbitrary";
import { SHEET_COLUMNS, SHEET_ROWS } from "../../../src/core/a1";
import { CellText, COLUMN_LABEL, SUMMARY_WORD, TITLE } from "../../../src/core/read/cellText";
import { HeaderScan } from "../../../src/core/read/indicatorHeader";
import { SheetGrid } from "../../../src/core/read/sheetGrid";
import type { CellValue, SheetSnapshot } from "../../../src/core/types";

/** Column labels (some spelled as units write them), summary words, texts that are neither, numbers, blanks. */
const value: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.constant("  "),
  fc.constantFrom("三级指标", "指 标 值", "一级指标", "年度指标值*", "实际完成值", "分值", "指标名称"),
  fc.constantFrom("合计", "总分", " 总 计 ", "得分合计", "合计数", "数量指标", "办公用品", "指标"),
  fc.constantFrom("1.办公用品采购绩效目标表", "项目绩效目标", "绩效自评", "评价方式:部门绩效自评", "绩效目标表 说明"),
  fc.integer({ min: -3, max: 3 }),
  // Any number as a cell holds it: a grid takes its bits as 0 without asking (TextTable.idOf).
  fc.double(),
  fc.integer(),
);

const merges = separateMerges;

/** Rows of values, some of them holes. */
const rows = fc.array(fc.option(fc.array(value, { maxLength: 8 }), { nil: undefined, freq: 3 }), { maxLength: 10 });

/** What the walk over a row's filled cells answered before the grid kept it per row. */
function walked(grid: SheetGrid, row: number, holds: (cell: CellText) => boolean): boolean {
  return grid.cellsOfRow(row).some((c) => holds(grid.cell(row, c)));
}

describe("a row's bits (SheetGrid.rowHas)", () => {
  test("say what a walk over the row's filled cells says, dense or sparse, for every row (fails on main: no rowHas)", () => {
    fc.assert(
      fc.property(rows, merges, fc.boolean(), (values, areas, stray) => {
        const held = values.slice() as CellValue[][];
        // A stray value at XFD1048576 makes the grid sparse (indexed by the cells held).
        if (stray) held[SHEET_ROWS - 1] = Object.assign([], { [SHEET_COLUMNS - 1]: "合计" }) as CellValue[];
        const snapshot: SheetSnapshot = { name: "S", originRow: 0, originCol: 0, values: held, merges: areas };
        const grid = new SheetGrid(snapshot);
        const asked = [...Array(values.length + 2).keys()].map((r) => r - 1);
        if (stray) asked.push(SHEET_ROWS - 2, SHEET_ROWS - 1, SHEET_ROWS);
        for (const r of asked) {
          expect(grid.rowHas(r, COLUMN_LABEL)).toBe(walked(grid, r, (cell) => cell.column !== null));
          expect(grid.rowHas(r, SUMMARY_WORD)).toBe(walked(grid, r, (cell) => cell.isSummaryWord));
          expect(grid.rowHas(r, TITLE)).toBe(walked(grid, r, (cell) => cell.isTitle));
        }
      }),
    );
  });

  test("are 0 for a number without its record being asked (fails on main: each new number's label worked out)", () => {
    // Numbers not seen before in this process (the text table is shared): amounts, shares, counts as clerks type them.
    const fresh = () => Math.round(Math.random() * 1e9) / 100;
    const values = [...Array(50).keys()].map((): CellValue[] => [fresh(), -fresh(), fresh() * 1e21, 0.5 + fresh()]);
    const column = jest.spyOn(CellText.prototype, "column", "get");
    const title = jest.spyOn(CellText.prototype, "isTitle", "get");
    try {
      const grid = new SheetGrid({ name: "S", originRow: 0, originCol: 0, values, merges: [] });
      for (let r = 0; r < values.length; r++) expect(grid.rowHas(r, COLUMN_LABEL | SUMMARY_WORD | TITLE)).toBe(false);
      expect(column).not.toHaveBeenCalled();
      expect(title).not.toHaveBeenCalled();
    } finally {
      column.mockRestore();
      title.mockRestore();
    }
  });

  test("spare the header scan a look at the cells of rows labelling no column (fails on main: every cell asked)", () => {
    // Indicator rows: 二级 mentioning 指标, names, targets — no column label among them.
    const indicatorRow = (i: number): CellValue[] => ["产出指标", "数量指标", `行${i}的名称 ${Math.random()}`, "≥90%"];
    const values = [...Array(200).keys()].map(indicatorRow);
    const grid = new SheetGrid({ name: "S", originRow: 0, originCol: 0, values, merges: [] });
    const column = jest.spyOn(CellText.prototype, "column", "get");
    try {
      expect(new HeaderScan(grid).at(0)).toBeUndefined();
      expect(column).not.toHaveBeenCalled();
    } finally {
      column.mockRestore();
    }
  });
});
