/**
 * The Excel fake's conditional-format look (RULES: RULE_LOOK in ./fake.ts): a custom rule's fill and font colour, bold
 * and italic are set and read back on the rule; a colour is #RRGGBB (a named one is not imitated), a style a boolean,
 * and a colour never set reads as null.
 */
import { FakeExcel, installExcelGlobals, modelFromSnapshot } from "./fake";

installExcelGlobals();

function rule() {
  const fake = new FakeExcel(
    modelFromSnapshot({ sheets: [{ name: "表", originRow: 0, originCol: 0, values: [[null]], merges: [] }] }),
  );
  const ws = fake.context.workbook.worksheets.getItem("表");
  const cf = ws.getRange("A1:C3").conditionalFormats.add(Excel.ConditionalFormatType.custom);
  cf.custom.rule.formula = '=$A1="红"';
  return { fake, ws, cf };
}

async function lookOf(fake: FakeExcel, ws: Excel.Worksheet) {
  const cfs = ws.getRange().conditionalFormats;
  const format = "items/customOrNullObject/format";
  cfs.load(`${format}/fill/color,${format}/font/color,${format}/font/bold,${format}/font/italic`);
  await fake.context.sync();
  const { fill, font } = cfs.items[0].customOrNullObject.format;
  return { fill: fill.color, font: font.color, bold: font.bold, italic: font.italic };
}

test("a rule's look is set and read back; colours never set read as null", async () => {
  const { fake, ws, cf } = rule();
  await fake.context.sync();
  expect(await lookOf(fake, ws)).toEqual({ fill: null, font: null, bold: false, italic: false });
  cf.custom.format.fill.color = "#ffc000";
  cf.custom.format.font.color = "#000000";
  cf.custom.format.font.bold = true;
  cf.custom.format.font.italic = true;
  await fake.context.sync();
  expect(await lookOf(fake, ws)).toEqual({ fill: "#FFC000", font: "#000000", bold: true, italic: true });
});

test("a style that is no boolean is refused (InvalidArgument); a named colour is not imitated", async () => {
  const { fake, cf } = rule();
  (cf.custom.format.font as unknown as { bold: unknown }).bold = "yes";
  await expect(fake.context.sync()).rejects.toThrow(/InvalidArgument/);
  const other = rule();
  other.cf.custom.format.fill.color = "orange";
  await expect(other.fake.context.sync()).rejects.toThrow(/not imitated|only #RRGGBB/);
});
