import { cellName, columnIndex, columnLetters, qualifiedAddress, quoteSheetName } from "../../src/core/a1";

test("column letters round-trip", () => {
  for (const [i, s] of [
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
  ] as const) {
    expect(columnLetters(i)).toBe(s);
    expect(columnIndex(s)).toBe(i);
  }
  expect(cellName(11, 4)).toBe("E12");
});

test("sheet names are quoted when a formula needs it", () => {
  expect(quoteSheetName("Sheet1")).toBe("Sheet1");
  expect(quoteSheetName("O'Brien 表 1")).toBe("'O''Brien 表 1'");
  expect(quoteSheetName("监控汇总")).toBe("'监控汇总'");
  expect(quoteSheetName("AB12")).toBe("'AB12'");
  expect(qualifiedAddress({ sheet: "1 办公用品采购", row: 11, col: 4 })).toBe("'1 办公用品采购'!E12");
});
