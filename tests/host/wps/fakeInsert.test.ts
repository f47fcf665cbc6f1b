/**
 * The WPS fake's inserted rows and columns (FakeWps.shiftLines): references follow the cells they point to, on every
 * sheet and in defined names, absolute ones too; a range with the insertion inside grows; text in quotes stays.
 */
import { FakeWps, emptySheet, type FakeModel } from "./fake";

function workbook(): FakeWps {
  const a = emptySheet("表一");
  const b = emptySheet("汇总 表");
  const cell = (formula: string | null, value: string | number | null = null) => ({
    value,
    formula,
    numberFormat: "General",
  });
  a.cells.set("4,1", cell(null, 5)); // B5
  a.cells.set("0,5", cell("=SUM(B2:B10)+$B$5+B1")); // F1
  a.cells.set("1,5", cell('=HYPERLINK("#表一!B5","B5")')); // F2
  b.cells.set("0,0", cell("='表一'!$B$5*2")); // A1 of the other sheet
  a.rules.push({ ranges: [{ top: 4, left: 2, bottom: 9, right: 2 }], formula: '$B5="红"' });
  const model: FakeModel = {
    sheets: [a, b],
    names: new Map([
      ["监控时点", "='表一'!$B$5"],
      ["表一!上方", "='表一'!$A$1:$C$2"],
      ["他表", "='汇总 表'!$A$1"],
    ]),
  };
  return new FakeWps(model);
}

const formula = (fake: FakeWps, sheet: string, k: string) => fake.sheet(sheet).cells.get(k)?.formula;

test("rows inserted: references at or below move down, above stay; ranges across grow; names follow", () => {
  const fake = workbook();
  fake.insertRows("表一", 2, 3); // above row 3
  expect(fake.sheet("表一").cells.get("7,1")?.value).toBe(5); // B5 → B8
  expect(formula(fake, "表一", "0,5")).toBe("=SUM(B2:B13)+$B$8+B1");
  expect(formula(fake, "表一", "1,5")).toBe('=HYPERLINK("#表一!B5","B5")'); // text is no reference
  expect(formula(fake, "汇总 表", "0,0")).toBe("='表一'!$B$8*2");
  expect(fake.sheet("表一").rules[0]).toEqual({
    ranges: [{ top: 7, left: 2, bottom: 12, right: 2 }],
    formula: '$B8="红"',
  });
  expect(fake.model.names.get("监控时点")).toBe("='表一'!$B$8");
  expect(fake.model.names.get("表一!上方")).toBe("='表一'!$A$1:$C$2"); // above the insertion
  expect(fake.model.names.get("他表")).toBe("='汇总 表'!$A$1"); // another sheet's cells did not move
});

test("columns inserted: references at or right of it move right; a range across it grows", () => {
  const fake = workbook();
  fake.insertColumns("表一", 1, 2); // left of B
  expect(fake.sheet("表一").cells.get("4,3")?.value).toBe(5); // B5 → D5
  expect(formula(fake, "表一", "0,7")).toBe("=SUM(D2:D10)+$D$5+D1"); // F1 → H1
  expect(formula(fake, "汇总 表", "0,0")).toBe("='表一'!$D$5*2");
  expect(fake.model.names.get("监控时点")).toBe("='表一'!$D$5");
  expect(fake.model.names.get("表一!上方")).toBe("='表一'!$A$1:$E$2");
});

test("refused where not imitated: a print area on the sheet, cells pushed off the sheet", () => {
  const fake = workbook();
  fake.sheet("表一").printArea = [{ top: 0, left: 0, bottom: 9, right: 5 }];
  expect(() => fake.insertRows("表一", 0, 1)).toThrow(/print area/);
  const full = workbook();
  full.sheet("汇总 表").cells.set("1048575,0", { value: 1, formula: null, numberFormat: "General" });
  expect(() => full.insertRows("汇总 表", 0, 1)).toThrow(/off the sheet/);
});
