/** Fingerprints of our cells (core/plan/fingerprint.ts): numbers count to 12 significant digits. */
import { cellPrint, exactNumberPrint } from "../../../src/core/plan/fingerprint";
import { emptyMarks } from "../../../src/core/plan/marks";
import { Ownership } from "../../../src/core/plan/ownership";
import { SheetContents } from "../../../src/core/plan/sheetContents";
import type { WorkbookSnapshot } from "../../../src/core/types";

test("a number saved by another tool to 15 or 16 digits prints as the one we wrote; another number does not", () => {
  const ours = cellPrint(0.31675641431738993, null);
  expect(cellPrint(0.3167564143173899, null)).toBe(ours);
  expect(cellPrint(0.31675641431739, null)).toBe(ours);
  expect(cellPrint(0.3167564, null)).not.toBe(ours);
  expect(cellPrint(86, null)).not.toBe(cellPrint("86", null));
});

test("a record written before numbers were rounded (all digits) still recognises its number", () => {
  const value = 0.31675641431738993;
  const snapshot: WorkbookSnapshot = {
    sheets: [{ name: "表1", originRow: 0, originCol: 0, values: [[value, 0.5]], merges: [] }],
  };
  const marks = {
    ...emptyMarks(),
    cells: { 表1: "A1:B1" },
    prints: { 表1: exactNumberPrint(value) + exactNumberPrint(0.25) },
  };
  const own = new Ownership(new SheetContents(snapshot), marks);
  expect(own.inPlace("表1", 0, 0)).toBe(true);
  expect(own.inPlace("表1", 0, 1)).toBe(false); // 0.5 is not the 0.25 we wrote
});
