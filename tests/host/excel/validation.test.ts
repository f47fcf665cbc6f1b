/**
 * The Excel fake's data validation (RULES: VALIDATION in ./fake.ts): a range's type tells whether its cells agree, a
 * rule is set only over cells without validation (clear() first, as the adapter does), clear() takes the overlapping
 * cells only, and the rule of cells that differ is not read.
 */
import { FakeExcel, installExcelGlobals, modelFromSnapshot } from "./fake";

installExcelGlobals();

function sheet() {
  const fake = new FakeExcel(
    modelFromSnapshot({ sheets: [{ name: "表", originRow: 0, originCol: 0, values: [[null]], merges: [] }] }),
  );
  return { fake, ws: fake.context.workbook.worksheets.getItem("表") };
}

const list = (source: string) => ({ list: { inCellDropDown: true, source } });

async function typeOf(fake: FakeExcel, range: Excel.Range): Promise<string> {
  range.dataValidation.load("type");
  await fake.context.sync();
  return range.dataValidation.type;
}

test("a range's type: None, List, MixedCriteria (some cells), Inconsistent (different lists)", async () => {
  const { fake, ws } = sheet();
  expect(await typeOf(fake, ws.getRange("B2:B5"))).toBe("None");
  ws.getRange("B2:B3").dataValidation.rule = list("是,否");
  await fake.context.sync();
  expect(await typeOf(fake, ws.getRange("B2:B3"))).toBe("List");
  expect(await typeOf(fake, ws.getRange("B2:B5"))).toBe("MixedCriteria");
  ws.getRange("B4:B5").dataValidation.rule = list("高,低");
  await fake.context.sync();
  expect(await typeOf(fake, ws.getRange("B2:B5"))).toBe("Inconsistent");
  const mixed = ws.getRange("B2:B5").dataValidation;
  mixed.load("rule");
  await expect(fake.context.sync()).rejects.toThrow(/not imitated/);
});

test("a rule over cells that have validation is refused (InvalidArgument) until they are cleared", async () => {
  const { fake, ws } = sheet();
  ws.getRange("C3:C6").dataValidation.rule = list("是,否");
  await fake.context.sync();
  ws.getRange("C1:C4").dataValidation.rule = list("高,低");
  await expect(fake.context.sync()).rejects.toThrow(/InvalidArgument/);
  ws.getRange("C3:C6").dataValidation.rule = list("是,否"); // the same list again: refused as well
  await expect(fake.context.sync()).rejects.toThrow(/InvalidArgument/);
  ws.getRange("C1:C4").dataValidation.clear();
  ws.getRange("C1:C4").dataValidation.rule = list("高,低");
  await fake.context.sync();
  // Only the overlapping cells were cleared: C5:C6 keep their list.
  expect(await typeOf(fake, ws.getRange("C5:C6"))).toBe("List");
  const kept = ws.getRange("C6").dataValidation;
  kept.load("rule");
  await fake.context.sync();
  expect(kept.rule.list?.source).toBe("是,否");
});

test("a rule is one list with a text source", async () => {
  const { fake, ws } = sheet();
  ws.getRange("D1").dataValidation.rule = { ...list("是,否"), wholeNumber: { formula1: 0, operator: "GreaterThan" } };
  await expect(fake.context.sync()).rejects.toThrow(/not imitated/);
  ws.getRange("D1").dataValidation.rule = list(" ");
  await expect(fake.context.sync()).rejects.toThrow(/InvalidArgument/);
});
