/**
 * Where a series of a chart draws its values and categories from (ExcelApi 1.15), for the check (write.ts: ours get
 * the plan's rows) and for Clear marks (read.ts: a chart of ours holding the clerk's series is kept).
 */
import { seriesSource } from "../../core/a1";
import type { SeriesValues } from "../../core/types";

export type SourceRead = { type: OfficeExtension.ClientResult<string>; text: OfficeExtension.ClientResult<string> };

/**
 * ChartSeries.getDimensionDataSourceString / getDimensionDataSourceType are ExcelApi 1.15, above the manifest's 1.13:
 * asked for first (learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements).
 */
export function seriesSourcesSupported(): boolean {
  return typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", "1.15");
}

/**
 * Chart types whose series' source Excel does not give: "We are unable to access the series source data for the
 * histogram, pareto, and box-and-whisker charts, and an error is being returned instead" (OfficeDev/office-js#6143,
 * #6160). A clerk who made our chart one of these would fail the whole sync: their series are told by name instead.
 */
export const NO_SOURCE_STRING = new Set<string>(["Histogram", "Pareto", "Boxwhisker"]);

/** One dimension's source, queued: its type and its string (excel.chartseries, ExcelApi 1.15). */
export const queueSource = (series: Excel.ChartSeries, dimension: "Values" | "Categories"): SourceRead => ({
  type: series.getDimensionDataSourceType(dimension),
  text: series.getDimensionDataSourceString(dimension),
});

/**
 * The values a series draws, queued: excel.chartseries "getDimensionValues(dimension): Gets the values from a single
 * dimension of the chart series. These could be either category values or data values, depending on the dimension
 * specified and how the data is mapped for the chart series." [ExcelApi 1.12, within the manifest's 1.13]. Where the
 * source is not read (below 1.15), they tell a series named as ours over the clerk's cells (summary.ts drawsRun).
 */
export const queueDrawn = (series: Excel.ChartSeries) => series.getDimensionValues("Values");

/**
 * A source as read: its sheet and cells; null when it is no range of ours to take (a list typed in, another workbook's
 * cells, or a form a series of ours never has: seriesSource); undefined when not read (below ExcelApi 1.15) or of an
 * unknown type.
 */
export function sourceAt(read: SourceRead | undefined): SeriesValues {
  if (!read) return undefined;
  if (read.type.value !== "LocalRange") return read.type.value === "Unknown" ? undefined : null;
  return seriesSource(read.text.value);
}
