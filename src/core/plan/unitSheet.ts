/**
 * The unit-wide goals written as prose (部门整体绩效目标 in sentences), written out as a proper target table on
 * a sheet of their own, with the usual monitoring columns so the user can type actuals there.
 *
 * Lifecycle: the first run writes the sheet (content recorded as Marks.generated, monitoring cells as usual).
 * From then on checkWorkbook reads that sheet's table instead of the prose, and the plan treats it like any
 * table (its content is left as it is). Clear marks deletes the sheet, unless the user typed into it.
 */
import { checkedIndicators } from "../checked";
import { worstLight } from "../lights";
import { UNIT_TABLE_HEADER, UNIT_TABLE_NAME, proseTables, unitTableRows } from "../prose/extractProse";
import { readWorkbook } from "../read/readWorkbook";
import type { CheckedIndicator, CheckedTable, CheckResult, GoalTable, WorkbookSnapshot } from "../types";
import { HEADER_STYLE, type PlanContext } from "./context";
import { cellKey, parseA1Ranges, qualifiedAddress, quoteSheetName, sheetCell } from "../a1";
import { cellPrint } from "./fingerprint";
import { printedCells, printsInOrder, recordOf, renamedSheets, sheetsWeMade, type CellSet } from "./marks";

export const UNIT_SHEET = UNIT_TABLE_NAME;
/**
 * What the sheet says the table is, as the next run reads it back (its title and the label row under it): the
 * unit-wide table ("2025年部门整体绩效目标表", 部门（单位）名称), or — one project's goals listed in its cell (黄山) —
 * that project ("2025年项目绩效目标表", 项目名称), so a check of the checked copy reads the project it read first, not a
 * unit-wide table 部门整体. The year in the title is how the next run reads the budget year back.
 */
function identityOf(tables: GoalTable[]): { title: string; kind: GoalTable["kind"]; name: string; label: string } {
  const year = tables.find((t) => t.budgetYear)?.budgetYear ?? null;
  const prefix = year ? `${year}年` : "";
  const [only] = tables;
  if (tables.length === 1 && only.kind === "project" && only.name !== UNIT_TABLE_NAME)
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
/** Layout (0-based rows): title, unit name, header, indicators. */
const LAYOUT = { title: 0, unitName: 1, header: 2 };
const WIDTHS = [12, 14, 30, 16, 44];

export interface UnitSheetPlan {
  /** The table written out now (first run), to get monitoring columns like any other. */
  written: CheckedTable | null;
  /** Prose tables whose indicators now live on the unit sheet (no blocks of their own). */
  handled: Set<GoalTable>;
}

const isProse = (t: GoalTable) => t.source === "prose" && t.indicators.length > 0;

/**
 * Where an earlier run wrote the unit-wide table out (the record's generated sheet, under its name now: the
 * user may have renamed it), else where this run would: UNIT_SHEET.
 */
export function unitSheetOf(snapshot: WorkbookSnapshot): string {
  const generated = Object.keys(recordOf(snapshot)?.generated ?? {});
  return generated.find((sheet) => snapshot.sheets.some((s) => s.name === sheet)) ?? UNIT_SHEET;
}

export function planUnitSheet(ctx: PlanContext, check: CheckResult): UnitSheetPlan {
  const none: UnitSheetPlan = { written: null, handled: new Set() };
  const ours = unitSheetOf(ctx.snapshot);
  const record = ctx.previous?.generated?.[ours];
  if (record !== undefined && ctx.contents.hasSheet(ours)) {
    // Read back by the check as a table of its own: keep its content record and sheet ownership.
    ctx.marks.sheets.push(ours);
    (ctx.marks.generated ??= {})[ours] = record;
    followRenamedSources(ctx, ours);
    return none;
  }
  const prose = check.tables.filter((checked) => isProse(checked.table));
  if (prose.length === 0) return none;
  if (ctx.contents.hasSheet(UNIT_SHEET)) {
    ctx.say(
      `已有名为「${UNIT_SHEET}」的工作表，未写出由文字目标整理的整体绩效目标表。`,
      `A sheet named "${UNIT_SHEET}" exists; the unit-wide goals found in the text were not written out.`,
    );
    return none;
  }
  return { written: writeUnitSheet(ctx, prose), handled: new Set(prose.map((p) => p.table)) };
}

function writeUnitSheet(ctx: PlanContext, prose: CheckedTable[]): CheckedTable {
  const sheet = UNIT_SHEET;
  ctx.push("sheetsAndNames", { op: "addSheet", sheet, visibility: "visible" });
  ctx.marks.sheets.push(sheet);
  const tables = prose.map((p) => p.table);
  const { title, kind, name, label } = identityOf(tables);
  const order = unitRowOrder(tables);
  const flat = prose.flatMap(checkedIndicators);
  const rows = unitTableRows(tables).slice(1);
  const at = (row: number, col: number) => ({ sheet, row, col });

  ctx.setGenerated(at(LAYOUT.title, 0), title, { bold: true });
  if (label) {
    ctx.setGenerated(at(LAYOUT.unitName, 0), label, HEADER_STYLE);
    ctx.setGenerated(at(LAYOUT.unitName, 1), kind === "unit" ? (tables.find((t) => t.unitName)?.unitName ?? "") : name);
  }
  UNIT_TABLE_HEADER.forEach((text, col) => ctx.setGenerated(at(LAYOUT.header, col), text, HEADER_STYLE));
  const checked: CheckedIndicator[] = [];
  rows.forEach((cells, k) => {
    const row = LAYOUT.header + 1 + k;
    cells.forEach((value, col) => ctx.setGenerated(at(row, col), value));
    const source = flat[order[k]];
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the prose cell's sign / unit cells do not exist here
    const { signCell, unitCell, ...indicator } = source.indicator;
    checked.push({
      ...source,
      indicator: {
        ...indicator,
        row,
        targetText: String(cells[3]),
        nameCell: cellKey(row, 2),
        targetCell: cellKey(row, 3),
        actual: null,
        forecast: null,
      },
    });
  });
  WIDTHS.forEach((width, col) => ctx.push("chartsAndMarks", { op: "columnWidth", sheet, col, width }));
  const first = tables[0];
  const table: GoalTable = {
    ...first,
    sheet,
    title,
    kind,
    name,
    source: "table",
    range: { top: LAYOUT.title, left: 0, bottom: LAYOUT.header + rows.length, right: UNIT_TABLE_HEADER.length - 1 },
    header: { row: LAYOUT.header, columns: { level1: 0, level2: 1, name: 2, target: 3 } },
    indicators: checked.map((c) => c.indicator),
  };
  const light = worstLight(prose.map((p) => p.result.light));
  return {
    table,
    result: { execution: null, light },
    results: checked.map((c) => c.result),
    scores: null, // not a self-evaluation
    selfEvaluation: null,
  };
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
    const from = unquoteSheet(source[2].slice(0, -1));
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

const unquoteSheet = (prefix: string) => prefix.replace(/^'(.*)'$/s, (_, q: string) => q.replace(/''/g, "'"));

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
