/** @jest-environment jsdom */
/**
 * clerk68: the pane says spending against the plan in the command line's words and precision. 黄石 2019 has no plan
 * of its own and is judged on 序时进度: as of 31 October the CLI said “10月31日序时进度 83.33%，滞后 43.53 个百分点” while
 * the pane said “执行 39.8%／计划 83.3%” and “滞后 43.5 个百分点” (a plan the table lacks; one decimal against two).
 */
import "../jsdomSetup";
import { readFileSync } from "node:fs";
import path from "node:path";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Root } from "../../../src/taskpane/components/Root/Root";
import { fileReport } from "../../../src/cli/report";
import { checkWorkbook } from "../../../src/core/check";
import { DEFAULT_SETTINGS, type JudgeSettings } from "../../../src/core/types";
import { snapshotFromXlsx } from "../../../src/host/xlsx/snapshot";
import { fakeHost } from "../fixtures";

jest.setTimeout(60_000);

const HUANGSHI = path.join(__dirname, "../../fixtures/real/hubei-huangshi-monitoring-2019.xlsx");

test("黄石 2019 on 31 October: 序时进度 83.33%, 滞后 43.53 个百分点, as the CLI says it; English alike", async () => {
  const { snapshot } = await snapshotFromXlsx(readFileSync(HUANGSHI));
  const user = userEvent.setup();
  const check = jest.fn(async (settings: JudgeSettings) =>
    checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: "2019-10-31", lang: settings.lang }),
  );
  render(<Root host={fakeHost({ check })} today="2019-10-31" />);
  await user.click(screen.getByRole("button", { name: "检查目标" }));
  const project = (await screen.findAllByTestId("project"))[0];
  expect(within(project).getByTestId("project-execution").textContent).toBe("执行 39.8%／序时进度 83.33%（红·滞后）");
  await user.click(within(project).getByTestId("project-toggle"));
  expect(within(project).getByTestId("lag").textContent).toBe("滞后 43.53 个百分点");
  expect(within(project).getByRole("img").getAttribute("aria-label")).toContain("2019-10-31 序时进度 83.33%");

  await user.click(screen.getByTestId("lang-toggle"));
  await waitFor(() =>
    expect(screen.getAllByTestId("project-execution")[0].textContent).toBe(
      "spent 39.8% / year elapsed 83.33% (Red · Behind)",
    ),
  );
  expect(screen.getAllByTestId("lag")[0].textContent).toBe("43.53 points behind");
});

// pane69: checked after its budget year (a self-evaluation in February), the bar said the plan “by 2020-02-15” while the
// command line said “12月31日”: the plan of a finished year is read at its end, and both now say so.
test("黄石 2019 checked on 2020-02-15: the bar reads the plan at 2019-12-31, the day the command line names", async () => {
  const { snapshot } = await snapshotFromXlsx(readFileSync(HUANGSHI));
  const user = userEvent.setup();
  const checked = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: "2020-02-15" });
  expect(checked.tables[0].table.budgetYear).toBe(2019);
  expect(fileReport("黄石.xlsx", "黄石.checked.xlsx", checked, "zh").join("\n")).toContain("12月31日序时进度 100%");
  render(<Root host={fakeHost({ check: async () => checked })} today="2020-02-15" />);
  await user.click(screen.getByRole("button", { name: "检查目标" }));
  const project = (await screen.findAllByTestId("project"))[0];
  await user.click(within(project).getByTestId("project-toggle"));
  const label = within(project).getByRole("img").getAttribute("aria-label")!;
  expect(label).toContain("2019-12-31 序时进度 100%");
  expect(label).not.toContain("2020-02-15");
});
