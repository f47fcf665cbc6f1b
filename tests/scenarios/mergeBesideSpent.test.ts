/**
 * A clerk merges two empty cells right of the sample's 1-7月执行数（万元） label, down over the amount typed under it
 * (I6:J7 beside H6 / H7 = 20): a box for a remark. The merge is no blank slot for the label's own value — that sits on
 * the label's rows — so 20 under it is still the amount spent, and the check of the checked copy gives what the first
 * check gave (the CLI read 未填执行数 the first time and 20 the second).
 */
import path from "node:path";
import { xlsxDriver } from "./drivers";

jest.setTimeout(120_000);

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const SHEET = "1 办公用品采购";
const AS_OF = "2024-07-31";

test("an empty merged area beside the 执行数 label, over the amount's row: 20 is read, and a second check changes nothing", async () => {
  const original = await xlsxDriver.open(SAMPLE);
  const merged = await xlsxDriver.edit(original, [{ sheet: SHEET, merge: { top: 5, left: 8, bottom: 6, right: 9 } }]);
  const first = await xlsxDriver.check(merged, false, AS_OF);
  const table = first.check!.tables.find((t) => t.table.sheet === SHEET)!;
  expect(table.table.spent?.value).toBe(20);
  const second = await xlsxDriver.check(first.workbook, false, AS_OF);
  expect(await xlsxDriver.held(second.workbook)).toEqual(await xlsxDriver.held(first.workbook));
});
