/** @jest-environment jsdom */
/**
 * review39: WPS 表格 keeps one task pane for the whole window (ribbon.ts finds it again by the id kept in
 * Application.PluginStorage, whichever workbook is active). A clerk collecting two units' workbooks opens the pane
 * on the first — which stores its own settings: 监控时点 2024-07-31, other warning bands — then switches to the second
 * unit's workbook (never given settings) and presses 检查目标 in the pane. The second workbook must be judged as the
 * ribbon's 检查目标 judges it (its own date: today here; the default bands), not with the first workbook's stored
 * date and bands; and nothing of the first's settings may be written into the second.
 */
import "../taskpane/jsdomSetup";
import "./jsdomTextCoding";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Root } from "../../src/taskpane/components/Root/Root";
import { createWpsHost } from "../../src/taskpane/hosts/wpsHost";
import { createRibbon, RIBBON_BUTTONS, lastRibbonResult } from "../../src/host/wps/ribbon";
import * as actions from "../../src/host/wps/actions";
import { snapshotFromXlsx } from "../../src/host/xlsx/snapshot";
import { serializeSettings, DEFAULT_STORED } from "../../src/core/settings";
import type { CheckResult, WorkbookSnapshot } from "../../src/core/types";
import type { WpsApplication } from "../../src/host/wps/model";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";

jest.setTimeout(60_000);

const TODAY = "2024-08-15";
const FIRST_UNIT = { ...DEFAULT_STORED, asOf: "2024-07-31", bands: { red: 50, yellow: 70, blue: 130 } };

let seed: WorkbookSnapshot;
beforeAll(async () => {
  seed = (await snapshotFromXlsx(readFileSync(path.join(__dirname, "../fixtures/seed-per-sheet.xlsx")))).snapshot;
});

/** One WPS window: Application's members answer for whichever workbook is active (Application.ActiveWorkbook). */
function wpsWindow(active: FakeWps) {
  const app = new Proxy({} as WpsApplication, {
    get: (_t, prop) => Reflect.get(active.app, prop, active.app),
    set: (_t, prop, value) => Reflect.set(active.app, prop, value, active.app),
  });
  return { app, activate: (fake: FakeWps) => (active = fake) };
}

test("the pane checks the second unit's workbook as the ribbon does, not with the first one's stored settings", async () => {
  const first = new FakeWps(modelFromSnapshot(seed));
  actions.saveSettings(first.app, serializeSettings(FIRST_UNIT)); // 甲单位 saved its own date and bands
  const second = new FakeWps(modelFromSnapshot(seed));
  const reference = new FakeWps(modelFromSnapshot(seed)); // the same workbook, checked from the ribbon
  createRibbon({
    app: () => reference.app,
    alert: () => undefined,
    paneUrl: () => "https://perf.example.gov.cn/addin/wps/taskpane.html",
    today: () => TODAY,
    now: () => new Date(`${TODAY}T08:00:00Z`),
  }).OnAction({ Id: RIBBON_BUTTONS.check });
  const byRibbon = lastRibbonResult(reference.app, "")!.result as CheckResult;
  expect(byRibbon.asOf).toBe(TODAY);

  const win = wpsWindow(first);
  const host = createWpsHost(win.app, () => TODAY);
  const results: CheckResult[] = [];
  const check = host.check.bind(host);
  host.check = async (request, onProgress) => {
    const result = await check(request, onProgress);
    results.push(result);
    return result;
  };
  const user = userEvent.setup();
  render(<Root host={host} today={TODAY} />);
  await screen.findByDisplayValue("2024-07-31"); // the pane shows 甲单位's stored date

  win.activate(second); // the clerk switches to 乙单位's workbook; the same pane stays open
  await user.click(screen.getByRole("button", { name: "检查目标" }));
  await screen.findAllByTestId("project");

  const byPane = results.at(-1)!;
  expect(byPane.asOf).toBe(byRibbon.asOf);
  const lights = (r: CheckResult) => r.tables.map((t) => [t.result.light, ...t.results.map((i) => i.light)].join(""));
  expect(lights(byPane)).toEqual(lights(byRibbon));
  // 乙单位's record carries none of 甲单位's settings.
  expect(actions.loadSettings(second.app)).toBe(actions.loadSettings(reference.app));
});

test("a date typed in the pane after switching judges the second workbook at it, stored with its own settings", async () => {
  const first = new FakeWps(modelFromSnapshot(seed));
  actions.saveSettings(first.app, serializeSettings(FIRST_UNIT));
  const second = new FakeWps(modelFromSnapshot(seed));
  const win = wpsWindow(first);
  const host = createWpsHost(win.app, () => TODAY);
  const user = userEvent.setup();
  render(<Root host={host} today={TODAY} />);
  await screen.findByDisplayValue("2024-07-31");

  win.activate(second);
  fireEvent.change(screen.getByLabelText("监控时点"), { target: { value: "2024-09-30" } });
  await user.click(screen.getByRole("button", { name: "检查目标" }));
  await screen.findAllByTestId("project");
  // The date the clerk chose is stored in 乙单位's workbook with 乙单位's own (default) bands, not 甲单位's.
  const stored = JSON.parse(actions.loadSettings(second.app)!) as { asOf: string; bands: unknown };
  expect(stored.asOf).toBe("2024-09-30");
  expect(stored.bands).toEqual(DEFAULT_STORED.bands);
  // 甲单位's own settings are untouched.
  expect(JSON.parse(actions.loadSettings(first.app)!)).toEqual(expect.objectContaining({ asOf: "2024-07-31" }));
});
