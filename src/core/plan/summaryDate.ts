/**
 * The monitoring date the clerk typed into our summary (监控汇总's 监控时点 cell, beside our label): the workbook's own
 * date. A run given no date of its own (no --as-of, no date set in the pane) judges as of it (pipeline.ts settingsFor),
 * as the formulas do through the name 监控时点; the check says when a given date differs from it, or when it cannot be
 * read (summaryDateNotes).
 */
import { isPlausibleYear, isValidIso, serialToIso, yearOf } from "../dates";
import { parseDateText } from "../notation/text";
import { say } from "../locale/messages";
import { parseStoredSettings } from "../settings";
import { diagnostic } from "../read/diagnostic";
import type { CellRef, CellValue, Diagnostic, WorkbookSnapshot } from "../types";
import { cellPrint, matchesPrint } from "./fingerprint";
import { ourRowsNow, recordOf } from "./marks";
import { SUMMARY_WORDS } from "./words";

interface SummaryDate {
  cell: CellRef;
  /** The date it holds, or null when it holds no date the check can read (`shown` says what it holds). */
  iso: string | null;
  shown: string;
  /** The budget year a date typed without one (10月31日) was read in, said once; null when the date states its year. */
  yearAssumed: number | null;
}

const found = new WeakMap<WorkbookSnapshot, SummaryDate | null>();

/**
 * What the clerk wrote into our summary's 监控时点 cell: the cell right of our label, on the row of ours that holds it
 * (wherever their edits moved it: marks.ts ourRowsNow), when it holds something other than what we wrote there. Null
 * when there is no summary of ours, or the cell is empty or ours. Asked once per snapshot.
 */
export function summaryDate(snapshot: WorkbookSnapshot): SummaryDate | null {
  let date = found.get(snapshot);
  if (date === undefined) found.set(snapshot, (date = findSummaryDate(snapshot)));
  return date;
}

const LABELS = new Set(Object.values(SUMMARY_WORDS.asOf));
const YEAR_LABELS = new Set(Object.values(SUMMARY_WORDS.year));

function findSummaryDate(snapshot: WorkbookSnapshot): SummaryDate | null {
  const marks = recordOf(snapshot);
  if (!marks) return null;
  const records = [marks, ...(marks.earlier ? [marks.earlier] : [])];
  // The summary: a sheet we made that is no table we wrote out (the unit-wide table's sheet is: Marks.generated).
  for (const sheet of snapshot.sheets) {
    if (!records.some((m) => m.sheets.includes(sheet.name) && m.generated?.[sheet.name] === undefined)) continue;
    const { prints } = ourRowsNow(records, sheet.name, sheet);
    const at = (row: number, col: number) => ({
      value: sheet.values[row - sheet.originRow]?.[col - sheet.originCol] ?? null,
      formula: sheet.formulas?.[row - sheet.originRow]?.[col - sheet.originCol] ?? null,
    });
    const ours = (row: number, col: number) => {
      const { value, formula } = at(row, col);
      const known = prints.get(row)!;
      return matchesPrint(cellPrint(value, formula), value, formula, (p) => known.has(p));
    };
    const rows = [...prints.keys()].sort((a, b) => a - b);
    /**
     * The cell right of one of our `labels` on a row of ours: in the first column, or where a column the clerk inserted
     * left of it moved it (summary.ts summaryColumns). Null when there is none.
     */
    const besideOurLabel = (labels: ReadonlySet<string>) => {
      for (const row of rows)
        for (let col = 0; col < (sheet.values[row - sheet.originRow]?.length ?? 0) + sheet.originCol; col++) {
          const label = at(row, col).value;
          if (typeof label === "string" && labels.has(label) && ours(row, col)) return { row, col: col + 1 };
        }
      return null;
    };
    const found = besideOurLabel(LABELS);
    if (found === null) continue;
    const { row, col } = found;
    const { value } = at(row, col);
    if (value === null || value === "" || ours(row, col)) return null;
    const cell = { sheet: sheet.name, row, col };
    const iso = dateOf(value, snapshot.date1904);
    if (iso !== null || typeof value !== "string") return { cell, iso, shown: shownOf(value), yearAssumed: null };
    // 10月31日, no year: the clerk means the budget year's — the one our summary states under it (预算年度), else the
    // one set in the workbook's settings. Read in it, and said.
    const yearCell = besideOurLabel(YEAR_LABELS);
    const year =
      summaryYear(yearCell === null ? null : at(yearCell.row, yearCell.col).value) ??
      parseStoredSettings(snapshot.settings).budgetYear ??
      null;
    const inYear = year === null ? null : parseDateText(value.trim(), year);
    return { cell, iso: inYear, shown: shownOf(value), yearAssumed: inYear === null ? null : year };
  }
  return null;
}

/** A date as a clerk types one: a date cell (an Excel serial), or date text (2024-10-31, 2024年10月31日, 2024/10/31). */
function dateOf(value: CellValue, date1904?: boolean): string | null {
  let iso: string | null = null;
  if (typeof value === "number") iso = serialToIso(value, date1904);
  else if (typeof value === "string") {
    const text = value.trim();
    iso = /^\d{4}-\d{2}-\d{2}$/.test(text) ? (isValidIso(text) ? text : null) : parseDateText(text);
  }
  return iso !== null && isPlausibleYear(yearOf(iso)) ? iso : null;
}

/** A budget year as our summary writes it (2025), or as a clerk may retype it (2025年, 2025年度). */
function summaryYear(value: CellValue): number | null {
  const m = /^(\d{4})年?度?$/.exec(String(value ?? "").trim());
  const year = m ? Number(m[1]) : NaN;
  return isPlausibleYear(year) ? year : null;
}

function shownOf(value: CellValue): string {
  if (value !== null && typeof value === "object") return value.error;
  return String(value).trim();
}

/**
 * What the check says of the clerk's date: that it was not used, the run having been given another date; or that it
 * is no date, and the check was judged as of `asOf` instead. One line each, on the cell; warnings, so the pane shows
 * them (it leaves out notes).
 */
export function summaryDateNotes(snapshot: WorkbookSnapshot, asOf: string): Diagnostic[] {
  const typed = summaryDate(snapshot);
  if (!typed) return [];
  if (typed.iso === asOf)
    return typed.yearAssumed === null
      ? []
      : [
          diagnostic(
            typed.cell,
            "warning",
            say("asof.summary-year-assumed", { shown: typed.shown, year: typed.yearAssumed, asOf }),
          ),
        ];
  // Only a run given a date has one "specified"; the date the pane saved wins too (pipeline.ts settingsFor).
  const from = parseStoredSettings(snapshot.settings).asOf === asOf ? "saved" : "given";
  return [
    typed.iso === null
      ? diagnostic(typed.cell, "warning", say("asof.summary-unreadable", { shown: typed.shown, asOf }))
      : diagnostic(typed.cell, "warning", say("asof.summary-overridden", { typed: typed.iso, asOf, from })),
  ];
}
