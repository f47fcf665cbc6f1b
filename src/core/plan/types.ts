/**
 * The plan: plain operations the core decides and a host adapter carries out in one batch.
 * Coordinates are 0-based absolute (as in the snapshot). Formulas are written WITHOUT the
 * leading "=" (like SheetSnapshot.formulas); adapters add it where their API wants it.
 */
import type { CellRange, CellRef, CheckedTable, Diagnostic, GoalTable, JudgeSettings } from "../types";

/** A value a cell can be set to (dates are serials with a date number format). */
export type PlainValue = string | number | boolean | null;

/** Look of a cell we created ourselves (headers, computed cells). */
export interface CellStyle {
  bold?: boolean;
  /** Fill colour, 6-digit hex without "#". */
  fill?: string;
  numberFormat?: string;
}

/** Fill + font colours of a highlight, 6-digit hex without "#". */
export interface Highlight {
  light: "red" | "yellow" | "blue";
  fill: string;
  font: string;
}

/** A rule of ours a check writes on a sheet: its formula and ranges (removeConditionalFormat's `planned`). */
export interface PlannedRule {
  formula: string;
  ranges: CellRange[];
}

export type PlanOp =
  /** Make sure a sheet exists (no-op when it does). */
  | { op: "addSheet"; sheet: string; visibility: "visible" | "veryHidden" }
  /**
   * Delete a sheet the add-in created (never a user sheet). veryHidden: the sheet is very hidden (our record), which
   * Excel and WPS delete only once made visible.
   */
  | { op: "deleteSheet"; sheet: string; veryHidden?: boolean }
  | { op: "setValue"; cell: CellRef; value: PlainValue; style?: CellStyle }
  /** `value` is the core-computed result: the cached result where the host allows it. */
  | { op: "setFormula"; cell: CellRef; formula: string; value: PlainValue; style?: CellStyle }
  | { op: "setNumberFormat"; cell: CellRef; format: string }
  /** Static fill, for hosts that cannot do conditional formats. */
  | { op: "fill"; sheet: string; range: CellRange; color: string }
  /**
   * Set a note on a cell the add-in wrote (replacing any note there: hosts delete, then add); empty text
   * removes the note, and is a no-op on a cell without one. The plan emits either only where the cell has no
   * note or one of ours (core/plan/notes.ts): a note of the user's is never replaced or removed.
   */
  | { op: "note"; cell: CellRef; text: string }
  /** Formula-based conditional format over one or more ranges; the formula is relative to ranges[0]'s top-left cell. */
  /** `look`: the look a run that did not finish owed this rule (Marks.ruleLooksOwed), in the host's text; else its highlight's. */
  | {
      op: "conditionalFormat";
      sheet: string;
      ranges: CellRange[];
      formula: string;
      highlight: Highlight;
      look?: string;
    }
  /**
   * Remove the add-in's rules on the sheet whose formula has the SAME SHAPE as `formula` (fingerprint.ts
   * formulaShape: cell references ignored, because Excel rewrites them when rows or columns move), whatever
   * ranges they now cover. `ranges` is where the rule was written. `planned` (a check, not Clear marks): our rules on
   * the sheet after this plan, their formulas and ranges; a rule of that shape testing neither their columns nor the
   * recorded one, or over where ours go now and more, is the clerk's (ourRules.ts rulesToRemove). `unfinished`: the
   * last run did not finish, and a rule of ours it added may have only part of our look (ourRules.ts partOfOurLook).
   */
  | {
      op: "removeConditionalFormat";
      sheet: string;
      ranges: CellRange[];
      formula: string;
      planned?: PlannedRule[];
      unfinished?: true;
    }
  | { op: "validationList"; sheet: string; range: CellRange; list: string[] }
  | { op: "removeValidation"; sheet: string; range: CellRange }
  /** Workbook-scoped name referring to one cell (created or re-pointed). */
  | { op: "defineName"; name: string; cell: CellRef }
  | { op: "removeName"; name: string }
  /**
   * Clustered column chart; replaces an earlier chart of the same name on that sheet. `placed`: where the record says we
   * last put it — an earlier chart found elsewhere was moved or resized by the clerk and keeps its place (absent: the
   * record predates it, the chart goes to `anchor`).
   */
  | {
      op: "chart";
      sheet: string;
      name: string;
      title: string;
      categories: CellRange;
      series: { name: string; values: CellRange }[];
      anchor: CellRange;
      placed?: CellRange;
    }
  /** Delete the add-in's chart of that name on a sheet that stays (Clear marks on a sheet the user wrote on). */
  | { op: "removeChart"; sheet: string; name: string }
  /**
   * Clear marks where a series' source is not read (Excel below ExcelApi 1.15): our chart is kept for `series` (their
   * indices among its series), which draw numbers a copy of the clerk's holds too — theirs over the copy, or ours alone
   * (summary.ts holdsTheirSeries). Once the plan's writes have emptied our columns, series that draw nothing are ours:
   * the chart goes, and the sheet with it when `deleteSheet`; `said` is then said in place of `unsaid` (null: nothing).
   * Hosts that read the sources (the CLI copy) or draw no chart (WPS) never get it.
   */
  | {
      op: "removeChartIfEmptied";
      sheet: string;
      name: string;
      series: number[];
      deleteSheet: boolean;
      unsaid: Said;
      said: Said | null;
    }
  /**
   * Width in characters of the default font (as in .xlsx files); the Office.js applier converts to points. `ifStandard`:
   * only where the column still has the sheet's standard width — a width the clerk gave it (or an earlier run did)
   * stays; the host reads it when it applies (the snapshot holds no widths).
   */
  | { op: "columnWidth"; sheet: string; col: number; width: number; ifStandard?: true }
  /**
   * Clear value, formula, number format and fill of cells the add-in wrote. Not their notes: a note there may be the
   * user's, and ours are removed by "note" ops. Not their drop-down list either: we set lists only on our input cells,
   * and take them off by "removeValidation" ops; a list on a cell we wrote is the clerk's (their list down a column
   * where ours went, or one they set on our 状态 after a check). `keepLook`: only value and formula go, the formats
   * stay (cells we wrote without a look, where a look there is the user's; see buildClearPlan). `ourLook`: value and
   * formula go, and of the look only what is still as we wrote it (`ourStill`): a fill the user changed, bold they
   * took off, their borders or font stay (our headers on the user's sheets).
   */
  | { op: "clear"; sheet: string; range: CellRange; keepLook?: true; ourLook?: CellStyle }
  /**
   * A formula of the clerk's may read a cell this plan writes (recalculate.ts). A file keeps each formula's last
   * result, so a file host asks for a full calculation when the workbook is opened; a live host (Excel, WPS)
   * recalculates what depends on a written cell itself.
   */
  | { op: "recalculateOnOpen" };

/** One message of a plan in each language. */
export interface Said {
  zh: string;
  en: string;
}

/**
 * Which parts of the look we wrote (`ours`) a cell still has, from its fill (hex, with or without "#" or an alpha
 * byte; null or undefined for none) and whether its font is bold: the parts Clear marks may undo. A fill of another
 * colour or a look we never wrote is the user's.
 */
export function ourStill(
  ours: CellStyle,
  fill: string | null | undefined,
  bold: boolean | null | undefined,
): { fill: boolean; bold: boolean } {
  const rgb = (fill ?? "").replace(/^#/, "").slice(-6).toUpperCase();
  return { fill: !!ours.fill && rgb === ours.fill.toUpperCase(), bold: !!ours.bold && bold === true };
}

/**
 * The order a plan's operations are emitted in: removals first (so a rule or name can be re-added), then
 * sheets and names (formulas refer to them), cell writes, formats and drop-downs over those cells, the number formats
 * of our empty input cells (apart, so they do not split the runs of drop-downs a host sends together), and last
 * the charts, column widths and the marks record.
 */
export const PLAN_PHASES = [
  "removals",
  "sheetsAndNames",
  "cells",
  "formats",
  "inputFormats",
  "chartsAndMarks",
] as const;
export type PlanPhase = (typeof PLAN_PHASES)[number];

export interface Plan {
  ops: PlanOp[];
  marks: Marks;
  /** Chinese (or English) messages for the user: where blocks went, what was kept. */
  messages: string[];
  /** A clear's messages in each language (buildClearPlan): the pane re-words what a ribbon clear said on its switch. */
  said?: { zh: string[]; en: string[] };
  /**
   * Goals found in text that this plan writes out as tables of their own (unitSheet.ts): the tables read from the
   * text, and those written, which the next check reads instead. Absent when nothing is written out.
   */
  writtenOut?: { fromText: GoalTable[]; tables: CheckedTable[]; diagnostics: Diagnostic[] };
  /**
   * Tables without a 偏差原因 column of their own that this plan gives ours (blocks.ts): the column the next check reads
   * as theirs, where the clerk is asked to type a reason (check.ts checkAsWrittenOut). Absent when there is none.
   */
  reasonColumns?: { table: GoalTable; col: number }[];
}

export interface PlanOptions {
  /** true: PERF.* formulas (with the computed value cached); false: the computed values only. */
  formulas: boolean;
  lang: "zh" | "en";
  /**
   * The judging settings the check used (bands, schedule method, strict 质量/时效/成本, blue for rates and levels): the
   * PERF.* formulas are given those that differ from the defaults, so that they judge as the check did. Omitted: the
   * defaults.
   */
  rules?: Pick<JudgeSettings, "bands" | "scheduleMethod" | "strictQualityTimeCost" | "exceededForLevels">;
  /** Settings JSON to keep in A2 of the marks sheet (read back as snapshot.settings); undefined leaves A2 alone. */
  settings?: string;
  /**
   * The host writes the whole plan into a new file (the command line, the standalone page): the run cannot
   * stop half-way, so the provisional record is left out (it would only be overwritten by the final one).
   */
  wholeFile?: boolean;
}

/**
 * What the add-in added to a workbook, kept as JSON in the very hidden sheet MARKS_SHEET
 * (row 1, split into chunks of MARKS_CHUNK characters: A1, B1, …). Ranges are A1 text,
 * several separated by spaces, so that 1,000 tables still make a small record.
 */
export interface Marks {
  version: 2;
  /**
   * The monitoring date the run judged at (YYYY-MM-DD): the date of the figures a summary row kept for a table not
   * read by a later run (summary.ts keepUnreadRow). Absent in records before session 46.
   */
  asOf?: string;
  /** Sheets the add-in created. */
  sheets: string[];
  /** Workbook names the add-in defined. */
  names: string[];
  /** `anchor`: the cells we last placed the chart over (A1), told from a place the clerk gave it; from session 58. */
  charts: { sheet: string; name: string; anchor?: string }[];
  /** Per sheet: every cell the add-in wrote (headers, formulas, computed values). */
  cells: Record<string, string>;
  /** Input columns the add-in offered: its header cell (also in `cells`) and the cells the user types into. */
  inputs: { sheet: string; header: string; cells: string }[];
  conditionalFormats: { sheet: string; ranges: string; formula: string }[];
  validations: { sheet: string; ranges: string }[];
  /**
   * Per sheet: the cells of our input columns that carry the number format we gave them (PERCENT_FORMAT: in formulas
   * mode, our empty 实际完成值 cell of a % target; blocks.ts) and are still empty, as A1 ranges. Only these are ever set
   * back to General by a later run (values mode, or the target no longer a %): a 0.00% the clerk set, or one they typed
   * a value through, is theirs. Absent in records before session 41 (PlanContext.inputNumberFormat tells ours then).
   */
  inputFormats?: Record<string, string>;
  /** Per sheet: cells that carry a note from the add-in. */
  notes?: Record<string, string>;
  /**
   * Per sheet: the hash (core/plan/notes.ts noteHash, NOTE_HASH_WIDTH characters) of the note written on each cell
   * of `notes`, back to back in the order the A1 list names the cells. A note is ours only while it is that text on
   * that cell (or on a sheet where our blocks moved). Absent in records before 2026-12: their notes count as the user's.
   */
  noteHashes?: Record<string, string>;
  /**
   * Per sheet: content of tables the add-in wrote out (the unit-wide 部门整体绩效目标 table). Not monitoring
   * cells: later runs leave them as they are, and Clear marks keeps the sheet once the user typed into it.
   */
  generated?: Record<string, string>;
  /**
   * Per sheet of `generated`: the fingerprint of each cell written there, in the order its A1 list names the cells
   * (as `prints`). A later run may follow a renamed sheet in such a cell's text only while it holds what we wrote.
   * Absent in records before 2026-12: their generated cells are left as they are.
   */
  generatedPrints?: Record<string, string>;
  /**
   * Per sheet: the fingerprint (core/plan/fingerprint.ts) of every cell in `cells`, PRINT_WIDTH characters
   * each, in the order the A1 list names the cells (range by range, row by row). A cell is ours only while
   * it still holds what we wrote.
   */
  prints?: Record<string, string>;
  /** Monitoring blocks beside tables, found again by their header cells after rows or columns moved. */
  blocks?: BlockRecord[];
  /**
   * Per sheet of the user's the record names: the host's stable id of that sheet when the record was written
   * (see SheetSnapshot.id), so the next run follows a sheet the user renamed. Sheets we made are followed by
   * what they hold (marks.ts followRenames); without ids (older records) sheets are known by name.
   */
  sheetIds?: Record<string, string>;
  /**
   * Set on the record a run writes FIRST, before any other cell: this run's cells joined with the earlier
   * record (`earlier`), so a run that fails half-way leaves a record of everything it may have written.
   */
  provisional?: boolean;
  earlier?: Marks;
  /**
   * On a provisional record written after a run that did not finish either: per sheet, the cells (A1 ranges) whose
   * look (number format, bold, fill) the unfinished runs before may not have given (marks.ts looksOwed). They sit in
   * `earlier`, so the record alone no longer tells they were first written by a run that did not finish.
   */
  looksOwed?: Record<string, string>;
  /**
   * On a provisional record: per sheet, the look (the host's text, SheetSnapshot.ruleLooks) of each rule of ours the run
   * removes to add again, by its formula without rows (ourRules.ts lookKey). WPS deletes such a rule long before it
   * adds it again: a run refused in between leaves it gone, and the clerk's look on it (管理规则 → 编辑规则 → 格式) is
   * given to the rule the next check adds (the conditionalFormat op's `look`).
   */
  ruleLooksOwed?: Record<string, Record<string, string>>;
}

/** Where a monitoring block was written: the table's header row, its left column and the block's columns. */
export interface BlockRecord {
  sheet: string;
  kind: "indicators" | "schedule";
  /** The block's header row (0-based) and the table's left column when it was written. */
  row: number;
  left: number;
  /** Column of each block column, by key (MONITOR_COLUMNS / SCHEDULE_COLUMNS), in block order. */
  cols: { key: string; col: number }[];
  /**
   * An indicator block: per row written, top to bottom, the indicator the row's cells are for and what the clerk had
   * typed in them (typedFor.ts). Undefined in records before 2026-12 (nothing is then compared).
   */
  rowsFor?: RowFor[];
}

/** A row of an indicator block as written (typedFor.ts): prints, PRINT_WIDTH characters each. */
export interface RowFor {
  row: number;
  /** The indicator the row's typed cells are for (its 三级指标 name). */
  indicator: string;
  /** What the row's input cells (实际完成值 …) held then. */
  typed: string;
}
