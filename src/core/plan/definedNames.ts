/**
 * Whose each defined name (公式 → 名称管理器) is, and the name our formulas read the monitoring date through.
 *
 * The clerk may have a name 监控时点 of their own (监控时点 = 封面!$B$2, their date, read by their formulas), at the
 * workbook's scope or a sheet's: it is theirs, and neither a check nor Clear marks re-points or deletes it. A name is
 * ours only while our record lists it AND it still points into a sheet we made (the summary; or at #REF!, once the
 * clerk deleted that sheet) — the record alone is not trusted, as for cells: the clerk may have deleted ours and
 * defined their own since.
 *
 * Our formulas read the date through a name of ours rather than the summary cell itself, so the formulas earlier
 * versions wrote (…,监控时点,…) stay as they were, and the clerk can use the name in formulas of their own as the
 * functions' help says. When 监控时点 is the clerk's, ours is 监控时点_2 (the first of _2, _3 … no name uses, at any
 * scope), kept from then on (their formulas may use it), and the check says so in one line.
 *
 * With no record left at all (the clerk deleted our record sheet, and our summary with it), a workbook name 监控时点
 * that points at nothing — wholly #REF!, its sheet deleted, as Excel and WPS leave a name that was one reference to it
 * — is taken as ours and pointed at the new summary's date (said in one line): it reads nothing the clerk could lose,
 * and our formulas left on the tables name it. Taking it for theirs made 监控时点_2 and left those formulas at #REF!.
 */
import { parseA1Range, unquoteSheetName } from "../a1";
import { DATE1904_OFFSET } from "../dates";
import type { DefinedName, WorkbookSnapshot } from "../types";
import type { Marks } from "./types";
import { AS_OF_NAME, SUMMARY_SHEET, SUMMARY_WORDS } from "./words";

const NUMBERED = new RegExp(`^${AS_OF_NAME}_([2-9]|[1-9]\\d+)$`);

/** A name the add-in may define: 监控时点, or 监控时点_2, _3 … beside the clerk's own 监控时点. */
export const isAsOfName = (name: string): boolean => name === AS_OF_NAME || NUMBERED.test(name);

/** Excel's names are case-insensitive (监控时点_2 has no case, but a record is compared as Excel would). */
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The sheet a reference such as '监控汇总'!$B$3 or =监控汇总!$B$3 points into (null: none, or not a reference). */
function sheetOfReference(refersTo: string): string | null {
  const m = /^=?('(?:[^']|'')+'|[^'!=]+)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/i.exec(refersTo.trim());
  return m ? unquoteSheetName(m[1]) : null;
}

/** The cell a reference such as '监控汇总'!$B$3 starts at, on its sheet (null: not a reference to cells). */
function cellOfReference(refersTo: string): { sheet: string; row: number; col: number } | null {
  const sheet = sheetOfReference(refersTo);
  const range = sheet === null ? null : parseA1Range(refersTo.trim().slice(refersTo.trim().lastIndexOf("!") + 1));
  return sheet === null || range === null ? null : { sheet, row: range.top, col: range.left };
}

/** A name wholly #REF! (=#REF!, or #REF!$B$3 with the address kept): it was one reference, to a sheet since deleted. */
const pointsAtNothing = (n: DefinedName): boolean =>
  /^=?#REF!(?:\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)?$/i.test(n.refersTo.trim());

export class WorkbookNames {
  private readonly recorded: string[];
  private readonly made: Set<string>;
  /** No record of ours is left (or there never was one): whose a name is cannot be read from it. */
  private readonly unrecorded: boolean;
  private chosen?: string;
  /** The name pointing at nothing this check takes back (no record left): said in one line. */
  private orphan?: string;

  constructor(
    private readonly snapshot: WorkbookSnapshot,
    records: Marks[],
  ) {
    this.recorded = [...new Set(records.flatMap((m) => m.names))].filter(isAsOfName);
    this.made = new Set(records.flatMap((m) => m.sheets));
    this.unrecorded = records.length === 0;
    if (records.length === 0)
      this.orphan = snapshot.names?.find(
        (n) => n.sheet === undefined && isAsOfName(n.name) && pointsAtNothing(n),
      )?.name;
  }

  /**
   * Ours: our record lists it, and it is workbook-scoped and points into a sheet we made (or at #REF!). A host that
   * read no names: every name the record lists (what every version did before 2026-12).
   */
  ours(name: string): boolean {
    if (this.orphan !== undefined && same(this.orphan, name)) return true;
    if (!this.recorded.some((r) => same(r, name))) return false;
    if (!this.snapshot.names) return true;
    const found = this.snapshot.names.find((n) => n.sheet === undefined && same(n.name, name));
    if (!found) return false;
    if (found.refersTo.includes("#REF!")) return true;
    const sheet = sheetOfReference(found.refersTo);
    return sheet !== null && this.made.has(sheet);
  }

  /** The clerk's names spelled `name`, at any scope. */
  theirs(name: string): DefinedName[] {
    return (this.snapshot.names ?? []).filter((n) => same(n.name, name) && !(n.sheet === undefined && this.ours(name)));
  }

  /** The name our formulas read the date through: ours that is there, else the first no name of the clerk's uses. */
  asOfName(): string {
    if (this.chosen !== undefined) return this.chosen;
    const number = (name: string) => (name === AS_OF_NAME ? 1 : Number(NUMBERED.exec(name)![1]));
    const there = this.recorded.filter((name) => this.ours(name)).sort((a, b) => number(a) - number(b));
    if (there.length > 0) return (this.chosen = there[0]);
    if (this.orphan !== undefined) return (this.chosen = this.orphan);
    const candidate = (i: number) => (i === 1 ? AS_OF_NAME : `${AS_OF_NAME}_${i}`);
    for (let i = 1; ; i++) if (this.theirs(candidate(i)).length === 0) return (this.chosen = candidate(i));
  }

  /**
   * The monitoring date as our PERF.* formulas pass it. The functions get a bare serial and read it in the 1900 date
   * system (they cannot ask the workbook); in a 1904 workbook the summary's date is 1462 lower, so the argument adds
   * that back: 监控时点+1462 (Excel's own MONTH(监控时点) needs no such help). Formulas of older copies keep the bare
   * name and keep working; a check rewrites ours.
   */
  asOfArg(): string {
    return this.snapshot.date1904 ? `${this.asOfName()}+${DATE1904_OFFSET}` : this.asOfName();
  }

  /** The name points into a sheet named as our summary, at a cell with our 监控时点 label left of it (its layout). */
  private besideOurLabel(refersTo: string): boolean {
    const at = cellOfReference(refersTo);
    if (at === null || at.sheet !== SUMMARY_SHEET.zh || at.col === 0) return false;
    const sheet = this.snapshot.sheets.find((x) => x.name === at.sheet);
    const label = sheet?.values[at.row - sheet.originRow]?.[at.col - 1 - sheet.originCol];
    return typeof label === "string" && Object.values(SUMMARY_WORDS.asOf).includes(label.trim());
  }

  /**
   * The one line a check says when 监控时点 is the clerk's and ours has another name, or when a name pointing at
   * nothing is taken back (null: it is ours, or free).
   */
  note(): { zh: string; en: string } | null {
    const ours = this.asOfName();
    if (ours === this.orphan)
      return {
        zh: `名称“${ours}”指向的工作表已被删除（#REF!），本工具的记录也已不在；它已改为指向新建的汇总表中的监控时点，工作表中用到它的公式随之恢复。`,
        en: `The name "${ours}" pointed at a deleted sheet (#REF!) and the add-in's record is gone too; it now points at the monitoring date in the new summary sheet, and formulas using it work again.`,
      };
    const theirs = this.theirs(AS_OF_NAME);
    if (ours === AS_OF_NAME || theirs.length === 0) return null;
    const where = (on: (sheet: string) => string) =>
      theirs.map((n) => (n.sheet === undefined ? "" : on(n.sheet))).join("");
    // Pointing into a sheet named as our summary, beside our 监控时点 label, with no record left (our record sheet
    // deleted): maybe an earlier check's, maybe theirs — not said to be theirs, only kept as such. Without our label
    // (the clerk's own 监控汇总 from before any check) nothing there is ours: theirs, as any other.
    const summary = theirs.find((n) => n.sheet === undefined && this.besideOurLabel(n.refersTo));
    if (this.unrecorded && summary)
      return {
        zh: `名称“${AS_OF_NAME}”指向「${SUMMARY_SHEET.zh}」，但本工具的记录已不在，无法确认是本工具所设：按您的名称保留未改动；本工具的公式改用名称“${ours}”读取汇总表中的监控时点。`,
        en: `The name "${AS_OF_NAME}" points into "${SUMMARY_SHEET.zh}", but the add-in's record is gone, so whether the add-in set it cannot be told: it was kept as yours; the add-in's formulas read the summary's monitoring date through the name "${ours}" instead.`,
      };
    return {
      zh: `名称“${AS_OF_NAME}”${where((sheet) => `（「${sheet}」内）`)}是您定义的，未改动；本工具的公式改用名称“${ours}”读取汇总表中的监控时点。`,
      en: `The name "${AS_OF_NAME}"${where((sheet) => ` (on sheet "${sheet}")`)} is yours and was left as it is; the add-in's formulas read the summary's monitoring date through the name "${ours}" instead.`,
    };
  }
}
