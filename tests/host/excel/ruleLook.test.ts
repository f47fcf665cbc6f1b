/**
 * The Excel fake's conditional-format look (RULES: RULE_LOOK in ./fake.ts): a custom rule's fill and font colour, bold,
 * italic, underline and strikethrough are set and read back on the rule; a colour is #RRGGBB (a named one is not
 * imitated), a style a boolean, an underline "None", "Single" or "Double"; a colour never set reads as null.
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
  cfs.load(
    ["fill/color", ...["color", "bold", "italic", "underline", "strikethrough"].map((p) => `font/${p}`)]
      .map((p) => `${format}/${p}`)
      .join(","),
  );
  await fake.context.sync();
  const { fill, font } = cfs.items[0].customOrNullObject.format;
  const { bold, italic, underline, strikethrough } = font;
  return { fill: fill.color, font: font.color, bold, italic, underline, strikethrough };
}

test("a rule's look is set and read back; colours never set read as null", async () => {
  const { fake, ws, cf } = rule();
  await fake.context.sync();
  const plain = { fill: null, font: null, bold: false, italic: false, underline: "None", strikethrough: false };
  expect(await lookOf(fake, ws)).toEqual(plain);
  cf.custom.format.fill.color = "#ffc000";
  cf.custom.format.font.color = "#000000";
  cf.custom.format.font.bold = true;
  cf.custom.format.font.italic = true;
  cf.custom.format.font.underline = "Double";
  cf.custom.format.font.strikethrough = true;
  await fake.context.sync();
  expect(await lookOf(fake, ws)).toEqual({
    fill: "#FFC000",
    font: "#000000",
    bold: true,
    italic: true,
    underline: "Double",
    strikethrough: true,
  });
});

test("a style that is no boolean is refused (InvalidArgument); a named colour is not imitated", async () => {
  const { fake, cf } = rule();
  (cf.custom.format.font as unknown as { bold: unknown }).bold = "yes";
  await expect(fake.context.sync()).rejects.toThrow(/InvalidArgument/);
  const other = rule();
  other.cf.custom.format.fill.color = "orange";
  await expect(other.fake.context.sync()).rejects.toThrow(/not imitated|only #RRGGBB/);
});

test("an underline other than None / Single / Double, a strikethrough that is no boolean, are refused (InvalidArgument)", async () => {
  const { fake, cf } = rule();
  (cf.custom.format.font as unknown as { underline: unknown }).underline = "SingleAccountant";
  await expect(fake.context.sync()).rejects.toThrow(/InvalidArgument/);
  const other = rule();
  (other.cf.custom.format.font as unknown as { strikethrough: unknown }).strikethrough = 1;
  await expect(other.fake.context.sync()).rejects.toThrow(/InvalidArgument/);
});

test("a rule's edges: set by getItem, read as the four items; never set, None; an unknown side or style refused", async () => {
  const { fake, ws, cf } = rule();
  const bottom = cf.custom.format.borders.getItem("EdgeBottom");
  bottom.style = "Dash";
  bottom.color = "#ff0000";
  await fake.context.sync();
  const cfs = ws.getRange().conditionalFormats;
  cfs.load(
    "items/customOrNullObject/format/borders/items/sideIndex,items/customOrNullObject/format/borders/items/style",
  );
  cfs.load("items/customOrNullObject/format/borders/items/color");
  await fake.context.sync();
  const edges = cfs.items[0].customOrNullObject.format.borders.items.map((b) => [b.sideIndex, b.style, b.color]);
  expect(edges).toEqual([
    ["EdgeTop", "None", null],
    ["EdgeBottom", "Dash", "#FF0000"],
    ["EdgeLeft", "None", null],
    ["EdgeRight", "None", null],
  ]);
  cf.custom.format.borders.getItem("InsideHorizontal" as Excel.ConditionalRangeBorderIndex).style = "Continuous";
  await expect(fake.context.sync()).rejects.toThrow(/InvalidArgument/);
  const other = rule();
  (other.cf.custom.format.borders.getItem("EdgeTop") as unknown as { style: unknown }).style = "Double";
  await expect(other.fake.context.sync()).rejects.toThrow(/InvalidArgument/);
});
