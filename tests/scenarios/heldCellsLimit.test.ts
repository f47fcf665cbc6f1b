/**
 * A sheet holding more cells than MAX_HELD_CELLS (2,000,000 cells with a value or a formula) is still refused, with
 * one line naming the sheet, what it holds and the limit — the same line from the command line, Excel and WPS, and
 * nothing written. Built cheaply: the limit lowered to 50 for this file (the sample's first sheet holds more), not a
 * sheet of two million cells.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { runCheck } from "../../src/host/wps/actions";
import { FakeExcel, modelFromSnapshot as excelModel } from "../host/excel/fake";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import { excelDriver, xlsxDriver } from "./drivers";

jest.mock("../../src/core/a1", () => ({ ...jest.requireActual("../../src/core/a1"), MAX_HELD_CELLS: 50 }));

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const AS_OF = "2024-07-31";
const LINE =
  /^工作表「1 办公用品采购」有 (\d+) 个有内容的单元格，超过单张工作表 50 个有内容单元格的上限；请删除不需要的内容后再检查$/;

const S = "1 办公用品采购";

test.each([
  ["the sample", false],
  ["the sample and a value at A1048576 (read by its held parts)", true],
])("%s: the same one line from the command line, Excel and WPS; nothing written", async (_, far) => {
  const said: string[] = [];
  // The command line: the reader refuses the file (the copy is never written).
  const file = await xlsxDriver.open(SAMPLE);
  const typed = far ? await xlsxDriver.edit(file, [{ sheet: S, row: 1_048_575, col: 0, type: "x" }]) : file;
  said.push(
    await xlsxDriver.check(typed, false, AS_OF).then(
      () => "",
      (e: Error) => e.message,
    ),
  );
  // Excel, its fake made from the sample read with the limit as it is (the model is the fake's own).
  const excel = new FakeExcel(excelModel(snapshotUnlimited()));
  if (far)
    excel.model.sheets
      .find((x) => x.name === S)!
      .cells.set("1048575,0", { value: "x", formula: null, numberFormat: "General" });
  const before = await excelDriver.held(excel);
  said.push(
    await excelDriver.check(excel, false, AS_OF).then(
      () => "",
      (e: Error) => e.message,
    ),
  );
  expect(await excelDriver.held(excel)).toEqual(before);
  const fake = new FakeWps(modelFromSnapshot(snapshotUnlimited()));
  if (far) fake.app.ActiveWorkbook!.Worksheets.Item(S).Range("A1048576").Value2 = "x";
  const sheets = fake.model.sheets.map((s) => s.name);
  try {
    runCheck(fake.app, { asOf: AS_OF }, AS_OF);
    said.push("");
  } catch (error) {
    said.push((error as Error).message);
  }
  expect(fake.model.sheets.map((s) => s.name)).toEqual(sheets); // no summary made
  expect(said[0]).toMatch(LINE);
  expect(Number(LINE.exec(said[0])![1])).toBeGreaterThan(50);
  expect(said).toEqual([said[0], said[0], said[0]]);
});

/** The sample's snapshot, read with the limit as it is (a module registry of its own, without the mock above). */
function snapshotUnlimited() {
  let snapshot: import("../../src/core/types").WorkbookSnapshot | undefined;
  jest.isolateModules(() => {
    jest.unmock("../../src/core/a1");
    const { readWorkbookBytes } =
      jest.requireActual<typeof import("../../src/host/xlsx/read")>("../../src/host/xlsx/read");
    snapshot = readWorkbookBytes(readFileSync(SAMPLE)).snapshot;
  });
  return snapshot!;
}
