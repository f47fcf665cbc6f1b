/**
 * The state one plan is built in: the snapshot, the earlier run's marks, what this run claims,
 * and the operations collected per phase (so removals come before writes, names before formulas).
 */
import { byPosition, cellKey, cellName, columnLetters, rangesToA1, SHEET_COLUMNS } from "../a1";
import type { CellRange, CellRef, GoalTable, WorkbookSnapshot } from "../types";
import { WorkbookNames } from "./definedNames";
import { EMPTY_PRINT, cellPrint } from "./fingerprint";
import { CellSet, PrintedCells, emptyMarks, leftUnfinished, recordOf, sheetCells, type NotedCells } from "./marks";
import { NoteOwners, noteHash } from "./notes";
import { SheetContents } from "./sheetContents";
import { SheetGate, sheetOf } from "./sheetsTouched";
import { Ownership } from "./ownership";
import {
  PLAN_PHASES,
  type BlockRecord,
  type CellStyle,
  type Highlight,
  type Marks,
  type PlainValue,
  type PlanOp,
  type PlanOptions,
  type PlanPhase,
} from "./types";
import { MONITOR_COLUMNS, OUR_NUMBER_FORMATS, PERCENT_FORMAT } from "./words";
import type { Lang } from "../locale/messages";
import { sortedShort } from "../lists";

type CellRole = "computed" | "input";

export class PlanContext {
  readonly contents: SheetContents;
  readonly previous: Marks | null;
  /** Which cells are ours now (the earlier record checked against what the cells hold). */
  readonly own: Ownership;
  readonly lang: Lang;
  readonly messages: string[] = [];
  /** Ops by phase, emitted in PLAN_PHASES order. */
  private readonly phases = new Map<PlanPhase, PlanOp[]>(PLAN_PHASES.map((phase) => [phase, []]));
  /** Cells written (ours) this run, each with the fingerprint of what it holds after it; cells offered for input. */
  readonly written = new Map<string, PrintedCells>();
  readonly inputs = new Map<string, CellSet>();
  /** Our notes after this run, with the hash of each: those it writes, and ours it leaves where they are. */
  readonly noted: NotedCells = new Map();
  /** Cells this run would have put a note on but left alone: the note there is the user's. */
  readonly keptNotes = new Map<string, CellSet>();
  /** Cells of our input columns holding a drop-down list other than ours (the clerk edited ours): kept, not set. */
  readonly keptLists = new Map<string, CellSet>();
  /** Protected and very hidden sheets (SheetGate): nothing is written into them or cleared there (push). */
  readonly gate: SheetGate;
  /** Protected sheets this run would have written to: each gets one warning (buildPlan). */
  readonly skipped: Set<string>;
  private noteOwners?: NoteOwners;
  /** Cells of tables the add-in writes out (the unit-wide table): content, not monitoring cells. */
  readonly generated = new Map<string, CellSet>();
  /** Fingerprint of every generated cell written or kept this run: sheet → cellKey → print (Marks.generatedPrints). */
  readonly generatedPrints = new Map<string, Map<number, string>>();
  /** Cells this run would have written but left alone: they hold something we did not write. */
  readonly kept = new Map<string, CellSet>();
  /**
   * Cells of ours in a block found again that the user typed over, with what we wrote there: kept in the record
   * (not written, not ours while they hold the user's text), so the block's rows in the record stay its rows.
   */
  readonly typedOver = new Map<string, Map<number, string>>();
  readonly marks: Marks;
  /** Our 偏差原因 column beside each table that has none of its own (Plan.reasonColumns). */
  readonly reasonColumns: { table: GoalTable; col: number }[] = [];
  /** Whose each defined name is; the name our formulas read the monitoring date through (definedNames.ts). */
  readonly names: WorkbookNames;
  private readonly ownedSheets = new Map<string, boolean>();

  /** `held`: open sheets this run leaves as they are all the same (SheetGate.held; buildPlan unreadSheets). */
  constructor(
    readonly snapshot: WorkbookSnapshot,
    readonly options: PlanOptions,
    held: ReadonlySet<string> = new Set(),
  ) {
    this.contents = new SheetContents(snapshot);
    this.previous = recordOf(snapshot);
    this.own = new Ownership(this.contents, this.previous);
    this.names = new WorkbookNames(snapshot, this.own.records);
    this.lang = options.lang;
    this.marks = emptyMarks();
    this.gate = new SheetGate(snapshot, held);
    this.skipped = this.gate.refused.protected;
  }

  /** Whose note is on each cell. Asked for once blocks are located (a moved block's notes moved with it). */
  get notes(): NoteOwners {
    return (this.noteOwners ??= new NoteOwners(this.snapshot, this.own.records, this.own.movedSheets()));
  }

  /** This run leaves a note of ours on the cell (written now, or kept where it is). */
  hasNote(sheet: string, row: number, col: number): boolean {
    return !!this.noted.get(sheet)?.has(cellKey(row, col));
  }

  keepNote(sheet: string, row: number, col: number, hash: string): void {
    let cells = this.noted.get(sheet);
    if (!cells) this.noted.set(sheet, (cells = new Map()));
    cells.set(cellKey(row, col), hash);
  }

  say(zh: string, en: string): void {
    this.messages.push(this.lang === "en" ? en : zh);
  }

  /**
   * Every operation goes through here, so this is the one place a protected or very hidden sheet is kept out of the
   * plan (SheetGate). A protected sheet is noted (`skipped`) for the warning that says how to get marks there.
   */
  push(phase: PlanPhase, op: PlanOp): void {
    if (this.gate.admits(sheetOf(op))) this.phases.get(phase)!.push(op);
  }

  /** `before`, then the ops of every phase in order. */
  ops(before: PlanOp[] = []): PlanOp[] {
    return before.concat(...PLAN_PHASES.map((phase) => this.phases.get(phase)!));
  }

  // ───── what the earlier run left ─────

  /**
   * A sheet the last run added and did not finish: its record is still the provisional one a run writes first
   * (Excel refused a write half-way), and the record before it did not name the sheet. That run's last steps
   * there — the column widths, set only by the run that makes the sheet — never ran, so this run takes them.
   */
  addedByUnfinishedRun(sheet: string): boolean {
    const last = this.previous;
    return last?.provisional === true && last.sheets.includes(sheet) && !last.earlier?.sheets.includes(sheet);
  }

  private readonly unfinishedSheets = new Map<string, boolean>();

  /**
   * A sheet the last run added and left half-written, holding nothing but what it wrote there (marks.ts
   * leftUnfinished): every cell on it is ours to write again, also a cell of a table written out (Marks.generated).
   */
  private unfinished(sheet: string): boolean {
    let left = this.unfinishedSheets.get(sheet);
    if (left === undefined) {
      const snapshot = this.contents.sheet(sheet);
      left = !!this.previous && !!snapshot && leftUnfinished(this.previous, snapshot);
      this.unfinishedSheets.set(sheet, left);
    }
    return left;
  }

  /** A sheet the add-in made and still recognises (see Ownership.ownsSheet). */
  ownsSheet(sheet: string): boolean {
    let owned = this.ownedSheets.get(sheet);
    if (owned === undefined) this.ownedSheets.set(sheet, (owned = this.own.ownsSheet(sheet)));
    return owned;
  }

  /** Ours to overwrite: as we wrote it, in a block found again, or on the row of ours it is now on a sheet we made. */
  isOurs(sheet: string, row: number, col: number): boolean {
    return this.own.isOurs(sheet, row, col);
  }

  /** A table cell that is really one of ours (our header read back as the table's column, …). */
  wasMarked(cell: CellRef | undefined | null): boolean {
    return (
      !!cell && (this.isOurs(cell.sheet, cell.row, cell.col) || !!this.own.blockRole(cell.sheet, cell.row, cell.col))
    );
  }

  private claimed(sheet: string, row: number, col: number): boolean {
    return !!(
      this.written.get(sheet)?.has(row, col) ||
      this.inputs.get(sheet)?.has(row, col) ||
      this.generated.get(sheet)?.has(row, col)
    );
  }

  /** Holds something: in the workbook, or written out by this run as table content. */
  hasContent(sheet: string, row: number, col: number): boolean {
    return !this.contents.isEmpty(sheet, row, col) || (this.generated.get(sheet)?.has(row, col) ?? false);
  }

  /**
   * May this run put a cell of `role` here? Never a cell the user wrote: only empty cells, cells that
   * still hold what we wrote, and (for input cells) the input cells of a block found again.
   */
  usable(sheet: string, row: number, col: number, role: CellRole): boolean {
    if (this.claimed(sheet, row, col) || this.contents.isCovered(sheet, row, col)) return false;
    if (this.contents.isEmpty(sheet, row, col)) return true;
    if (role === "input") return this.own.blockRole(sheet, row, col) === "input";
    return this.isOurs(sheet, row, col);
  }

  /**
   * First column ≥ start where a block fits: on the header row one cell per column, below it on `rows`
   * cells of each column's role.
   */
  place(sheet: string, start: number, headerRow: number, rows: number[], roles: CellRole[], names?: string[]): number {
    for (let col = start; col < SHEET_COLUMNS; col++)
      if (this.fits(sheet, col, headerRow, rows, roles, names)) return col;
    return -1;
  }

  private fits(
    sheet: string,
    left: number,
    headerRow: number,
    rows: number[],
    roles: CellRole[],
    names?: string[],
  ): boolean {
    if (left + roles.length > SHEET_COLUMNS) return false; // the block would run past the sheet's last column
    for (let offset = 0; offset < roles.length; offset++) {
      const col = left + offset;
      const name = names?.[offset];
      if (
        !this.usable(sheet, headerRow, col, "computed") &&
        !(name && this.ourNameInTable(sheet, headerRow, col, name))
      )
        return false;
      for (const row of rows) if (!this.usable(sheet, row, col, roles[offset])) return false;
    }
    return true;
  }

  /**
   * A column name of the clerk's Excel table (插入→表格) that is exactly `name`, a header of ours: our header their
   * table took in, which Clear marks keeps (isTableEdge) and no record names ours any more. Where our block goes
   * (place, with the column's cells there free) it is ours to fill again, as a check without the Clear has it; the
   * write finds it saying what we would write (atTableEdge).
   */
  ourNameInTable(sheet: string, row: number, col: number, name: string | ReadonlySet<string>): boolean {
    if (!this.contents.isTableHeader(sheet, row, col)) return false;
    const text = this.contents.value(sheet, row, col);
    return typeof text === "string" && (typeof name === "string" ? text === name : name.has(text));
  }

  /** Our indicator block's headers, in the run's language. */
  private ourNames?: ReadonlySet<string>;

  /**
   * The table's last column that holds user content (our own columns from an earlier run do not count, nor a column
   * name of a clerk's table that is one of our headers: see ourNameInTable). From the header row down, any column; in
   * the rows above it (title, money, schedule) only what runs on from there without an empty column between: a title
   * merged wider counts, a note typed far right in the title rows (XFD1) does not put our columns there or off the
   * sheet — we write on the header row and below, beside the table.
   */
  contentRight(sheet: string, range: CellRange, headerRow: number): number {
    const generated = this.generated.get(sheet);
    const body = Math.max(range.top, headerRow);
    let right = this.lastHeldColumn(sheet, range, body);
    for (let row = range.top; row < body; row++) {
      while (right < range.right && this.holdsTheirs(sheet, row, right + 1)) right++;
      // Ours written this run (a block placed above) stays clear of the next one wherever it is.
      for (let c = range.right; c > right; c--)
        if (generated?.has(row, c)) {
          right = c;
          break;
        }
    }
    return right;
  }

  /** The last column of `range` holding something on its rows from `top` down (its left column when none does). */
  private lastHeldColumn(sheet: string, range: CellRange, top: number): number {
    for (let col = range.right; col > range.left; col--)
      for (let row = top; row <= range.bottom; row++) if (this.holdsTheirs(sheet, row, col)) return col;
    return range.left;
  }

  /** Something the clerk put in the cell (or ours written this run): contentRight's question. */
  private holdsTheirs(sheet: string, row: number, col: number): boolean {
    if (this.generated.get(sheet)?.has(row, col)) return true;
    // An empty cell outside a merge holds nothing (the question "ours?" is only worth asking of the others).
    if (this.contents.isEmpty(sheet, row, col) && !this.contents.isCovered(sheet, row, col)) return false;
    this.ourNames ??= new Set(MONITOR_COLUMNS.map((c) => c.header[this.lang]));
    if (this.ourNameInTable(sheet, row, col, this.ourNames)) return false;
    return !this.isOurs(sheet, row, col) && !this.own.blockRole(sheet, row, col);
  }

  // ───── recording writes ─────

  private claim(map: Map<string, CellSet>, sheet: string, row: number, col: number): void {
    let set = map.get(sheet);
    if (!set) map.set(sheet, (set = new CellSet()));
    set.add(row, col);
  }

  /**
   * The one gate every write of ours goes through: a cell that holds something we did not write is left
   * as it is (and reported), whatever the record says; so is a cell the user merged into another (hidden).
   */
  private mayWrite(cell: CellRef): boolean {
    const { sheet, row, col } = cell;
    const hidden = this.contents.isHidden(sheet, row, col); // the user merged it into the cell above or left of it
    if (!hidden && (this.contents.isEmpty(sheet, row, col) || this.isOurs(sheet, row, col) || this.unfinished(sheet)))
      return true;
    if (this.own.blockRole(sheet, row, col) === "input") return false; // the user's value in our input column
    if (!hidden) this.claim(this.kept, sheet, row, col);
    const print = this.own.writtenPrint(sheet, row, col);
    if (print !== undefined) {
      let prints = this.typedOver.get(sheet);
      if (!prints) this.typedOver.set(sheet, (prints = new Map()));
      prints.set(cellKey(row, col), print);
    }
    return false;
  }

  /**
   * The cell is ours this run, holding what has the fingerprint `print` (made once per write: a formula's takes six
   * regexes).
   */
  private printed(cell: CellRef, print: string): void {
    let cells = this.written.get(cell.sheet);
    if (!cells) this.written.set(cell.sheet, (cells = new PrintedCells()));
    cells.set(cell.row, cell.col, print);
  }

  /** Fingerprints of values written, each hashed once: most cells of a run hold one of a few words. */
  private readonly valuePrints = new Map<PlainValue, string>();

  private valuePrint(value: PlainValue): string {
    let print = this.valuePrints.get(value); // a Map tells 1 from "1"; 0 and -0 print the same anyway
    if (print === undefined) this.valuePrints.set(value, (print = cellPrint(value, null)));
    return print;
  }

  /**
   * A cell of an Excel table's header or totals row is never written (SheetContents.isTableEdge): one that holds what
   * this run would write there is ours as it is (claimed, no op: our header the clerk's table took in as a column
   * name, recorded or not — see ourNameInTable); any other is kept as the clerk's.
   */
  private atTableEdge(cell: CellRef, print: string): boolean {
    const { sheet, row, col } = cell;
    if (!this.contents.isTableEdge(sheet, row, col)) return false;
    if (cellPrint(this.contents.value(sheet, row, col), this.contents.formula(sheet, row, col)) !== print) {
      if (this.mayWrite(cell)) this.claim(this.kept, sheet, row, col); // else mayWrite has said why
    } else this.printed(cell, print);
    return true;
  }

  setValue(cell: CellRef, value: PlainValue, style?: CellStyle): void {
    const print = this.valuePrint(value);
    if (this.atTableEdge(cell, print) || !this.mayWrite(cell)) return;
    style = this.lookFor(cell, style);
    this.printed(cell, print);
    this.push("cells", style ? { op: "setValue", cell, value, style } : { op: "setValue", cell, value });
  }

  /**
   * Our look (number format, bold, fill) goes on a cell we fill now, not on one of ours from an earlier run: that
   * cell (also one we left empty) has our look already, or one the user gave it (Format Cells… on our 执行率),
   * which stays theirs. A run that did not finish may have written a cell's value and not its look (Excel refused
   * the batch part-way): its sheet left half-written, and each cell whose look it may owe (Ownership.lookOwed: it, or an
   * unfinished run before it, was the first to write it), get ours again — but
   * a number format there that is neither General nor one of ours is one the clerk gave it since, and stays.
   */
  private lookFor(cell: CellRef, style: CellStyle | undefined): CellStyle | undefined {
    if (!style) return undefined;
    const { sheet, row, col } = cell;
    if (this.unfinished(sheet) || this.own.lookOwed(sheet, row, col)) {
      const now = this.contents.numberFormat(sheet, row, col);
      if (now === null || OUR_NUMBER_FORMATS.has(now) || !style.numberFormat) return style;
      const { numberFormat: _theirs, ...rest } = style;
      return rest.bold || rest.fill ? rest : undefined;
    }
    // A sheet the workbook no longer has (our summary, deleted by the clerk) is made anew: the record's cells there
    // hold no look of an earlier run.
    const earlier = this.contents.hasSheet(sheet) && this.own.wroteEmpty(sheet, row, col);
    return this.contents.isEmpty(sheet, row, col) && !earlier ? style : undefined;
  }

  /**
   * A cell of a block kept as it is (its table not read this run: unreadBlocks.ts; its summary row: summary.ts):
   * recorded as this run's while it holds what we wrote there (also empty, where we wrote it empty — on our summary
   * known by the row of ours it is on: Ownership.wroteEmpty), else as a cell of ours the clerk typed over
   * (typedOver); nothing is written.
   */
  keepAsIs(cell: CellRef): void {
    const { sheet, row, col } = cell;
    const wrote = this.own.writtenPrint(sheet, row, col);
    const empty = this.contents.isEmpty(sheet, row, col);
    if (empty ? this.own.wroteEmpty(sheet, row, col) : this.isOurs(sheet, row, col))
      this.printed(
        cell,
        empty ? EMPTY_PRINT : cellPrint(this.contents.value(sheet, row, col), this.contents.formula(sheet, row, col)),
      );
    else if (wrote !== undefined) {
      let prints = this.typedOver.get(sheet);
      if (!prints) this.typedOver.set(sheet, (prints = new Map()));
      prints.set(cellKey(row, col), wrote);
    }
  }

  /** Content of a table the add-in writes out: recorded apart from monitoring cells (see Marks.generated). */
  setGenerated(cell: CellRef, value: PlainValue, style?: CellStyle): void {
    if (!this.mayWrite(cell)) return;
    style = this.lookFor(cell, style);
    this.claim(this.generated, cell.sheet, cell.row, cell.col);
    let prints = this.generatedPrints.get(cell.sheet);
    if (!prints) this.generatedPrints.set(cell.sheet, (prints = new Map()));
    prints.set(cellKey(cell.row, cell.col), this.valuePrint(value));
    this.push("cells", style ? { op: "setValue", cell, value, style } : { op: "setValue", cell, value });
  }

  /**
   * A formula cell in formula mode; the computed value in value mode. The formula is given as a function:
   * value mode (the default) never builds its text. A formula the hosts would refuse (null: a clerk's text too long
   * to be a constant in it, FORMULA_TEXT_MAX) is written as its value, as value mode writes it.
   */
  setComputed(cell: CellRef, formula: () => string | null, value: PlainValue, style?: CellStyle): void {
    const text = this.options.formulas ? formula() : null;
    if (text === null) return this.setValue(cell, value, style);
    this.setFormula(cell, text, value, style);
  }

  /** A plain-Excel formula (no custom function): written as a formula in both modes. */
  setFormula(cell: CellRef, formula: string, value: PlainValue, style?: CellStyle): void {
    const print = cellPrint(null, formula);
    if (this.atTableEdge(cell, print) || !this.mayWrite(cell)) return;
    style = this.lookFor(cell, style);
    this.printed(cell, print);
    this.push(
      "cells",
      style ? { op: "setFormula", cell, formula, value, style } : { op: "setFormula", cell, formula, value },
    );
  }

  /**
   * A note on a cell this run wrote (never on a cell it left alone), unless the cell holds a note of the user's:
   * that one stays, and the user is told (reportKept).
   */
  note(cell: CellRef, text: string): void {
    if (!this.written.get(cell.sheet)?.has(cell.row, cell.col)) return;
    if (!this.notes.mayWrite(cell.sheet, cell.row, cell.col))
      return this.claim(this.keptNotes, cell.sheet, cell.row, cell.col);
    this.keepNote(cell.sheet, cell.row, cell.col, noteHash(text));
    this.push("cells", { op: "note", cell, text });
  }

  /** Where a block went, so the next run finds it again (see Ownership.locate). */
  recordBlock(block: BlockRecord): void {
    (this.marks.blocks ??= []).push(block);
  }

  /**
   * An input column: its header is ours (null: one of ours the clerk renamed, theirs: not written), the cells below
   * (`ranges`, in one column) are the user's to fill.
   */
  inputColumn(sheet: string, header: CellRef, ranges: CellRange[], headerText: string | null, list?: string[]): void {
    if (headerText !== null) this.setValue(header, headerText, HEADER_STYLE);
    for (const r of ranges) for (let row = r.top; row <= r.bottom; row++) this.claim(this.inputs, sheet, row, r.left);
    const cells = rangesToA1(ranges);
    this.marks.inputs.push({ sheet, header: cellName(header.row, header.col), cells });
    if (!list) return;
    // Ours is set (and recorded) only where the clerk has no list of theirs: so Clear marks leaves theirs too.
    const mine = new CellSet();
    for (const r of ranges)
      for (let row = r.top; row <= r.bottom; row++) if (!this.keepsTheirList(sheet, row, r.left)) mine.add(row, r.left);
    const own = mine.toRanges();
    for (const range of own) this.push("formats", { op: "validationList", sheet, range, list });
    if (own.length) this.marks.validations.push({ sheet, ranges: rangesToA1(own) });
  }

  /**
   * The number format of a cell of our input column after this run (null: General), which the formulas reading the cell
   * follow. `wanted`: PERCENT_FORMAT where this run gives the cell ours (formulas mode, a % target), null where it
   * gives none, undefined to leave it as it is. Only an empty cell of ours is formatted: ours is set on a General one,
   * and set back to General only where we gave it (gaveFormat) — a value the clerk typed, a format they chose (their
   * own 0.00% too) stay as they are. The cells that keep our format are recorded (Marks.inputFormats).
   * `readBy`: the cell of ours on the row whose formula reads this one (our 状态), which tells ours in a record of a
   * version before Marks.inputFormats.
   */
  inputNumberFormat(cell: CellRef, wanted: string | null | undefined, readBy: CellRef): string | null {
    const { sheet, row, col } = cell;
    const now = this.contents.numberFormat(sheet, row, col);
    if (!this.inputs.get(sheet)?.has(row, col) || !this.contents.isEmpty(sheet, row, col)) return now;
    const ours = now === PERCENT_FORMAT && this.gaveFormat(cell, readBy);
    if (this.contents.isHidden(sheet, row, col) || this.contents.isTableEdge(sheet, row, col)) {
      // Not changed under the clerk's merge or on their table's edge, but ours still: recorded, so a check (or Clear
      // marks) after they unmerge takes it off as it would have.
      if (ours) sheetCells(this.formattedInputs, sheet).add(row, col);
      return now;
    }
    const after = wanted === undefined || (now !== null && !ours) ? now : wanted;
    if (after !== now) this.push("inputFormats", { op: "setNumberFormat", cell, format: after ?? "General" });
    if (after === PERCENT_FORMAT && (ours || now === null)) sheetCells(this.formattedInputs, sheet).add(row, col);
    return after;
  }

  /** Empty input cells that keep the number format we gave them, this run (Marks.inputFormats). */
  readonly formattedInputs = new Map<string, CellSet>();

  /**
   * Our 0.00% on an empty input cell: the record says we gave it. A record before Marks.inputFormats does not say; a
   * check of those versions gave it in formulas mode, where our formula on the row (`readBy`) reads the cell through
   * its format (blocks.ts shownByFormat) — ours then, unless the clerk set the same 0.00% (as those versions took it).
   */
  private gaveFormat(cell: CellRef, readBy: CellRef): boolean {
    const recorded = this.own.gaveInputFormat(cell.sheet, cell.row, cell.col);
    if (recorded !== undefined) return recorded;
    const formula = this.contents.formula(readBy.sheet, readBy.row, readBy.col);
    return (
      !!formula &&
      formula.includes(`CELL("format",${cellName(cell.row, cell.col)})`) &&
      this.isOurs(readBy.sheet, readBy.row, readBy.col)
    );
  }

  /** The cell carries the clerk's drop-down list (Ownership.hasTheirList): it stays, and reportKept says so. */
  keepsTheirList(sheet: string, row: number, col: number): boolean {
    if (!this.own.hasTheirList(sheet, row, col)) return false;
    this.claim(this.keptLists, sheet, row, col);
    return true;
  }

  /**
   * A highlight keyed on the light cell in column `keyCol` of the same row. Highlights with the same
   * sheet, key column and colour become ONE rule over many ranges (a workbook with 1,000 tables gets a
   * handful of rules, not thousands): the key's row is relative, anchored at the topmost range.
   */
  rowHighlight(sheet: string, ranges: CellRange[], keyCol: number, highlight: Highlight): void {
    // Found among the sheet's few groups, not by a key string made per call (kept to the end of the plan).
    let groups = this.highlightsBySheet.get(sheet);
    if (!groups) this.highlightsBySheet.set(sheet, (groups = []));
    let group: HighlightGroup | undefined;
    for (const g of groups) if (g.keyCol === keyCol && g.highlight.light === highlight.light) group = g;
    if (!group) {
      groups.push((group = { sheet, keyCol, highlight, ranges: [] }));
      this.highlightGroups.push(group);
    }
    for (const range of ranges) group.ranges.push(range);
  }

  /** Every highlight group, in the order first asked for (the order the rules are emitted in), and by sheet. */
  private readonly highlightGroups: HighlightGroup[] = [];
  private readonly highlightsBySheet = new Map<string, HighlightGroup[]>();

  /** Emit the grouped highlights (in chunks, so a rule's range list stays short enough for every host). */
  flushHighlights(test: (keyRef: string, light: Highlight["light"]) => string): void {
    for (const group of this.highlightGroups) {
      const ranges = sortedShort(group.ranges, byPosition);
      for (let i = 0; i < ranges.length; i += MAX_RANGES_PER_RULE) {
        // The group's own list when one rule takes it all (the group is dropped below).
        const chunk = ranges.length <= MAX_RANGES_PER_RULE ? ranges : ranges.slice(i, i + MAX_RANGES_PER_RULE);
        const anchor = chunk[0].top; // the topmost range: sorted by top
        const formula = test(fixedColumn(anchor, group.keyCol), group.highlight.light);
        this.push("formats", {
          op: "conditionalFormat",
          sheet: group.sheet,
          ranges: chunk,
          formula,
          highlight: group.highlight,
        });
        this.marks.conditionalFormats.push({ sheet: group.sheet, ranges: rangesToA1(chunk), formula });
      }
    }
    this.highlightGroups.length = 0;
    this.highlightsBySheet.clear();
  }
}

interface HighlightGroup {
  sheet: string;
  keyCol: number;
  highlight: Highlight;
  ranges: CellRange[];
}

/** Ranges per conditional-format rule: keeps the sqref / RangeAreas address well under host limits. */
const MAX_RANGES_PER_RULE = 60;

export const HEADER_STYLE: CellStyle = { bold: true, fill: "DDEBF7" };

/** "$L12": column fixed, row relative (for conditional formats over several columns). */
function fixedColumn(row: number, col: number): string {
  return `$${columnLetters(col)}${row + 1}`;
}
