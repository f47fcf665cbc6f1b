/**
 * What the Excel fake refuses as Excel does (RULES: SHAPE, CELL_LIMITS, SHEET_NAME, LIST_SOURCE, FILL in ./fake.ts):
 * before session 64 it took each of these and wrote cells Excel would not hold.
 */
import { FakeExcel, installExcelGlobals, modelFromSnapshot } from "./fake";

installExcelGlobals();

function sheet() {
  const fake = new FakeExcel(
    modelFromSnapshot({ sheets: [{ name: "表", originRow: 0, originCol: 0, values: [[null]], merges: [] }] }),
  );
  return { fake, ws: fake.context.workbook.worksheets.getItem("表") };
}

test("values, formulas and number formats are a 2-D array the size of the range", async () => {
  for (const prop of ["values", "formulas", "numberFormat"] as const) {
    const { fake, ws } = sheet();
    const shortRow = prop === "numberFormat" ? [["0%", "0%"], ["0%"]] : [["a", "b"], ["c"]];
    (ws.getRange("A1:B2") as unknown as Record<string, unknown>)[prop] = shortRow;
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    (ws.getRange("A1:B2") as unknown as Record<string, unknown>)[prop] = [["0%", "0%"]];
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  }
  const { fake, ws } = sheet();
  ws.getRange("A1:B1").values = [["甲", 2]];
  await fake.context.sync();
  const read = ws.getRange("A1:B1").load("values");
  await fake.context.sync();
  expect(read.values).toEqual([["甲", 2]]);
});

test("a cell's text, a formula and a text constant in a formula have Excel's lengths", async () => {
  const refused = [
    ["values", "字".repeat(32_768)],
    ["formulas", `=LEN(A2)+${"1+".repeat(4_100)}1`],
    ["formulas", `=IF(A2="",{"${"指".repeat(256)}"},"")`],
  ] as const;
  for (const [prop, text] of refused) {
    const { fake, ws } = sheet();
    (ws.getRange("A1") as unknown as Record<string, unknown>)[prop] = [[text]];
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  }
  const { fake, ws } = sheet();
  ws.getRange("A1:C1").formulas = [["字".repeat(32_767), `="${"指".repeat(255)}"`, `="a""${"b".repeat(250)}"`]];
  await fake.context.sync();
  const rule = ws.getRange("A1:A9").conditionalFormats.add(Excel.ConditionalFormatType.custom);
  rule.custom.rule.formula = `=$A1="${"红".repeat(256)}"`;
  await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
});

test("a sheet added takes only a name Excel takes: 31 characters, none of []:*?/\\, unique whatever the case", async () => {
  for (const name of ["一".repeat(32), "监控[汇总]", "a:b", "a/b", "a\\b", "a?b", "a*b"]) {
    const { fake } = sheet();
    fake.context.workbook.worksheets.add(name);
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  }
  const { fake } = sheet();
  fake.context.workbook.worksheets.add("Sheet");
  await fake.context.sync();
  fake.context.workbook.worksheets.add("SHEET");
  await expect(fake.context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  fake.context.workbook.worksheets.add("一".repeat(31));
  await fake.context.sync();
  expect(fake.model.sheets.map((s) => s.name)).toEqual(["表", "Sheet", "一".repeat(31)]);
});

test("a list source over 255 characters and a fill that is no colour are refused", async () => {
  const { fake, ws } = sheet();
  ws.getRange("B2").dataValidation.rule = { list: { inCellDropDown: true, source: "甲,".repeat(128) + "乙" } };
  await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  ws.getRange("B2").format.fill.color = "not a colour";
  await expect(fake.context.sync()).rejects.toThrow(/colour/);
  ws.getRange("B2").format.fill.color = "#ffc7ce";
  await fake.context.sync();
  expect(fake.model.sheets[0].cells.get("1,1")?.fill).toBe("#ffc7ce");
});
