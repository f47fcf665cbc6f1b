/**
 * Both fakes refuse an address past the sheet's grid (1,048,576 rows by 16,384 columns: XFE1, A1048577), as the hosts
 * do: until session 50 they took one, and a check placing our columns at XFB–XFG went through on them (the CLI wrote
 * cells at XFE, a copy its own reader calls broken).
 */
import { FakeExcel, installExcelGlobals, modelFromSnapshot as excelModel } from "./excel/fake";
import { FakeWps, modelFromSnapshot as wpsModel, WpsError } from "./wps/fake";

installExcelGlobals();
const snapshot = { sheets: [{ name: "表", originRow: 0, originCol: 0, values: [[null]], merges: [] }] };

test("WPS: Range past XFD or row 1048576 is refused; the last cell is taken", () => {
  const ws = new FakeWps(wpsModel(snapshot)).app.ActiveWorkbook!.Worksheets.Item("表");
  expect(() => ws.Range("XFE1")).toThrow(WpsError);
  expect(() => ws.Range("XFB10:XFG10")).toThrow(WpsError);
  expect(() => ws.Range("A1048577")).toThrow(WpsError);
  ws.Range("XFD1048576").Value2 = "末格";
  expect(ws.Range("XFD1048576").Value2).toBe("末格");
});

test("Excel: getRange past XFD or row 1048576 is refused (InvalidArgument); the last cell is taken", async () => {
  for (const address of ["XFE1", "XFB10:XFG10", "A1048577"]) {
    const fake = new FakeExcel(excelModel(snapshot));
    fake.context.workbook.worksheets.getItem("表").getRange(address).values = [["x"]];
    await expect(fake.context.sync()).rejects.toThrow(/InvalidArgument/);
  }
  const fake = new FakeExcel(excelModel(snapshot));
  const ws = fake.context.workbook.worksheets.getItem("表");
  ws.getRange("XFD1048576").values = [["末格"]];
  await fake.context.sync();
  expect(fake.model.sheets[0].cells.get("1048575,16383")?.value).toBe("末格");
});
