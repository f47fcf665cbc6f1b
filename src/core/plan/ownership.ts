/**
 * Which cells are the add-in's NOW. The record of an earlier run is input like any other: it says where we
 * wrote and what (a fingerprint per cell), but a cell counts as ours only while it still holds what we wrote.
 *
 * Blocks beside tables are found again by their header row (see README "标记如何跟随用户的编辑"): the reader
 * finds the table where it now is (Excel moved it with the inserted or deleted rows and columns), and on the
 * table's header row we look for the header cells we wrote, near where they were relative to the table's
 * left edge. Columns the user inserted inside a block are stepped over; the block's cells are then the
 * found columns on the table's indicator rows. A header the user renamed (状态 → 完成状态) is found by its place
 * between the headers found, while it still names the column (renamedColumn): the column stays ours, the header theirs.
 */
import { EMPTY_PRINT, cellPrint, matchesPrint } from "./fingerprint";
import type { SheetContents } from "./sheetContents";
import { cellName, parseA1Range, parseA1Ranges } from "../a1";
import { CellSet, looksOwed, ourRowsNow, printedCells, sheetCells } from "./marks";
import type { BlockRecord, Marks, RowFor } from "./types";
import { MONITOR_COLUMNS } from "./words";

/** Our drop-down lists as a host reads them back ("确定能,有可能,完全不可能"). */
const OUR_LISTS = new Set(MONITOR_COLUMNS.flatMap((c) => (c.list ? [c.list.join(",")] : [])));

/** The list's text is one of ours (the text alone: whose it is, Ownership.hasTheirList decides). */
export const listLikeOurs = (list: { list: string } | undefined): boolean => !!list && OUR_LISTS.has(list.list);

type BlockRole = "header" | "computed" | "input";

/**
 * The columns one kind of block can have, and how to recognise each column's header text: as we write it (`matches`),
 * or as the clerk may have renamed it while it still names the column (`renamed`: 状态 → 完成状态).
 */
export interface BlockShape {
  kind: BlockRecord["kind"];
  columns: {
    key: string;
    role: "computed" | "input";
    matches: (text: string) => boolean;
    renamed: (text: string) => boolean;
  }[];
}

/** A column of a block found again; `renamed`: its header is one of ours the clerk renamed (theirs, never written). */
interface LocatedColumn {
  key: string;
  col: number;
  role: "computed" | "input";
  renamed?: true;
}

export interface LocatedBlock {
  sheet: string;
  kind: BlockRecord["kind"];
  headerRow: number;
  rows: number[];
  /** Found columns in block order (keys not found are missing). */
  cols: LocatedColumn[];
  /** The keys the block was written with, in order. */
  keys: string[];
  /** The block did not stay where it was written (rows or columns were inserted or deleted). */
  moved: boolean;
  /**
   * The indicators known to the record stand in another order than the rows it wrote (BlockRecord.rowsFor): sorted, so
   * which of our input cells is which cannot be told by their order (inputCellsNow).
   */
  reordered?: true;
  /**
   * Rows inserted, deleted or sorted inside the table: the row each indicator stands on now → the row the record wrote
   * it on (BlockRecord.rowsFor), for the indicators named once then and once now (writtenRowsOf).
   */
  wroteOn?: ReadonlyMap<number, number>;
}

/** Rows a record's `line` numbers are spaced by (a sheet has 1,048,576). */
const ROWS_PER_RECORD = 2 ** 21;

/** How far (columns) a block's header cell is looked for around where it should be. */
const SEARCH = 16;

/** How far (rows) from where it is expected a block no table read is looked for (standingUnread). */
const STANDING_ROWS = 200;

/** Ranks a table's record may be off by when the sheet's move is learnt (a table added or deleted above it). */
const RANKS_OFF = 2;

const cellKey = (row: number, col: number) => `${row},${col}`;

export class Ownership {
  /** The earlier record and, for a record written provisionally, the one before it. */
  readonly records: Marks[];
  /** sheet → cell → fingerprints recorded there (several when two records name the cell). */
  private readonly recorded = new Map<string, Map<string, string[]>>();
  private readonly sheetPrints = new Map<string, Set<string>>();
  private readonly blockRoles = new Map<string, Map<string, BlockRole>>();
  /**
   * sheet → cell of a block found again → the prints recorded on the cell of its row and column where we wrote
   * it (see `locate`): what that cell must hold to be ours.
   */
  private readonly written = new Map<string, Map<string, string[]>>();
  private readonly columns = new Map<string, Map<number, number[]>>();
  private readonly allBlocks: BlockRecord[];
  private readonly unusedBlocks: BlockRecord[];
  private readonly located = new Map<object, Partial<Record<BlockRecord["kind"], LocatedBlock>>>();
  /** The record of each block found again. */
  private readonly origins = new Map<LocatedBlock, BlockRecord>();

  constructor(
    readonly grid: SheetContents,
    previous: Marks | null,
  ) {
    this.records = previous ? [previous, ...(previous.earlier ? [previous.earlier] : [])] : [];
    for (const marks of this.records)
      for (const sheet of Object.keys(marks.cells))
        for (const { row, col, print } of printedCells(marks, sheet)) {
          if (print === undefined) continue;
          const cells = this.recorded.get(sheet) ?? new Map<string, string[]>();
          cells.set(cellKey(row, col), [...(cells.get(cellKey(row, col)) ?? []), print]);
          this.recorded.set(sheet, cells);
          if (print !== EMPTY_PRINT) {
            const set = this.sheetPrints.get(sheet) ?? new Set<string>();
            set.add(print);
            this.sheetPrints.set(sheet, set);
          }
        }
    const seen = new Set<string>();
    this.allBlocks = this.records
      .flatMap((m) => m.blocks ?? [])
      .filter((b) => {
        const k = JSON.stringify(b);
        return seen.has(k) ? false : (seen.add(k), true);
      });
    this.unusedBlocks = [...this.allBlocks];
  }

  /** The cell is where we wrote it and holds exactly what we wrote there (empty cells do not count). */
  inPlace(sheet: string, row: number, col: number): boolean {
    const prints = this.recorded.get(sheet)?.get(cellKey(row, col));
    return !!prints && this.printMatches(sheet, row, col, (print) => prints.includes(print));
  }

  private readonly rowsNow = new Map<string, ReturnType<typeof ourRowsNow>>();

  /** On a sheet we made: the rows of ours now, and where each record's rows went (marks.ts ourRowsNow). */
  private rowsOf(sheet: string): ReturnType<typeof ourRowsNow> {
    let rows = this.rowsNow.get(sheet);
    if (!rows) {
      const snapshot = this.grid.sheet(sheet);
      rows = snapshot ? ourRowsNow(this.records, sheet, snapshot) : { prints: new Map(), moved: [] };
      this.rowsNow.set(sheet, rows);
    }
    return rows;
  }

  /**
   * Ours as the record knows it: on a user's sheet, where we wrote it and unchanged (inPlace); on a sheet we made,
   * holding what we wrote on the row of ours that its row holds now (marks.ts ourRowsNow) — rows move there as the
   * user inserts or deletes them, and what they type on a row of their own is theirs, also a value equal to one we
   * wrote on another row (or, by chance, on the row that was there before).
   */
  stillOurs(sheet: string, row: number, col: number): boolean {
    if (!this.madeSheet(sheet)) return this.inPlace(sheet, row, col);
    const prints = this.rowsOf(sheet).prints.get(row);
    return !!prints && this.printMatches(sheet, row, col, (print) => prints.has(print));
  }

  /** On a sheet we made: the rows that hold a row of ours now (marks.ts ourRowsNow). */
  ourRowsOn(sheet: string): number[] {
    return this.madeSheet(sheet) ? [...this.rowsOf(sheet).prints.keys()] : [];
  }

  /** On a sheet we made: the row holds a row of ours now (marks.ts ourRowsNow), wherever the clerk's edits moved it. */
  isOurRow(sheet: string, row: number): boolean {
    return this.madeSheet(sheet) && this.rowsOf(sheet).prints.has(row);
  }

  /**
   * What we wrote on the cell of a block found again that is now at (row, col), when its row and column are known
   * (see mapRows): a cell of ours the user typed over keeps it in the next record, so the rows stay one for one.
   */
  writtenPrint(sheet: string, row: number, col: number): string | undefined {
    return this.written.get(sheet)?.get(cellKey(row, col))?.[0];
  }

  /**
   * We wrote the cell empty (a rate without a spent amount, …): where our block's rows are known (see mapRows), else
   * where the cell is now (cellsNow: an empty row the clerk inserted on our summary is not ours). It is still ours,
   * and keeps the look it has.
   */
  wroteEmpty(sheet: string, row: number, col: number): boolean {
    if (!this.grid.isEmpty(sheet, row, col)) return false;
    const prints = this.written.get(sheet)?.get(cellKey(row, col));
    if (prints) return prints.includes(EMPTY_PRINT);
    let empty = this.emptyNow.get(sheet);
    if (!empty) {
      this.emptyNow.set(sheet, (empty = new CellSet()));
      for (const c of this.cellsNow(sheet)) if (c.print === EMPTY_PRINT) empty.add(c.row, c.col);
    }
    return empty.has(row, col);
  }

  /**
   * The last run did not finish (its record still the provisional one: Excel refused a write batch part-way) and may
   * not have given this cell its look (marks.ts looksOwed): it was the first to write the cell, or a run before it
   * that did not finish either was.
   */
  lookOwed(sheet: string, row: number, col: number): boolean {
    return this.looksOwedNow(sheet).has(row, col);
  }

  /**
   * The cells whose look the unfinished last run may owe (marks.ts looksOwed names them where it wrote them), where
   * they are now: the clerk's rows or columns inserted or deleted since moved them — on their sheet with the block of
   * ours they are in (its header row and columns found again: locate), on a sheet we made with their row of ours
   * (ourRowsNow). Where it wrote them, a look would land on another cell (ours with the look the clerk gave it, or
   * theirs) and theirs would miss it. A cell in no block found again stays where it was written.
   */
  looksOwedNow(sheet: string): CellSet {
    let now = this.owedCells.get(sheet);
    if (now) return now;
    const owed = looksOwed(this.records[0], sheet);
    now = new CellSet();
    const moved = this.madeSheet(sheet) ? this.rowsOf(sheet).moved[0] : undefined;
    const blocks = this.allLocated().filter((b) => b.sheet === sheet);
    for (const { top, bottom, left, right } of owed.toRanges())
      for (let row = top; row <= bottom; row++)
        for (let col = left; col <= right; col++) {
          const at = moved ? { row: moved.get(row) ?? row, col } : this.inBlockNow(blocks, row, col);
          if (at) now.add(at.row, at.col);
        }
    this.owedCells.set(sheet, now);
    return now;
  }

  /**
   * Where a cell written at (row, col) of a block's header row or of the rows we wrote under it is now, with that block
   * found again (its header row, its column of that key, the row its indicator is on: LocatedBlock.wroteOn); null: its
   * column is gone. Not in a block found again: where it was written.
   */
  private inBlockNow(blocks: LocatedBlock[], row: number, col: number): { row: number; col: number } | null {
    for (const block of blocks) {
      const record = this.origins.get(block);
      const key = record?.cols.find((c) => c.col === col)?.key;
      if (!record || key === undefined) continue;
      const under = row !== record.row && this.writtenBelow(record, block.sheet, col).includes(row);
      if (row !== record.row && !under) continue;
      const now = block.cols.find((c) => c.key === key)?.col;
      if (now === undefined) return null;
      if (!under) return { row: block.headerRow, col: now };
      const wrote = [...(block.wroteOn ?? [])].find(([, was]) => was === row)?.[0];
      return { row: wrote ?? row - record.row + block.headerRow, col: now };
    }
    return { row, col };
  }

  /** Per sheet: the cells whose look the unfinished last run may owe, where they are now (looksOwedNow). */
  private readonly owedCells = new Map<string, CellSet>();

  /** Per sheet: where the cells we wrote empty are now (cellsNow). */
  private readonly emptyNow = new Map<string, CellSet>();

  private readonly now = new Map<string, { row: number; col: number; print: string; line: number }[]>();

  /**
   * Every cell the records name on a sheet (with a print), where it is now: on a sheet we made, on the row its row of
   * ours is on now (rows move with the clerk's inserts and deletions: ourRowsNow); elsewhere, and for a row of ours
   * not found, where we wrote it. `line`: one number per record and row written (the cells of one row of ours).
   */
  private cellsNow(sheet: string): { row: number; col: number; print: string; line: number }[] {
    let cells = this.now.get(sheet);
    if (cells) return cells;
    cells = [];
    const moved = this.madeSheet(sheet) ? this.rowsOf(sheet).moved : [];
    this.records.forEach((marks, i) => {
      for (const { row, col, print } of printedCells(marks, sheet))
        if (print !== undefined)
          cells!.push({ row: moved[i]?.get(row) ?? row, col, print, line: i * ROWS_PER_RECORD + row });
    });
    this.now.set(sheet, cells);
    return cells;
  }

  /**
   * The cells we wrote empty on a sheet (a rate without a spent amount, given our 0.00%) that are still as we left
   * them, where they are now (cellsNow): empty, with the nearest cells we filled on that row of ours, left and right,
   * holding what we wrote at their columns (no column came or went between them) and, on a sheet we made, still ours
   * (stillOurs). An empty cell proves nothing by itself; its neighbours of ours do.
   */
  emptyOurs(sheet: string): { row: number; col: number }[] {
    const lines = new Map<number, { row: number; col: number; print: string }[]>();
    for (const c of this.cellsNow(sheet)) {
      const line = lines.get(c.line);
      if (line) line.push(c);
      else lines.set(c.line, [c]);
    }
    const out = new CellSet();
    for (const cells of lines.values()) {
      const filled = cells.filter((c) => c.print !== EMPTY_PRINT).sort((a, b) => a.col - b.col);
      // On a sheet we made, the neighbour must also be on a row of ours found now (stillOurs): a row the clerk typed
      // can hold a value equal to ours where our deleted row was.
      const holds = (c: { row: number; col: number; print: string } | undefined) =>
        !c ||
        (this.printMatches(sheet, c.row, c.col, (print) => print === c.print) &&
          (!this.madeSheet(sheet) || this.stillOurs(sheet, c.row, c.col)));
      for (const { row, col, print } of cells) {
        if (print !== EMPTY_PRINT || !this.grid.isEmpty(sheet, row, col)) continue;
        const right = filled.findIndex((c) => c.col > col);
        const left = filled[(right < 0 ? filled.length : right) - 1];
        if ((left || right >= 0) && holds(left) && holds(filled[right])) out.add(row, col);
      }
    }
    return out.cells();
  }

  /** The cell holds something we wrote somewhere on this sheet (for cells that may have moved). */
  holdsOurs(sheet: string, row: number, col: number): boolean {
    const prints = this.sheetPrints.get(sheet);
    return !!prints && this.printMatches(sheet, row, col, (print) => prints.has(print));
  }

  /** The cell is not empty and its fingerprint, or a number's as records before 2026-12 took it, is `known`. */
  private printMatches(sheet: string, row: number, col: number, known: (print: string) => boolean): boolean {
    const value = this.grid.value(sheet, row, col);
    const formula = this.grid.formula(sheet, row, col);
    const now = cellPrint(value, formula);
    return now !== EMPTY_PRINT && matchesPrint(now, value, formula, known);
  }

  /**
   * The cell carries a drop-down list that is the clerk's: any list but ours, and ours only where our record says we
   * set it (marks.validations, where that cell is now: ourListsNow). Equal text proves nothing: the clerk may have
   * copied our 确定能,有可能,完全不可能 into a list of their own. A list saved in <extLst> is never ours (the copy writes
   * ours as <dataValidation>). Theirs stays: a check does not set ours over it, Clear marks does not remove it.
   * Ours too: a list Excel or WPS grew from ours over rows inserted inside our input column (grewFromOurs), so a check
   * and Clear marks say the same of it.
   */
  hasTheirList(sheet: string, row: number, col: number): boolean {
    const list = this.grid.listOn(sheet, row, col);
    if (!list) return false;
    if (list.extension || !OUR_LISTS.has(list.list)) return true;
    return !this.ourListsNow().get(sheet)?.has(row, col) && !this.grewFromOurs(sheet, row, col, list.list);
  }

  /**
   * A row inserted inside a table (its indicator one the record does not name: LocatedBlock.wroteOn) whose cell in our
   * input column carries our list as the rows around it do: Excel and WPS grow a validation over whole rows inserted
   * inside its range (the new row takes it from the row above, tests/scenarios/excelShift.ts GROW), so it is the one we
   * set, grown. Found so only between two cells of that column holding our list where the record says we set it, every
   * row between them inserted and carrying the same list: a list pasted on the table's last row, or on a row the
   * record knows (copiedOurList), stays the clerk's.
   */
  private grewFromOurs(sheet: string, row: number, col: number, list: string): boolean {
    const block = this.allLocated().find(
      (b) =>
        b.sheet === sheet &&
        b.wroteOn &&
        b.rows.includes(row) &&
        b.cols.some((c) => c.col === col && c.role === "input"),
    );
    if (!block?.wroteOn || block.reordered) return false;
    const wroteOn = block.wroteOn;
    const ours = this.ourListsNow().get(sheet);
    const reaches = (step: 1 | -1): boolean => {
      for (let r = row + step; r >= 0; r += step) {
        if (this.grid.listOn(sheet, r, col)?.list !== list) return false;
        if (ours?.has(r, col)) return true;
        if (!block.rows.includes(r) || wroteOn.has(r)) return false;
      }
      return false;
    };
    return !wroteOn.has(row) && reaches(-1) && reaches(1);
  }

  private listsNow?: Map<string, CellSet>;

  /** Where the lists our records set (marks.validations) are now (inputCellsNow). */
  private ourListsNow(): Map<string, CellSet> {
    return (this.listsNow ??= this.inputCellsNow((m) => m.validations));
  }

  private formatsNow?: Map<string, CellSet>;

  /**
   * The empty input cell carries the number format a record says we gave it (Marks.inputFormats, where that cell is
   * now: inputCellsNow). Undefined when the newest record is of a version before such records: nothing is known.
   */
  gaveInputFormat(sheet: string, row: number, col: number): boolean | undefined {
    if (this.records.length > 0 && this.records[0].inputFormats === undefined) return undefined;
    this.formatsNow ??= this.inputCellsNow((m) =>
      Object.entries(m.inputFormats ?? {}).map(([at, ranges]) => ({ sheet: at, ranges })),
    );
    return !!this.formatsNow.get(sheet)?.has(row, col);
  }

  private inputCells?: Map<string, CellSet>;

  /**
   * A number format on a cell of our input columns (of a block found again, or where a record offered one not found
   * again: a block found again has its input cells where it is now, and where they were written may hold its 执行进度
   * row's 执行率 now) that no record says we gave (Marks.inputFormats): the clerk's, a 0.00% like ours too. Never in
   * a record before those.
   */
  theirInputFormat(sheet: string, row: number, col: number): boolean {
    if (this.gaveInputFormat(sheet, row, col) !== false) return false;
    if (this.blockRole(sheet, row, col) === "input") return true;
    if (!this.inputCells) {
      this.inputCells = new Map();
      const found = this.foundHeaders();
      for (const i of this.records.flatMap((m) => m.inputs)) {
        const header = parseA1Range(i.header);
        if (header && found.get(i.sheet)?.has(header.top, header.left)) continue;
        for (const r of parseA1Ranges(i.cells)) sheetCells(this.inputCells, i.sheet).addRange(r);
      }
    }
    return !!this.inputCells.get(sheet)?.has(row, col);
  }

  /**
   * Where the cells of our input columns a record names (`named`: our drop-down lists, our number formats) are now. In
   * the input column of a block found again that moved, row by row by its indicator where the indicator is named once
   * then and now (LocatedBlock.wroteOn: rows inserted or deleted inside the table moved the others); else in order
   * when the table has as many rows as its column had cells then (rows inserted above or below moved them all); else
   * none where the rows are matched by indicator (a row inserted with a new indicator or a name twice: the clerk's),
   * else (an older record without indicators) every row when the record named every cell of the column, none when it
   * did not (whose rows cannot be told now: the clerk's stays, as the safe side). Rows sorted (reordered): every row
   * when the record named the whole column, else a row both by its indicator and in order (whole rows sorted, or the
   * table's own columns only: either way ours). Elsewhere (an input column whose header is where we wrote it) where
   * the record names them.
   */
  private inputCellsNow(named: (m: Marks) => { sheet: string; ranges: string }[]): Map<string, CellSet> {
    const recorded = new Map<string, CellSet>();
    for (const m of this.records)
      for (const v of named(m)) for (const r of parseA1Ranges(v.ranges)) sheetCells(recorded, v.sheet).addRange(r);
    const now = new Map<string, CellSet>();
    const judged = new Map<string, CellSet>(); // cells of the input columns of blocks found again
    const inputs = new Map<string, Marks["inputs"][number]>(); // by sheet and header (the first record's first)
    for (const i of this.records.flatMap((m) => m.inputs))
      if (!inputs.has(`${i.sheet}!${i.header}`)) inputs.set(`${i.sheet}!${i.header}`, i);
    for (const block of this.allLocated()) {
      const record = this.origins.get(block)!;
      for (const c of block.cols) {
        const was = record.cols.find((r) => r.key === c.key)?.col;
        if (c.role !== "input" || was === undefined) continue;
        const input = inputs.get(`${block.sheet}!${cellName(record.row, was)}`);
        const then = input ? parseA1Ranges(input.cells).flatMap((r) => rowsOf(r)) : [];
        then.sort((a, b) => a - b);
        const had = then.map((row) => !!recorded.get(block.sheet)?.has(row, was));
        const rows = [...block.rows].sort((a, b) => a - b);
        const whole = had.length > 0 && had.every(Boolean);
        const sameCount = rows.length === then.length;
        rows.forEach((row, i) => {
          sheetCells(judged, block.sheet).add(row, c.col);
          const wrote = block.wroteOn?.get(row);
          const byName = wrote === undefined ? undefined : !!recorded.get(block.sheet)?.has(wrote, was);
          // Sorted: the clerk sorted whole rows (our cells went with their indicator: byName) or the table's own
          // columns (ours stayed in place: by order); which cannot be told, so a cell is ours when both say so.
          // A row the record's indicators do not name, in a table that grew (rows matched by indicator: wroteOn), is
          // new or a name twice: the clerk's, even where the record gave every cell of the column ours ("whole").
          const ours = block.reordered
            ? whole || (byName === true && sameCount && had[i])
            : (byName ?? (sameCount ? had[i] : !block.wroteOn && whole));
          if (ours) sheetCells(now, block.sheet).add(row, c.col);
        });
      }
    }
    for (const [sheet, set] of recorded)
      for (const { row, col } of set.cells())
        if (!judged.get(sheet)?.has(row, col)) sheetCells(now, sheet).add(row, col);
    return now;
  }

  /** Role of the cell in a block found again this run. */
  blockRole(sheet: string, row: number, col: number): BlockRole | undefined {
    return this.blockRoles.get(sheet)?.get(cellKey(row, col));
  }

  /**
   * Ours to overwrite or clear: a computed cell of a block found again that holds what we wrote on the cell of
   * its row and column (wherever Excel moved it); else still ours as the record knows it (stillOurs), or a header / computed
   * cell of a block found again that holds something we wrote on this sheet.
   */
  isOurs(sheet: string, row: number, col: number): boolean {
    const written = this.written.get(sheet)?.get(cellKey(row, col));
    if (written) return this.printMatches(sheet, row, col, (print) => written.includes(print));
    if (this.stillOurs(sheet, row, col)) return true;
    const role = this.blockRole(sheet, row, col);
    return (role === "header" || role === "computed") && this.holdsOurs(sheet, row, col);
  }

  private headerCells?: Map<string, CellSet>;
  private foundHeaderCells?: Map<string, CellSet>;

  /** Where the blocks found again were written: their header cells as the record has them (not where they are now). */
  private foundHeaders(): Map<string, CellSet> {
    if (!this.foundHeaderCells) {
      const found = (this.foundHeaderCells = new Map<string, CellSet>());
      for (const block of this.allLocated()) {
        const record = this.origins.get(block)!;
        for (const c of record.cols) sheetCells(found, record.sheet).add(record.row, c.col);
      }
    }
    return this.foundHeaderCells;
  }

  /**
   * A cell we gave our header look (bold and fill): a header of a block found again, or where a record's block or
   * input column wrote its header — not for a block found again: its headers are where it is now, and where it was
   * written may hold one of its rows now (a row deleted above it moved the block up), whose 0.00% must go as a cell's
   * does. Clearing it takes its formats too (buildPlan.ts clearOps). Asked once the blocks are located.
   */
  isHeader(sheet: string, row: number, col: number): boolean {
    if (this.blockRole(sheet, row, col) === "header") return true;
    if (!this.headerCells) {
      const found = this.foundHeaders();
      const headers = (this.headerCells = new Map<string, CellSet>());
      const add = (at: string, r: number, c: number) => {
        if (!found.get(at)?.has(r, c)) sheetCells(headers, at).add(r, c);
      };
      for (const m of this.records) {
        for (const b of m.blocks ?? []) for (const c of b.cols) add(b.sheet, b.row, c.col);
        for (const input of m.inputs) {
          const at = parseA1Range(input.header);
          if (at) add(input.sheet, at.top, at.left);
        }
      }
    }
    return !!this.headerCells.get(sheet)?.has(row, col);
  }

  /** A sheet a record says the add-in created. */
  madeSheet(sheet: string): boolean {
    return this.records.some((m) => m.sheets.includes(sheet));
  }

  /** A sheet the add-in created that still looks like it: empty, or with at least one cell as we wrote it. */
  ownsSheet(sheet: string): boolean {
    if (!this.madeSheet(sheet) || !this.grid.hasSheet(sheet)) return false;
    const cells = this.recorded.get(sheet);
    if (cells) for (const k of cells.keys()) if (this.inPlace(sheet, ...split(k))) return true;
    return this.grid.isBlank(sheet);
  }

  /** Every cell a record names on a sheet, where it is now (cellsNow). */
  recordedCells(sheet: string): { row: number; col: number }[] {
    const set = new CellSet();
    for (const { row, col } of this.cellsNow(sheet)) set.add(row, col);
    return set.cells();
  }

  recordedSheets(): string[] {
    return [...this.recorded.keys()];
  }

  /** Input columns of the records whose header still sits where it was written, as it was written. */
  inputsInPlace(): { sheet: string; header: { row: number; col: number }; cells: CellSet }[] {
    const out: { sheet: string; header: { row: number; col: number }; cells: CellSet }[] = [];
    for (const marks of this.records)
      for (const input of marks.inputs) {
        const header = parseA1Range(input.header);
        if (!header || !this.inPlace(input.sheet, header.top, header.left)) continue;
        out.push({
          sheet: input.sheet,
          header: { row: header.top, col: header.left },
          cells: CellSet.of(parseA1Ranges(input.cells)),
        });
      }
    return out;
  }

  /** Recorded blocks not found again yet. */
  blocksToFind(): boolean {
    return this.unusedBlocks.length > 0;
  }

  /** Per sheet: how far (rows, columns) its tables moved since the records' blocks were written (learnShifts). */
  private readonly shifts = new Map<string, { rows: number; cols: number }>();

  /**
   * Before any block is looked for: how far each sheet's tables moved, from where its tables' indicator headers are now
   * (`heads`: header row and left edge, per sheet). Rows or columns inserted above or left of all of them move every
   * table alike, so one table's header can land next to another table's record: a column inserted left of tables
   * whose left edges differ (0 and 1) put each on the left edge another had, and each took that one's record (the
   * rows of one table judged against what we wrote on another's). Tables keep their order, so the displacement most
   * tables share with a record of the same rank (or a rank or two off: a table added or gone) is the sheet's; a tie
   * goes to the smaller move.
   */
  learnShifts(heads: ReadonlyMap<string, { row: number; left: number }[]>): void {
    const recorded = new Map<string, BlockRecord[]>();
    for (const b of this.allBlocks) {
      if (b.kind !== "indicators" || !heads.has(b.sheet)) continue;
      const list = recorded.get(b.sheet);
      if (list) list.push(b);
      else recorded.set(b.sheet, [b]);
    }
    for (const [sheet, was] of recorded) {
      was.sort((a, b) => a.row - b.row || a.left - b.left);
      const sorted = [...heads.get(sheet)!].sort((a, b) => a.row - b.row || a.left - b.left);
      const votes = new Map<string, { rows: number; cols: number; n: number }>();
      sorted.forEach((head, i) => {
        for (let j = Math.max(0, i - RANKS_OFF); j <= Math.min(was.length - 1, i + RANKS_OFF); j++) {
          const d = { rows: head.row - was[j].row, cols: head.left - was[j].left };
          const key = `${d.rows},${d.cols}`;
          votes.set(key, { ...d, n: (votes.get(key)?.n ?? 0) + 1 });
        }
      });
      const size = (d: { rows: number; cols: number }) => Math.abs(d.rows) + Math.abs(d.cols);
      let best: { rows: number; cols: number; n: number } | undefined;
      for (const d of votes.values()) if (!best || d.n > best.n || (d.n === best.n && size(d) < size(best))) best = d;
      if (best) this.shifts.set(sheet, { rows: best.rows, cols: best.cols });
    }
  }

  /**
   * Find the block an earlier run wrote beside `table` (the same object and kind later get it from `blockOf`).
   * Candidates: recorded blocks of this sheet and kind, moved as the sheet's tables moved (learnShifts): the same left
   * edge first, then the nearest row.
   */
  locate(
    table: object,
    /** `names`: an indicator block's indicators on `rows` (rowsFor.indicatorPrint), one a row. */
    where: { sheet: string; headerRow: number; left: number; rows: number[]; names?: string[] },
    shape: BlockShape,
  ): LocatedBlock | null {
    // Where each record's block is expected now: moved as the sheet's tables moved (learnShifts).
    const shift = this.shifts.get(where.sheet) ?? { rows: 0, cols: 0 };
    const sameLeft = (b: BlockRecord) => Number(b.left + shift.cols === where.left);
    const rowsOff = (b: BlockRecord) => Math.abs(b.row + shift.rows - where.headerRow);
    const candidates = this.unusedBlocks
      .filter((b) => b.sheet === where.sheet && b.kind === shape.kind)
      .sort((a, b) => sameLeft(b) - sameLeft(a) || rowsOff(a) - rowsOff(b));
    for (const record of candidates) {
      const block = this.take(table, record, where, shape);
      if (block) return block;
    }
    return null;
  }

  /**
   * The recorded block's columns on `where`'s header row: found, the block is taken (no other table gets it) and known
   * as found again from now on (its cells' roles, its rows mapped, its footprint), for `table`.
   */
  private take(
    table: object,
    record: BlockRecord,
    where: { sheet: string; headerRow: number; left: number; rows: number[]; names?: string[] },
    shape: BlockShape,
  ): LocatedBlock | null {
    const found = this.findColumns(record, where, shape);
    if (!found) return null;
    this.unusedBlocks.splice(this.unusedBlocks.indexOf(record), 1);
    const moved =
      record.row !== where.headerRow ||
      found.length !== record.cols.length ||
      found.some((f) => record.cols.find((c) => c.key === f.key)?.col !== f.col) ||
      this.rowsMoved(record, where, found);
    const reordered = !!where.names && !!record.rowsFor && inAnotherOrder(record.rowsFor, where.rows, where.names);
    const block: LocatedBlock = {
      sheet: where.sheet,
      kind: shape.kind,
      headerRow: where.headerRow,
      rows: where.rows,
      cols: found,
      keys: record.cols.map((c) => c.key),
      moved,
      ...(reordered ? { reordered: true as const } : {}),
      ...((reordered || moved) && where.names && record.rowsFor
        ? { wroteOn: writtenRowsOf(record.rowsFor, where.rows, where.names) }
        : {}),
    };
    const roles = this.blockRoles.get(where.sheet) ?? new Map<string, BlockRole>();
    for (const c of found) {
      roles.set(cellKey(where.headerRow, c.col), "header");
      for (const row of where.rows) roles.set(cellKey(row, c.col), c.role);
    }
    this.blockRoles.set(where.sheet, roles);
    this.mapRows(record, where, found);
    this.origins.set(block, record);
    this.located.set(table, { ...this.located.get(table), [shape.kind]: block });
    return block;
  }

  /**
   * The recorded blocks no table read this run took (locate), that still stand on their sheet (an open one): their
   * header cells as we wrote them on one row, near where the block was written (moved as the sheet's tables moved,
   * learnShifts, or by rows the clerk inserted or deleted above it alone), on no row a block found again has. Their
   * table is not read now (its header retyped, the table deleted or moved away from our columns): each is taken as
   * found again (`take`, keyed by the block's record), so what stands there is known as ours, and the caller keeps it
   * as it is. Rows: the rows we wrote under its header, moved as the header moved.
   */
  standingUnread(shapes: readonly BlockShape[], open: (sheet: string) => boolean): LocatedBlock[] {
    const sought = this.unusedBlocks.flatMap((record) => {
      const shape = shapes.find((s) => s.kind === record.kind);
      if (!shape || !open(record.sheet) || !this.grid.hasSheet(record.sheet)) return [];
      const shift = this.shifts.get(record.sheet) ?? { rows: 0, cols: 0 };
      const computed = record.cols.find((c) => shape.columns.some((s) => s.key === c.key && s.role === "computed"));
      const below = computed ? this.writtenBelow(record, record.sheet, computed.col) : [];
      return [{ record, shape, shift, below, expected: record.row + shift.rows }];
    });
    const out: LocatedBlock[] = [];
    // Row by row away from where each is expected, all blocks at once: one standing where it was written is its own.
    for (let off = 0; off <= STANDING_ROWS && out.length < sought.length; off++)
      for (const { record, shape, shift, below, expected } of sought) {
        if (!this.unusedBlocks.includes(record)) continue;
        for (const headerRow of off === 0 ? [expected] : [expected - off, expected + off]) {
          if (headerRow < 0 || this.blockRoleOnRow(record.sheet, headerRow)) continue;
          const rows = below.map((row) => row - record.row + headerRow);
          const where = { sheet: record.sheet, headerRow, left: record.left + shift.cols, rows };
          const block = this.take(record, record, where, shape);
          if (block) {
            out.push(block);
            break;
          }
        }
      }
    return out;
  }

  /** A block found again has its header on the row. */
  private blockRoleOnRow(sheet: string, row: number): boolean {
    for (const block of this.allLocated()) if (block.sheet === sheet && block.headerRow === row) return true;
    return false;
  }

  /**
   * Rows were inserted or deleted between the block's header and its last row (the header stayed): the rows it has
   * now are not the rows we wrote its first computed column on. Our cells and notes below moved with their rows.
   */
  private rowsMoved(record: BlockRecord, where: { sheet: string; rows: number[] }, found: LocatedColumn[]): boolean {
    const computed = found.find((f) => f.role === "computed");
    const was = computed && record.cols.find((c) => c.key === computed.key)?.col;
    if (was === undefined) return false;
    const wrote = this.writtenBelow(record, where.sheet, was);
    const rows = [...where.rows].sort((a, b) => a - b);
    return wrote.length > 0 && (wrote.length !== rows.length || wrote.some((row, i) => row !== rows[i]));
  }

  /**
   * The computed cells of a block found again, each with the prints recorded on the cell of its row and column
   * where we wrote it. Rows: the block's rows now and the rows we wrote in its computed columns below the recorded
   * header (above the next block's header on the sheet), when there are as many (the user typed, sorted the rows,
   * or inserted rows above or inside the table that the reader does not count); else left to `isOurs`'s wider
   * test. A row now is the row we wrote at its place while it holds what we wrote there, else a row of ours it
   * holds whole (sorted: Excel moved the row with its cells), else the row of its place: a word the user typed over
   * one of ours is then theirs even when we wrote it on another row ("绿" over our "黄" where another row is 绿).
   */
  private mapRows(
    record: BlockRecord,
    where: { sheet: string; headerRow: number; rows: number[] },
    found: LocatedColumn[],
  ): void {
    const { sheet } = where;
    const cells = this.recorded.get(sheet);
    if (!cells) return;
    const rows = [...where.rows].sort((a, b) => a - b);
    const columns = found.flatMap((c) => {
      const was = record.cols.find((r) => r.key === c.key)?.col;
      if (c.role !== "computed" || was === undefined) return [];
      const wrote = this.writtenBelow(record, sheet, was);
      return wrote.length === rows.length ? [{ now: c.col, was, wrote }] : [];
    });
    if (columns.length === 0) return;
    const wrote = columns[0].wrote;
    const same = columns.filter((c) => c.wrote.every((row, i) => row === wrote[i]));
    const now = rows.map((row) =>
      same.map((c) => cellPrint(this.grid.value(sheet, row, c.now), this.grid.formula(sheet, row, c.now))).join(""),
    );
    const was = wrote.map((row) => same.map((c) => cells.get(cellKey(row, c.was))![0]).join(""));
    const origin = rows.map((_, i) => (now[i] === was[i] ? wrote[i] : undefined));
    const free = new Map<string, number[]>(); // rows of ours not held at their place, by what we wrote on them
    wrote.forEach((row, i) => {
      if (origin[i] === undefined) free.set(was[i], [...(free.get(was[i]) ?? []), row]);
    });
    for (let i = 0; i < rows.length; i++) origin[i] ??= free.get(now[i])?.shift() ?? wrote[i];
    const written = this.written.get(sheet) ?? new Map<string, string[]>();
    for (const c of same)
      rows.forEach((row, i) => written.set(cellKey(row, c.now), cells.get(cellKey(origin[i]!, c.was))!));
    this.written.set(sheet, written);
  }

  /** The rows the records name in a column of a sheet, ascending (all columns of the sheet sorted once). */
  private rowsWritten(sheet: string, col: number): number[] {
    let columns = this.columns.get(sheet);
    if (!columns) {
      columns = new Map();
      for (const k of this.recorded.get(sheet)?.keys() ?? []) {
        const [row, c] = split(k);
        const rows = columns.get(c);
        if (rows) rows.push(row);
        else columns.set(c, [row]);
      }
      for (const rows of columns.values()) rows.sort((a, b) => a - b);
      this.columns.set(sheet, columns);
    }
    return columns.get(col) ?? [];
  }

  private footprints?: Map<string, CellSet>;

  /**
   * The cell lies where a block found moved was written (its header row down to the last row written under it, in
   * its columns): our cell there went with the block, so what it holds now came from elsewhere with the clerk's
   * insert or delete (their 1-7月执行数 beside the table, moved into our old 执行率 place by a column inserted in the
   * table) — no cell of ours they changed.
   */
  leftBehind(sheet: string, row: number, col: number): boolean {
    if (!this.footprints) {
      this.footprints = new Map();
      for (const block of this.allLocated()) {
        const record = this.origins.get(block);
        if (!block.moved || !record) continue;
        const below = record.cols.flatMap((c) => this.writtenBelow(record, block.sheet, c.col));
        const bottom = Math.max(record.row, ...below);
        for (const c of record.cols)
          sheetCells(this.footprints, block.sheet).addRange({ top: record.row, left: c.col, bottom, right: c.col });
      }
    }
    return !!this.footprints.get(sheet)?.has(row, col);
  }

  /** Sheets where a block was found away from where it was written. */
  movedSheets(): Set<string> {
    return new Set(
      this.allLocated()
        .filter((b) => b.moved)
        .map((b) => b.sheet),
    );
  }

  /** Every block found again this run. */
  allLocated(): LocatedBlock[] {
    return [...this.located.values()].flatMap((byKind) => Object.values(byKind));
  }

  /** The record a block found again was written by (locate). */
  originOf(block: LocatedBlock): BlockRecord | undefined {
    return this.origins.get(block);
  }

  blockOf(table: object, kind: BlockRecord["kind"]): LocatedBlock | undefined {
    return this.located.get(table)?.[kind];
  }

  /**
   * The recorded columns on the new header row, in order: each looked for by its header text near its expected column
   * (the recorded offset from the table's left edge, plus how far the columns found so far have shifted); then each
   * column not found so, under a header the clerk renamed (renamedColumn). At least one header as we wrote it, two
   * columns, and half the block must be found: one stray header text is not a block.
   */
  private findColumns(
    record: BlockRecord,
    where: { sheet: string; headerRow: number; left: number; rows: number[] },
    shape: BlockShape,
  ): LocatedColumn[] | null {
    const found: LocatedColumn[] = [];
    let shift = 0;
    let previous = where.left;
    const recorded = [...record.cols].sort((a, b) => a.col - b.col);
    for (const { key, col } of recorded) {
      const column = shape.columns.find((c) => c.key === key);
      if (!column) continue;
      const expected = where.left + (col - record.left) + shift;
      const candidates: number[] = [];
      for (let c = Math.max(previous + 1, expected - SEARCH); c <= expected + SEARCH; c++) candidates.push(c);
      candidates.sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected) || a - b);
      const hit = candidates.find((c) => {
        const value = this.grid.value(where.sheet, where.headerRow, c);
        return (
          typeof value === "string" && column.matches(value) && !this.grid.formula(where.sheet, where.headerRow, c)
        );
      });
      if (hit === undefined) continue;
      found.push({ key, col: hit, role: column.role });
      shift = hit - (where.left + (col - record.left));
      previous = hit;
    }
    if (found.length === 0) return null;
    for (const { key, col } of recorded) {
      const column = shape.columns.find((c) => c.key === key);
      if (!column || found.some((f) => f.key === key)) continue;
      const hit = this.renamedColumn(record, where, column, col, found);
      if (hit !== undefined) found.push({ key, col: hit, role: column.role, renamed: true });
    }
    found.sort((a, b) => a.col - b.col);
    return found.length >= 2 && found.length * 2 >= record.cols.length ? found : null;
  }

  /**
   * Where the recorded column `was` is now under a header the clerk renamed (状态 → 完成状态, 实际完成值 → 1-10月实际完成值):
   * between the columns of the block found on either side of it, nearest to where they put it, a header cell (not a
   * formula) that still names the column (BlockShape `renamed`) — and, a computed column, over cells that hold no more
   * of the clerk's values than of what we wrote in that column (a column they filled with their own is theirs), one
   * holding values of ours before an empty one (a column of theirs inserted beside it may name it too: 审核状态). The
   * column stays ours (its values updated), the header theirs: a header renamed to something else does not name it.
   */
  private renamedColumn(
    record: BlockRecord,
    where: { sheet: string; headerRow: number; left: number; rows: number[] },
    column: BlockShape["columns"][number],
    was: number,
    found: LocatedColumn[],
  ): number | undefined {
    const recordedCol = (key: string) => record.cols.find((c) => c.key === key)!.col;
    let before: LocatedColumn | undefined;
    let after: LocatedColumn | undefined;
    for (const f of found) {
      const at = recordedCol(f.key);
      if (at < was && (!before || at > recordedCol(before.key))) before = f;
      if (at > was && (!after || at < recordedCol(after.key))) after = f;
    }
    const expected = before ? before.col + was - recordedCol(before.key) : after!.col - (recordedCol(after!.key) - was);
    const candidates: number[] = [];
    const last = Math.min(after?.col ?? Infinity, expected + SEARCH + 1);
    for (let c = Math.max(before?.col ?? where.left, expected - SEARCH - 1) + 1; c < last; c++) candidates.push(c);
    candidates.sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected) || a - b);
    const { sheet, headerRow } = where;
    const cells = this.recorded.get(sheet);
    const prints = new Set(this.writtenBelow(record, sheet, was).flatMap((row) => cells?.get(cellKey(row, was)) ?? []));
    /** How many of the candidate's cells hold what we wrote in the column, and how many something else. */
    const held = (c: number) => {
      let ours = 0;
      let theirs = 0;
      for (const row of where.rows)
        if (this.grid.isEmpty(sheet, row, c)) continue;
        else if (this.printMatches(sheet, row, c, (print) => prints.has(print))) ours++;
        else theirs++;
      return { ours, theirs };
    };
    const named = candidates.filter((c) => {
      const text = this.grid.value(sheet, headerRow, c);
      return typeof text === "string" && !this.grid.formula(sheet, headerRow, c) && column.renamed(text);
    });
    if (column.role === "input") return named[0]; // the clerk's values are what an input column holds
    // A column holding our values first: an empty column of theirs beside it (审核状态) may name it too.
    const counts = named.map((c) => ({ c, ...held(c) }));
    return (counts.find((x) => x.ours > 0 && x.theirs <= x.ours) ?? counts.find((x) => x.ours + x.theirs === 0))?.c;
  }

  /** Each sheet's recorded block header rows, ascending. */
  private blockRows?: Map<string, number[]>;

  /**
   * The rows the records name in column `col` of a block's sheet below its recorded header, above the next block's.
   * Both lists are sorted, so two binary searches each (a pass over every block and every row per block made a
   * re-check of a sheet of a thousand tables quadratic).
   */
  private writtenBelow(record: BlockRecord, sheet: string, col: number): number[] {
    if (!this.blockRows) {
      this.blockRows = new Map();
      for (const b of this.allBlocks) {
        const rows = this.blockRows.get(b.sheet);
        if (rows) rows.push(b.row);
        else this.blockRows.set(b.sheet, [b.row]);
      }
      for (const rows of this.blockRows.values()) rows.sort((a, b) => a - b);
    }
    const blocks = this.blockRows.get(record.sheet) ?? [];
    const below = blocks[countBelow(blocks, record.row, true)] ?? Infinity;
    const rows = this.rowsWritten(sheet, col);
    return rows.slice(countBelow(rows, record.row, true), countBelow(rows, below));
  }
}

/** How many of the ascending `sorted` are below `bound` (`orAt`: or equal to it). */
function countBelow(sorted: readonly number[], bound: number, orAt = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < bound || (orAt && sorted[mid] === bound)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The indicators the record wrote rows for and the ones now (`names` on `rows`), each of those in both as often, in row
 * order, are not in the same order (a name twice then and now: in its order). A name standing more or less often now
 * (a copied row inserted, one of two deleted) says nothing of the order: left out, as a new or a deleted one.
 */
function inAnotherOrder(written: RowFor[], rows: number[], names: string[]): boolean {
  const byRow = <T extends { row: number }>(list: T[]) => [...list].sort((a, b) => a.row - b.row);
  const then = byRow(written).map((w) => w.indicator);
  const now = byRow(rows.map((row, i) => ({ row, name: names[i] }))).map((n) => n.name);
  const counts = (list: string[]) =>
    list.reduce((m, name) => m.set(name, (m.get(name) ?? 0) + 1), new Map<string, number>());
  const [before, after] = [counts(then), counts(now)];
  const inBoth = (list: string[]) => list.filter((name) => before.get(name) === after.get(name));
  const [a, b] = [inBoth(then), inBoth(now)];
  return a.length !== b.length || a.some((name, i) => name !== b[i]);
}

/**
 * Where each indicator written (RowFor) stands now, by its name: for the names that stand once in the record and once
 * on `rows` (two rows of one name cannot be told apart: neither is matched). Row now → row written.
 */
function writtenRowsOf(written: RowFor[], rows: number[], names: string[]): Map<number, number> {
  const once = <T>(list: T[], name: (t: T) => string) => {
    const seen = new Map<string, T | null>();
    for (const t of list) seen.set(name(t), seen.has(name(t)) ? null : t);
    return seen;
  };
  const then = once(written, (w) => w.indicator);
  const now = once(
    rows.map((row, i) => ({ row, name: names[i] })),
    (n) => n.name,
  );
  const out = new Map<number, number>();
  for (const [name, at] of now) {
    const was = then.get(name);
    if (at && was) out.set(at.row, was.row);
  }
  return out;
}

function rowsOf(r: { top: number; bottom: number }): number[] {
  return Array.from({ length: r.bottom - r.top + 1 }, (_, i) => r.top + i);
}

function split(k: string): [number, number] {
  const [row, col] = k.split(",").map(Number);
  return [row, col];
}
