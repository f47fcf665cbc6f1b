/**
 * summary71: the Excel fake moves column widths with whole columns inserted or deleted, as Excel does (RULES: WIDTH in
 * ./fake.ts); before, the cells moved and the widths stayed where they were.
 */
import { FakeExcel, installExcelGlobals, modelFromSnapshot } from "./fake";

installExcelGlobals();

async function sheetWithWidths() {
  const fake = new FakeExcel(
    modelFromSnapshot({
      sheets: [{ name: "表", originRow: 0, originCol: 0, values: [["甲", "乙", "丙"]], merges: [] }],
    }),
  );
  const ws = fake.context.workbook.worksheets.getItem("表");
  ws.getRange("A:A").format.columnWidth = 100;
  ws.getRange("B:B").format.columnWidth = 50;
  ws.getRange("C:C").format.columnWidth = 30;
  await fake.context.sync();
  return { fake, ws, widths: () => [...fake.sheet("表").widths].sort(([a], [b]) => a - b) };
}

test("a column inserted: the widths right of it go with their columns; it takes its left neighbour's", async () => {
  const { fake, ws, widths } = await sheetWithWidths();
  ws.getRange("B:C").insert("Right");
  await fake.context.sync();
  expect(fake.sheet("表").cells.get("0,3")?.value).toBe("乙");
  expect(widths()).toEqual([
    [0, 100],
    [1, 100],
    [2, 100],
    [3, 50],
    [4, 30],
  ]);
});

test("a column deleted: its width goes, the widths right of it move left", async () => {
  const { fake, ws, widths } = await sheetWithWidths();
  ws.getRange("B:B").delete("Left");
  await fake.context.sync();
  expect(fake.sheet("表").cells.get("0,1")?.value).toBe("丙");
  expect(widths()).toEqual([
    [0, 100],
    [1, 30],
  ]);
});
