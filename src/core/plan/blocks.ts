/** The monitoring columns beside an indicator block and beside a project's spending schedule. */
import { columnLetters, rangeToA1 } from "../a1";
import { monthOf } from "../dates";
import { roundedNumber } from "../numbers";
import type { CellRange, CellRef, CheckedTable, GoalTable, Indicator } from "../types";
import { HEADER_STYLE, type BlockCell, type PlanContext } from "./context";
import { arrayConstant, call, cellRange, refFrom, stringLiteral } from "./formulas";
import {
  AS_OF_NAME,
  HIGHLIGHTS,
  LIGHT_WORDS,
  MONITOR_COLUMNS,
  PERCENT_FORMAT,
  SCHEDULE_COLUMNS,
  STATUS_WORDS,
} from "./words";

/** Where a table's monitoring block went: the cells the summary sheet refers to. */
export interface IndicatorBlock {
  sheet: string;
  /** Column of the 预警 cells and the rows of the indicators. */
  lightCol: number;
  rows: number[];
}

export interface ScheduleBlock {
  spent: CellRef;
  rate: CellRef;
  planned: CellRef;
  light: CellRef;
}

const tableLabel = (table: GoalTable) => table.name || table.title || table.sheet;

/** Table columns that already play the role of one of ours (and are not ours from an earlier run). */
function existingColumn(ctx: PlanContext, table: GoalTable, key: string): number | undefined {
  const col = table.header.columns[key as keyof GoalTable["header"]["columns"]];
  if (col === undefined) return undefined;
  return ctx.wasMarked({ sheet: table.sheet, row: table.header.row, col }) ? undefined : col;
}

export function planIndicatorBlock(ctx: PlanContext, checked: CheckedTable): IndicatorBlock | null {
  const { table } = checked;
  // Monitoring columns need one indicator per row; indicators read out of one paragraph (unit goals in prose) share a row.
  const perRow = new Map<number, number>();
  for (const i of table.indicators) perRow.set(i.row, (perRow.get(i.row) ?? 0) + 1);
  const oneARow = checked.indicators.filter((c) => perRow.get(c.indicator.row) === 1);
  const indicators = oneARow.map((c) => c.indicator);
  if (indicators.length === 0) return null;
  const sheet = table.sheet;
  const columns = MONITOR_COLUMNS.filter(
    (c) => c.role === "computed" || existingColumn(ctx, table, c.key) === undefined,
  );
  const rows = indicators.map((i) => i.row);
  const headerRow = table.header.row;
  const cells: BlockCell[] = columns.flatMap((c, offset) => [
    { row: headerRow, offset, role: "computed" as const },
    ...rows.map((row) => ({ row, offset, role: c.role })),
  ]);
  const start = ctx.contentRight(sheet, table.range) + 1;
  const left = ctx.place(sheet, start, cells);
  if (left < 0) {
    ctx.say(
      `表「${tableLabel(table)}」右侧没有空列，未添加监控列。`,
      `No free columns right of "${tableLabel(table)}"; monitoring columns not added.`,
    );
    return null;
  }
  if (left !== start)
    ctx.say(
      `表「${tableLabel(table)}」右侧的列已有内容，监控列放在 ${columnLetters(left)} 列起。`,
      `Columns right of "${tableLabel(table)}" are not empty; monitoring columns start at column ${columnLetters(left)}.`,
    );
  const colOf = (key: string) => {
    const i = columns.findIndex((c) => c.key === key);
    return i < 0 ? undefined : left + i;
  };
  columns.forEach((c, offset) => {
    const col = left + offset;
    const header: CellRef = { sheet, row: headerRow, col };
    if (c.role === "input") ctx.inputCells(sheet, header, rows, col, c.header[ctx.lang], c.list);
    else ctx.setValue(header, c.header[ctx.lang], HEADER_STYLE);
  });
  const statusCol = colOf("status") as number;
  const lightCol = colOf("light") as number;
  oneARow.forEach(({ indicator, result: judged }) => {
    const row = indicator.row;
    const actual = actualCell(table, indicator, colOf("actual"));
    const args = [
      targetArg(indicator),
      actual ? refFrom(sheet, actual) : '""',
      AS_OF_NAME,
      typeArg(ctx, table, indicator),
    ];
    if (ctx.lang === "en") args.push('"en"');
    const status = STATUS_WORDS[judged.status][ctx.lang];
    const light = LIGHT_WORDS[judged.light][ctx.lang];
    const statusCell = { sheet, row, col: statusCol };
    ctx.setComputed(statusCell, call("PERF.STATUS", args), status);
    ctx.setComputed({ sheet, row, col: lightCol }, call("PERF.LIGHT", args), light);
    if (judged.why && (judged.light === "red" || judged.light === "yellow" || judged.light === "blue"))
      ctx.note(statusCell, judged.why);
  });
  highlightIndicators(ctx, table.sheet, indicators, statusCol, lightCol);
  return { sheet, lightCol, rows };
}

/** Our input cell, else the table's own actual column (e.g. "1-7月完成值"). */
function actualCell(table: GoalTable, indicator: Indicator, ourCol: number | undefined): CellRef | null {
  if (ourCol !== undefined) return { sheet: table.sheet, row: indicator.row, col: ourCol };
  if (indicator.actual) return indicator.actual.cell;
  const col = table.header.columns.actual;
  return col === undefined ? null : { sheet: table.sheet, row: indicator.row, col };
}

/** The target cell, or the sign / value / unit cells when they sit side by side in that order. */
function targetArg(indicator: Indicator): string {
  const t = indicator.targetCell;
  const parts = [indicator.signCell, t, indicator.unitCell].filter((c): c is CellRef => !!c && c.row === t.row);
  const cols = parts.map((c) => c.col).sort((a, b) => a - b);
  const contiguous = cols.every((c, i) => i === 0 || c === cols[i - 1] + 1);
  if (parts.length > 1 && contiguous && (!indicator.signCell || indicator.signCell.col < t.col))
    return rangeToA1({ top: t.row, left: cols[0], bottom: t.row, right: cols[cols.length - 1] });
  return rangeToA1(cellRange(t));
}

/**
 * The 一级/二级/三级 cells of the row (a range, short and live). Blank continuation cells of a merged
 * 一级 column are left out (二级 + 三级 say enough for the direction); when 二级 is blank too, the texts
 * the reader carried down go in as an array constant.
 */
function typeArg(ctx: PlanContext, table: GoalTable, indicator: Indicator): string {
  const { level1, level2, name } = table.header.columns;
  const row = indicator.row;
  const filled = (col: number | undefined) => col !== undefined && ctx.hasContent(table.sheet, row, col);
  if (level2 !== undefined && name === level2 + 1 && filled(level2) && filled(name)) {
    const left = level1 === level2 - 1 && filled(level1) ? level1 : level2;
    return rangeToA1({ top: row, left, bottom: row, right: name });
  }
  return arrayConstant([indicator.level1, indicator.level2, indicator.name]);
}

/** Red / yellow / blue fills on target and status cells, keyed on the 预警 cell of the row. */
function highlightIndicators(
  ctx: PlanContext,
  sheet: string,
  indicators: Indicator[],
  statusCol: number,
  lightCol: number,
): void {
  for (const run of rowRuns(indicators)) {
    const targetRange: CellRange = { top: run.top, left: run.col, bottom: run.bottom, right: run.col };
    const ours: CellRange = { top: run.top, left: statusCol, bottom: run.bottom, right: lightCol };
    for (const light of ["red", "yellow", "blue"] as const)
      ctx.rowHighlight(sheet, [targetRange, ours], lightCol, HIGHLIGHTS[light]);
  }
}

/** Consecutive indicator rows with their target in the same column. */
function rowRuns(indicators: Indicator[]): { top: number; bottom: number; col: number }[] {
  const runs: { top: number; bottom: number; col: number }[] = [];
  for (const i of [...indicators].sort((a, b) => a.row - b.row)) {
    const last = runs[runs.length - 1];
    if (last && i.row === last.bottom + 1 && i.targetCell.col === last.col) last.bottom = i.row;
    else runs.push({ top: i.row, bottom: i.row, col: i.targetCell.col });
  }
  return runs;
}

// ───────────── schedule ─────────────

export function planScheduleBlock(ctx: PlanContext, checked: CheckedTable, asOf: string): ScheduleBlock | null {
  const { table, result } = checked;
  const sheet = table.sheet;
  const checkpoints = table.schedule.filter((cp) => !ctx.wasMarked(cp.labelCell) && !ctx.wasMarked(cp.percentCell));
  if (checkpoints.length === 0) return null;
  const headerRow = checkpoints[0].labelCell.row;
  const valueRow = checkpoints[0].percentCell.row;
  if (valueRow <= headerRow) return null;
  const existingSpent = table.spent && !ctx.wasMarked(table.spent.cell) ? table.spent.cell : null;
  const columns = SCHEDULE_COLUMNS.filter((c) => c.key !== "spent" || !existingSpent);
  const cells: BlockCell[] = columns.flatMap((c, offset) => [
    { row: headerRow, offset, role: "computed" as const },
    { row: valueRow, offset, role: c.role },
  ]);
  const start = ctx.contentRight(sheet, table.range) + 1;
  const left = ctx.place(sheet, start, cells);
  if (left < 0) return null;
  const at = (key: string): CellRef => ({ sheet, row: valueRow, col: left + columns.findIndex((c) => c.key === key) });
  columns.forEach((c, offset) => {
    const header: CellRef = { sheet, row: headerRow, col: left + offset };
    const text = c.header[ctx.lang].replace("{unit}", table.moneyUnit);
    if (c.role === "input") ctx.inputColumn(sheet, header, cellRange({ row: valueRow, col: left + offset }), text);
    else ctx.setValue(header, text, HEADER_STYLE);
  });

  const spent = existingSpent ?? at("spent");
  const exec = result.execution;
  const labels = rangeToA1(spanOf(checkpoints.map((c) => c.labelCell)));
  const percents = rangeToA1(spanOf(checkpoints.map((c) => c.percentCell)));
  const budget = table.budgetCell ? refFrom(sheet, table.budgetCell) : '""';
  const spentRef = refFrom(sheet, spent);
  const rate = at("rate");
  const planned = at("planned");
  const light = at("light");
  const pct = { numberFormat: PERCENT_FORMAT };
  ctx.setComputed(rate, call("PERF.EXECRATE", [spentRef, budget]), exec ? exec.rate / 100 : "", pct);
  ctx.setComputed(planned, call("PERF.PLANNED", [labels, percents, AS_OF_NAME]), exec ? exec.planned / 100 : "", pct);
  ctx.setComputed(at("time"), `MONTH(${AS_OF_NAME})/12`, monthOf(asOf) / 12, pct);
  const status = at("status");
  ctx.setComputed(
    status,
    call("PERF.SCHEDULE", [labels, percents, spentRef, budget, AS_OF_NAME]),
    exec ? STATUS_WORDS[exec.status][ctx.lang] : "",
  );
  ctx.setComputed(
    light,
    executionLightFormula(ctx, rangeToA1(cellRange(rate)), rangeToA1(cellRange(planned))),
    exec ? LIGHT_WORDS[exec.light][ctx.lang] : "",
  );
  if (exec && (exec.light === "red" || exec.light === "yellow"))
    ctx.note(status, executionWhy(ctx, exec.rate, exec.planned, exec.lag));

  // Highlight the planned percentages and our status cells when the project lags (keyed on the row's 进度预警 cell).
  const scheduleRange = spanOf(checkpoints.map((c) => c.percentCell));
  const oursRange: CellRange = { top: valueRow, left: status.col, bottom: valueRow, right: light.col };
  for (const l of ["red", "yellow"] as const)
    ctx.rowHighlight(sheet, [scheduleRange, oursRange], light.col, HIGHLIGHTS[l]);
  return { spent, rate, planned, light };
}

/** Execution light from rate and planned progress with the 60 / 80 bands, in plain Excel (no add-in needed). */
function executionLightFormula(ctx: PlanContext, rate: string, planned: string): string {
  const bands = ctx.options.bands ?? { red: 60, yellow: 80 };
  const w = (l: "red" | "yellow" | "green") => stringLiteral(LIGHT_WORDS[l][ctx.lang]);
  const v = `${rate}/${planned}*100`;
  return `IFERROR(IF(OR(${rate}="",${planned}=""),"",IF(${planned}<=0,${w("green")},IF(${v}<${bands.red},${w("red")},IF(${v}<${bands.yellow},${w("yellow")},${w("green")})))),"")`;
}

function executionWhy(ctx: PlanContext, rate: number, planned: number, lag: number): string {
  const f = (n: number) => roundedNumber(n);
  return ctx.lang === "en"
    ? `Execution ${f(rate)}%, planned ${f(planned)}%, behind by ${f(lag)} points`
    : `执行率 ${f(rate)}%，计划进度 ${f(planned)}%，滞后 ${f(lag)} 个百分点`;
}

function spanOf(cells: CellRef[]): CellRange {
  return {
    top: Math.min(...cells.map((c) => c.row)),
    left: Math.min(...cells.map((c) => c.col)),
    bottom: Math.max(...cells.map((c) => c.row)),
    right: Math.max(...cells.map((c) => c.col)),
  };
}
