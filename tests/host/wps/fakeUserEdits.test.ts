/**
 * What the clerk does in WPS between two checks that the adapter never does, on the WPS fake: cells merged
 * (Range.Merge / UnMerge: MERGE), columns hidden (Range.EntireColumn.Hidden: HIDDEN), a sheet copied (Worksheet.Copy:
 * COPY) — and what the fake refuses of them, as WPS does or because it is not imitated.
 */
import { XL } from "../../../src/host/wps/model";
import { FakeWps, emptySheet, type FakeModel } from "./fake";

function workbook(): FakeWps {
  const a = emptySheet("表一");
  const b = emptySheet("汇总");
  a.cells.set("0,0", { value: "指标", formula: null, numberFormat: "General" }); // A1
  a.cells.set("1,0", { value: 5, formula: null, numberFormat: "General" }); // A2
  a.rules.push({ ranges: [{ top: 1, left: 0, bottom: 9, right: 0 }], formula: "A2>3" });
  const model: FakeModel = { sheets: [a, b], names: new Map() };
  return new FakeWps(model);
}

describe("Range.Merge and UnMerge", () => {
  test("Merge makes one area, Merge(true) one per row; the upper-left value stays; UnMerge takes every area met", () => {
    const fake = workbook();
    const ws = fake.userSheet("表一");
    ws.Range("A2:B3").Merge();
    ws.Range("D1:E2").Merge(true);
    expect(fake.sheet("表一").merges).toEqual([
      { top: 1, left: 0, bottom: 2, right: 1 },
      { top: 0, left: 3, bottom: 0, right: 4 },
      { top: 1, left: 3, bottom: 1, right: 4 },
    ]);
    expect(ws.Range("B3").MergeArea.Address()).toBe("$A$2:$B$3");
    expect(ws.Range("A2").Value2).toBe(5);
    ws.Range("E2").UnMerge();
    expect(fake.sheet("表一").merges).toHaveLength(2);
  });

  test("refused: another cell holding something, an area already merged met, a table's cells, a protected sheet", () => {
    const fake = workbook();
    const ws = fake.userSheet("表一");
    expect(() => ws.Range("A1:A2").Merge()).toThrow(/upper-left/);
    ws.Range("C1:C2").Merge();
    expect(() => ws.Range("C2:C3").Merge()).toThrow(/merged area/);
    expect(() => ws.Range("F1").Merge()).toThrow(/一个单元格/);
    ws.Range("F6:G6").Value2 = [["名称", "金额"]];
    fake.addTable("表一", { top: 5, left: 5, bottom: 7, right: 6 });
    expect(() => ws.Range("F7:G8").Merge()).toThrow(/表格/);
    fake.sheet("表一").protected = true;
    expect(() => ws.Range("H1:H2").Merge()).toThrow(/受保护/);
    expect(fake.sheet("表一").merges).toHaveLength(1);
  });
});

describe("Range.Hidden", () => {
  test("whole columns hide and show; EntireColumn gives a cell's column; other ranges are refused", () => {
    const fake = workbook();
    const ws = fake.userSheet("表一");
    ws.Range("C5").EntireColumn.Hidden = true;
    ws.Range("E:F").Hidden = true;
    expect([...fake.sheet("表一").hiddenColumns].sort()).toEqual([2, 4, 5]);
    expect(ws.Range("E:F").Hidden).toBe(true);
    expect(ws.Range("A:A").Hidden).toBe(false);
    expect(() => ws.Range("C5").Hidden).toThrow(/整行或整列/);
    expect(() => (ws.Range("C5").Hidden = true)).toThrow(/整行或整列/);
    ws.Range("F:F").Hidden = false;
    expect([...fake.sheet("表一").hiddenColumns].sort()).toEqual([2, 4]);
  });

  test("columns inserted or deleted on a sheet with hidden columns are refused (not imitated); rows are not", () => {
    const fake = workbook();
    fake.userSheet("表一").Range("C:C").Hidden = true;
    expect(() => fake.insertColumns("表一", 0, 1)).toThrow(/hidden columns/);
    fake.insertRows("表一", 0, 1);
    expect([...fake.sheet("表一").hiddenColumns]).toEqual([2]);
  });
});

describe("Worksheet.Copy", () => {
  test("the copy holds the sheet's cells, rules and hidden columns, named (2), after or before the sheet given", () => {
    const fake = workbook();
    const ws = fake.userSheet("表一");
    ws.Range("C:C").Hidden = true;
    ws.Copy(null, fake.userSheet("汇总"));
    ws.Copy(fake.userSheet("表一"));
    expect(fake.model.sheets.map((s) => s.name)).toEqual(["表一 (3)", "表一", "汇总", "表一 (2)"]);
    const copy = fake.sheet("表一 (2)");
    expect(copy.cells.get("1,0")?.value).toBe(5);
    expect(copy.rules).toEqual(fake.sheet("表一").rules);
    expect(copy.rules[0]).not.toBe(fake.sheet("表一").rules[0]);
    expect([...copy.hiddenColumns]).toEqual([2]);
    expect(fake.app.ActiveSheet!.Name).toBe("表一 (3)");
    // A code name no other sheet has, unless told to keep the original's.
    expect(new Set(fake.model.sheets.map((s) => s.codeName)).size).toBe(4);
    const same = workbook();
    same.copyCodeName = "same";
    same.userSheet("表一").Copy(null, same.userSheet("表一"));
    expect(same.sheet("表一 (2)").codeName).toBe("表一");
  });

  test("refused: Before and After both given, neither (a new workbook), a protected workbook structure", () => {
    const fake = workbook();
    const ws = fake.userSheet("表一");
    expect(() => ws.Copy(fake.userSheet("汇总"), fake.userSheet("汇总"))).toThrow(/不能同时指定/);
    expect(() => ws.Copy()).toThrow(/新工作簿/);
    fake.model.structureProtected = true;
    expect(() => ws.Copy(null, fake.userSheet("汇总"))).toThrow(/结构受保护/);
    expect(fake.model.sheets).toHaveLength(2);
  });
});

test("a hidden column's width is not imitated: read or set, refused", () => {
  const fake = workbook();
  const ws = fake.userSheet("表一");
  ws.Range("C:C").Hidden = true;
  expect(() => ws.Range("C:C").ColumnWidth).toThrow(/隐藏列的列宽/);
  expect(() => ws.Range("B:C").UseStandardWidth).toThrow(/隐藏列的列宽/);
  expect(() => (ws.Range("C:C").ColumnWidth = 12)).toThrow(/隐藏列的列宽/);
  ws.Range("B:B").ColumnWidth = 12;
  expect(ws.Range("B:B").ColumnWidth).toBe(12);
});

// excel61: 数据 → 创建组 (RULES: OUTLINE): a row never grouped reads 1; one row at a time; 1–8.
describe("Range.OutlineLevel", () => {
  test("a row grouped reads its level, one never grouped 1; several rows, a column or a level past 8 refused", () => {
    const fake = workbook();
    const ws = fake.userSheet("汇总");
    expect(ws.Range("3:3").OutlineLevel).toBe(1);
    ws.Range("3:3").OutlineLevel = 2;
    expect(ws.Range("3:3").OutlineLevel).toBe(2);
    expect(fake.sheet("汇总").outlineLevels).toEqual(new Map([[2, 2]]));
    ws.Range("3:3").OutlineLevel = 1;
    expect(fake.sheet("汇总").outlineLevels?.size).toBe(0);
    expect(() => ws.Range("3:4").OutlineLevel).toThrow(/OutlineLevel/);
    expect(() => ws.Range("A:A").OutlineLevel).toThrow(/OutlineLevel/);
    expect(() => (ws.Range("3:3").OutlineLevel = 9)).toThrow(/1–8/);
  });
});

// borders61: 开始 → 边框 (BORDERS): an outer edge drawn on the cells along it, read back as one answer when they agree.
describe("Range.Borders", () => {
  test("xlEdgeBottom of a row is its cells' bottoms; cells that differ read null; the inside edges and odd styles refused", () => {
    const fake = workbook();
    const ws = fake.userSheet("汇总");
    expect(ws.Range("A3:C3").Borders.Item(XL.edgeBottom).LineStyle).toBe(XL.lineStyleNone);
    ws.Range("A3:C3").Borders.Item(XL.edgeBottom).LineStyle = 1; // xlContinuous
    expect(ws.Range("A3:C3").Borders.Item(XL.edgeBottom).LineStyle).toBe(1);
    expect(ws.Range("A3:C3").Borders.Item(XL.edgeTop).LineStyle).toBe(XL.lineStyleNone);
    // The row below keeps its own top: a line between two rows is read from the cells it was drawn on.
    expect(ws.Range("A4:C4").Borders.Item(XL.edgeTop).LineStyle).toBe(XL.lineStyleNone);
    expect(ws.Range("A3:D3").Borders.Item(XL.edgeBottom).LineStyle).toBeNull();
    expect(fake.sheet("汇总").cells.get("2,1")?.borders).toEqual({ bottom: 1 });
    ws.Range("B3").Borders.Item(XL.edgeBottom).LineStyle = XL.lineStyleNone;
    expect(fake.sheet("汇总").cells.has("2,1")).toBe(false);
    expect(() => ws.Range("A3:C4").Borders.Item(12)).toThrow(/未模拟/); // xlInsideHorizontal
    expect(() => ws.Range("A3").Borders.Item(3)).toThrow(/XlBordersIndex/);
    expect(() => (ws.Range("A3").Borders.Item(XL.edgeLeft).LineStyle = 2)).toThrow(/边框样式/);
  });
});
