/** @jest-environment jsdom */
/**
 * The 项目 tab's search as a finance officer uses it: typing an indicator's name (满意度), a sheet's name or a target
 * finds those rows, opens them in their projects whatever their light, and says how many were found.
 */
import "../jsdomSetup";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Root } from "../../../src/taskpane/components/Root/Root";
import { buildProjectViews, countFound, filterProjects, NO_FILTERS } from "../../../src/taskpane/model/views";
import { fakeHost, sampleResult } from "../fixtures";

jest.setTimeout(60_000);

const search = (words: string) => filterProjects(buildProjectViews(sampleResult()), { ...NO_FILTERS, search: words });
const foundNames = (words: string) => search(words).map((p) => [p.name, (p.found ?? []).map((v) => v.indicator.name)]);

describe("what the search finds (views)", () => {
  it("an indicator's name: its project, with the indicator found", () => {
    expect(foundNames("满意度")).toEqual([["办公用品采购", ["满意度"]]]);
    expect(foundNames("合格率")).toEqual([["装备采购", ["设备验收合格率"]]]);
  });

  it("a sheet's name: its project, found by itself", () => {
    // A unit's sheets named apart from their projects (the sample's sheets are named as their projects).
    const result = sampleResult();
    result.tables[0].table.sheet = "三号表";
    const views = buildProjectViews(result);
    const found = (words: string) =>
      filterProjects(views, { ...NO_FILTERS, search: words }).map((p) => [p.name, p.found]);
    expect(found("三号表")).toEqual([["装备采购", []]]);
    expect(found("三号")).toEqual([["装备采购", []]]);
  });

  it("a target's text, typed with or without the spaces and full-width signs", () => {
    expect(foundNames("≥95%")).toEqual([["装备采购", ["设备验收合格率"]]]);
    expect(foundNames("１０ 台")).toEqual([["装备采购", ["采购设备数量"]]]);
  });

  it("words across a name and its target are no match; other filters still apply", () => {
    expect(foundNames("合格率≥")).toEqual([]);
    expect(
      filterProjects(buildProjectViews(sampleResult()), { ...NO_FILTERS, search: "满意度", lights: ["red"] }),
    ).toEqual([]);
    // No search: nothing is marked found, the projects are whole.
    expect(filterProjects(buildProjectViews(sampleResult()), NO_FILTERS).map((p) => p.found)).toEqual([
      undefined,
      undefined,
    ]);
  });

  it("counts the projects listed and the indicators found in them", () => {
    expect(countFound(search("采购"))).toEqual({ projects: 2, indicators: 2 }); // two names; 采购设备数量, 采购批次
    expect(countFound(search("满意度"))).toEqual({ projects: 1, indicators: 1 });
  });
});

describe("the search in the pane", () => {
  async function checked() {
    const user = userEvent.setup();
    render(<Root host={fakeHost()} today="2024-08-15" />);
    await user.click(screen.getByRole("button", { name: "检查目标" }));
    await screen.findAllByTestId("project");
    return user;
  }

  it("满意度 finds the green indicator in its project, shown open, and says how many", async () => {
    await checked();
    const box = screen.getByRole("searchbox", { name: "按项目、指标、工作表或指标值搜索" });
    fireEvent.change(box, { target: { value: "满意度" } });
    await waitFor(() =>
      expect(screen.getAllByTestId("project-name").map((n) => n.textContent)).toEqual(["办公用品采购"]),
    );
    const count = screen.getByTestId("shown-count");
    expect(count.getAttribute("role")).toBe("status");
    expect(count.textContent).toBe("显示 1 / 2 个项目，“满意度”找到 1 项指标（名称或指标值）");
    const project = screen.getByTestId("project");
    expect(within(project).getByTestId("project-toggle").getAttribute("aria-expanded")).toBe("true");
    expect(within(project).getByTestId("project-found").textContent).toBe("找到 1 项：满意度");
    // Green, so an open project would hide it behind “显示全部”: found, it is listed.
    expect(
      within(project)
        .getAllByTestId("indicator")
        .map((i) => i.textContent),
    ).toEqual([expect.stringContaining("满意度")]);
  });

  it("a sheet's name finds its project; nothing found says where it looked", async () => {
    await checked();
    const box = screen.getByRole("searchbox");
    fireEvent.change(box, { target: { value: "装备" } });
    await waitFor(() => expect(screen.getAllByTestId("project-name").map((n) => n.textContent)).toEqual(["装备采购"]));
    expect(screen.getByTestId("shown-count").textContent).toBe("显示 1 / 2 个项目，“装备”按项目名称或工作表找到");
    fireEvent.change(box, { target: { value: "不存在" } });
    expect(await screen.findByTestId("no-match")).toBeTruthy();
    expect(screen.getByTestId("shown-count").textContent).toBe(
      "显示 0 / 2 个项目：“不存在”在项目名称、工作表、指标名称和指标值中都没有找到",
    );
  });

  it("words found only in projects the filters hide: said so, not “nowhere in the workbook”", async () => {
    const user = await checked();
    const box = screen.getByRole("searchbox");
    fireEvent.change(box, { target: { value: "满意度" } });
    await waitFor(() =>
      expect(screen.getAllByTestId("project-name").map((n) => n.textContent)).toEqual(["办公用品采购"]),
    );
    await user.click(screen.getByRole("switch", { name: "只看问题" })); // 办公用品采购 has no problem
    expect(await screen.findByTestId("no-match")).toBeTruthy();
    expect(screen.getByTestId("shown-count").textContent).toBe(
      "显示 0 / 2 个项目：“满意度”在筛选出的项目中没有找到（其他项目中有，可清除筛选查看）",
    );
    fireEvent.change(box, { target: { value: "不存在" } }); // nowhere at all: where it looked, as without filters
    await waitFor(() =>
      expect(screen.getByTestId("shown-count").textContent).toBe(
        "显示 0 / 2 个项目：“不存在”在项目名称、工作表、指标名称和指标值中都没有找到",
      ),
    );
  });

  it("in English", async () => {
    const user = await checked();
    await user.click(screen.getByTestId("lang-toggle"));
    await screen.findByRole("button", { name: "Check targets" });
    fireEvent.change(screen.getByRole("searchbox", { name: "Search projects, indicators, sheets or targets" }), {
      target: { value: "满意度" },
    });
    await waitFor(() =>
      expect(screen.getByTestId("shown-count").textContent).toBe(
        "Showing 1 of 2 projects; “满意度” found in 1 indicator (name or target)",
      ),
    );
    expect(screen.getByTestId("project-found").textContent).toBe("Found 1: 满意度");
  });
});
