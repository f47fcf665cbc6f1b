import {
  buildProjectViews,
  changesSince,
  countExecution,
  countIndicators,
  countProjects,
  filterProjects,
  NO_FILTERS,
  splitIndicators,
} from "../../../src/taskpane/model/views";
import type { CheckResult } from "../../../src/core/types";
import { sampleResult } from "../fixtures";
import { checkedTable } from "../../../src/core/check";

/** The sample with its tables in the other order: the green project comes first in the workbook. */
function greenFirst(): CheckResult {
  const r = sampleResult();
  return { ...r, tables: [...r.tables].reverse() };
}

describe("project views", () => {
  const projects = buildProjectViews(sampleResult());

  it("pairs every indicator with its result and picks the cell to select", () => {
    expect(projects.map((p) => p.name)).toEqual(["装备采购", "办公用品采购"]);
    const counted = projects[0].indicators.find((v) => v.indicator.name === "采购设备数量")!;
    const pending = projects[0].indicators.find((v) => v.indicator.name === "设备验收合格率")!;
    expect(counted.cell).toEqual({ sheet: "装备", row: 10, col: 5 }); // the actual
    expect(pending.cell).toEqual({ sheet: "装备", row: 11, col: 3 }); // no actual: the target
    expect(pending.category).toBe("pending");
    expect(projects[0].executionCell).toEqual({ sheet: "装备", row: 3, col: 3 });
    expect(projects[0].problem).toBe(true);
    expect(projects[1].problem).toBe(false);
  });

  it("lists projects worst first, whatever the workbook's order, and keeps the workbook's order among equals", () => {
    const views = buildProjectViews(greenFirst());
    expect(views.map((p) => [p.name, p.category])).toEqual([
      ["装备采购", "red"],
      ["办公用品采购", "green"],
    ]);
    // Keys still point at the table's place in the result.
    expect(views[0].table.name).toBe("装备采购");
  });

  it("puts an expanded project's indicators needing attention first and the green ones behind 'show all'", () => {
    const { attention, green } = splitIndicators(projects[0]);
    expect(attention.map((v) => [v.indicator.name, v.category])).toEqual([
      ["采购设备数量", "red"],
      ["设备验收合格率", "pending"],
    ]);
    expect(green).toEqual([]);
    expect(splitIndicators(projects[1]).green).toHaveLength(2);
  });

  it("counts projects and indicators by light apart, and projects behind plan", () => {
    expect(countProjects(projects)).toEqual({ red: 1, yellow: 0, blue: 0, green: 1, pending: 0 });
    expect(countIndicators(projects)).toEqual({ red: 1, yellow: 0, blue: 0, green: 2, pending: 1 });
    expect(countExecution(projects)).toEqual({ behind: 1, judged: 2, unjudged: 0 });
  });

  it("filters projects by light, problems and name", () => {
    expect(filterProjects(projects, { ...NO_FILTERS, lights: ["red"] }).map((p) => p.name)).toEqual(["装备采购"]);
    expect(filterProjects(projects, { ...NO_FILTERS, lights: ["green"] }).map((p) => p.name)).toEqual(["办公用品采购"]);
    expect(filterProjects(projects, { ...NO_FILTERS, problemsOnly: true }).map((p) => p.name)).toEqual(["装备采购"]);
    expect(filterProjects(projects, { ...NO_FILTERS, search: " 办公 " }).map((p) => p.name)).toEqual(["办公用品采购"]);
    expect(filterProjects(projects, { ...NO_FILTERS, search: "不存在" })).toEqual([]);
    // A filtered project is whole: its indicators are not cut down.
    expect(filterProjects(projects, { ...NO_FILTERS, lights: ["red"] })[0].indicators).toHaveLength(2);
  });
});

describe("what a check changed (pane66)", () => {
  it("counts problems that appeared and those resolved, by sheet, project and indicator, whatever rows moved", () => {
    const before = sampleResult();
    expect(changesSince(before, sampleResult())).toEqual({ appeared: 0, resolved: 0 });
    const [equipment, office] = before.tables;
    // 装备采购's spending caught up (resolved); 办公用品采购's 采购批次 fell behind (appeared); every row two lower.
    const moved = (t: typeof office.table) => ({
      ...t,
      indicators: t.indicators.map((i) => ({ ...i, row: i.row + 2 })),
    });
    const after = {
      ...before,
      tables: [
        checkedTable(
          moved(equipment.table),
          {
            execution: { ...equipment.result.execution!, light: "green", status: "on-track" },
            indicators: equipment.results,
            light: "red",
          },
          null,
        ),
        checkedTable(
          moved(office.table),
          {
            execution: office.result.execution,
            indicators: [{ ...office.results[0], status: "behind", light: "yellow" }, office.results[1]],
            light: "yellow",
          },
          null,
        ),
      ],
    };
    expect(changesSince(before, after)).toEqual({ appeared: 1, resolved: 1 });
    // A project gone (its sheet deleted): its problems are no longer listed, counted as gone.
    expect(changesSince(before, { ...before, tables: [office] })).toEqual({ appeared: 0, resolved: 2 });
  });
});
