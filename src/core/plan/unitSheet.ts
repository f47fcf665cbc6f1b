/**
 * The unit-wide goals written as prose (部门整体绩效目标 in sentences), written out as a proper target table on
 * a sheet of their own, with the usual monitoring columns so the user can type actuals there.
 *
 * Lifecycle: the first run writes the sheet (content recorded as Marks.generated, monitoring cells as usual).
 * From then on checkWorkbook reads that sheet's table instead of the prose, and the plan treats it like any
 * table (its content is left as it is). Clear marks deletes the sheet, unless the user typed into it. The first run
 * already reports the written table, as read back from its cells (Plan.writtenOut, check.ts checkAsWrittenOut): what
 * the next run reads.
 */
import { checkedIndicators } from "../checked";
import { worstLight } from "../lights";
import { UNIT_TABLE_HEADER, UNIT_TABLE_NAME, proseTables, unitTableRows } from "../prose/extractProse";
import { readWorkbook } from "../read/readWorkbook";
import type { CellValue, CheckedTable, CheckResult, Diagnostic, GoalTable, WorkbookSnapshot } from "../types";
import { HEADER_STYLE, type PlanContext } from "./context";
import type { CellStyle, PlainValue } from "./types";
import { cellKey, parseA1Ranges, qualifiedAddress, quoteSheetName, sheetCell, unquoteSheetName } from "../a1";
import { cellPrint } from "./fingerprint";
import {
  leftUnfinished,
  printedCells,
  printsInOrder,
  recordOf,
  renamedSheets,
  sheetsWeMade,
  type CellSet,
} from "./marks";

export const UNIT_SHEET = UNIT_TABLE_NAME;
/**
 * Where projects' goals found in text go (a list of projects whose 绩效目标 cells hold them, 黄山 2025): one table per
 * project, under its own title and 项目名称 row, so the next run reads each project back as it read it first.
 */
export const PROJECT_SHEET = "项目绩效目标";

interface Identity {
  title: string;
  kind: GoalTable["kind"];
  name: string;
  /** The label of row 1 (项目名称 / 部门（单位）名称), "" for none. */
  label: string;
}

/**
 * What a block says its table is, as the next run reads it back (its title and the label row under it): the
 * unit-wide table ("2025年部门整体绩效目标表", 部门（单位）名称), or one project's goals ("2025年项目绩效目标表",
 * 项目名称), so a check of the checked copy reads the project it read first, not a unit-wide table 部门整体. The year
 * in the title is how the next run reads the budget year back.
 */
function identityOf(tables: GoalTable[]): Identity {
  const year = tables.find((t) => t.budgetYear)?.budgetYear ?? null;
  const prefix = year ? `${year}年` : "";
  const [only] = tables;
  if (tables.length === 1 && isProject(only))
    return { title: `${prefix}项目绩效目标表`, kind: "project", name: only.name, label: PROJECT_NAME_LABEL };
  const unitName = tables.find((t) => t.unitName)?.unitName ?? "";
  return {
    title: `${prefix}${UNIT_TABLE_NAME}表`,
    kind: "unit",
    name: UNIT_TABLE_NAME,
    label: unitName && UNIT_NAME_LABEL,
  };
}
const UNIT_NAME_LABEL = "部门（单位）名称";
const PROJECT_NAME_LABEL = "项目名称";
/** Beside a project's name, the budget its row gave (in 万元, as the check holds it). */
const BUDGET_LABEL = "年度预算（万元）";
/** Layout of a block (rows from its top): title, name, header, indicators; a blank row between blocks. */
const LAYOUT = { title: 0, unitName: 1, header: 2 };
const WIDTHS = [12, 14, 30, 16, 44];

interface UnitSheetPlan {
  /** The tables written out now (first run), to get monitoring columns like any other. */
  written: CheckedTable[];
  /** Prose tables whose indicators now live on the written sheet (no blocks of their own). */
  handled: Set<GoalTable>;
  /** What reading the written tables back says (no name, no budget year …): the next check says it too. */
  diagnostics: Diagnostic[];
}

const isProse = (t: GoalTable) => t.source === "prose" && t.indicators.length > 0;
/** One project's goals (a row of a list of projects), not unit-wide prose. */
const isProject = (t: GoalTable) => t.kind === "project" && t.name !== UNIT_TABLE_NAME;

/**
 * Where an earlier run wrote the goals found in text out (the record's generated sheet, under its name now: the
 * user may have renamed it), else null.
 */
export function writtenSheetOf(snapshot: WorkbookSnapshot): string | null {
  const generated = Object.keys(recordOf(snapshot)?.generated ?? {});
  return generated.find((sheet) => snapshot.sheets.some((s) => s.name === sheet)) ?? null;
}

/**
 * The sheet a check that did not finish (Excel refused a write batch) was writing the goals found in text out to,
 * holding only part of them and nothing of the clerk's (marks.ts leftUnfinished), else null. The next check reads the
 * goals from the text again, not from this sheet, and writes them out there again: what one check that finished writes.
 */
export function unfinishedWrittenSheet(snapshot: WorkbookSnapshot): string | null {
  const written = writtenSheetOf(snapshot);
  const sheet = snapshot.sheets.find((s) => s.name === written);
  const record = recordOf(snapshot);
  return sheet && record && leftUnfinished(record, sheet) ? sheet.name : null;
}

/** Where an earlier run wrote the goals found in text out, else where unit-wide goals would go: UNIT_SHEET. */
function unitSheetOf(snapshot: WorkbookSnapshot): string {
  return writtenSheetOf(snapshot) ?? UNIT_SHEET;
}

/** The sheet of goals found in prose (a unit's 整体绩效目标 text) written out as tables; kept as it is once made. */
export function planUnitSheet(ctx: PlanContext, check: CheckResult): UnitSheetPlan {
  const none: UnitSheetPlan = { written: [], handled: new Set(), diagnostics: [] };
  const ours = unitSheetOf(ctx.snapshot);
  const record = ctx.previous?.generated?.[ours];
  const unfinished = unfinishedWrittenSheet(ctx.snapshot) === ours;
  if (record !== undefined && ctx.contents.hasSheet(ours) && !unfinished) {
    // Read back by the check as tables of their own: keep its content record and sheet ownership.
    ctx.marks.sheets.push(ours);
    (ctx.marks.generated ??= {})[ours] = record;
    followRenamedSources(ctx, ours);
    if (ctx.addedByUnfinishedRun(ours)) setWidths(ctx, ours);
    return none;
  }
  const prose = check.tables.filter((checked) => isProse(checked.table));
  if (prose.length === 0) return none;
  // Projects' goals, each its own table on 项目绩效目标; unit-wide prose (with anything else) one table as before.
  const projects = prose.every((p) => isProject(p.table));
  const sheet = unfinished ? ours : projects ? PROJECT_SHEET : UNIT_SHEET;
  if (!unfinished && ctx.contents.hasSheet(sheet)) {
    ctx.say(
      projects
        ? `已有名为「${sheet}」的工作表，未写出由文字目标整理的项目绩效目标表。`
        : `已有名为「${sheet}」的工作表，未写出由文字目标整理的整体绩效目标表。`,
      projects
        ? `A sheet named "${sheet}" exists; the projects' goals found in the text were not written out.`
        : `A sheet named "${sheet}" exists; the unit-wide goals found in the text were not written out.`,
    );
    return none;
  }
  if (!unfinished) ctx.push("sheetsAndNames", { op: "addSheet", sheet, visibility: "visible" });
  ctx.marks.sheets.push(sheet);
  const written: CheckedTable[] = [];
  const diagnostics: Diagnostic[] = [];
  let top = 0;
  for (const group of projects ? prose.map((p) => [p]) : [prose]) {
    const table = writeTable(ctx, sheet, top, group, diagnostics);
    written.push(table);
    top = table.table.range.bottom + 2;
  }
  setWidths(ctx, sheet);
  return { written, handled: new Set(prose.map((p) => p.table)), diagnostics };
}

/** The widths of the sheet we make (set once: from then on they are the user's to change). */
const setWidths = (ctx: PlanContext, sheet: string) =>
  WIDTHS.forEach((width, col) => ctx.push("chartsAndMarks", { op: "columnWidth", sheet, col, width }));

/** One table written from row `top`: title, name row, header, the indicators of `prose` sorted by category. */
function writeTable(
  ctx: PlanContext,
  sheet: string,
  top: number,
  prose: CheckedTable[],
  diagnostics: Diagnostic[],
): CheckedTable {
  const tables = prose.map((p) => p.table);
  const { title, kind, name, label } = identityOf(tables);
  const order = unitRowOrder(tables);
  const flat = prose.flatMap(checkedIndicators);
  const rows = unitTableRows(tables).slice(1);
  const headerRow = top + LAYOUT.header;
  const written: CellValue[][] = []; // the block's cells from `top`, as the next check reads them
  const put = (row: number, col: number, value: PlainValue, style?: CellStyle) => {
    ctx.setGenerated({ sheet, row: top + row, col }, value, style);
    (written[row] ??= [])[col] = value;
  };

  put(LAYOUT.title, 0, title, { bold: true });
  if (label) {
    put(LAYOUT.unitName, 0, label, HEADER_STYLE);
    put(LAYOUT.unitName, 1, kind === "unit" ? (tables.find((t) => t.unitName)?.unitName ?? "") : name);
  }
  const first = tables[0];
  // A project's budget from its row, written beside its name: the next run reads it from here (twice = once).
  const budget = kind === "project" && first.budget !== null ? first.budget : null;
  if (budget !== null) {
    put(LAYOUT.unitName, 2, BUDGET_LABEL, HEADER_STYLE);
    put(LAYOUT.unitName, 3, budget);
  }
  UNIT_TABLE_HEADER.forEach((text, col) => put(LAYOUT.header, col, text, HEADER_STYLE));
  rows.forEach((cells, k) => cells.forEach((value, col) => put(LAYOUT.header + 1 + k, col, value)));
  const indicators = flat.map((_, k) => flat[order[k]]);
  const { table: readBack, notes } = readWritten(sheet, top, written, first.budgetYear);
  const oneForOne =
    readBack?.indicators.length === rows.length && readBack.indicators.every((i, k) => i.row === headerRow + 1 + k);
  if (readBack && oneForOne) diagnostics.push(...notes);
  const table: GoalTable =
    readBack && oneForOne
      ? readBack
      : {
          ...first,
          sheet,
          title,
          kind,
          name,
          source: "table",
          budget,
          budgetCell: budget === null ? undefined : cellKey(top + LAYOUT.unitName, 3),
          moneyUnit: "万元",
          range: { top, left: 0, bottom: headerRow + rows.length, right: UNIT_TABLE_HEADER.length - 1 },
          header: { row: headerRow, columns: { level1: 0, level2: 1, name: 2, target: 3 } },
          indicators: indicators.map((source, k) => {
            // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the prose cell's sign / unit cells do not exist here
            const { signCell, unitCell, ...indicator } = source.indicator;
            const row = headerRow + 1 + k;
            return {
              ...indicator,
              row,
              targetText: String(rows[k][3]),
              nameCell: cellKey(row, 2),
              targetCell: cellKey(row, 3),
              actual: null,
              forecast: null,
            };
          }),
        };
  const light = worstLight(prose.map((p) => p.result.light));
  return {
    table,
    result: { execution: null, light },
    results: indicators.map((c) => c.result),
    scores: null, // not a self-evaluation
    selfEvaluation: null,
  };
}

/**
 * The table written at `top`, as the next check reads it from the cells written (its name, targets as parsed there):
 * what this check reports is what the next one does. Null if the reader does not find it there.
 */
function readWritten(
  sheet: string,
  top: number,
  cells: CellValue[][],
  budgetYear: number | null,
): { table: GoalTable | null; notes: Diagnostic[] } {
  const values = Array.from(cells, (row) => Array.from(row ?? [], (v) => v ?? null));
  const snapshot: WorkbookSnapshot = { sheets: [{ name: sheet, originRow: top, originCol: 0, values, merges: [] }] };
  const read = readWorkbook(snapshot, { budgetYear: budgetYear ?? undefined });
  return { table: read.tables[0] ?? null, notes: read.diagnostics };
}

/**
 * Which indicator (in reading order, table by table) each row of unitTableRows is: the rows are sorted
 * by category, so the indicators are tagged with their index in the name column and read back.
 */
function unitRowOrder(tables: GoalTable[]): number[] {
  let k = 0;
  const tagged = tables.map((t) => ({ ...t, indicators: t.indicators.map((i) => ({ ...i, name: String(k++) })) }));
  return unitTableRows(tagged)
    .slice(1)
    .map((row) => Number(row[2]));
}

/** A 来源 text as we write it: "项目名（'表'!B12）" — the name, and the cell the goal was read from. */
const SOURCE = /^(.*（)((?:'(?:[^']|'')+'|[^'!（）]+)!)([A-Z]{1,3}\d+)）$/s;

/**
 * The 来源 cells of the unit-wide table name the cell each goal was read from. In the cells that still hold what we
 * wrote, that is kept true: a sheet the user renamed since the last run is named by its new name (as Excel renames it
 * in references), and a goal whose sentence moved (rows or columns inserted or deleted on its sheet) is named where it
 * is now — the goal of that table and name read from the prose again, when just one cell holds it. A cell the user
 * changed stays as it is. Records before the cells' prints (Marks.generatedPrints) keep all.
 */
function followRenamedSources(ctx: PlanContext, sheet: string): void {
  const previous = ctx.previous;
  if (!previous?.generatedPrints?.[sheet]) return;
  const renamed = renamedSheets(ctx.snapshot);
  let goals: Map<string, Set<string>> | undefined;
  const prints = new Map<number, string>();
  for (const { row, col, print } of printedCells(previous, sheet, "generated")) {
    if (print === undefined) continue;
    prints.set(cellKey(row, col), print);
    const value = ctx.contents.value(sheet, row, col);
    const source = typeof value === "string" ? SOURCE.exec(value) : null;
    if (!source || cellPrint(value, ctx.contents.formula(sheet, row, col)) !== print) continue;
    const from = unquoteSheetName(source[2].slice(0, -1));
    const to = renamed.get(from) ?? from;
    goals ??= proseGoals(ctx.snapshot);
    const name = ctx.contents.value(sheet, row, NAME_COL);
    const now = goals.get(goalKey(source[1].slice(0, -1), to, String(name ?? "")));
    const address = now?.size === 1 ? [...now][0] : `${quoteSheetName(to)}!${source[3]}`;
    const text = `${source[1]}${address}）`;
    if (text === value) continue;
    ctx.push("cells", { op: "setValue", cell: { sheet, row, col }, value: text });
    prints.set(cellKey(row, col), cellPrint(text, null));
  }
  ctx.generatedPrints.set(sheet, prints);
}

/** The 三级指标 column of the unit-wide table (UNIT_TABLE_HEADER). */
const NAME_COL = 2;
const goalKey = (table: string, sheet: string, name: string) => `${table}\u0000${sheet}\u0000${name}`;

/** The goals in prose as they read now: table, sheet and name → the cells (as 来源 names them) that hold one. */
function proseGoals(snapshot: WorkbookSnapshot): Map<string, Set<string>> {
  const ownSheets = sheetsWeMade(snapshot);
  const goals = new Map<string, Set<string>>();
  for (const t of proseTables(snapshot, readWorkbook(snapshot, { ownSheets }), ownSheets))
    for (const ind of t.indicators) {
      const k = goalKey(t.name, t.sheet, ind.name);
      let cells = goals.get(k);
      if (!cells) goals.set(k, (cells = new Set()));
      cells.add(qualifiedAddress(sheetCell(t.sheet, ind.targetCell)));
    }
  return goals;
}

/**
 * Store the generated cells in the marks — this run's, and an earlier run's kept as it was — with the prints of
 * those this run knows (written now, or carried over by followRenamedSources).
 */
export function recordGenerated(ctx: PlanContext, toA1: (set: CellSet) => string): void {
  for (const [sheet, set] of ctx.generated) (ctx.marks.generated ??= {})[sheet] = toA1(set);
  for (const [sheet, cells] of Object.entries(ctx.marks.generated ?? {})) {
    const prints = ctx.generatedPrints.get(sheet);
    if (!prints) continue;
    (ctx.marks.generatedPrints ??= {})[sheet] = printsInOrder(
      parseA1Ranges(cells),
      (row, col) => prints.get(cellKey(row, col)) ?? "????",
    );
  }
}
