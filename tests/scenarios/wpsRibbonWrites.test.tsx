/** @jest-environment jsdom */
/**
 * pane68: the pane shows a check in WPS; the clerk presses the ribbon's 检查目标 or 清除标记. The ribbon runs on the
 * add-in's own page, so its writes raise SheetChange in the pane (the fake raises it for every write, as VBA's Change
 * event fires for a macro's) with no word of whose: the pane said “结果可能已过时” for up to 1.5 s after a ribbon check
 * (until its poll found the new result), and after a clear it said both that the cells were edited and that the marks
 * were cleared. Now the ribbon says in PluginStorage while it writes, and the pane tells no edit then. pane69: that word
 * lapses, and the add-in's page drops it when it loads, so a run that died mid-write does not silence the pane for good.
 */
import "../taskpane/jsdomSetup";
import "./jsdomTextCoding";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkedIndicators } from "../../src/core/checked";
import { cellName, keyCol, keyRow } from "../../src/core/a1";
import type { CheckResult } from "../../src/core/types";
import { createRibbon, RIBBON_BUTTONS, RIBBON_WRITING_KEY, RIBBON_WRITING_LAPSES_MS } from "../../src/host/wps/ribbon";
import { snapshotFromXlsx } from "../../src/host/xlsx/snapshot";
import { Root } from "../../src/taskpane/components/Root/Root";
import { createWpsHost, SHIFT_SETTLE_MS } from "../../src/taskpane/hosts/wpsHost";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import { recording } from "./recording";
import { AS_OF } from "./drivers";

jest.setTimeout(120_000);

/** The add-in's page: its ribbon, loaded (OnAddinLoad), whose clock says `now`. */
function addinPage(fake: FakeWps, now: () => Date = () => new Date()) {
  const ribbon = createRibbon({
    app: () => fake.app,
    alert: () => undefined,
    paneUrl: () => "https://perf.example.gov.cn/addin/wps/taskpane.html",
    today: () => AS_OF,
    now,
  });
  ribbon.OnAddinLoad(null);
  return ribbon;
}

async function paneAndRibbon(now?: () => Date) {
  const file = readFileSync(path.join(__dirname, "../../assets/sample.xlsx"));
  const fake = new FakeWps(modelFromSnapshot((await snapshotFromXlsx(file)).snapshot));
  const ribbon = addinPage(fake, now);
  const { host, seen } = recording(createWpsHost(fake.app, () => AS_OF));
  const user = userEvent.setup();
  render(<Root host={host} today={AS_OF} />);
  await user.click(await screen.findByRole("button", { name: "检查目标" }));
  await screen.findAllByTestId("project");
  await wait(SHIFT_SETTLE_MS + 50);
  expect(screen.queryByTestId("cells-edited")).toBeNull();
  return { fake, ribbon, seen };
}

/** The clerk types over a green indicator's actual (a cell of the shown result). */
async function clerkTypes(fake: FakeWps, checked: CheckResult) {
  const green = checked.tables
    .flatMap((t) => checkedIndicators(t).map((c) => ({ sheet: t.table.sheet, ...c })))
    .find((c) => c.result.light === "green" && c.indicator.actual?.cell !== undefined)!;
  const cell = green.indicator.actual!.cell!;
  const sheet = fake.app.ActiveWorkbook!.Worksheets.Item(green.sheet);
  await act(async () => void (sheet.Range(cellName(keyRow(cell), keyCol(cell))).Value2 = "见附件"));
}

/**
 * A ribbon 检查目标 whose page dies at its first write (WPS closed the page, the script was stopped): PluginStorage, which
 * outlives the page, keeps what the run had stored by then and never hears that the run ended.
 */
async function ribbonCheckDies(fake: FakeWps, ribbon: ReturnType<typeof createRibbon>) {
  let atDeath: Map<string, unknown> | null = null;
  const firstWrite = () => void (atDeath ??= new Map(fake.storage));
  fake.app.ApiEvent!.AddApiEventListener("SheetChange", firstWrite);
  await act(async () => ribbon.OnAction({ Id: RIBBON_BUTTONS.check }));
  fake.app.ApiEvent!.RemoveApiEventListener("SheetChange", firstWrite);
  fake.storage.clear();
  for (const [key, value] of atDeath!) fake.storage.set(key, value);
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
  await clerkTypes(fake, seen[0]);
  expect((await screen.findByTestId("cells-edited")).textContent).toContain("可能已过时");
});

// pane69: a ribbon run whose page died mid-write left its word that it writes set, and the pane then took every edit
// of the clerk's for the ribbon's, for as long as WPS ran.
test("a ribbon run that died mid-write no longer hides the clerk's edits once its word has lapsed", async () => {
  // The run began longer ago than a run's word holds.
  const { fake, ribbon, seen } = await paneAndRibbon(() => new Date(Date.now() - RIBBON_WRITING_LAPSES_MS - 1000));
  await ribbonCheckDies(fake, ribbon);
  expect(fake.storage.get(RIBBON_WRITING_KEY)).not.toBe(""); // the word was left behind
  await clerkTypes(fake, seen[0]);
  expect((await screen.findByTestId("cells-edited")).textContent).toContain("可能已过时");
});

test("the add-in's page loading again drops a dead run's word at once", async () => {
  const { fake, ribbon, seen } = await paneAndRibbon();
  await ribbonCheckDies(fake, ribbon);
  addinPage(fake); // WPS opens the add-in's page again: OnAddinLoad
  await clerkTypes(fake, seen[0]);
  expect((await screen.findByTestId("cells-edited")).textContent).toContain("可能已过时");
});
