import fc from "fast-check";
import {
  absoluteRef,
  cellName,
  columnIndex,
  columnLetters,
  inReadingOrder,
  parseA1Range,
  parseA1Ranges,
  qualifiedAddress,
  quoteSheetName,
  rangesToA1,
  rangeToA1,
  rangeWithout,
  tableFirstInReadingOrder,
} from "../../src/core/a1";
import { sortedShort } from "../../src/core/lists";

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
  // Names Excel would read as a reference in either notation are quoted in every formula and link.
  for (const name of ["R1C1", "A1", "C", "R", "RC", "R2C3", "C12", "true"])
    expect(quoteSheetName(name)).toBe(`'${name}'`);
  for (const name of ["Sheet1", "Report", "Cost_2024"]) expect(quoteSheetName(name)).toBe(name);
  expect(qualifiedAddress({ sheet: "1 办公用品采购", row: 11, col: 4 })).toBe("'1 办公用品采购'!E12");
});

test("ranges: relative, absolute, lists, and parsing back", () => {
  const range = { top: 11, left: 4, bottom: 13, right: 6 };
  expect(rangeToA1(range)).toBe("E12:G14");
  expect(rangeToA1({ top: 11, left: 4, bottom: 11, right: 4 })).toBe("E12");
  expect(absoluteRef(range)).toBe("$E$12:$G$14");
  expect(parseA1Range("$E$12:$G$14")).toEqual(range);
  expect(parseA1Range("g14:e12")).toEqual(range);
  expect(parseA1Range("nonsense")).toBeNull();
  const list = [range, { top: 0, left: 26, bottom: 0, right: 26 }];
  expect(rangesToA1(list)).toBe("E12:G14 AA1");
  expect(parseA1Ranges(rangesToA1(list))).toEqual(list);
  expect(parseA1Ranges(undefined)).toEqual([]);
});

test("a range without another: the cells left, as rectangles; itself when they are apart", () => {
  const without = (a: string, b: string) => rangeWithout(parseA1Range(a)!, parseA1Range(b)!).map(rangeToA1);
  expect(without("M1:M60", "M10")).toEqual(["M1:M9", "M11:M60"]);
  expect(without("M1:M60", "M1:M60")).toEqual([]);
  expect(without("B2:D4", "C3")).toEqual(["B2:D2", "B4:D4", "B3", "D3"]);
  expect(without("B2:D4", "A1:B9")).toEqual(["C2:D4"]);
  expect(without("B2:D4", "F1:F9")).toEqual(["B2:D4"]);
});

test("property: a range is read as the A1 grammar says, whatever the reader (CLI, add-in, WPS) it came from", () => {
  // The grammar spelled out: one or two cells of one to three letters and digits, $ anywhere, space around each cell;
  // a third cell after a second colon is not read. parseA1Range reads it character by character for speed.
  const cell = (text: string) => {
    const m = /^([A-Za-z]{1,3})(\d+)$/.exec(text.trim());
    return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1]) } : null;
  };
  const byGrammar = (text: string) => {
    const [a, b = a] = text.replace(/\$/g, "").split(":");
    const [p, q] = [cell(a), cell(b)];
    return p && q
      ? {
          top: Math.min(p.row, q.row),
          left: Math.min(p.col, q.col),
          bottom: Math.max(p.row, q.row),
          right: Math.max(p.col, q.col),
        }
      : null;
  };
  const piece = fc.constantFrom("A", "b", "XFD", "ABCD", "$", "1", "0", "12", "1048576", ":", " ", "é", "-", "");
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
      const text = pieces.join("");
      expect(parseA1Range(text)).toEqual(byGrammar(text));
    }),
    { numRuns: 2000 },
  );
});

describe("findings in reading order: by row, then by column, one cell's in the order they were made", () => {
  const finding = (rule: string, cell: [number, number] | null) => ({
    rule,
    cell: cell && { sheet: "表1", row: cell[0], col: cell[1] },
  });
  const list = () => [
    finding("a", [5, 2]),
    finding("b", [3, 4]),
    finding("c", null),
    finding("d", [3, 1]),
    finding("e", [5, 2]),
    finding("f", [3, 4]),
    finding("g", null),
  ];

  test("inReadingOrder (the check's findings): those without a cell last", () => {
    expect(
      list()
        .sort(inReadingOrder)
        .map((f) => f.rule),
    ).toEqual(["d", "b", "f", "a", "e", "c", "g"]);
  });

  test("tableFirstInReadingOrder (a table's review): those without a cell first, sorted in place", () => {
    const findings = list();
    expect(sortedShort(findings, tableFirstInReadingOrder)).toBe(findings);
    expect(findings.map((f) => f.rule)).toEqual(["c", "g", "d", "b", "f", "a", "e"]);
  });

  test("tableFirstInReadingOrder: the review's order before (a cell-less finding at row and column −1), on every arrangement", () => {
    const cells: ([number, number] | null)[] = [[2, 1], null, [1, 3], [2, 1], [1, 0]];
    type Placed = ReturnType<typeof finding>;
    const before = (x: Placed, y: Placed) =>
      (x.cell?.row ?? -1) - (y.cell?.row ?? -1) || (x.cell?.col ?? -1) - (y.cell?.col ?? -1);
    const permutations = (xs: number[]): number[][] =>
      xs.length <= 1
        ? [xs]
        : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
    for (const order of permutations([0, 1, 2, 3, 4])) {
      const findings = order.map((i) => finding(`r${i}`, cells[i]));
      const expected = [...findings].sort(before).map((f) => f.rule);
      expect(sortedShort(findings, tableFirstInReadingOrder).map((f) => f.rule)).toEqual(expected);
    }
  });
});
