/**
 * readActual remembers what it read, by target object, number format and value, across calls and checks. Property:
 * look-alikes never share a reading (0 / -0 / "0", a percent or date format or none, the 1904 date system, a
 * formula without its result, a target copied with the same content): whatever was asked before, each reading is the
 * one made for a copy of its target, which is no key yet and so read afresh; and asked again (a second check of the
 * same workbook), the same.
 */
import { cellKey } from "../../../src/core/a1";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import type { CellReading, CellValue, ParsedTarget } from "../../../src/core/types";
import { num } from "./targets";

type ReadActual = typeof import("../../../src/core/evaluate/actual").readActual;

const sharedPercent = num(">=", 90, "%");
const targets: ParsedTarget[] = [
  sharedPercent,
  { ...sharedPercent },
  num(">=", 86, "人"),
  num(">=", 0.97, "比例"),
  num("=", 0, null),
  parseTarget("2024年12月31日", { budgetYear: 2024 }),
  parseTarget("及时保障", {}),
  parseTarget("下降3%", {}),
];
const values: CellValue[] = [
  0,
  -0,
  "0",
  0.92,
  92,
  "92%",
  45417,
  "2024-11-30",
  "达成",
  "",
  true,
  null,
  { error: "#N/A" },
];
const readingsOf = (value: CellValue): (CellReading | CellValue)[] => [
  value,
  { cell: cellKey(3, 6), value },
  { cell: cellKey(3, 6), value, numberFormat: "0%" },
  { cell: cellKey(3, 6), value, numberFormat: "yyyy-mm-dd" },
  { cell: cellKey(3, 6), value, date1904: true },
  { cell: cellKey(3, 6), value, uncached: true },
];
const asks: [CellReading | CellValue, ParsedTarget][] = targets.flatMap((target) =>
  values.flatMap((value) =>
    readingsOf(value).map((reading): [CellReading | CellValue, ParsedTarget] => [reading, target]),
  ),
);

function freshReadActual(): ReadActual {
  let read: ReadActual | undefined;
  jest.isolateModules(() => {
    read = jest.requireActual<typeof import("../../../src/core/evaluate/actual")>(
      "../../../src/core/evaluate/actual",
    ).readActual;
  });
  return read!;
}

test("a remembered reading is the reading of exactly that target, format and value", () => {
  const read = freshReadActual();
  for (const round of [1, 2])
    for (const [reading, target] of asks) {
      const afresh = read(reading, { ...target });
      expect({ round, reading, target: target.raw, read: read(reading, target) }).toEqual({
        round,
        reading,
        target: target.raw,
        read: afresh,
      });
    }
});

test("the same target, format and value are read once", () => {
  const read = freshReadActual();
  const first = read({ cell: cellKey(3, 6), value: "92%" }, sharedPercent);
  expect(first).toEqual({ kind: "number", value: 92 });
  // Another cell, the same words: the reading made for the first.
  expect(read({ cell: cellKey(9, 6), value: "92%" }, sharedPercent)).toBe(first);
  // A copy of the target is another key: read afresh, alike.
  const copy = read({ cell: cellKey(9, 6), value: "92%" }, { ...sharedPercent });
  expect(copy).not.toBe(first);
  expect(copy).toEqual(first);
});
