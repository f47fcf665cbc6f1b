/** @jest-environment jsdom */
/**
 * pane68: the pane shows a check in WPS; the clerk presses the ribbon's 检查目标 or 清除标记. The ribbon runs on the
 * add-in's own page, so its writes raise SheetChange in the pane (the fake raises it for every write, as VBA's Change
 * event fires for a macro's) with no word of whose: the pane said “结果可能已过时” for up to 1.5 s after a ribbon check
 * (until its poll found the new result), and after a clear it said both that the cells were edited and that the marks
 * were cleared. Now the ribbon says in PluginStorage while it writes, and the pane tells no edit then.
 */
import "../taskpane/jsdomSetup";
import "./jsdomTextCoding";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkedIndicators } from "../../src/core/checked";
import { cellName, keyCol, keyRow } from "../../src/core/a1";
import { createRibbon, RIBBON_BUTTONS } from "../../src/host/wps/ribbon";
import { snapshotFromXlsx } from "../../src/host/xlsx/snapshot";
import { Root } from "../../src/taskpane/components/Root/Root";
import { createWpsHost, SHIFT_SETTLE_MS } from "../../src/taskpane/hosts/wpsHost";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import { recording } from "./recording";
import { AS_OF } from "./drivers";

jest.setTimeout(120_000);

async function paneAndRibbon() {
  const file = readFileSync(path.join(__dirname, "../../assets/sample.xlsx"));
  const fake = new FakeWps(modelFromSnapshot((await snapshotFromXlsx(file)).snapshot));
  const ribbon = createRibbon({
    app: () => fake.app,
    alert: () => undefined,
    paneUrl: () => "https://perf.example.gov.cn/addin/wps/taskpane.html",
    today: () => AS_OF,
    now: () => new Date(),
  });
  ribbon.OnAddinLoad(null);
  const { host, seen } = recording(createWpsHost(fake.app, () => AS_OF));
  const user = userEvent.setup();
  render(<Root host={host} today={AS_OF} />);
  await user.click(await screen.findByRole("button", { name: "检查目标" }));
  await screen.findAllByTestId("project");
  await wait(SHIFT_SETTLE_MS + 50);
  expect(screen.queryByTestId("cells-edited")).toBeNull();
  return { fake, ribbon, seen };
}

async function wait(ms: number): Promise<void> {
  await act(async () => new Promise((resolve) => setTimeout(resolve, ms)));
}

test("a ribbon check's own writes do not say the shown results may be out of date", async () => {
  const { ribbon } = await paneAndRibbon();
  await act(async () => ribbon.OnAction({ Id: RIBBON_BUTTONS.check }));
  await wait(50);
  expect(screen.queryByTestId("cells-edited")).toBeNull(); // before the pane's poll finds the ribbon's result
  await wait(1600);
  expect(screen.queryByTestId("cells-edited")).toBeNull();
});

test("a ribbon clear says it cleared, not that the clerk edited the cells", async () => {
  const { ribbon } = await paneAndRibbon();
  await act(async () => ribbon.OnAction({ Id: RIBBON_BUTTONS.clear }));
  await wait(1600);
  expect((await screen.findByTestId("notice")).textContent).toContain("清除标记：");
  expect(screen.queryByTestId("cells-edited")).toBeNull();
});

test("the clerk's own typing after a ribbon run still says so", async () => {
  const { fake, ribbon, seen } = await paneAndRibbon();
  await act(async () => ribbon.OnAction({ Id: RIBBON_BUTTONS.check }));
  await wait(1600);
  const [checked] = seen;
  const green = checked.tables
    .flatMap((t) => checkedIndicators(t).map((c) => ({ sheet: t.table.sheet, ...c })))
    .find((c) => c.result.light === "green" && c.indicator.actual?.cell !== undefined)!;
  const cell = green.indicator.actual!.cell!;
  const sheet = fake.app.ActiveWorkbook!.Worksheets.Item(green.sheet);
  await act(async () => void (sheet.Range(cellName(keyRow(cell), keyCol(cell))).Value2 = "见附件"));
  expect((await screen.findByTestId("cells-edited")).textContent).toContain("可能已过时");
});
