/**
 * core/relocate: a finding's row found again in the sheet's values after the clerk moved cells since the check. The
 * seed's sheet (seven goal tables from one template: 预算执行率, 服务对象满意度 … in most of them) checked, then its
 * values edited as the clerk's edits leave them.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { keyCol, keyRow } from "../../src/core/a1";
import { checkWorkbook } from "../../src/core/check";
import {
  RELOCATE_CELLS,
  cellAnchor,
  jumpCell,
  relocate,
  relocationWindow,
  rowAnchor,
  rowMarks,
  type RowAnchor,
  type ValueGrid,
} from "../../src/core/relocate";
import { DEFAULT_SETTINGS, type CellRef, type CheckResult, type SheetSnapshot } from "../../src/core/types";
import { snapshotFromXlsx } from "../../src/host/xlsx/snapshot";

let check: CheckResult;
let sheet: SheetSnapshot;
beforeAll(async () => {
  const bytes = readFileSync(path.join(__dirname, "../fixtures/seed-one-sheet.xlsx"));
  const { snapshot } = await snapshotFromXlsx(bytes);
  check = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: "2024-08-15" });
  sheet = snapshot.sheets[0];
});

const grid = (values: unknown[][] = sheet.values): ValueGrid => ({
  top: sheet.originRow,
  left: sheet.originCol,
  values,
});
/** The sheet's values as a 0-based full grid from A1 (so edits are by absolute row and column). */
const full = (): unknown[][] => {
  const rows: unknown[][] = Array.from({ length: sheet.originRow }, () => []);
  for (const row of sheet.values) rows.push([...Array<unknown>(sheet.originCol).fill(null), ...row]);
  return rows;
};
const fromA1 = (values: unknown[][]): ValueGrid => ({ top: 0, left: 0, values });

/** The indicator `name` of table `table` (by its name): its row's target cell, as the pane's finding points to it. */
function finding(table: string, name: string): { cell: CellRef; anchor: RowAnchor } {
  const t = check.tables.find((c) => c.table.name === table)!.table;
  const indicator = t.indicators.find((i) => i.name === name)!;
  const cell = { sheet: t.sheet, row: keyRow(indicator.targetCell), col: keyCol(indicator.targetCell) };
  return { cell, anchor: rowAnchor(check, cell)! };
}

test("the anchor names the indicator and which of the sheet's indicators of that name it is", () => {
  const { anchor } = finding("司法救助", "预算执行率");
  expect(anchor).toMatchObject({ name: "预算执行率", nameRow: 101, nameCol: 2, nth: 1, target: { text: "≥90%" } });
  // 预算执行率 in column C in five tables; 装备采购's is in column D
  expect(anchor.of).toBe(5);
  const header = check.tables.find((c) => c.table.name === "司法救助")!.table.header.row;
  expect(rowAnchor(check, { sheet: sheet.name, row: header, col: 0 })).toBeNull(); // the header row: no indicator's
  expect(rowAnchor(check, { sheet: sheet.name, row: 7, col: 0 })).toBeNull(); // goals written in prose: no row
});

test("nothing moved: the same cell", () => {
  const { cell, anchor } = finding("检察业务费", "服务对象满意度");
  expect(relocate(grid(), anchor)).toEqual({ cell, moved: false });
});

test("rows inserted above: the row moved down; another table's indicator of the same name that moved onto the old row is not taken", () => {
  const { cell, anchor } = finding("司法救助", "预算执行率"); // row 102
  const values = full();
  // 38 rows inserted above 检察业务费: its 预算执行率 (row 64) now stands on row 102, where 司法救助's was
  values.splice(51, 0, ...Array.from({ length: 38 }, () => []));
  expect(values[cell.row][anchor.nameCol]).toBe("预算执行率");
  expect(relocate(fromA1(values), anchor)).toEqual({ cell: { ...cell, row: cell.row + 38 }, moved: true });
});

test("rows deleted above: the row moved up", () => {
  const { cell, anchor } = finding("劳务费", "单位人员满意度");
  const values = full();
  values.splice(49, 2); // the two empty rows between 办公用品采购 and 检察业务费
  values.splice(61, 1); // 检察业务费's 工作合格率(%) row
  expect(relocate(fromA1(values), anchor)).toEqual({ cell: { ...cell, row: cell.row - 3 }, moved: true });
});

test("a column inserted left of the tables: the cell moves right with its row's name", () => {
  const { cell, anchor } = finding("检察业务费", "预算执行率");
  const values = full().map((row) => [null, ...row]);
  expect(relocate(fromA1(values), anchor)).toEqual({ cell: { ...cell, col: cell.col + 1 }, moved: true });
});

test("a column inserted between the name and the target: the target is found by its text, the name cell stays", () => {
  const { cell, anchor } = finding("检察业务费", "预算执行率");
  const values = full().map((row) => [...row.slice(0, 4), null, ...row.slice(4)]);
  expect(relocate(fromA1(values), anchor)).toEqual({ cell: { ...cell, col: cell.col + 1 }, moved: true });
  const name = { ...cell, col: anchor.nameCol };
  expect(relocate(fromA1(values), { ...anchor, cell: name })).toEqual({ cell: name, moved: false });
});

test("the table sorted: the row is where its name is now", () => {
  const { cell, anchor } = finding("检察业务费", "工作完成率(%)"); // the first of rows 61–66
  const values = full();
  const rows = values.slice(61, 67).reverse();
  values.splice(61, 6, ...rows);
  expect(relocate(fromA1(values), anchor)).toEqual({ cell: { ...cell, row: 66 }, moved: true });
});

test("a name that is also the row's target is found in its own column", () => {
  const { cell, anchor } = finding("办公用品采购", "维持单位正常运转");
  const values = full().map((row) => [null, ...row]);
  expect(relocate(fromA1(values), anchor)).toEqual({ cell: { ...cell, col: cell.col + 1 }, moved: true });
});

test("not guessed: the row deleted, or another table's row of the same name deleted", () => {
  const { cell, anchor } = finding("司法救助", "预算执行率");
  const without = full();
  without.splice(cell.row, 1);
  expect(relocate(fromA1(without), { ...anchor, name: "换了名字" })).toEqual({ lost: "not-found" });
  expect(relocate(fromA1(without), anchor)).toEqual({ lost: "ambiguous" });
  const other = full();
  other.splice(63, 1); // 检察业务费's 预算执行率: four left in column C where the check found five
  expect(relocate(fromA1(other), anchor)).toEqual({ lost: "ambiguous" });
  expect(jumpCell(cell, { lost: "ambiguous" })).toEqual({ cell, lost: "ambiguous" });
  expect(jumpCell(cell, null)).toEqual({ cell });
});

describe("relocationWindow: how much of the sheet a jump reads", () => {
  test("a goal sheet's used range is read whole", () => {
    const { anchor } = finding("司法救助", "预算执行率");
    const used = { top: 0, left: 0, bottom: 400, right: 30 };
    expect(relocationWindow(used, anchor)).toEqual(used);
  });

  test("a value typed at XFD1048576: the columns up to the finding's and some, the rows the budget leaves", () => {
    const { anchor } = finding("司法救助", "预算执行率");
    const used = { top: 0, left: 0, bottom: 1_048_575, right: 16_383 };
    const part = relocationWindow(used, anchor);
    const cells = (part.bottom - part.top + 1) * (part.right - part.left + 1);
    expect(cells).toBeLessThanOrEqual(RELOCATE_CELLS);
    expect(part.right).toBeGreaterThanOrEqual(Math.max(anchor.cell.col, anchor.nameCol) + 32);
    expect(part.bottom).toBeGreaterThan(anchor.nameRow + 1_000);
    // The finding is found in that part as in the whole sheet.
    const values = full().slice(0, part.bottom + 1);
    expect(relocate(fromA1(values), anchor)).toEqual({ cell: anchor.cell, moved: false });
  });
});

describe("two indicators of one name in a table, swapped by a sort", () => {
  /** The seed with 司法救助's 工作合格率(%) (row 101, 质量指标, 100%) retyped 预算执行率 above its 预算执行率 (成本指标, ≥90%). */
  function twoOfOneName(): { check: CheckResult; values: unknown[][] } {
    const values = full();
    values[100][2] = "预算执行率";
    const renamed: SheetSnapshot = { ...sheet, originRow: 0, originCol: 0, values: values as SheetSnapshot["values"] };
    return { check: checkWorkbook({ sheets: [renamed] }, { ...DEFAULT_SETTINGS, asOf: "2024-08-15" }), values };
  }
  const swapped = (values: unknown[][]) => {
    const sorted = values.map((row) => [...row]);
    [sorted[100], sorted[101]] = [sorted[101], sorted[100]];
    return sorted;
  };

  test("the one clicked is followed by its target, though the other (or the sheet's others) hold its own", () => {
    const { check: two, values } = twoOfOneName();
    const rows = [100, 101];
    for (const [row, other] of [rows, [...rows].reverse()]) {
      const cell = { sheet: sheet.name, row, col: 5 };
      const anchor = rowAnchor(two, cell)!;
      expect(anchor.of).toBe(6);
      expect(relocate(fromA1(swapped(values)), anchor)).toEqual({ cell: { ...cell, row: other }, moved: true });
      expect(relocate(fromA1(values), anchor)).toEqual({ cell, moved: false });
    }
  });

  test("told by the 二级指标 where the targets are the same", () => {
    const { values } = twoOfOneName();
    values[100][5] = "≥90%"; // both ≥90%: only 质量指标 / 成本指标 tell them apart
    const same = checkWorkbook(
      { sheets: [{ ...sheet, originRow: 0, originCol: 0, values: values as SheetSnapshot["values"] }] },
      { ...DEFAULT_SETTINGS, asOf: "2024-08-15" },
    );
    const anchor = rowAnchor(same, { sheet: sheet.name, row: 101, col: 5 })!;
    expect(relocate(fromA1(swapped(values)), anchor)).toEqual({
      cell: { sheet: sheet.name, row: 100, col: 5 },
      moved: true,
    });
  });

  test("nothing told them apart (the same row twice): the order, as before", () => {
    const values = full();
    values[100] = [...values[101]];
    const same = checkWorkbook(
      { sheets: [{ ...sheet, originRow: 0, originCol: 0, values: values as SheetSnapshot["values"] }] },
      { ...DEFAULT_SETTINGS, asOf: "2024-08-15" },
    );
    const anchor = rowAnchor(same, { sheet: sheet.name, row: 101, col: 5 })!;
    expect(anchor.tells[anchor.nth]).toEqual([]);
    expect(relocate(fromA1(values), anchor)).toEqual({ cell: { sheet: sheet.name, row: 101, col: 5 }, moved: false });
  });
});

describe("rows that are no indicator's: marked at the check, found again by their texts", () => {
  let marked: CheckResult;
  beforeAll(async () => {
    const bytes = readFileSync(path.join(__dirname, "../fixtures/seed-one-sheet.xlsx"));
    const { snapshot } = await snapshotFromXlsx(bytes);
    marked = { ...check, rows: rowMarks(snapshot, check, []) };
  });
  const at = (row: number, col: number) => cellAnchor(marked, { sheet: sheet.name, row, col })!;

  test("a header block's money line, the header row, a goal in prose: moved with rows and columns inserted", () => {
    const values = full().map((row) => [null, ...row]);
    values.splice(2, 0, [], []); // two rows at the top, inside the prose
    for (const [row, col] of [
      [92, 2], // 司法救助's 预算数 (the execution line without a 执行数)
      [98, 0], // its header row's 一级指标
      [16, 0], // a goal written in prose
    ])
      expect(relocate(fromA1(values), at(row, col))).toEqual({
        cell: { sheet: sheet.name, row: row + 2, col: col + 1 },
        moved: true,
      });
  });

  test("a row holding no text (a schedule's percentages) goes with the row of texts above it", () => {
    const anchor = at(95, 3);
    expect(anchor).toMatchObject({ mark: { row: 95, at: 94, nth: 3, of: 8 } });
    const values = full();
    values.splice(51, 0, ...Array.from({ length: 5 }, () => []));
    expect(relocate(fromA1(values), anchor)).toEqual({ cell: { sheet: sheet.name, row: 100, col: 3 }, moved: true });
  });

  test("another table's such row deleted: seven where the check found eight, not guessed; the texts gone: not found", () => {
    const values = full();
    values.splice(56, 1); // 检察业务费's 资金支出计划（%）
    expect(relocate(fromA1(values), at(95, 3))).toEqual({ lost: "ambiguous" });
    const retyped = full();
    retyped[16] = ["绩效指标：改写了"];
    expect(relocate(fromA1(retyped), at(16, 0))).toEqual({ lost: "not-found" });
  });

  test("a cell the plan writes is not the clerk's text: left out of the mark", async () => {
    const bytes = readFileSync(path.join(__dirname, "../fixtures/seed-one-sheet.xlsx"));
    const { snapshot } = await snapshotFromXlsx(bytes);
    const ours = rowMarks(snapshot, check, [
      { op: "setValue", cell: { sheet: sheet.name, row: 92, col: 5 }, value: "其他资金" },
    ]).find((m) => m.row === 92)!;
    expect(ours.labels.map((l) => l.text)).not.toContain("其他资金");
  });
});
