/**
 * Marks: the record of what the add-in added, so a second run updates in place and
 * "Clear marks" removes exactly that. Cells are kept as compact A1 range lists.
 */
import { SHEET_COLUMNS, byPosition, cellKey, inRowOrder, parseA1Ranges, rangesToA1 } from "../a1";
import { isValidIso } from "../dates";
import {
  forEachRow,
  heldCellCount,
  heldColumns,
  MARKS_SHEET,
  type CellRange,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../types";
import { EMPTY_PRINT, PRINT_WIDTH, brokenPrints, cellPrint, exactNumberPrint, matchesPrint } from "./fingerprint";
import type { BlockRecord, Marks, RowFor } from "./types";
import { sortedShort } from "../lists";

/** Excel allows 32,767 characters in a cell; stay well below. */
export const MARKS_CHUNK = 30_000;

/** The record of a workbook nothing has been written to yet. */
export function emptyMarks(): Marks {
  return {
    version: 2,
    sheets: [],
    names: [],
    charts: [],
    cells: {},
    inputs: [],
    conditionalFormats: [],
    validations: [],
    inputFormats: {},
    notes: {},
    generated: {},
  };
}

/**
 * The stored form: like Marks, but input columns and validations grouped per sheet so the sheet
 * name is written once ("F6>F7:F9;G6>G7:G9"), which keeps the marks of 1,000 tables small.
 */
export function serializeMarks(marks: Marks): string {
  return JSON.stringify(storedForm(marks));
}

/**
 * The record a run writes first (Marks.provisional): the final record's text with the flag and the earlier
 * record added, so the big part is serialized once.
 */
export function provisionalText(
  finalText: string,
  earlier: Marks | undefined,
  owed?: Record<string, string>,
  ruleLooks?: Marks["ruleLooksOwed"],
): string {
  const owing =
    (owed && Object.keys(owed).length > 0 ? `,"looksOwed":${JSON.stringify(owed)}` : "") +
    (ruleLooks && Object.keys(ruleLooks).length > 0 ? `,"ruleLooksOwed":${JSON.stringify(ruleLooks)}` : "");
  const extra = `,"provisional":true${earlier ? `,"earlier":${serializeMarks(earlier)}` : ""}${owing}}`;
  return finalText.slice(0, -1) + extra;
}

/**
 * The cells of `sheet` whose look a run that did not finish may not have given (none when `marks` is a finished run's
 * record): those the unfinished run was the first to write (its record names them, the record before it does not —
 * it gives a cell its look in the same write batch as its value, and the batch may have stopped between the two), and
 * those still owed when it began (Marks.looksOwed: a chain of refused checks).
 */
export function looksOwed(marks: Marks | null | undefined, sheet: string): CellSet {
  const owed = new CellSet();
  if (!marks?.provisional) return owed;
  const before = CellSet.of(parseA1Ranges(marks.earlier?.cells[sheet]));
  for (const r of parseA1Ranges(marks.cells[sheet]))
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) if (!before.has(row, col)) owed.add(row, col);
  for (const r of parseA1Ranges(marks.looksOwed?.[sheet])) owed.addRange(r);
  return owed;
}

/**
 * Every sheet's looksOwed, as a provisional record carries them on (A1 ranges per sheet; sheets owing none left out),
 * each where it is now (`now`: Ownership.looksOwedNow — the clerk's inserted rows moved them since).
 */
export function looksOwedBy(marks: Marks | null | undefined, now: (sheet: string) => CellSet): Record<string, string> {
  const out: Record<string, string> = {};
  if (!marks?.provisional) return out;
  for (const sheet of new Set([...Object.keys(marks.cells), ...Object.keys(marks.looksOwed ?? {})])) {
    const owed = now(sheet);
    if (owed.size > 0) out[sheet] = rangesToA1(owed.toRanges());
  }
  return out;
}

function storedForm(marks: Marks): Record<string, unknown> {
  const inputs = joinedPerSheet(marks.inputs, (i) => `${i.header}>${i.cells}`);
  const validations = joinedPerSheet(marks.validations, (v) => v.ranges);
  // Blocks per sheet as [kind, header row, the table's left column, "key:col …"], an indicator block's rows then as
  // "rows below the header:indicator print typed print …" (RowFor).
  const blocks: Record<string, (string | number)[][]> = {};
  for (const b of marks.blocks ?? []) {
    const entry: (string | number)[] = [b.kind, b.row, b.left, b.cols.map((c) => `${c.key}:${c.col}`).join(" ")];
    if (b.rowsFor) entry.push(b.rowsFor.map((r) => `${r.row - b.row}:${r.indicator}${r.typed}`).join(" "));
    (blocks[b.sheet] ??= []).push(entry);
  }
  const { earlier, ...rest } = marks;
  return {
    ...rest,
    inputs,
    validations,
    blocks,
    ...(earlier ? { earlier: storedForm(earlier) } : {}),
  };
}

/**
 * Each sheet's texts joined by ";" (empty ones left out), sheets in the order first met. Joined once per sheet: joining
 * onto the text so far copied it every time, so a sheet with 8,000 projects' inputs cost seconds (N²).
 */
function joinedPerSheet<T extends { sheet: string }>(
  list: readonly T[],
  text: (item: T) => string,
): Record<string, string> {
  const parts = new Map<string, string[]>();
  for (const item of list) {
    let texts = parts.get(item.sheet);
    if (!texts) parts.set(item.sheet, (texts = []));
    const t = text(item);
    if (t) texts.push(t);
  }
  const out: Record<string, string> = {};
  for (const [sheet, texts] of parts) out[sheet] = texts.join(";");
  return out;
}

function expandBlocks(raw: unknown): BlockRecord[] {
  if (!raw || typeof raw !== "object") return [];
  const out: BlockRecord[] = [];
  for (const [sheet, list] of Object.entries(raw as Record<string, unknown>)) {
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      if (!Array.isArray(entry) || entry.length < 4) continue;
      const [kind, row, left, cols, rowsFor] = entry as unknown[];
      if ((kind !== "indicators" && kind !== "schedule") || typeof row !== "number" || typeof left !== "number")
        continue;
      const parsed = String(cols)
        .split(" ")
        .map((pair) => pair.split(":"))
        .filter(([key, col]) => key && /^\d+$/.test(col ?? ""))
        .map(([key, col]) => ({ key, col: Number(col) }));
      const rows = typeof rowsFor === "string" ? expandRowsFor(rowsFor, row) : undefined;
      out.push({ sheet, kind, row, left, cols: parsed, ...(rows ? { rowsFor: rows } : {}) });
    }
  }
  return out;
}

const ROW_FOR = new RegExp(`^(\\d+):([0-9a-z]{${PRINT_WIDTH}})([0-9a-z]{${PRINT_WIDTH}})$`);

/** An indicator block's rows as stored ("1:k3x9a0b2 2:…"); undefined when any is damaged (nothing is compared then). */
function expandRowsFor(text: string, header: number): RowFor[] | undefined {
  const out: RowFor[] = [];
  for (const part of text.split(" ").filter(Boolean)) {
    const m = ROW_FOR.exec(part);
    if (!m) return undefined;
    out.push({ row: header + Number(m[1]), indicator: m[2], typed: m[3] });
  }
  return out;
}

function expandInputs(raw: unknown): Marks["inputs"] {
  return splitPerSheet(raw, (sheet, pair) => {
    const [header, cells = ""] = pair.split(">");
    return { sheet, header, cells };
  });
}

function expandValidations(raw: unknown): Marks["validations"] {
  return splitPerSheet(raw, (sheet, ranges) => ({ sheet, ranges }));
}

/**
 * What joinedPerSheet stored, each text read back by `item`; a list (a record from before the grouping) as it is, its
 * entries checked by the caller.
 */
function splitPerSheet<T>(raw: unknown, item: (sheet: string, text: string) => T): T[] {
  if (Array.isArray(raw)) return raw as T[];
  if (!raw || typeof raw !== "object") return [];
  return Object.entries(raw as Record<string, string>).flatMap(([sheet, text]) =>
    String(text)
      .split(";")
      .filter(Boolean)
      .map((t) => item(sheet, t)),
  );
}

const records = new WeakMap<WorkbookSnapshot, Marks | null>();
/** Per snapshot: the sheets the record names that the user renamed since, old name → name now (followRenames). */
const renames = new WeakMap<WorkbookSnapshot, ReadonlyMap<string, string>>();

/** The sheets of the earlier record the user renamed since it was written: old name → name now. */
export function renamedSheets(snapshot: WorkbookSnapshot): ReadonlyMap<string, string> {
  recordOf(snapshot);
  return renames.get(snapshot) ?? new Map();
}

/**
 * The earlier run's record of a snapshot, parsed once per snapshot (the check and the plan both ask).
 * Read-only: a plan builds its own new record.
 */
export function recordOf(snapshot: WorkbookSnapshot): Marks | null {
  let marks = records.get(snapshot);
  if (marks === undefined) {
    marks = parseMarks(snapshot.marks);
    const renamed = new Map<string, string>();
    records.set(snapshot, (marks = marks && withCopies(followRenames(marks, snapshot, renamed), snapshot)));
    renames.set(snapshot, renamed);
  }
  return marks;
}

/**
 * The record with every sheet it names under the sheet's name NOW (the user may have renamed it; its blocks,
 * cells and rules went with it): a sheet of the user's by the id recorded for it; a sheet without one (made by
 * us: no id when the plan is made; a WPS sheet without a code name of its own; a record of the previous version) by
 * what it holds — the sheet the record does not name that holds most (more than half) of the non-empty cells we wrote
 * there, where we wrote them or where Excel moved them (heldOn). A name still in the workbook is its own sheet.
 */
function followRenames(marks: Marks, snapshot: WorkbookSnapshot, followed: Map<string, string>): Marks {
  const earlier = marks.earlier && followRenames(marks.earlier, snapshot, followed);
  const nameNow = new Map<string, string>();
  for (const sheet of snapshot.sheets) if (sheet.id !== undefined) nameNow.set(sheet.id, sheet.name);
  const present = new Set(snapshot.sheets.map((s) => s.name));
  const taken = summariesTaken(marks, snapshot);
  for (const name of taken) present.delete(name);
  const recorded = namedSheets(marks);
  const renamed = new Map<string, string>();
  for (const [name, id] of Object.entries(marks.sheetIds ?? {})) {
    const now = nameNow.get(id);
    // Only a name that is gone follows its id, and never onto a sheet the record names as it is: another tool may
    // number the sheets again (LibreOffice writes sheetId by tab position), so an id alone does not prove a rename.
    if (now !== undefined && now !== name && !present.has(name) && !(recorded.has(now) && present.has(now)))
      renamed.set(name, now);
  }
  const named = new Set([...recorded].map((name) => renamed.get(name) ?? name));
  for (const sheet of recorded) {
    if (present.has(sheet) || renamed.has(sheet)) continue;
    const holder = holderOf(
      marks,
      sheet,
      snapshot.sheets.filter((s) => !named.has(s.name)),
    );
    if (!holder) continue;
    renamed.set(sheet, holder.name);
    named.add(holder.name);
  }
  for (const [from, to] of renamed) followed.set(from, to);
  const gone = [...taken].filter((name) => !renamed.has(name));
  const kept = gone.length === 0 ? marks : withoutSheets(marks, new Set(gone));
  const out = renamed.size === 0 ? kept : renameSheets(kept, (name) => renamed.get(name) ?? name);
  return earlier ? { ...out, earlier } : out;
}

/**
 * Summaries we made whose name a sheet of the clerk's has now: ours deleted (or renamed) and one of theirs given its
 * name. The sheet under that name holds something, but not the rows we wrote there — our rows, found wherever the
 * clerk moved or sorted them (ourRowsNow), hold at most half of the cells we wrote there. Such a sheet is theirs: the
 * record's summary is followed elsewhere (renamed) or let go as deleted, and the check writes ours beside theirs
 * (summary.ts: 监控汇总 (2)) instead of filling the empty cells of their sheet with our summary.
 */
function summariesTaken(marks: Marks, snapshot: WorkbookSnapshot): Set<string> {
  const taken = new Set<string>();
  for (const name of marks.sheets) {
    if (marks.generated?.[name] !== undefined) continue; // the unit-wide table we wrote out: the clerk edits it
    const sheet = snapshot.sheets.find((s) => s.name === name);
    const lines = ourRows(ourCells(marks, name));
    if (!sheet || lines.length === 0 || heldCellCount(sheet) === 0 || leftUnfinished(marks, sheet)) continue;
    if (addedUnfinished(marks, name) && mostlyOursNow(marks, sheet)) continue;
    const moved = ourRowsNow([marks], name, sheet).moved[0];
    const cells = (list: typeof lines) => list.reduce((n, line) => n + line.prints.length, 0);
    if (cells(lines.filter((line) => moved.has(line.row))) * 2 <= cells(lines)) taken.add(name);
  }
  return taken;
}

/**
 * A sheet the run that wrote `marks` added and did not finish (its record still the provisional one: Excel refused a
 * write batch half-way), as that run left it: every cell it holds is one the run wrote there, as written (a monitoring
 * cell, or a cell of a table it wrote out). It holds only part of what the record names, and nothing of the clerk's:
 * the next check takes it as the run's own to finish (the summary, not 监控汇总 (2); a table written out, written
 * again). A cell the clerk typed, pasted or moved there makes it theirs as any sheet is.
 */
export function leftUnfinished(marks: Marks, sheet: SheetSnapshot): boolean {
  const { name } = sheet;
  if (!addedUnfinished(marks, name)) return false;
  const wrote = new Map<number, string>();
  for (const kind of ["cells", "generated"] as const)
    for (const { row, col, print } of printedCells(marks, name, kind))
      if (print !== undefined) wrote.set(cellKey(row, col), print);
  let only = true;
  forEachRow(sheet.values, (values, r) => {
    const formulas = sheet.formulas?.[r];
    const cols = heldColumns(values, formulas);
    const n = cols ? cols.length : Math.max(values.length, formulas?.length ?? 0);
    for (let k = 0; k < n && only; k++) {
      const c = cols ? cols[k] : k;
      const [value, formula] = [values[c] ?? null, formulas?.[c]];
      const print = cellPrint(value, formula);
      const written = wrote.get(cellKey(r + sheet.originRow, c + sheet.originCol));
      if (print !== EMPTY_PRINT) only = matchesPrint(print, value, formula, (p) => p === written);
    }
  });
  return only;
}

/** The run that wrote `marks` did not finish (its record still the provisional one) and added the sheet. */
function addedUnfinished(marks: Marks, name: string): boolean {
  return !!marks.provisional && marks.sheets.includes(name) && !marks.earlier?.sheets.includes(name);
}

/**
 * A sheet an unfinished run added (its record names every cell the run meant to write there, most never written),
 * after the clerk inserted or deleted rows or columns in it, or typed a cell or two: more than half of the cells it
 * holds are what the run wrote, on the rows of ours it holds now wherever the edits moved them (ourRowsNow). The next
 * check finishes it around their rows and cells (summary.ts summaryPlaces), as it does a finished summary they edited.
 */
function mostlyOursNow(marks: Marks, sheet: SheetSnapshot): boolean {
  const ours = ourRowsNow([marks], sheet.name, sheet).prints;
  let held = 0;
  let all = 0;
  for (const [row, cells] of printIndex(sheet).cells)
    for (const prints of cells) {
      all++;
      if (prints.some((p) => ours.get(row)?.has(p))) held++;
    }
  return held * 2 > all;
}

/** The name WPS and Excel give a sheet they add (Sheet1, Sheet2, …), before the run names it. */
const DEFAULT_SHEET_NAME = /^Sheet\d+$/;

/**
 * The sheet a run that did not finish added and could not name (WPS adds a sheet, then names it: the workbook
 * protected in between leaves `Sheet6`), or null. Its record is still the provisional one and names a sheet it added
 * that is not there; the stray is the last shown sheet of a default name holding nothing at all — no cell, format,
 * note, list, picture or chart (Add puts a sheet last). A sheet with one cell the clerk typed is theirs, as any.
 */
export function strayAddedSheet(snapshot: WorkbookSnapshot): string | null {
  const marks = recordOf(snapshot);
  if (!marks?.provisional) return null;
  const there = new Set(snapshot.sheets.map((s) => s.name));
  if (!marks.sheets.some((name) => !there.has(name) && !marks.earlier?.sheets.includes(name))) return null;
  const empty = (s: SheetSnapshot) =>
    !s.hidden &&
    !s.veryHidden &&
    !s.protected &&
    heldCellCount(s) === 0 &&
    !s.numberFormats?.some((row) => row?.some((f) => !!f && f !== "General")) &&
    s.merges.length === 0 &&
    !s.notes?.length &&
    !s.tables?.length &&
    !s.shapes?.length &&
    !s.chartSeries?.length &&
    !s.looks?.length &&
    !s.validations?.length;
  const strays = snapshot.sheets.filter(
    (s) => DEFAULT_SHEET_NAME.test(s.name) && !marks.sheets.includes(s.name) && empty(s),
  );
  return strays.at(-1)?.name ?? null;
}

/** The record without what it says of `sheets` (their names now taken by sheets of the clerk's). */
const withoutSheets = (marks: Marks, sheets: ReadonlySet<string>): Marks =>
  withSheetsAs(marks, (name) => (sheets.has(name) ? null : name));

/**
 * The sheet (of `candidates`) that holds most of the cells the record fingerprinted on `recorded` that held
 * something — more than half of them, where we wrote them or Excel moved them. Not all: the user may have renamed the sheet and
 * typed over a cell or two of ours (a title on our summary), which makes those cells theirs, not the sheet.
 */
function holderOf(marks: Marks, recorded: string, candidates: SheetSnapshot[]): SheetSnapshot | null {
  const cells = ourCells(marks, recorded);
  let best: SheetSnapshot | null = null;
  let most = Math.floor(cells.length / 2); // more than half
  for (const sheet of candidates) {
    const held = heldOn(cells, sheet, most);
    if (held > most) [best, most] = [sheet, held];
  }
  return best;
}

/** The cells the record fingerprinted on a sheet that held something. */
const ourCells = (marks: Marks, recorded: string) =>
  printedCells(marks, recorded).filter((c) => c.print !== undefined && c.print !== EMPTY_PRINT);

/**
 * How many of `cells` the sheet holds as we wrote them, where we wrote them — or where Excel moved them since: the
 * user may have inserted or deleted whole rows and columns on the renamed or copied sheet. Our rows are found in
 * order, each on the sheet's row nearest to where the rows found before put it, and a row's cells in order along
 * that row. Counted until it cannot be more than `most` (a deleted sheet's big record against every sheet of a big
 * workbook).
 */
function heldOn(cells: ReturnType<typeof ourCells>, sheet: SheetSnapshot, most: number): number {
  const index = printIndex(sheet);
  let held = 0;
  let missed = 0;
  let after = -1; // rows at or above it are taken by our rows found so far
  let shift = 0;
  for (const line of ourRows(cells)) {
    const expected = line.row + shift;
    let best = { row: -1, held: 0 };
    let there = 0; // held on the row where the rows found so far put it
    for (const print of line.prints.slice(0, 3))
      for (const row of nearestRows(index.rows.get(print), after, expected)) {
        const found = heldAlong(index.cells.get(row)!, line.prints);
        if (row === expected) there = found;
        if (found > best.held || (found === best.held && Math.abs(row - expected) < Math.abs(best.row - expected)))
          best = { row, held: found };
      }
    // Half of a row where it should be beats all of it further down: our rows repeat (one formula down the column),
    // and the clerk typed over the rest of this one.
    if (there > 0 && there * 2 >= line.prints.length) best = { row: expected, held: there };
    held += best.held;
    missed += line.prints.length - best.held;
    // One print found away from where it was expected (a 待填报 repeated down the column, the clerk's word over the
    // row's own) says nothing of where the row went: the rows after are still looked for from where the others put them.
    const alone = best.held === 1 && line.prints.length === 1 && best.row !== expected;
    if (best.held > 0 && !alone) [after, shift] = [best.row, best.row - line.row];
    if (missed >= cells.length - most) break;
  }
  return held;
}

/**
 * On a sheet we made: the sheet's rows that hold a row of ours now — where we wrote it, or wherever the clerk's edits
 * moved it (rows inserted or deleted, the summary sorted by 预算数: in any order) — each with the prints we wrote on that
 * row of ours (`prints`); and per record, where each of its rows is now (`moved`: recorded row → the sheet's row; a row
 * the record wrote only empty cells on is not found, nothing of ours knows it). A row of ours is on a row that holds its
 * first print (on the summary: the table's name) and at least half of its prints in order, the one holding most (then
 * the nearest to where we wrote it), each sheet row taken once per record. Half of a row's prints is not enough by
 * itself: the light counts are zeros, so a 合计 row the clerk typed under ours, moved up into a deleted row of ours, held
 * 5 of its 7 prints. A value the user typed on a row of their own is not ours even when it equals one we wrote on
 * another row (their 合计 row's "黄" under our summary's rows).
 */
export function ourRowsNow(
  records: Marks[],
  recorded: string,
  sheet: SheetSnapshot,
): { prints: Map<number, Set<string>>; moved: Map<number, number>[] } {
  const index = printIndex(sheet);
  const rows = new Map<number, Set<string>>();
  const moved = records.map((marks) => {
    const to = new Map<number, number>();
    const taken = new Set<number>();
    for (const line of ourRows(ourCells(marks, recorded))) {
      let best = { row: -1, held: 0 };
      for (const row of index.rows.get(line.prints[0]) ?? []) {
        if (taken.has(row)) continue;
        const held = heldAlong(index.cells.get(row)!, line.prints);
        if (held > best.held || (held === best.held && Math.abs(row - line.row) < Math.abs(best.row - line.row)))
          best = { row, held };
      }
      if (best.held * 2 < line.prints.length) continue;
      taken.add(best.row);
      to.set(line.row, best.row);
      const set = rows.get(best.row) ?? new Set<string>();
      for (const print of line.prints) set.add(print);
      rows.set(best.row, set);
    }
    return to;
  });
  return { prints: rows, moved };
}

/** Our cells row by row, top to bottom, each row's prints left to right. */
function ourRows(cells: ReturnType<typeof ourCells>): { row: number; prints: string[] }[] {
  const sorted = [...cells].sort(inRowOrder);
  const rows: { row: number; prints: string[] }[] = [];
  for (const c of sorted)
    if (rows.at(-1)?.row === c.row) rows.at(-1)!.prints.push(c.print!);
    else rows.push({ row: c.row, prints: [c.print!] });
  return rows;
}

/** Of `rows` (ascending), the two below `after` nearest to `expected`: the first at or after it, the last before it. */
function nearestRows(rows: number[] | undefined, after: number, expected: number): number[] {
  if (!rows) return [];
  const from = Math.max(after + 1, expected);
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return [rows[lo], rows[lo - 1]].filter((r) => r !== undefined && r > after);
}

/** How many of `prints` a row's cells (left to right) hold in that order; a print not found is passed over. */
function heldAlong(row: string[][], prints: string[]): number {
  let held = 0;
  let at = 0;
  for (const print of prints) {
    let i = at;
    while (i < row.length && !row[i].includes(print)) i++;
    if (i < row.length) [held, at] = [held + 1, i + 1];
  }
  return held;
}

interface PrintIndex {
  /** Row (absolute) → its non-empty cells left to right, each as the prints it matches (a number: also its all-digits print). */
  cells: Map<number, string[][]>;
  /** Print → the rows holding it, ascending. */
  rows: Map<string, number[]>;
}

const printIndexes = new WeakMap<SheetSnapshot, PrintIndex>();

/**
 * The sheet's cells by their fingerprints, made once per sheet: a number also by the all-digits print older records
 * took, a formula with #REF! also by the prints it could have had before the host broke it (fingerprint.ts
 * matchesPrint).
 */
function printIndex(sheet: SheetSnapshot): PrintIndex {
  let index = printIndexes.get(sheet);
  if (index) return index;
  index = { cells: new Map(), rows: new Map() };
  forEachRow(sheet.values, (values, r) => {
    const row = r + sheet.originRow;
    const cells: string[][] = [];
    const formulas = sheet.formulas?.[r];
    const cols = heldColumns(values, formulas);
    const n = cols ? cols.length : Math.max(values.length, formulas?.length ?? 0);
    for (let k = 0; k < n; k++) {
      const c = cols ? cols[k] : k;
      const value = values[c] ?? null;
      const formula = formulas?.[c];
      const print = cellPrint(value, formula);
      if (print === EMPTY_PRINT) continue;
      const prints = formula
        ? [print, ...brokenPrints(formula)]
        : typeof value === "number"
          ? [print, exactNumberPrint(value)]
          : [print];
      cells.push(prints);
      for (const p of prints) {
        const rows = index!.rows.get(p) ?? [];
        if (rows.at(-1) !== row) rows.push(row);
        index!.rows.set(p, rows);
      }
    }
    if (cells.length > 0) index!.cells.set(row, cells);
  });
  printIndexes.set(sheet, index);
  return index;
}

/**
 * Sheets the user copied from a sheet of theirs the record names (Excel's Move or Copy… "create a copy" takes
 * our block, its rules and notes along): a sheet the record does not name that holds more than half of our cells
 * of such a sheet where we wrote them or Excel moved them (heldOn: the user may have inserted rows in the copy), of
 * the sheet whose cells it holds the largest share of. The copy gets
 * that sheet's part of the record, so the next check finds the copied block and writes it in place, as a first
 * check of the copy would write it, instead of taking it for the user's and writing a second block beside it.
 * Not copies of our summary: such a copy is the user's. A copy of a sheet we wrote a table out on (the unit-wide
 * goals) takes the block beside that table, as a copy of the user's sheet does; the table itself (`generated`) is
 * the user's in the copy.
 */
function withCopies(marks: Marks, snapshot: WorkbookSnapshot): Marks {
  const named = namedSheets(marks);
  const summaries = new Set(marks.sheets.filter((sheet) => !(sheet in (marks.generated ?? {}))));
  const present = new Set(snapshot.sheets.map((s) => s.name));
  const originals = Object.keys(marks.cells)
    .filter((sheet) => present.has(sheet) && !summaries.has(sheet))
    .map((sheet) => ({ sheet, cells: ourCells(marks, sheet) }))
    .filter((o) => o.cells.length > 0);
  const copies = new Map<string, string[]>(); // original → its copies
  for (const sheet of snapshot.sheets) {
    if (named.has(sheet.name) || sheet.name === MARKS_SHEET) continue;
    const filled = heldCellCount(sheet);
    let best: { sheet: string; share: number } | null = null;
    for (const o of originals) {
      if (filled * 2 <= o.cells.length) continue; // cannot hold more than half of them (an empty sheet)
      const share = heldOn(o.cells, sheet, Math.floor(o.cells.length / 2)) / o.cells.length;
      if (share > 0.5 && share > (best?.share ?? 0)) best = { sheet: o.sheet, share };
    }
    if (best) copies.set(best.sheet, [...(copies.get(best.sheet) ?? []), sheet.name]);
  }
  if (copies.size === 0) return marks;
  const also = <T>(record: Record<string, T> | undefined) => {
    if (!record) return record;
    const out = { ...record };
    for (const [sheet, to] of copies) if (sheet in record) for (const copy of to) out[copy] = record[sheet];
    return out;
  };
  const each = <T extends { sheet: string }>(list: T[]) =>
    list.flatMap((x) => [x, ...(copies.get(x.sheet) ?? []).map((sheet) => ({ ...x, sheet }))]);
  return {
    ...marks,
    cells: also(marks.cells)!,
    prints: also(marks.prints),
    notes: also(marks.notes),
    ...(marks.noteHashes ? { noteHashes: also(marks.noteHashes) } : {}),
    inputs: each(marks.inputs),
    conditionalFormats: each(marks.conditionalFormats),
    validations: each(marks.validations),
    ...(marks.inputFormats ? { inputFormats: also(marks.inputFormats) } : {}),
    blocks: marks.blocks && each(marks.blocks),
  };
}

/**
 * What `into` says of `sheets` replaced by what `from` (an earlier record) says of them: for sheets this run did not
 * write (protected ones), so the record still knows our cells there as they were.
 */
export function carrySheets(into: Marks, from: Marks | null, sheets: ReadonlySet<string>): void {
  const keyed = [
    "cells",
    "prints",
    "notes",
    "noteHashes",
    "generated",
    "generatedPrints",
    "sheetIds",
    "inputFormats",
  ] as const;
  for (const field of keyed) {
    const to = into[field];
    const was = from?.[field];
    for (const sheet of sheets) {
      if (to) delete to[sheet];
      if (was?.[sheet] !== undefined) (into[field] ??= {})[sheet] = was[sheet];
    }
  }
  const listed = ["inputs", "conditionalFormats", "validations", "charts"] as const;
  for (const field of listed) {
    const kept = (into[field] as { sheet: string }[]).filter((x) => !sheets.has(x.sheet));
    const carried = ((from?.[field] ?? []) as { sheet: string }[]).filter((x) => sheets.has(x.sheet));
    (into[field] as { sheet: string }[]) = [...kept, ...carried];
  }
  const blocks = [
    ...(into.blocks ?? []).filter((b) => !sheets.has(b.sheet)),
    ...(from?.blocks ?? []).filter((b) => sheets.has(b.sheet)),
  ];
  if (into.blocks || blocks.length) into.blocks = blocks;
  into.sheets = [...into.sheets.filter((s) => !sheets.has(s)), ...(from?.sheets ?? []).filter((s) => sheets.has(s))];
}

/** Every sheet a record (not its earlier part) names. */
function namedSheets(marks: Marks): Set<string> {
  const listed = [...marks.inputs, ...marks.conditionalFormats, ...marks.validations, ...(marks.blocks ?? [])];
  return new Set<string>([
    ...marks.sheets,
    ...Object.keys(marks.cells),
    ...Object.keys(marks.generated ?? {}),
    ...Object.keys(marks.notes ?? {}),
    ...listed.map((x) => x.sheet),
    ...marks.charts.map((c) => c.sheet),
  ]);
}

/** Every sheet name of a record (not of its earlier part) passed through `to`. */
function renameSheets(marks: Marks, to: (name: string) => string): Marks {
  return withSheetsAs(marks, to);
}

/**
 * The record with every sheet name it holds passed through `to` (null: what it says of that sheet dropped): the one
 * list of the record's per-sheet fields, for renames and for sheets let go.
 */
function withSheetsAs(marks: Marks, to: (name: string) => string | null): Marks {
  const keys = <T>(record: Record<string, T> | undefined) =>
    record &&
    Object.fromEntries(
      Object.entries(record).flatMap(([sheet, v]) => {
        const name = to(sheet);
        return name === null ? [] : [[name, v] as const];
      }),
    );
  const each = <T extends { sheet: string }>(list: T[]) =>
    list.flatMap((x) => {
      const name = to(x.sheet);
      return name === null ? [] : [{ ...x, sheet: name }];
    });
  return {
    ...marks,
    sheets: marks.sheets.flatMap((s) => to(s) ?? []),
    charts: each(marks.charts),
    cells: keys(marks.cells)!,
    inputs: each(marks.inputs),
    conditionalFormats: each(marks.conditionalFormats),
    validations: each(marks.validations),
    ...(marks.inputFormats ? { inputFormats: keys(marks.inputFormats) } : {}),
    notes: keys(marks.notes),
    ...(marks.noteHashes ? { noteHashes: keys(marks.noteHashes) } : {}),
    generated: keys(marks.generated),
    ...(marks.generatedPrints ? { generatedPrints: keys(marks.generatedPrints) } : {}),
    prints: keys(marks.prints),
    blocks: marks.blocks && each(marks.blocks),
    sheetIds: keys(marks.sheetIds),
    ...(marks.looksOwed ? { looksOwed: keys(marks.looksOwed) } : {}),
    ...(marks.ruleLooksOwed ? { ruleLooksOwed: keys(marks.ruleLooksOwed) } : {}),
  };
}

/**
 * Note the id of every sheet of the user's the new record names. Not of the sheets we made: one made by this run
 * has no id yet, and recording it a run later would make the second run's record differ from the first's.
 */
export function recordSheetIds(marks: Marks, snapshot: WorkbookSnapshot): void {
  const named = namedSheets(marks);
  for (const made of marks.sheets) named.delete(made);
  const ids: Record<string, string> = {};
  for (const sheet of snapshot.sheets) if (sheet.id !== undefined && named.has(sheet.name)) ids[sheet.name] = sheet.id;
  if (Object.keys(ids).length > 0) marks.sheetIds = ids;
}

/**
 * Sheets an earlier run made (the summary, the unit-wide table): what they hold is our text, never the user's
 * input (the check reads the unit-wide table there, but nothing there dates or names the user's tables).
 */
export function sheetsWeMade(snapshot: WorkbookSnapshot): ReadonlySet<string> {
  const marks = recordOf(snapshot);
  return new Set(marks ? [...marks.sheets, ...(marks.earlier?.sheets ?? [])] : []);
}

/** The sheets where an earlier run recorded rules of its own (Marks.conditionalFormats), under their names now. */
export function sheetsWithOurRules(snapshot: WorkbookSnapshot): ReadonlySet<string> {
  const marks = recordOf(snapshot);
  const records = marks ? [marks, ...(marks.earlier ? [marks.earlier] : [])] : [];
  return new Set(records.flatMap((m) => m.conditionalFormats.map((cf) => cf.sheet)));
}

/** The summaries an earlier run made (summary.ts): sheets we made that are no table we wrote out (Marks.generated). */
export function summariesWeMade(snapshot: WorkbookSnapshot): ReadonlySet<string> {
  const marks = recordOf(snapshot);
  const records = marks ? [marks, ...(marks.earlier ? [marks.earlier] : [])] : [];
  return new Set(records.flatMap((m) => m.sheets.filter((s) => m.generated?.[s] === undefined)));
}

/** Parse the marks JSON; anything malformed counts as "no marks" (we then touch nothing of an earlier run). */
export function parseMarks(text: string | null | undefined): Marks | null {
  if (!text) return null;
  try {
    return marksOf(JSON.parse(text));
  } catch {
    return null;
  }
}

/**
 * A version 1 record (no fingerprints) still names our sheets, names and rules, but none of its cells
 * can be recognised any more: they are treated as the user's.
 */
function marksOf(json: unknown, depth = 0): Marks | null {
  const raw = json as Partial<Omit<Marks, "version">> & { version?: number };
  if (!raw || typeof raw !== "object" || (raw.version !== 1 && raw.version !== 2)) return null;
  const base = emptyMarks();
  const record = (x: unknown): Record<string, string> =>
    x && typeof x === "object" && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).filter(([, v]) => typeof v === "string"))
      : {};
  const earlier = depth === 0 && raw.earlier ? marksOf(raw.earlier, 1) : null;
  return {
    version: 2,
    ...(isString(raw.asOf) && isValidIso(raw.asOf) ? { asOf: raw.asOf } : {}),
    sheets: Array.isArray(raw.sheets) ? raw.sheets.filter(isString) : base.sheets,
    names: Array.isArray(raw.names) ? raw.names.filter(isString) : base.names,
    charts: Array.isArray(raw.charts)
      ? raw.charts
          .filter((c) => c && isString(c.sheet) && isString(c.name))
          .map((c) => ({ sheet: c.sheet, name: c.name, ...(isString(c.anchor) ? { anchor: c.anchor } : {}) }))
      : base.charts,
    cells: record(raw.cells),
    inputs: expandInputs(raw.inputs).filter((i) => isString(i.sheet) && isString(i.header) && isString(i.cells)),
    conditionalFormats: Array.isArray(raw.conditionalFormats)
      ? raw.conditionalFormats.filter((c) => c && isString(c.sheet) && isString(c.ranges) && isString(c.formula))
      : base.conditionalFormats,
    validations: expandValidations(raw.validations).filter((v) => isString(v.sheet) && isString(v.ranges)),
    ...(raw.inputFormats !== undefined ? { inputFormats: record(raw.inputFormats) } : {}),
    notes: record(raw.notes),
    ...(raw.noteHashes ? { noteHashes: record(raw.noteHashes) } : {}),
    generated: record(raw.generated),
    ...(raw.generatedPrints ? { generatedPrints: record(raw.generatedPrints) } : {}),
    prints: raw.version === 2 ? record(raw.prints) : {},
    blocks: raw.version === 2 ? expandBlocks(raw.blocks) : [],
    ...(raw.sheetIds ? { sheetIds: record(raw.sheetIds) } : {}),
    ...(raw.provisional === true ? { provisional: true } : {}),
    ...(earlier ? { earlier } : {}),
    ...(raw.looksOwed ? { looksOwed: record(raw.looksOwed) } : {}),
    ...(raw.ruleLooksOwed && typeof raw.ruleLooksOwed === "object"
      ? { ruleLooksOwed: Object.fromEntries(Object.entries(raw.ruleLooksOwed).map(([sheet, x]) => [sheet, record(x)])) }
      : {}),
  };
}

/**
 * The cells a record names on one sheet, each with the fingerprint of what was written there
 * (undefined when the record has none: a version 1 record, or a damaged one).
 */
export function printedCells(
  marks: Marks,
  sheet: string,
  kind: "cells" | "generated" = "cells",
): { row: number; col: number; print: string | undefined }[] {
  const prints = (kind === "cells" ? marks.prints : marks.generatedPrints)?.[sheet] ?? "";
  const out: { row: number; col: number; print: string | undefined }[] = [];
  let i = 0;
  for (const r of parseA1Ranges((kind === "cells" ? marks.cells : marks.generated)?.[sheet]))
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++, i++) {
        const print = prints.slice(i * PRINT_WIDTH, (i + 1) * PRINT_WIDTH);
        out.push({ row, col, print: print.length === PRINT_WIDTH ? print : undefined });
      }
  return out;
}

const isString = (x: unknown): x is string => typeof x === "string";

/**
 * One record of two (the earlier, provisional part of a record): every cell, rule, name and block of
 * either; where both name a cell, `a`'s fingerprint wins.
 */
export function mergeMarks(a: Marks, b: Marks | undefined): Marks {
  if (!b) return a;
  const unique = <T>(list: T[]) => {
    const seen = new Set<string>();
    return list.filter((x) => {
      const k = JSON.stringify(x);
      return seen.has(k) ? false : (seen.add(k), true);
    });
  };
  const cells: Record<string, string> = {};
  const prints: Record<string, string> = {};
  for (const sheet of new Set([...Object.keys(a.cells), ...Object.keys(b.cells)])) {
    const byCell = new Map<string, string>();
    for (const m of [b, a]) for (const c of printedCells(m, sheet)) byCell.set(`${c.row},${c.col}`, c.print ?? "");
    const set = CellSet.of(
      [...byCell.keys()]
        .map((k) => k.split(",").map(Number))
        .map(([row, col]) => ({ top: row, left: col, bottom: row, right: col })),
    );
    const ranges = set.toRanges();
    cells[sheet] = rangesToA1(ranges);
    prints[sheet] = printsInOrder(ranges, (row, col) => byCell.get(`${row},${col}`) || "????");
  }
  const union = (x: Record<string, string> | undefined, y: Record<string, string> | undefined) => {
    const out: Record<string, string> = {};
    for (const sheet of new Set([...Object.keys(x ?? {}), ...Object.keys(y ?? {})]))
      out[sheet] = rangesToA1(CellSet.of([...parseA1Ranges(x?.[sheet]), ...parseA1Ranges(y?.[sheet])]).toRanges());
    return out;
  };
  return {
    version: 2,
    sheets: unique([...a.sheets, ...b.sheets]),
    names: unique([...a.names, ...b.names]),
    charts: unique([...a.charts, ...b.charts]),
    cells,
    prints,
    inputs: unique([...a.inputs, ...b.inputs]),
    conditionalFormats: unique([...a.conditionalFormats, ...b.conditionalFormats]),
    validations: unique([...a.validations, ...b.validations]),
    ...(a.inputFormats || b.inputFormats ? { inputFormats: union(a.inputFormats, b.inputFormats) } : {}),
    ...mergedNotes(a, b),
    generated: union(a.generated, b.generated),
    ...mergedGeneratedPrints(a, b, union(a.generated, b.generated)),
    blocks: unique([...(a.blocks ?? []), ...(b.blocks ?? [])]),
    sheetIds: { ...b.sheetIds, ...a.sheetIds },
  };
}

/** The generated cells' prints of the record whose generated cells the union is (else none: left as they are). */
function mergedGeneratedPrints(a: Marks, b: Marks, generated: Record<string, string>): Pick<Marks, "generatedPrints"> {
  const out: Record<string, string> = {};
  for (const [sheet, cells] of Object.entries(generated)) {
    const from = [a, b].find((m) => m.generated?.[sheet] === cells && m.generatedPrints?.[sheet] !== undefined);
    if (from) out[sheet] = from.generatedPrints![sheet];
  }
  return Object.keys(out).length > 0 ? { generatedPrints: out } : {};
}

/** Noted cells of both records with their hashes (`a`'s where both name a cell). */
function mergedNotes(a: Marks, b: Marks): Pick<Marks, "notes" | "noteHashes"> {
  const merged: NotedCells = new Map();
  for (const m of [b, a])
    for (const [sheet, cells] of notedCells(m)) {
      const into = merged.get(sheet) ?? new Map<number, string>();
      for (const [key, hash] of cells) into.set(key, hash);
      merged.set(sheet, into);
    }
  // Cells noted without a hash (records before them) name no note of ours: nothing to keep of them.
  const out: Marks = { ...emptyMarks(), notes: {} };
  recordNotes(out, merged);
  return { notes: out.notes, ...(out.noteHashes ? { noteHashes: out.noteHashes } : {}) };
}

/** The fingerprints of the ranges' cells, back to back in the ranges' order (see Marks.prints). */
export function printsInOrder(ranges: CellRange[], printOf: (row: number, col: number) => string): string {
  const out: string[] = [];
  for (const r of ranges)
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) out.push(printOf(row, col));
  return out.join("");
}

/** Split the marks JSON into cell-sized chunks (A1, B1, … of the marks sheet). */
export function chunkMarks(json: string): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < json.length;) {
    let end = Math.min(i + MARKS_CHUNK, json.length);
    // Never between the two halves of a character beyond U+FFFF (𠮷 in a name, an emoji): a half alone cannot be
    // written to a file (UTF-8 makes it U+FFFD), and the record read back would name another sheet.
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end--;
    chunks.push(json.slice(i, end));
    i = end;
  }
  return chunks.length ? chunks : [""];
}

/**
 * Row 1 of a very hidden sheet not named MARKS_SHEET holds our record: someone renamed the record sheet. Hosts
 * read it as the record then (WorkbookSnapshot.marksSheet), so the next check finds what it wrote instead of
 * writing a second block beside each table. Only a record that parses counts: a sheet of the user's stays theirs.
 */
export function isRecordRow(row: CellValue[] | undefined): boolean {
  const text = joinMarksRow(row);
  return !!text && text.startsWith("{") && parseMarks(text) !== null;
}

/** Join row 1 of the marks sheet back into the JSON text (hosts call this when reading). */
export function joinMarksRow(row: CellValue[] | undefined): string | null {
  if (!row) return null;
  const text = row.map((v) => (typeof v === "string" ? v : "")).join("");
  return text === "" ? null : text;
}

// ───────────── Cell sets ─────────────

/** The sheet's set in a map of cell sets per sheet, made when missing. */
export function sheetCells(map: Map<string, CellSet>, sheet: string): CellSet {
  let set = map.get(sheet);
  if (!set) map.set(sheet, (set = new CellSet()));
  return set;
}

/**
 * A set of cells of one sheet, kept as one number per cell (cellKey): no "row,col" string and no set per
 * row to build for each cell added or looked up.
 */
export class CellSet {
  private readonly keys = new Set<number>();

  static of(ranges: CellRange[]): CellSet {
    const set = new CellSet();
    for (const r of ranges) set.addRange(r);
    return set;
  }

  add(row: number, col: number): void {
    this.keys.add(cellKey(row, col));
  }

  addRange(r: CellRange): void {
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) this.add(row, col);
  }

  has(row: number, col: number): boolean {
    return this.keys.has(cellKey(row, col));
  }

  get size(): number {
    return this.keys.size;
  }

  /** Every cell, in the order first added. */
  cells(): { row: number; col: number }[] {
    return cellsOf(this.keys);
  }

  /** The set as rectangles (rangesOf). */
  toRanges(): CellRange[] {
    return rangesOf(this.keys, this.keys.size);
  }
}

/**
 * The cells one run writes on one sheet, each with the fingerprint of what it writes there (PlanContext.written): one
 * map, where a CellSet of the cells and a map of their prints by the same keys were two — every written cell is both,
 * and both lived to the end of the plan (docs/performance.md, session 64).
 */
export class PrintedCells {
  private readonly prints = new Map<number, string>();

  /** The cell is written with `print` (the last print given to a cell is its print; it keeps its place in the order). */
  set(row: number, col: number, print: string): void {
    this.prints.set(cellKey(row, col), print);
  }

  has(row: number, col: number): boolean {
    return this.prints.has(cellKey(row, col));
  }

  /** The print of the cell of `key` (cellKey), if it is written. */
  printOf(key: number): string | undefined {
    return this.prints.get(key);
  }

  get size(): number {
    return this.prints.size;
  }

  /** Every cell, in the order first written. */
  cells(): { row: number; col: number }[] {
    return cellsOf(this.prints.keys());
  }

  /** The cells as rectangles (rangesOf). */
  toRanges(): CellRange[] {
    return rangesOf(this.prints.keys(), this.prints.size);
  }
}

function cellsOf(keys: Iterable<number>): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (const key of keys) {
    const row = Math.floor(key / SHEET_COLUMNS);
    out.push({ row, col: key - row * SHEET_COLUMNS });
  }
  return out;
}

/**
 * Cover `size` cells (their cellKeys) with rectangles: vertical runs per column, then neighbouring columns with the same
 * runs merged. The cells are sorted as numbers (column-major keys), so no map or array per column is built.
 */
function rangesOf(cells: Iterable<number>, size: number): CellRange[] {
  // A typed array sorts its numbers in place (an array's sort would box every key that is not a small integer).
  const keys = new Float64Array(size);
  let k = 0;
  for (const key of cells) {
    const row = Math.floor(key / SHEET_COLUMNS);
    keys[k++] = (key - row * SHEET_COLUMNS) * ROWS + row;
  }
  keys.sort();
  const ranges: CellRange[] = [];
  let runsCol = -2; // the column `runs` are of
  let runs: CellRange[] = []; // ranges reaching that column, top to bottom
  let before: CellRange[] = []; // the same for the column before it
  let b = 0;
  for (let i = 0; i < keys.length;) {
    const col = Math.floor(keys[i] / ROWS);
    // A row (< 2 ** 20), kept a small integer: a double here (what the typed array gives) made V8 turn the `top` of
    // every object shaped like a range into a boxed double (docs/performance.md, session 49).
    const top = (keys[i] - col * ROWS) | 0;
    let bottom = top;
    while (++i < keys.length && bottom + 1 < ROWS && keys[i] === col * ROWS + bottom + 1) bottom++;
    if (col !== runsCol) {
      before = col === runsCol + 1 ? runs : [];
      runs = [];
      runsCol = col;
      b = 0;
    }
    // The same run in the column before: that range grows rightwards.
    while (b < before.length && before[b].top < top) b++;
    let range = before[b];
    if (range && range.top === top && range.bottom === bottom) range.right = col;
    else ranges.push((range = { top, left: col, bottom, right: col }));
    runs.push(range);
  }
  return sortedShort(ranges, byPosition);
}

/** A cell's key is column × ROWS + row: exact as a number for any row below ROWS (a sheet has 1,048,576). */
const ROWS = 2 ** 32;

/** Characters of one note hash in the record (Marks.noteHashes; see notes.ts). */
export const NOTE_HASH_WIDTH = 7;

/** Per sheet, cellKey → the hash of our note there. */
export type NotedCells = Map<string, Map<number, string>>;

/** The noted cells of a record with the hash of each (none for records without hashes, or damaged ones). */
export function notedCells(marks: Marks): NotedCells {
  const out: NotedCells = new Map();
  for (const [sheet, hashes] of Object.entries(marks.noteHashes ?? {})) {
    const cells = new Map<number, string>();
    let i = 0;
    for (const r of parseA1Ranges(marks.notes?.[sheet]))
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++, i++) {
          const hash = hashes.slice(i * NOTE_HASH_WIDTH, (i + 1) * NOTE_HASH_WIDTH);
          if (hash.length === NOTE_HASH_WIDTH) cells.set(cellKey(row, col), hash);
        }
    out.set(sheet, cells);
  }
  return out;
}

/** Write noted cells into a record: Marks.notes (A1 ranges) and Marks.noteHashes (hashes in the ranges' order). */
export function recordNotes(marks: Marks, noted: NotedCells): void {
  for (const [sheet, cells] of noted) {
    if (cells.size === 0) continue;
    const set = new CellSet();
    for (const key of cells.keys()) set.add(Math.floor(key / SHEET_COLUMNS), key % SHEET_COLUMNS);
    const ranges = set.toRanges();
    (marks.notes ??= {})[sheet] = rangesToA1(ranges);
    (marks.noteHashes ??= {})[sheet] = printsInOrder(ranges, (row, col) => cells.get(cellKey(row, col))!);
  }
}
