/**
 * The WPS fake's sheet rename (Worksheet.Name set; tests/scenarios/excelShift.ts RENAME, the Excel fake's rule):
 * a name of more than 31 characters, with : \ / ? * [ ], or another sheet's (case aside) is refused; formulas, rules,
 * lists and names naming the sheet follow it, and a sheet's own name's key with it; text in quotes does not; the code
 * name stays.
 */
import { FakeWps, emptySheet, WpsError, type FakeModel } from "./fake";

const cell = (formula: string | null, value: string | number | null = null) => ({
  value,
  formula,
  numberFormat: "General",
});

function workbook(): FakeWps {
  const a = emptySheet("表一");
  const b = emptySheet("Sheet2");
  a.cells.set("0,0", cell('=HYPERLINK("#表一!B5","B5")', "B5"));
  b.cells.set("0,0", cell("='表一'!$B$5*2+表一!C1", 10));
  b.validations.set("1,0", "='表一'!$A$1:$A$3");
  b.rules.push({ ranges: [{ top: 0, left: 0, bottom: 0, right: 0 }], formula: "表一!$B$5>1" });
  const model: FakeModel = {
    sheets: [a, b],
    names: new Map([
      ["监控时点", "='表一'!$B$3"],
      ["表一!本表", "='表一'!$C$3"],
    ]),
  };
  return new FakeWps(model);
}

test("references follow the renamed sheet; quoted text does not; the code name stays", () => {
  const fake = workbook();
  fake.app.ActiveWorkbook!.Worksheets.Item("表一").Name = "表 二";
  const b = fake.sheet("Sheet2");
  expect(b.cells.get("0,0")!.formula).toBe("='表 二'!$B$5*2+'表 二'!C1");
  expect(b.validations.get("1,0")).toBe("='表 二'!$A$1:$A$3");
  expect(b.rules[0].formula).toBe("'表 二'!$B$5>1");
  expect([...fake.model.names]).toEqual([
    ["监控时点", "='表 二'!$B$3"],
    ["表 二!本表", "='表 二'!$C$3"],
  ]);
  expect(fake.sheet("表 二").cells.get("0,0")!.formula).toBe('=HYPERLINK("#表一!B5","B5")');
  expect(fake.app.ActiveWorkbook!.Worksheets.Item("表 二").CodeName).toBe("表一");
});

test("names Excel refuses are refused, and nothing changes", () => {
  const fake = workbook();
  const sheet = fake.app.ActiveWorkbook!.Worksheets.Item("表一");
  for (const bad of ["sheet2", "a[1]", "x/y", "长".repeat(32), ""])
    expect(() => {
      sheet.Name = bad;
    }).toThrow(WpsError);
  expect(fake.model.sheets.map((s) => s.name)).toEqual(["表一", "Sheet2"]);
  expect(fake.model.names.get("监控时点")).toBe("='表一'!$B$3");
  expect(() => {
    (sheet as { CodeName: string }).CodeName = "X";
  }).toThrow(WpsError);
});
