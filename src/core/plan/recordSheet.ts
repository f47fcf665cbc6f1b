/**
 * Which sheet holds our record (the marks JSON in row 1, the settings in A2), and where the record goes when none
 * does. One home for the rule the three readers (xlsx, Excel, WPS) and the pane's settings follow.
 *
 * A sheet named MARKS_SHEET is ours only when what it holds looks like ours: the user may have a sheet of their own
 * by that name (a visible one they typed in), and a sheet of the user's is never written. Our record then goes to
 * the first free `_PerfTargets (n)`, found again next time by the same rule.
 */
import { MARKS_SHEET, type CellValue } from "../types";
import { isRecordRow } from "./marks";

/** Rows 1–2 of a candidate sheet, and whether it holds anything below row 2. */
export interface SheetHead {
  name: string;
  veryHidden: boolean;
  row1?: CellValue[];
  row2?: CellValue[];
  /** Something below row 2. */
  more: boolean;
}

const SPARE = /^_PerfTargets \((\d+)\)$/;

/** The sheets whose heads the host reads to decide: our name, our spare names, and every very hidden sheet. */
export function isRecordCandidate(name: string, veryHidden: boolean): boolean {
  return veryHidden || name === MARKS_SHEET || SPARE.test(name);
}

/**
 * SheetSnapshot.veryHidden as the readers set it: present only when true, so the snapshot of a workbook without
 * very hidden sheets is as it was.
 */
export function veryHiddenFlag(veryHidden: boolean): { veryHidden?: true } {
  return veryHidden ? { veryHidden: true } : {};
}

const filled = (v: CellValue | undefined) => v !== null && v !== undefined && v !== "";

/**
 * What we write there and nothing else: row 1 our record, in text chunks (or empty on a very hidden sheet — a
 * record Clear marks emptied, the settings kept), A2 nothing or the settings text, nothing beside or below. Or nothing
 * at all on a sheet left shown (halfAdded).
 */
function holdsOnlyOurRecord(head: SheetHead): boolean {
  if (head.more) return false;
  const [a2, ...rest2] = head.row2 ?? [];
  if (rest2.some(filled) || (filled(a2) && typeof a2 !== "string")) return false;
  const row1 = head.row1 ?? [];
  if (row1.some((v) => filled(v) && typeof v !== "string")) return false;
  if (!row1.some(filled)) return head.veryHidden || halfAdded(head);
  return isRecordRow(row1);
}

/**
 * A record sheet a run added and could not hide (WPS adds a sheet, names it, then hides it: the workbook protected
 * in between leaves it shown): shown, of our name, holding nothing at all. Ours: the next run deletes it and adds it
 * again very hidden (a sheet with one cell the clerk typed is theirs).
 */
function halfAdded(head: SheetHead): boolean {
  return !head.veryHidden && !head.more && ![...(head.row1 ?? []), ...(head.row2 ?? [])].some(filled);
}

/**
 * `record`: the sheet holding our record, or null (none yet); `halfAdded`: it is one a run left shown and empty.
 * `writeTo`: where the record is written — the record's
 * sheet, else MARKS_SHEET when that name is free, else the first free spare name. `usersSheet`: a sheet of the
 * user's named MARKS_SHEET, left alone. Order: our name, then a spare of ours, then a renamed record (a very hidden
 * sheet whose row 1 holds one: someone renamed ours by code).
 */
export function pickRecordSheet(
  heads: SheetHead[],
  allNames: string[],
): { record: string | null; writeTo: string; usersSheet: boolean; halfAdded: boolean } {
  const named = heads.find((h) => h.name === MARKS_SHEET);
  const usersSheet = !!named && !holdsOnlyOurRecord(named);
  const record =
    (named && !usersSheet ? named : undefined) ??
    heads.find((h) => SPARE.test(h.name) && holdsOnlyOurRecord(h)) ??
    heads.find((h) => h.name !== MARKS_SHEET && h.veryHidden && isRecordRow(h.row1));
  if (record) return { record: record.name, writeTo: record.name, usersSheet, halfAdded: halfAdded(record) };
  const taken = new Set(allNames.map((n) => n.toLowerCase())); // sheet names are case-insensitive
  let writeTo = MARKS_SHEET;
  for (let n = 2; taken.has(writeTo.toLowerCase()); n++) writeTo = `${MARKS_SHEET} (${n})`;
  return { record: null, writeTo, usersSheet, halfAdded: false };
}
