/**
 * hosts63: the Excel fake refuses a member above the ExcelApi level it plays (RULES: API_LEVEL), so a scenario at the
 * manifest's 1.13 fails on a call above it the add-in makes without isSetSupported: Worksheet.notes' members
 * (excel.notecollection, ExcelApi 1.18) and Worksheet.comments' (excel.commentcollection, ExcelApi 1.10), as the
 * series' sources (1.15) and values (1.12) already were.
 */
import { FakeExcel, installExcelGlobals, type FakeModel } from "./fake";

beforeAll(installExcelGlobals);

async function sheetAt(level: number): Promise<{ fake: FakeExcel; sheet: Excel.Worksheet }> {
  const fake = new FakeExcel({ sheets: [], names: new Map() } as unknown as FakeModel);
  fake.context.workbook.worksheets.add("汇总");
  await fake.context.sync();
  fake.apiLevel = level;
  return { fake, sheet: fake.context.workbook.worksheets.getItem("汇总") };
}

test.each([
  ["notes.getCount", 18, (s: Excel.Worksheet) => void s.notes.getCount()],
  ["notes.add", 18, (s: Excel.Worksheet) => void s.notes.add("A1", "备注")],
  ["notes.getItemAt", 18, (s: Excel.Worksheet) => void s.notes.getItemAt(0).getLocation().load("address")],
  ["comments.getCount", 10, (s: Excel.Worksheet) => void s.comments.getCount()],
])("%s: ApiNotFound below ExcelApi 1.%i, served at it", async (_, level, call) => {
  const below = await sheetAt(level - 1);
  call(below.sheet);
  await expect(below.fake.context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  const at = await sheetAt(level);
  if (_ === "notes.getItemAt") at.sheet.notes.add("A1", "备注");
  call(at.sheet);
  await expect(at.fake.context.sync()).resolves.not.toThrow();
});
