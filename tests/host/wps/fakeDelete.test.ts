/**
 * The WPS fake's deleted rows and columns (FakeWps.shiftLines, DELETE) and its Validation.Add over a cell that has a rule:
 * cells, drop-downs and notes on the deleted lines go; references to them are #REF! (their formulas show the error),
 * references to a range partly deleted shrink, those below or right move; names likewise; rules and merged areas shrink
 * or go; refused where not imitated.
 */
import { FakeWps, emptySheet, WpsError, type FakeModel } from "./fake";

const cell = (formula: string | null, value: string | number | null = null) => ({
  value,
  formula,
  numberFormat: "General",
});

function workbook(): FakeWps {
  const a = emptySheet("表一");
  const b = emptySheet("汇总 表");
  a.cells.set("4,1", cell(null, 5)); // B5
  a.cells.set("6,1", cell(null, 7)); // B7
  a.cells.set("0,5", cell("=SUM(B2:B10)+$B$7+B1", 13)); // F1
  a.cells.set("1,5", cell('=HYPERLINK("#表一!B5","B5")', "B5")); // F2
  b.cells.set("0,0", cell("='表一'!$B$5*2", 10)); // A1 of the other sheet
  a.validations.set("4,2", "能,不能"); // C5
  a.comments.set("4,2", "我的批注");
  a.merges.push({ top: 3, left: 3, bottom: 5, right: 4 }); // D4:E6
  a.rules.push({ ranges: [{ top: 2, left: 2, bottom: 9, right: 2 }], formula: '$B3="红"' }); // C3:C10
  a.rules.push({ ranges: [{ top: 4, left: 6, bottom: 4, right: 6 }], formula: '$B5="黄"' }); // G5 only
  const model: FakeModel = {
    sheets: [a, b],
    names: new Map([
      ["监控时点", "='表一'!$B$5"],
      ["下方", "='表一'!$B$7"],
      ["区域", "='表一'!$A$4:$C$8"],
    ]),
  };
  return new FakeWps(model);
}

const sheet = (fake: FakeWps, name = "表一") => fake.sheet(name);

test("a row deleted: its cells, drop-downs and notes go; references to it are #REF!, those below move up", () => {
  const fake = workbook();
  fake.deleteRows("表一", 4, 1); // row 5
  expect(sheet(fake).cells.get("5,1")?.value).toBe(7); // B7 → B6
  expect(sheet(fake).validations.size).toBe(0);
  expect(sheet(fake).comments.size).toBe(0);
  const f1 = sheet(fake).cells.get("0,5")!;
  expect(f1.formula).toBe("=SUM(B2:B9)+$B$6+B1"); // a range across shrinks; one below moves up
  expect(f1.value).toBe(13); // no #REF! in it: its value is not the error (the fake does not compute)
  expect(sheet(fake).cells.get("1,5")?.formula).toBe('=HYPERLINK("#表一!B5","B5")'); // text is no reference
  const other = sheet(fake, "汇总 表").cells.get("0,0")!;
  expect(other.formula).toBe("='表一'!#REF!*2");
  expect(other.value).toEqual({ error: "#REF!" });
  expect(fake.model.names.get("监控时点")).toBe("='表一'!#REF!");
  expect(fake.model.names.get("下方")).toBe("='表一'!$B$6");
  expect(fake.model.names.get("区域")).toBe("='表一'!$A$4:$C$7");
  expect(sheet(fake).merges).toEqual([{ top: 3, left: 3, bottom: 4, right: 4 }]);
  // The rule over C3:C10 shrinks to C3:C9; the one on G5 alone goes with its row.
  expect(sheet(fake).rules).toEqual([{ ranges: [{ top: 2, left: 2, bottom: 8, right: 2 }], formula: '$B3="红"' }]);
});

test("a column deleted: references right of it move left, one to it is #REF!", () => {
  const fake = workbook();
  fake.deleteColumns("表一", 1, 1); // B
  expect(sheet(fake).cells.get("0,4")?.formula).toBe("=SUM(#REF!)+#REF!+#REF!"); // F1 → E1
  expect(sheet(fake).cells.get("0,4")?.value).toEqual({ error: "#REF!" });
  expect(sheet(fake).validations.get("4,1")).toBe("能,不能"); // C5 → B5
  expect(fake.model.names.get("区域")).toBe("='表一'!$A$4:$B$8");
});

test("a rule whose anchor row is deleted says of each cell left what it said before", () => {
  const fake = workbook();
  fake.deleteRows("表一", 2, 2); // rows 3–4: C3, the first rule's anchor, and C4
  // C5 (now C3) was judged by $B5 (now $B3): the rule anchored on it reads $B3 there.
  expect(sheet(fake).rules[0]).toEqual({ ranges: [{ top: 2, left: 2, bottom: 7, right: 2 }], formula: '$B3="红"' });
  expect(sheet(fake).rules[1]).toEqual({ ranges: [{ top: 2, left: 6, bottom: 2, right: 6 }], formula: '$B3="黄"' });
});

test("refused where not imitated: a formula catching the #REF!, a print area, a table's header row", () => {
  const caught = workbook();
  sheet(caught).cells.set("9,9", cell("=IFERROR('表一'!B5,0)", 5));
  expect(() => caught.deleteRows("表一", 4, 1)).toThrow(/catching/);
  const printed = workbook();
  sheet(printed).printArea = [{ top: 0, left: 0, bottom: 9, right: 5 }];
  expect(() => printed.deleteRows("表一", 4, 1)).toThrow(/print area/);
  const tabled = workbook();
  sheet(tabled).tables.push({
    range: { top: 20, left: 0, bottom: 25, right: 2 },
    showHeaders: true,
    showTotals: false,
  });
  expect(() => tabled.deleteRows("表一", 20, 1)).toThrow(/header row/);
  tabled.deleteRows("表一", 22, 1);
  expect(sheet(tabled).tables[0].range).toEqual({ top: 20, left: 0, bottom: 24, right: 2 });
});

test("SheetChange tells of the deleted rows", () => {
  const fake = workbook();
  const seen: string[] = [];
  fake.apiEvent.AddApiEventListener("SheetChange", (ws, target) => seen.push(`${ws.Name}!${target.Address()}`));
  fake.deleteRows("表一", 4, 2);
  expect(seen).toEqual(["表一!$A$5:$XFD$6"]);
});

test("Validation.Add over a cell that has a rule fails (VBA's 1004); after Delete it is taken", () => {
  const fake = workbook();
  const c5 = () => fake.app.ActiveWorkbook!.Worksheets.Item("表一").Range("C4:C5").Validation;
  expect(() => c5().Add(3, 1, 1, "甲,乙")).toThrow(WpsError);
  expect(sheet(fake).validations.get("4,2")).toBe("能,不能"); // nothing changed
  expect(sheet(fake).validations.has("3,2")).toBe(false);
  c5().Delete();
  c5().Add(3, 1, 1, "甲,乙");
  expect(sheet(fake).validations.get("4,2")).toBe("甲,乙");
});
