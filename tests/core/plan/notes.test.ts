/**
 * Whose note is it (core/plan/notes.ts): ours only while its text is one the record hashed, wherever it moved;
 * records older than the hashes take their noted cells as ours, as those versions did.
 */
import { emptyMarks, mergeMarks, parseMarks, serializeMarks } from "../../../src/core/plan/marks";
import { NoteOwners, noteHash } from "../../../src/core/plan/notes";
import type { Marks } from "../../../src/core/plan/types";
import type { SheetNote, WorkbookSnapshot } from "../../../src/core/types";

const S = "表1";
const book = (notes: SheetNote[]): WorkbookSnapshot => ({
  sheets: [{ name: S, originRow: 0, originCol: 0, values: [], merges: [], notes }],
});
const record = (extra: Partial<Marks>): Marks => ({ ...emptyMarks(), ...extra });

test("a note is ours by its text, wherever rows or columns moved it; a rewritten one is the user's", () => {
  const ours = "实际完成值低于目标：40 < 90%";
  const owners = new NoteOwners(
    book([
      { row: 9, col: 3, text: ours },
      { row: 4, col: 3, text: `${ours}（已核实）` },
      { row: 5, col: 3, text: "王会计的批注" },
    ]),
    [record({ notes: { [S]: "D5" }, noteHashes: [noteHash(ours)] })],
  );
  expect(owners.isOurs(S, 9, 3)).toBe(true);
  expect(owners.isOurs(S, 4, 3)).toBe(false);
  expect(owners.mayWrite(S, 5, 3)).toBe(false);
  expect(owners.mayWrite(S, 6, 3)).toBe(true);
  expect(owners.hasUsersNote(S)).toBe(true);
  expect(owners.removals(() => true)).toEqual([{ op: "note", cell: { sheet: S, row: 9, col: 3 }, text: "" }]);
});

test("Windows line ends read back from a host hash as the text written", () => {
  expect(noteHash("第一行\r\n第二行")).toBe(noteHash("第一行\n第二行"));
  expect(noteHash("a")).not.toBe(noteHash("b"));
});

test("a record without hashes (older versions) takes the notes on its noted cells as ours, no others", () => {
  const owners = new NoteOwners(
    book([
      { row: 4, col: 3, text: "任意" },
      { row: 5, col: 3, text: "任意" },
    ]),
    [record({ notes: { [S]: "D5" } })],
  );
  expect([owners.isOurs(S, 4, 3), owners.isOurs(S, 5, 3)]).toEqual([true, false]);
});

test("the hashes survive the stored form and are joined with an earlier record's", () => {
  const a = record({ noteHashes: [noteHash("甲")] });
  const b = record({ noteHashes: [noteHash("乙"), noteHash("甲")] });
  expect(parseMarks(serializeMarks(a))?.noteHashes).toEqual(a.noteHashes);
  expect(mergeMarks(a, b).noteHashes).toEqual([noteHash("甲"), noteHash("乙")].sort());
  expect(parseMarks(serializeMarks(record({})))?.noteHashes).toBeUndefined();
});
