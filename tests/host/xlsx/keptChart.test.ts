/**
 * chart59: our chart part kept as the clerk left it (chart.ts keptChartXml): only the ranges of our series, their
 * caches, a series name of ours and a title still ours change; every other byte stays.
 */
import { chartXml, keptChartXml, type ChartOp } from "../../../src/host/xlsx/chart";

const col = (c: number, top = 6, bottom = 13) => ({ top, left: c, bottom, right: c });
const chart = (bottom: number, title: string, names = ["计划进度", "执行率"]): ChartOp => ({
  op: "chart",
  sheet: "监控汇总",
  name: "PerfTargetsChart",
  title,
  categories: col(0, 6, bottom),
  series: [
    { name: names[0], values: col(5, 6, bottom) },
    { name: names[1], values: col(4, 6, bottom) },
  ],
  anchor: { top: 1, left: 14, bottom: 20, right: 22 },
});
const nothing = () => undefined;

test("a chart part with nothing to change keeps every byte (the same object back)", () => {
  const xml = chartXml(chart(13, "计划进度与实际执行"));
  expect(keptChartXml(xml, chart(13, "计划进度与实际执行"), nothing)).toBe(xml);
});

test("the title, while ours, names the projects not drawn; the series' rows follow the plan", () => {
  const xml = chartXml(chart(13, "计划进度与实际执行"));
  const title = "计划进度与实际执行（未含：劳务费）";
  expect(keptChartXml(xml, chart(12, title), nothing)).toBe(chartXml(chart(12, title)));
});

test("a title of the clerk's stays; a series name of ours in the other language becomes the plan's", () => {
  const theirs = chartXml(chart(13, "处室进度图", ["Planned progress", "Execution rate"]));
  expect(keptChartXml(theirs, chart(13, "计划进度与实际执行"), nothing)).toBe(chartXml(chart(13, "处室进度图")));
});

test("a series name the clerk gave stays", () => {
  const theirs = chartXml(chart(13, "计划进度与实际执行", ["进度（计划）", "执行率"]));
  expect(keptChartXml(theirs, chart(13, "计划进度与实际执行"), nothing)).toBe(theirs);
});

// chart60: the clerk deleted every series of ours (and drew their own): the part was written anew, their series lost.
test("no series over our columns: the clerk's part kept as it is, ours not added back", () => {
  const elsewhere = chartXml({ ...chart(13, "计划进度与实际执行"), series: [{ name: "x", values: col(9) }] });
  expect(keptChartXml(elsewhere, chart(13, "计划进度与实际执行"), nothing)).toBe(elsewhere);
  // Its title, still ours as we write it, follows the plan as with ours there.
  const title = "计划进度与实际执行（未含：劳务费）";
  expect(keptChartXml(elsewhere, chart(13, title), nothing)).toBe(
    chartXml({ ...chart(13, title), series: [{ name: "x", values: col(9) }] }),
  );
  expect(keptChartXml("<c:chartSpace", chart(13, title), nothing)).toBeNull();
});

// review59: a title the clerk wrote after ours in brackets (计划进度与实际执行（2024年度）) is theirs: int59 took any title
// starting with ours and a bracket for ours and wrote the plan's over it at the next check.
test("the clerk's words in brackets after our title stay", () => {
  for (const title of ["计划进度与实际执行（2024年度）", "计划进度与实际执行 (处室用)"]) {
    const theirs = chartXml(chart(13, title));
    expect(keptChartXml(theirs, chart(13, "计划进度与实际执行"), nothing)).toBe(theirs);
  }
  // Ours naming the projects not drawn is still ours, and follows the plan.
  const ours = chartXml(chart(13, "计划进度与实际执行（劳务费 本次未读到，未画出）"));
  expect(keptChartXml(ours, chart(13, "计划进度与实际执行"), nothing)).toBe(chartXml(chart(13, "计划进度与实际执行")));
});
