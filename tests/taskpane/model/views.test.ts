import { buildProjectViews, countByLight, filterProjects, NO_FILTERS } from "../../../src/taskpane/model/views";
import { sampleResult } from "../fixtures";

describe("project views", () => {
  const projects = buildProjectViews(sampleResult());

  it("pairs every indicator with its result and picks the cell to select", () => {
    expect(projects.map((p) => p.name)).toEqual(["装备采购", "办公用品采购"]);
    const [counted, pending] = projects[0].indicators;
    expect(counted.cell).toEqual({ sheet: "装备", row: 10, col: 5 }); // the actual
    expect(pending.cell).toEqual({ sheet: "装备", row: 11, col: 3 }); // no actual: the target
    expect(pending.category).toBe("pending");
    expect(projects[0].executionCell).toEqual({ sheet: "装备", row: 3, col: 3 });
    expect(projects[0].problem).toBe(true);
    expect(projects[1].problem).toBe(false);
  });

  it("counts indicators and execution lines by light", () => {
    expect(countByLight(projects)).toEqual({ red: 1, yellow: 1, blue: 0, green: 3, pending: 1 });
  });

  it("filters by light, problems and name", () => {
    const red = filterProjects(projects, { ...NO_FILTERS, lights: ["red"] });
    expect(red.map((p) => p.name)).toEqual(["装备采购"]);
    expect(red[0].indicators.map((v) => v.indicator.name)).toEqual(["采购设备数量"]);

    const problems = filterProjects(projects, { ...NO_FILTERS, problemsOnly: true });
    expect(problems.map((p) => p.name)).toEqual(["装备采购"]);

    expect(filterProjects(projects, { ...NO_FILTERS, search: " 办公 " }).map((p) => p.name)).toEqual(["办公用品采购"]);
    expect(filterProjects(projects, { ...NO_FILTERS, search: "不存在" })).toEqual([]);
    // A yellow filter keeps a project whose only yellow item is its execution line.
    const yellow = filterProjects(projects, { ...NO_FILTERS, lights: ["yellow"] });
    expect(yellow.map((p) => [p.name, p.indicators.length])).toEqual([["装备采购", 0]]);
  });
});
