/**
 * Whose note is it (core/plan/notes.ts): ours where the record noted that text on that cell, or — on a sheet where
 * our blocks moved — wherever its text is one we noted there. Records older than the hashes name no note of ours.
 */
import {
  emptyMarks,
  mergeMarks,
  notedCells,
  parseMarks,
  recordNotes,
  serializeMarks,
} from "../../../src/core/plan/marks";
import { NoteOwners, noteHash } from "../../../src/core/plan/notes";
import type { Marks } from "../../../src/core/plan/types";
import type { SheetNote, WorkbookSnapshot } from "../../../src/core/types";
import { cellKey } from "../../../src/core/a1";

const S = "表1";
const OURS = "实际完成值低于目标：40 < 90%";
const book = (notes: SheetNote[]): WorkbookSnapshot => ({
  sheets: [{ name: S, originRow: 0, originCol: 0, values: [], merges: [] }].map((s) => ({ ...s, notes })),
});
/** A record that noted OURS on D10 (row 9, col 3). */
function record(): Marks {
  const marks = emptyMarks();
  recordNotes(marks, new Map([[S, new Map([[cellKey(9, 3), noteHash(OURS)]])]]));
  return marks;
}

const notes = [
  { row: 9, col: 3, text: OURS }, // ours, where we wrote it
  { row: 4, col: 3, text: `${OURS}（已核实）` }, // ours, rewritten by the user
  { row: 5, col: 3, text: "王会计的批注" }, // the user's
  { row: 6, col: 3, text: OURS }, // our text, copied by the user to another cell
];

test("a note is ours where we noted that text; rewritten, copied elsewhere or new, it is the user's", () => {
  const owners = new NoteOwners(book(notes), [record()], new Set());
  expect([9, 4, 5, 6].map((row) => owners.isOurs(S, row, 3))).toEqual([true, false, false, false]);
  expect(owners.mayWrite(S, 5, 3)).toBe(false);
  expect(owners.mayWrite(S, 7, 3)).toBe(true);
  expect(owners.hasUsersNote(S)).toBe(true);
  expect(owners.removals()).toEqual([{ op: "note", cell: { sheet: S, row: 9, col: 3 }, text: "" }]);
});

test("on a sheet where our blocks moved, a note with our text is ours wherever it went", () => {
  const owners = new NoteOwners(book([{ row: 11, col: 3, text: OURS }]), [record()], new Set([S]));
  expect(owners.isOurs(S, 11, 3)).toBe(true);
  const still = new NoteOwners(book([{ row: 11, col: 3, text: OURS }]), [record()], new Set());
  expect(still.isOurs(S, 11, 3)).toBe(false);
});

test("Windows line ends read back from a host hash as the text written", () => {
  expect(noteHash("第一行\r\n第二行")).toBe(noteHash("第一行\n第二行"));
  expect(noteHash("a")).not.toBe(noteHash("b"));
});

test("a record without hashes (earlier versions) names no note of ours", () => {
  const legacy = { ...emptyMarks(), notes: { [S]: "D10" } };
  const owners = new NoteOwners(book([{ row: 9, col: 3, text: OURS }]), [legacy], new Set([S]));
  expect(owners.isOurs(S, 9, 3)).toBe(false);
});

test("the hashes survive the stored form and merge cell by cell with an earlier record's", () => {
  const a = record();
  expect(notedCells(parseMarks(serializeMarks(a))!)).toEqual(notedCells(a));
  const b = emptyMarks();
  recordNotes(
    b,
    new Map([
      [
        S,
        new Map([
          [cellKey(9, 3), noteHash("旧的")],
          [cellKey(2, 3), noteHash("乙")],
        ]),
      ],
    ]),
  );
  const merged = notedCells(mergeMarks(a, b)).get(S)!;
  expect(merged.get(cellKey(9, 3))).toBe(noteHash(OURS)); // the newer record wins
  expect(merged.get(cellKey(2, 3))).toBe(noteHash("乙"));
  expect(parseMarks(serializeMarks(emptyMarks()))?.noteHashes).toBeUndefined();
});
