/**
 * Carry a plan out in the open workbook, batched: cell writes are grouped into rectangles (one
 * `formulas` assignment per block, not per cell), calculation and screen updating are suspended,
 * and the whole write is ONE context.sync() unless the estimated request would pass Excel on the
 * web's 5 MB limit — then it is split into as few syncs as that needs.
 */
import { cellCount } from "../../core/a1";
import { cellWriteRun, sheetWrites, writeAt, type CellWrite, type SheetWrites } from "../../core/plan/cellWrites";
import { columnWidthPoints } from "../../core/plan/columnWidth";
import type { CellRange } from "../../core/types";
import { KeptLooks, partOfOurLook, rulesToRemove } from "../../core/plan/ourRules";
import {
  ourStill,
  type CellStyle,
  type Highlight,
  type PlainValue,
  type Plan,
  type PlanOp,
} from "../../core/plan/types";
import { localAddress, rangesOfAddress } from "./address";
import { ACTION, PATH, REQUEST_BUDGET, bytes } from "./payload";
import type { ExcelReading, RuleLook } from "./read";
import { NO_SOURCE_STRING, queueSource, seriesSourcesSupported, sourceAt, type SourceRead } from "./seriesSources";
import { followsOurColumn, pickOurSeries, seriesOverCopy } from "../../core/plan/summary";
import { isPlannedChartTitle, ourSeriesSpellings } from "../../core/plan/words";

/** Stay 10 % below the 5 MB request limit of Excel on the web (the request model: ./payload). */
const PAYLOAD_BUDGET = REQUEST_BUDGET;
const COMMAND_OVERHEAD = ACTION + PATH;
/** Areas per multi-area range (getRanges address). */
const MAX_AREAS = 60;

export interface WriteStats {
  syncs: number;
  /** Estimated request size of each sync, bytes. */
  payloads: number[];
  /** Charts of ours found to hold only our series once our columns were emptied, and removed (settleDoubtfulCharts). */
  emptied?: DoubtfulChart[];
}

type DoubtfulChart = Extract<PlanOp, { op: "removeChartIfEmptied" }>;

/** Write the plan's ops through Office.js in batches kept under the request size limit. */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: Plan,
  reading: ExcelReading,
  notesSupported: boolean,
  /** Request bytes per sync (tests make it small to get many batches). */
  budget = PAYLOAD_BUDGET,
): Promise<WriteStats> {
  const stats: WriteStats = { syncs: 0, payloads: [] };
  const sheets = new Set(reading.sheetNames);
  let payload = 0;
  const begin = () => {
    // Both suspensions last until the next sync, so they are set again for every batch.
    context.application.suspendApiCalculationUntilNextSync();
    context.application.suspendScreenUpdatingUntilNextSync();
    payload = 2 * COMMAND_OVERHEAD;
  };
  const spend = async (bytes: number) => {
    if (payload + bytes > budget && payload > 2 * COMMAND_OVERHEAD) {
      await flush();
      begin();
    }
    payload += bytes;
  };
  const flush = async () => {
    await context.sync();
    stats.syncs++;
    stats.payloads.push(payload);
  };
  const ws = (name: string) => context.workbook.worksheets.getItem(name);
  const charts: ChartLooks = new Map();
  const looks = await lookOfOurHeaders(context, plan, sheets, stats, reading, charts);
  const ruleAreas = await areasOfRulesToRemove(context, plan, reading, stats);
  const ruleLooks = new KeptLooks<KeptRuleLook>();
  // The highlight of each rule this plan adds, by formula (KeptLooks' key): a rule of ours removed and added again.
  const readded = new KeptLooks<Highlight>();
  for (const op of plan.ops) if (op.op === "conditionalFormat") readded.on(op.sheet).keep(op.formula, op.highlight);

  begin();
  for (const rule of unfinishedRules(plan, reading)) {
    await spend(PATH + ACTION);
    rule.delete();
  }
  const doubtful: DoubtfulChart[] = [];
  let i = 0;
  while (i < plan.ops.length) {
    const op = plan.ops[i];
    if (op.op === "removeChartIfEmptied") {
      // Told only once our columns are emptied: after the batch.
      if (!(op.deleteSheet && reading.structureLocked)) doubtful.push(op);
      i++;
      continue;
    }
    if (op.op === "setValue" || op.op === "setFormula") {
      // A run of cell writes (one phase of the plan) goes out as rectangles.
      const run = cellWriteRun(plan.ops, i);
      i += run.length;
      for (const block of blocksOf(run)) {
        const address = bytes(localAddress(block.range));
        const formats = block.numberFormats ? ACTION + bytes(JSON.stringify(block.numberFormats)) : 0;
        const styles = block.styled.length * (4 * PATH + 2 * ACTION + address);
        await spend(PATH + address + ACTION + bytes(JSON.stringify(block.formulas)) + formats + styles);
        writeBlock(ws(block.sheet), block);
      }
      continue;
    }
    if (op.op === "validationList") {
      // A run of drop-downs goes out bucketed by sheet and list, each bucket as multi-area ranges.
      const buckets = new Map<string, Extract<PlanOp, { op: "validationList" }>[]>();
      while (i < plan.ops.length && plan.ops[i].op === "validationList") {
        const v = plan.ops[i++] as Extract<PlanOp, { op: "validationList" }>;
        const k = `${v.sheet}\u0000${v.list.join(",")}`;
        buckets.set(k, [...(buckets.get(k) ?? []), v]);
      }
      for (const group of buckets.values())
        for (let g = 0; g < group.length; g += MAX_AREAS) {
          const part = group.slice(g, g + MAX_AREAS);
          const address = part.map((v) => localAddress(v.range)).join(",");
          const source = part[0].list.join(",");
          await spend(2 * PATH + 2 * ACTION + bytes(address) + bytes(source));
          const areas = ws(part[0].sheet).getRanges(address);
          areas.dataValidation.clear();
          areas.dataValidation.rule = { list: { inCellDropDown: true, source } };
        }
      continue;
    }
    if (op.op === "setNumberFormat") {
      // A run of number formats (formulas mode: one per % row's empty input cell) goes out per column stretch.
      const run: Extract<PlanOp, { op: "setNumberFormat" }>[] = [];
      while (i < plan.ops.length && plan.ops[i].op === "setNumberFormat")
        run.push(plan.ops[i++] as Extract<PlanOp, { op: "setNumberFormat" }>);
      for (const stretch of formatStretches(run, reading)) {
        const address = localAddress(stretch.range);
        await spend(PATH + bytes(address) + ACTION + bytes(JSON.stringify(stretch.formats)));
        ws(stretch.sheet).getRange(address).numberFormat = stretch.formats;
      }
      continue;
    }
    // A rule added again also deletes the rules it replaces (removeConditionalFormat kept them until then).
    const replacing = op.op === "conditionalFormat" ? (ruleLooks.on(op.sheet).of(op.formula)?.replaced.length ?? 0) : 0;
    await spend(estimate(op) + replacing * ACTION);
    applyOp(context, op, reading, sheets, notesSupported, looks, { kept: ruleLooks, readded }, ruleAreas, charts);
    i++;
  }
  await flush();
  await followCopiedSeries(context, charts, stats);
  await settleDoubtfulCharts(context, doubtful, reading, stats);
  return stats;
}

/**
 * Clear marks below ExcelApi 1.15: our chart kept for series that drew numbers a copy of the clerk's holds too (PlanOp
 * removeChartIfEmptied). Read again once the batch has emptied our columns, a series drawing nothing now drew our
 * column (the clerk's copy was not written): the chart holds only ours and goes, with its sheet where the plan says so
 * (breaker68). One over the copy still draws its numbers: kept, as said. ChartSeries.getDimensionValues (ExcelApi 1.12,
 * the fake's RULES: SERIES_VALUES): one sync to read, one to delete; none without such a chart.
 */
async function settleDoubtfulCharts(
  context: Excel.RequestContext,
  doubtful: readonly DoubtfulChart[],
  reading: ExcelReading,
  stats: WriteStats,
): Promise<void> {
  const probes = doubtful.flatMap((op) => {
    const chart = reading.charts.get(op.sheet)?.find((c) => c.name === op.name)?.item;
    const items = chart?.series.items ?? [];
    if (!chart || op.series.some((k) => k >= items.length)) return [];
    return [{ op, chart, drawn: op.series.map((k) => items[k].getDimensionValues("Values")) }];
  });
  if (probes.length === 0) return;
  await context.sync();
  stats.syncs++;
  stats.payloads.push(probes.length * (2 * PATH + ACTION));
  const emptied = probes.filter(({ drawn }) => drawn.every((d) => d.value.every((text) => text === "")));
  if (emptied.length === 0) return;
  for (const { op, chart } of emptied) {
    chart.delete();
    if (op.deleteSheet) context.workbook.worksheets.getItem(op.sheet).delete();
  }
  await context.sync();
  stats.syncs++;
  stats.payloads.push(emptied.length * 2 * (PATH + ACTION));
  stats.emptied = emptied.map(({ op }) => op);
}

type RuleAreas = Map<Excel.ConditionalFormat, Excel.RangeAreas>;

/**
 * Where the rules lie that a removal of ours would take: a rule of the clerk's may carry our formula to the letter over
 * their own cells (ourRules.ts overOurColumns), or be ours widened by the clerk over more columns (ourRules.ts widened).
 * ConditionalFormat.getRanges (ExcelApi 1.9,
 * learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-getranges-member):
 * "Returns the RangeAreas, comprising one or more rectangular ranges, to which the conditional format is applied."
 * Read with the workbook (read.ts) where a sync followed; else one sync here, only when some removal finds a rule.
 */
async function areasOfRulesToRemove(
  context: Excel.RequestContext,
  plan: Plan,
  reading: ExcelReading,
  stats: WriteStats,
): Promise<RuleAreas> {
  const areas: RuleAreas = new Map();
  let unread = 0;
  for (const op of plan.ops) {
    if (op.op !== "removeConditionalFormat") continue;
    const rules = reading.conditionalFormats.get(op.sheet) ?? [];
    const found = rulesToRemove(rules, (r) => r.formula, op.formula, op.planned);
    for (const { item, areas: read } of found) {
      if (areas.has(item)) continue;
      areas.set(item, read ?? item.getRanges().load("address"));
      if (!read) unread++;
    }
  }
  if (unread === 0) return areas;
  await context.sync();
  stats.syncs++;
  stats.payloads.push(unread * (2 * PATH + ACTION));
  return areas;
}

/**
 * Custom rules without a formula on the sheets this plan gives or takes rules on. Such a rule formats nothing: it is
 * what a write of ours stopped part-way leaves (Excel carries a batch out in order up to the failing command, so the
 * rule's add ran and the command setting its formula did not), and no later check would know it as ours by its
 * formula. Removed, so a check after a failed one, or Clear marks, leaves none behind (tests/host/excel/limits).
 */
function unfinishedRules(plan: Plan, reading: ExcelReading): Excel.ConditionalFormat[] {
  const sheets = new Set<string>();
  for (const op of plan.ops)
    if (op.op === "conditionalFormat" || op.op === "removeConditionalFormat") sheets.add(op.sheet);
  const found: Excel.ConditionalFormat[] = [];
  for (const sheet of sheets) {
    const rules = reading.conditionalFormats.get(sheet) ?? [];
    for (const rule of rules.filter((r) => /^=?\s*$/.test(r.formula ?? ""))) {
      found.push(rule.item);
      rules.splice(rules.indexOf(rule), 1);
    }
  }
  return found;
}

function applyOp(
  context: Excel.RequestContext,
  op: Exclude<PlanOp, CellWrite | { op: "setNumberFormat" } | DoubtfulChart>,
  reading: ExcelReading,
  sheets: Set<string>,
  notesSupported: boolean,
  looks: Looks,
  ruleLooks: { kept: KeptLooks<KeptRuleLook>; readded: KeptLooks<Highlight> },
  ruleAreas: RuleAreas,
  charts: ChartLooks,
): void {
  const ws = (name: string) => context.workbook.worksheets.getItem(name);
  switch (op.op) {
    case "addSheet":
      if (!sheets.has(op.sheet)) {
        const added = context.workbook.worksheets.add(op.sheet);
        if (op.visibility === "veryHidden") added.visibility = Excel.SheetVisibility.veryHidden;
        sheets.add(op.sheet);
      }
      return;
    case "deleteSheet":
      if (sheets.has(op.sheet)) {
        // A very hidden sheet must be made visible before Excel lets it go.
        if (op.veryHidden) ws(op.sheet).visibility = Excel.SheetVisibility.visible;
        ws(op.sheet).delete();
        sheets.delete(op.sheet);
      }
      return;
    case "fill":
      ws(op.sheet).getRange(localAddress(op.range)).format.fill.color = `#${op.color}`;
      return;
    case "note": {
      if (!notesSupported) return;
      // notes.add "Adds a new note" — adding where a note exists fails, so a note is replaced by
      // delete (a no-op on the null object when there is none) then add.
      const address = localAddress(cellRange(op.cell));
      ws(op.cell.sheet).notes.getItemOrNullObject(address).delete();
      if (op.text) ws(op.cell.sheet).notes.add(address, op.text);
      return;
    }
    case "conditionalFormat": {
      const target = ws(op.sheet).getRanges(op.ranges.map(localAddress).join(","));
      const cf = target.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = `=${op.formula}`;
      // The look the clerk gave our rule of this light, kept when it was removed (ourRules.ts KeptLooks); else ours.
      const kept = ruleLooks.kept.on(op.sheet).of(op.formula);
      const format = cf.custom.format;
      // The rules this one replaces go once it has its look (removeConditionalFormat): a write refused part-way leaves
      // one of them, or both, and the next check keeps the clerk's look from either.
      const replaced = () => (kept?.replaced.splice(0) ?? []).forEach((old) => old.delete());
      if (!kept || unfinishedOurs(kept, op.highlight)) {
        format.fill.color = `#${op.highlight.fill}`;
        format.font.color = `#${op.highlight.font}`;
        return replaced();
      }
      // A new rule has no format of its own: only what the clerk's had is set.
      if (kept.fill) format.fill.color = kept.fill;
      if (kept.font) format.font.color = kept.font;
      if (kept.bold) format.font.bold = true;
      if (kept.italic) format.font.italic = true;
      if (kept.underline && kept.underline !== "None") format.font.underline = kept.underline;
      if (kept.strikethrough) format.font.strikethrough = true;
      for (const { side, style, color } of kept.borders) {
        const edge = format.borders.getItem(side);
        edge.style = style;
        if (color) edge.color = color;
      }
      return replaced();
    }
    case "removeConditionalFormat": {
      // Excel rewrites a rule's references when rows or columns move: ours are known by their shape (ourRules.ts).
      const rules = reading.conditionalFormats.get(op.sheet) ?? [];
      const where = {
        rangesOf: (r: (typeof rules)[number]) => {
          const areas = ruleAreas.get(r.item);
          return areas ? rangesOfAddress(areas.address) : null;
        },
        recorded: op.ranges,
      };
      const looks = ruleLooks.kept.on(op.sheet);
      for (const cf of rulesToRemove(rules, (r) => r.formula, op.formula, op.planned, where)) {
        const highlight = ruleLooks.readded.on(op.sheet).of(cf.formula);
        const look: KeptRuleLook = {
          ...cf.look,
          replaced: [],
          ...(op.unfinished ? { unfinished: true as const } : {}),
        };
        // After a run that did not finish, a look that is part of ours (that run's rule half-added) gives way to one
        // that is not (the clerk's, on the rule that run had not yet replaced).
        const before = looks.of(cf.formula);
        looks.keep(
          cf.formula,
          look,
          (kept) => !!highlight && unfinishedOurs(kept, highlight) && !unfinishedOurs(look, highlight),
        );
        const kept = looks.of(cf.formula)!;
        if (before && kept !== before) kept.replaced.push(...before.replaced);
        // A rule this plan adds again is deleted when that one is added (conditionalFormat), not here: a write
        // refused in between (another batch, or part-way) would leave neither, and the clerk's look only in memory.
        if (highlight) kept.replaced.push(cf.item);
        else cf.item.delete();
        rules.splice(rules.indexOf(cf), 1); // deleted once, even when several ops name the same shape
      }
      return;
    }
    case "removeChart": {
      const charts = reading.charts.get(op.sheet) ?? [];
      for (const c of charts.filter((x) => x.name === op.name)) {
        c.item.delete();
        charts.splice(charts.indexOf(c), 1);
      }
      return;
    }
    case "validationList": {
      const range = ws(op.sheet).getRange(localAddress(op.range));
      range.dataValidation.clear();
      range.dataValidation.rule = { list: { inCellDropDown: true, source: op.list.join(",") } };
      return;
    }
    case "removeValidation":
      ws(op.sheet).getRange(localAddress(op.range)).dataValidation.clear();
      return;
    case "defineName": {
      context.workbook.names.getItemOrNullObject(op.name).delete();
      context.workbook.names.add(op.name, ws(op.cell.sheet).getRange(localAddress(cellRange(op.cell))));
      return;
    }
    case "removeName":
      context.workbook.names.getItemOrNullObject(op.name).delete();
      return;
    case "recalculateOnOpen":
      // Excel.CalculationMode automatic: "Excel calculates new formula results every time the relevant data is changed"
      // (the default; a manual mode is the clerk's choice).
      return;
    case "chart": {
      const sheet = ws(op.sheet);
      const range = (r: CellRange) => sheet.getRange(localAddress(r));
      const a = op.anchor;
      const place = (chart: Excel.Chart) =>
        chart.setPosition(
          localAddress({ top: a.top, left: a.left, bottom: a.top, right: a.left }),
          localAddress({ top: a.bottom, left: a.right, bottom: a.bottom, right: a.right }),
        );
      const found = charts.get(op.sheet);
      if (found) {
        // Ours, updated where it is: the clerk's colours, fonts and size stay. A series of ours draws one of our
        // columns, as the CLI copy tells it (chart.ts keptChartXml): read where Excel has ExcelApi 1.15 (seriesSources;
        // a source in a form not understood is the clerk's: seriesSourceRange); below it, or where Excel calls the
        // source's type Unknown, one named as ours (either language) that draws our column is taken (pickOurSeries:
        // chart60, hosts62, hosts63). It gets the plan's rows (all projects, also where the clerk narrowed it), the plan's categories unless the
        // clerk pointed them at other cells, and the plan's name only in place of ours in the other language; any
        // other series is the clerk's and stays as it is. One of ours deleted stays deleted.
        const { chart, series: items, at, sources } = found;
        // Below ExcelApi 1.15, what a series named as ours draws, as the read got it (the same series, in order):
        // over cells other than our column's (hosts62), or a copy of them (hosts63), it is the clerk's.
        const sheetRead = reading.snapshot.sheets.find((x) => x.name === op.sheet);
        const drawnRead = (sheetRead?.chartSeries ?? []).filter((x) => x.chart === op.name);
        const left = items.items.map((item, k) => ({
          item,
          source: sources?.[k],
          drawn: drawnRead[k]?.name === item.name ? drawnRead[k].drawn : undefined,
        }));
        for (const s of op.series) {
          const spellings = ourSeriesSpellings(s.name);
          // Not read: the one named as ours that pickOurSeries takes (each series read in the same order).
          const unread = left.map(({ item, source, drawn }) => ({
            name: sourceAt(source?.values) === undefined ? item.name : null,
            drawn,
          }));
          const byName = sheetRead
            ? pickOurSeries(unread, spellings, reading.snapshot.sheets, {
                sheet: op.sheet,
                col: s.values.left,
                first: sheetRead.originRow,
                last: sheetRead.originRow + sheetRead.values.length - 1,
              })
            : unread.findIndex(({ name }) => name !== null && spellings.includes(name));
          const i = left.findIndex(({ source }, k) => {
            const values = sourceAt(source?.values);
            if (values === undefined) return k === byName;
            return values !== null && overColumn(values, op.sheet, s.values.left);
          });
          if (i < 0 && sheetRead) {
            // Ours alone over numbers a copy of the clerk's holds too: looked at again once our column is written.
            const column = { sheet: op.sheet, col: s.values.left, first: sheetRead.originRow, last: 0 };
            column.last = sheetRead.originRow + sheetRead.values.length - 1;
            const k = seriesOverCopy(unread, spellings, reading.snapshot.sheets, column);
            if (k >= 0)
              (found.overCopy ??= []).push({
                item: left[k].item,
                before: left[k].drawn!,
                name: s.name,
                values: s.values,
                categories: op.categories,
                first: column.first,
              });
          }
          if (i < 0) continue;
          const [{ item: series, source }] = left.splice(i, 1);
          if (series.name !== s.name && spellings.includes(series.name)) series.name = s.name;
          series.setValues(range(s.values));
          const categories = sourceAt(source?.categories);
          if (categories === undefined || (categories !== null && overColumn(categories, op.sheet, op.categories.left)))
            series.setXAxisValues(range(op.categories));
        }
        // A title as we write it follows the plan; the clerk's (ours with their words after it too) stays.
        if (isPlannedChartTitle(chart.title.text)) chart.title.text = op.title;
        // Where we last put it (or no record of it): placed again, as the plan moves it; elsewhere: the clerk's.
        if (!at || samePlace(chart, at)) place(chart);
        return;
      }
      for (const c of reading.charts.get(op.sheet) ?? []) if (c.name === op.name) c.item.delete();
      const chart = sheet.charts.add(
        Excel.ChartType.columnClustered,
        sheet.getRange(localAddress(op.series[0].values)),
        Excel.ChartSeriesBy.columns,
      );
      chart.name = op.name;
      chart.title.text = op.title;
      const first = chart.series.getItemAt(0);
      first.name = op.series[0].name;
      first.setXAxisValues(sheet.getRange(localAddress(op.categories)));
      op.series.slice(1).forEach((s) => {
        const series = chart.series.add(s.name);
        series.setValues(sheet.getRange(localAddress(s.values)));
        series.setXAxisValues(sheet.getRange(localAddress(op.categories)));
      });
      place(chart);
      return;
    }
    case "columnWidth": {
      // ifStandard: a column read before the batch as not of the standard width keeps its width (a sheet added by
      // this plan was not there to read: its columns are all standard).
      // A column the clerk hid is their look: whether a width set shows it again is on no page, so it is left.
      const read = op.ifStandard ? looks.get(widthKey(op.sheet, op.col)) : undefined;
      if (read && (read.columnHidden !== false || read.format.useStandardWidth !== true)) return;
      ws(op.sheet).getRange(localAddress({ top: 0, left: op.col, bottom: 0, right: op.col })).format.columnWidth =
        columnWidthPoints(op.width);
      return;
    }
    case "clear": {
      // Contents and formats, not All: All takes the cells' notes too, and a note there may be the user's
      // (ours go by "note" ops). keepLook: contents only, the formats are the user's.
      const range = ws(op.sheet).getRange(localAddress(op.range));
      range.clear(Excel.ClearApplyTo.contents);
      if (op.ourLook) {
        // Only what is still our look goes (the user's fill, borders, font stay): as read before the batch.
        for (let row = op.range.top; row <= op.range.bottom; row++)
          for (let col = op.range.left; col <= op.range.right; col++) {
            const look = looks.get(lookKey(op.sheet, row, col));
            if (!look) continue;
            const still = ourStill(op.ourLook, look.format.fill.color, look.format.font.bold);
            const cell = ws(op.sheet).getRange(localAddress({ top: row, left: col, bottom: row, right: col }));
            if (still.fill) cell.format.fill.clear();
            if (still.bold) cell.format.font.bold = false;
          }
      } else if (!op.keepLook) range.clear(Excel.ClearApplyTo.formats);
      return; // its drop-down list stays (PlanOp "clear"): ours go by removeValidation
    }
  }
}

/**
 * A removed rule's look; `unfinished`: removed after a run that did not finish (may be only part of ours); `replaced`:
 * the removed rules of its formula still to delete, once the rule that replaces them is added.
 */
type KeptRuleLook = RuleLook & { unfinished?: true; replaced: Excel.ConditionalFormat[] };

/** A look kept after a run that did not finish that is part of this highlight's: ours half-set, not the clerk's. */
const unfinishedOurs = (look: KeptRuleLook, highlight: Highlight) =>
  !!look.unfinished && partOfRuleLook(look, highlight);

/** A rule's look as Office.js read it that is part of this highlight's (ourRules.ts partOfOurLook). */
const partOfRuleLook = (look: RuleLook, highlight: Highlight) =>
  partOfOurLook(
    look.fill,
    look.font,
    !!(look.bold || look.italic || look.strikethrough || (look.underline && look.underline !== "None")) ||
      look.borders.length > 0,
    highlight,
  );

type Looks = Map<string, Excel.Range>;
/**
 * Our chart on a sheet, read before the batch (one of its name there): its place, title and series with their names,
 * and the cells the record says we last put it over (none: no record of them).
 */
type ChartLooks = Map<
  string,
  {
    chart: Excel.Chart;
    series: Excel.ChartSeriesCollection;
    at?: Excel.Range;
    sources?: SeriesSources[];
    overCopy?: OverCopy[];
  }
>;

/** A series named as ours passed over for drawing numbers a copy holds too (summary.ts seriesOverCopy). */
interface OverCopy {
  item: Excel.ChartSeries;
  /** What it drew before the write. */
  before: readonly string[];
  name: string;
  values: CellRange;
  categories: CellRange;
  /** Our column's first row a run of ours may start at. */
  first: number;
}

/**
 * Below ExcelApi 1.15 a series of ours alone, whose numbers the clerk pasted elsewhere, cannot be told from theirs
 * over the copy before the write; after it, one that now draws our column's new numbers is ours and gets the list's
 * rows (summary.ts followsOurColumn). One sync to read (ChartSeries.getDimensionValues, ExcelApi 1.12; Range.values),
 * one to set; none when no series was passed over.
 */
async function followCopiedSeries(context: Excel.RequestContext, charts: ChartLooks, stats: WriteStats) {
  const probes = [...charts].flatMap(([sheet, { overCopy }]) =>
    (overCopy ?? []).map((o) => {
      const rows = { top: o.first, bottom: Math.max(o.values.bottom, o.first + o.before.length) };
      const column = { ...rows, left: o.values.left, right: o.values.left };
      const ws = context.workbook.worksheets.getItem(sheet);
      return {
        o,
        ws,
        rows,
        after: o.item.getDimensionValues("Values"),
        cells: ws.getRange(localAddress(column)).load("values"),
      };
    }),
  );
  if (probes.length === 0) return;
  await context.sync();
  stats.syncs++;
  stats.payloads.push(probes.length * (3 * PATH + 2 * ACTION));
  let set = 0;
  for (const { o, ws, rows, after, cells } of probes) {
    const cell = (row: number) => cells.values[row - rows.top]?.[0];
    if (!followsOurColumn(o.before, after.value, cell, rows.top, rows.bottom)) continue;
    if (o.item.name !== o.name && ourSeriesSpellings(o.name).includes(o.item.name)) o.item.name = o.name;
    o.item.setValues(ws.getRange(localAddress(o.values)));
    o.item.setXAxisValues(ws.getRange(localAddress(o.categories)));
    set++;
  }
  if (set === 0) return;
  await context.sync();
  stats.syncs++;
  stats.payloads.push(set * (4 * PATH + 2 * ACTION));
}

/** Where each series of our chart draws its values and categories from (ExcelApi 1.15), read before the batch. */
interface SeriesSources {
  values: SourceRead;
  categories: SourceRead;
}

/** A source over one column of our sheet: the column `col` (a series of ours draws one). */
const overColumn = (at: { sheet: string; range: CellRange }, sheet: string, col: number) =>
  at.sheet === sheet && at.range.left === col && at.range.right === col;

/** Whether a chart still covers the cells we put it over (points; Excel rounds them, so within half a point). */
const samePlace = (chart: Excel.Chart, at: Excel.Range) =>
  [chart.left - at.left, chart.top - at.top, chart.width - at.width, chart.height - at.height].every(
    (d) => Math.abs(d) < 0.5,
  );

const lookKey = (sheet: string, row: number, col: number) => `${sheet}\u0000${row},${col}`;
const widthKey = (sheet: string, col: number) => `${sheet}\u0000w${col}`;

/**
 * The fill and bold of the cells whose look a "clear" may undo in part (Clear marks, our headers), and whether the
 * columns an ifStandard width goes to still have the standard width, read before the writes: Office.js cannot test a
 * cell's look inside the batch that changes it. One sync per REQUEST_BUDGET of loads
 * (a kept 监控汇总 of 1,000 tables is past 5 MB in one); none when there is nothing to read.
 */
async function lookOfOurHeaders(
  context: Excel.RequestContext,
  plan: Plan,
  sheets: Set<string>,
  stats: WriteStats,
  reading: ExcelReading,
  charts: ChartLooks,
): Promise<Looks> {
  const looks: Looks = new Map();
  const perCell = 3 * PATH + 2 * ACTION;
  let bytes = 0;
  const send = async () => {
    await context.sync();
    stats.syncs++;
    stats.payloads.push(bytes);
    bytes = 0;
  };
  for (const op of plan.ops) {
    if (op.op === "columnWidth" && op.ifStandard && sheets.has(op.sheet)) {
      // RangeFormat.useStandardWidth (ExcelApi 1.7): "Returns true if the column width of the Range object equals the
      // standard width of the sheet."; Range.columnHidden: "Represents if all columns of the current range are hidden."
      if (bytes + perCell > REQUEST_BUDGET) await send();
      const column = context.workbook.worksheets
        .getItem(op.sheet)
        .getRange(localAddress({ top: 0, left: op.col, bottom: 0, right: op.col }));
      looks.set(widthKey(op.sheet, op.col), column.load("columnHidden,format/useStandardWidth"));
      bytes += perCell;
      continue;
    }
    if (op.op === "chart" && sheets.has(op.sheet)) {
      const same = (reading.charts.get(op.sheet) ?? []).filter((c) => c.name === op.name);
      if (same.length !== 1) continue; // none, or several of our name: added anew, as always
      if (bytes + 3 * perCell > REQUEST_BUDGET) await send();
      // Chart.left / top / width / height and title.text (ExcelApi 1.1), chartType (1.7), ChartSeriesCollection.items
      // and ChartSeries.name (1.1), Range.left / top / width / height (1.3): all within the manifest's ExcelApi 1.13.
      const chart = same[0].item.load("left,top,width,height,chartType,title/text");
      const series = chart.series.load("items/name");
      const at = op.placed
        ? context.workbook.worksheets.getItem(op.sheet).getRange(localAddress(op.placed)).load("left,top,width,height")
        : undefined;
      charts.set(op.sheet, { chart, series, ...(at ? { at } : {}) });
      bytes += 3 * perCell;
      continue;
    }
    if (op.op !== "clear" || !op.ourLook || !sheets.has(op.sheet)) continue;
    const ws = context.workbook.worksheets.getItem(op.sheet);
    for (let row = op.range.top; row <= op.range.bottom; row++)
      for (let col = op.range.left; col <= op.range.right; col++) {
        if (bytes + perCell > REQUEST_BUDGET) await send();
        const cell = ws.getRange(localAddress({ top: row, left: col, bottom: row, right: col }));
        looks.set(lookKey(op.sheet, row, col), cell.load("format/fill/color,format/font/bold"));
        bytes += perCell;
      }
  }
  if (bytes > 0) await send();
  if (charts.size > 0 && seriesSourcesSupported()) {
    // Where each series of our chart draws from (its items loaded above): ours are told by their columns.
    let asked = false;
    for (const look of charts.values()) {
      if (NO_SOURCE_STRING.has(look.chart.chartType)) continue; // told by name, as below 1.15
      look.sources = look.series.items.map((s) => ({
        values: queueSource(s, "Values"),
        categories: queueSource(s, "Categories"),
      }));
      asked = true;
    }
    if (asked) await send();
  }
  return looks;
}

/** Estimated request bytes of one (non-cell-write) op: its commands and the text it carries. */
function estimate(op: Exclude<PlanOp, CellWrite>): number {
  switch (op.op) {
    case "conditionalFormat":
      // paths: getRanges, add, custom, rule, format, fill, font; actions: formula, fill colour, font colour, and for a
      // look the clerk gave our rule bold, italic, underline and strikethrough (and an edge: a path, style and colour)
      return 7 * PATH + 7 * ACTION + bytes(op.ranges.map(localAddress).join(",")) + bytes(op.formula) + 60;
    case "removeConditionalFormat":
    case "removeChart":
    case "removeChartIfEmptied":
      return ACTION;
    case "note":
      return ACTION + bytes(op.text) + 12;
    case "chart":
      return 12 * COMMAND_OVERHEAD + bytes(op.title) + 200;
    case "clear":
      if (op.ourLook) return PATH + 2 * ACTION + 36 + cellCount(op.range) * (3 * PATH + 2 * ACTION + 24);
      return PATH + (op.keepLook ? 1 : 2) * ACTION + 36;
    case "removeValidation":
      return 2 * PATH + 2 * ACTION + 24;
    default:
      return 2 * COMMAND_OVERHEAD + bytes(JSON.stringify(op)) / 2;
  }
}

// ───────────── grouping cell writes into rectangles ─────────────

interface Block {
  sheet: string;
  range: CellRange;
  formulas: (string | number | boolean)[][];
  /** null where the cell gets none of ours: it keeps its own (an Office.js 2-D array's null leaves a cell as it is). */
  numberFormats: (string | null)[][] | null;
  /** Sub-ranges with bold / fill. */
  styled: { range: CellRange; style: CellStyle }[];
}

function blocksOf(run: CellWrite[]): Block[] {
  return sheetWrites(run).flatMap((writes) => writes.rectangles.map((range) => block(writes, range)));
}

function block(writes: SheetWrites, range: CellRange): Block {
  const formulas: (string | number | boolean)[][] = [];
  const formats: (string | null)[][] = [];
  let anyFormat = false;
  const styled: { range: CellRange; style: CellStyle }[] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    const f: (string | number | boolean)[] = [];
    const n: (string | null)[] = [];
    for (let col = range.left; col <= range.right; col++) {
      const w = writeAt(writes, row, col);
      f.push(w.op === "setFormula" ? `=${w.formula}` : literal(w.value));
      n.push(w.style?.numberFormat ?? null);
      if (w.style?.numberFormat) anyFormat = true;
      if (w.style?.bold || w.style?.fill) {
        const last = styled[styled.length - 1];
        if (last && last.range.top === row && last.range.right === col - 1 && sameLook(last.style, w.style))
          last.range.right = col;
        else styled.push({ range: { top: row, bottom: row, left: col, right: col }, style: w.style });
      }
    }
    formulas.push(f);
    formats.push(n);
  }
  return { sheet: writes.sheet, range, formulas, numberFormats: anyFormat ? formats : null, styled };
}

function writeBlock(sheet: Excel.Worksheet, b: Block): void {
  const range = sheet.getRange(localAddress(b.range));
  if (b.numberFormats) range.numberFormat = b.numberFormats;
  range.formulas = b.formulas;
  for (const s of b.styled) {
    const r = sheet.getRange(localAddress(s.range));
    if (s.style.bold) r.format.font.bold = true;
    if (s.style.fill) r.format.fill.color = `#${s.style.fill}`;
  }
}

/**
 * A value written through `formulas`. Excel reads a string as if it were typed: "=…", "+…", "-…" become
 * formulas ("If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets
 * this value as a formula", learn.microsoft.com/javascript/api/excel/excel.range#values), "90%" and "2024-07-31"
 * become numbers, a leading apostrophe is eaten. Such text gets the apostrophe prefix, which keeps it text.
 */
function literal(value: PlainValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "string" && looksParsed(value)) return `'${value}`;
  return value;
}

/** Text Excel would not keep as typed: formula or quote starts, numbers, percentages, dates, times, booleans. */
function looksParsed(text: string): boolean {
  const t = text.trim();
  return (
    /^[=+\-@']/.test(text) ||
    /^[(]?[$¥￥€£]?\s*[-+]?[\d.,]+\s*%?[)]?$/.test(t) ||
    /^\d{1,4}[-/.年]\d{1,2}/.test(t) ||
    /^\d{1,2}:\d{2}/.test(t) ||
    /^(TRUE|FALSE)$/i.test(t) ||
    /^#[A-Z/0!?]+[!?A]?$/.test(t)
  );
}

function sameLook(a: CellStyle, b: CellStyle): boolean {
  return !!a.bold === !!b.bold && a.fill === b.fill;
}

/** Rows of null between two formats of one stretch, at most: a command of its own costs about as much as 40 nulls. */
const FORMAT_GAP = 32;

/**
 * Number formats of a run as few ranges as a column allows: the cells of one sheet and column whose rows lie close
 * together are one range, the rows between given null — Excel leaves those cells' formats as they are
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values: "To set values, number format, or
 * formula for only specific cells within a range, specify … null for all other cells in the 2-D array"). A stretch
 * does not reach over a merged area the clerk made in the column (no page says how Excel takes a format array there).
 */
function formatStretches(
  run: Extract<PlanOp, { op: "setNumberFormat" }>[],
  reading: ExcelReading,
): { sheet: string; range: CellRange; formats: (string | null)[][] }[] {
  const columns = new Map<string, { sheet: string; col: number; formats: Map<number, string> }>();
  for (const { cell, format } of run) {
    const key = `${cell.sheet}\u0000${cell.col}`;
    const column = columns.get(key) ?? { sheet: cell.sheet, col: cell.col, formats: new Map<number, string>() };
    column.formats.set(cell.row, format);
    columns.set(key, column);
  }
  const stretches: { sheet: string; range: CellRange; formats: (string | null)[][] }[] = [];
  for (const { sheet, col, formats } of columns.values()) {
    const merges = reading.snapshot.sheets.find((s) => s.name === sheet)?.merges ?? [];
    const mergedBetween = (from: number, to: number) =>
      merges.some((m) => m.left <= col && m.right >= col && m.top <= to && m.bottom >= from);
    const rows = [...formats.keys()].sort((a, b) => a - b);
    let top = 0;
    for (let k = 1; k <= rows.length; k++) {
      const [prev, next] = [rows[k - 1], rows[k]];
      if (k < rows.length && next - prev - 1 <= FORMAT_GAP && !mergedBetween(prev + 1, next - 1)) continue;
      const range = { top: rows[top], left: col, bottom: prev, right: col };
      const cells: (string | null)[][] = [];
      for (let r = range.top; r <= range.bottom; r++) cells.push([formats.get(r) ?? null]);
      stretches.push({ sheet, range, formats: cells });
      top = k;
    }
  }
  return stretches;
}

function cellRange(cell: { row: number; col: number }): CellRange {
  return { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col };
}
