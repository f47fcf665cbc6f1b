/** The WPS ribbon and the pane's WPS host, on the strict fake. */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { CheckResult } from "../../../src/core/types";
import {
  createRibbon,
  LAST_RESULT_KEY,
  RIBBON_BUTTONS,
  RIBBON_WRITING_KEY,
  RIBBON_WRITING_LAPSES_MS,
  ribbonCallbacks,
  ribbonWriting,
  type RibbonUi,
} from "../../../src/host/wps/ribbon";
import { saveSettings } from "../../../src/host/wps/actions";
import { DEFAULT_STORED, serializeSettings } from "../../../src/core/settings";
import { snapshotFromXlsx } from "../../../src/host/xlsx/snapshot";
import { detectHostKind } from "../../../src/taskpane/hosts/detect";
import { createWpsHost } from "../../../src/taskpane/hosts/wpsHost";
import { DEFAULT_SETTINGS, type WorkbookSnapshot } from "../../../src/core/types";
import { FakeWps, modelFromSnapshot } from "./fake";
import { FakeRibbonHost } from "./fakeRibbon";

const RIBBON_XML = readFileSync(path.join(__dirname, "../../../wps/ribbon.xml"), "utf8");
const CJK = /[\u3400-\u9fff\uff00-\uffef]/;

let seed: WorkbookSnapshot;
beforeAll(async () => {
  seed = (await snapshotFromXlsx(readFileSync(path.join(__dirname, "../../fixtures/seed-one-sheet.xlsx")))).snapshot;
});

function ribbonOn(fake: FakeWps | null, now = () => new Date("2024-08-15T08:00:00Z")) {
  const alerts: string[] = [];
  const ui: RibbonUi = {
    app: () => fake?.app,
    alert: (m) => void alerts.push(m),
    paneUrl: () => "https://perf.example.gov.cn/addin/wps/taskpane.html",
    today: () => "2024-08-15",
    now,
  };
  return { ribbon: createRibbon(ui), alerts };
}

test("检查目标 writes the marks, says what it found in one line and leaves the result for the pane", () => {
  const fake = new FakeWps(modelFromSnapshot(seed));
  const { ribbon, alerts } = ribbonOn(fake);
  expect(ribbon.OnAddinLoad(null)).toBe(true);
  ribbon.OnAction({ Id: RIBBON_BUTTONS.check });
  expect(alerts).toHaveLength(1);
  expect(alerts[0]).toMatch(/^已检查 \d+ 张绩效目标表：红色预警 \d+ 项，黄色预警 \d+ 项。$/);
  expect(fake.model.sheets.map((s) => s.name)).toContain("监控汇总");
  const stored = JSON.parse(String(fake.storage.get(LAST_RESULT_KEY))) as { result: CheckResult };
  expect(stored.result.tables.length).toBeGreaterThan(0);
});

test("打开面板 creates the task pane once and shows it again later; 清除标记 removes the marks", () => {
  const fake = new FakeWps(modelFromSnapshot(seed));
  const { ribbon, alerts } = ribbonOn(fake);
  ribbon.OnAction({ Id: RIBBON_BUTTONS.pane });
  expect([...fake.panes.values()]).toEqual([
    { url: "https://perf.example.gov.cn/addin/wps/taskpane.html", visible: true },
  ]);
  fake.panes.get(1)!.visible = false; // the user closes it
  ribbon.OnAction({ Id: RIBBON_BUTTONS.pane });
  expect([...fake.panes.values()].map((p) => p.visible)).toEqual([true]);
  ribbon.OnAction({ Id: RIBBON_BUTTONS.check });
  ribbon.OnAction({ Id: RIBBON_BUTTONS.clear });
  expect(fake.model.sheets.map((s) => s.name)).toEqual(seed.sheets.map((s) => s.name));
  expect(alerts).toHaveLength(2);
  expect(ribbon.GetImage({ Id: RIBBON_BUTTONS.check })).toBe("images/perf-32.png");
});

test("a ribbon run's word that it writes: held while it runs, gone after, lapsed when a dead run left it (pane69)", () => {
  const fake = new FakeWps(modelFromSnapshot(seed));
  const { ribbon } = ribbonOn(fake);
  const began = new Date("2024-08-15T08:00:00Z").getTime();
  const heard: boolean[] = [];
  fake.app.ApiEvent!.AddApiEventListener(
    "SheetChange",
    () => void heard.push(ribbonWriting(fake.app, fake.fullName, began + 5000)),
  );
  ribbon.OnAction({ Id: RIBBON_BUTTONS.check });
  expect(heard.length).toBeGreaterThan(0);
  expect(heard.every(Boolean)).toBe(true);
  expect(ribbonWriting(fake.app, fake.fullName, began + 5000)).toBe(false); // done: cleared
  // What a run that died left behind: held for the lapse, not after it.
  fake.storage.set(RIBBON_WRITING_KEY, String(began));
  expect(ribbonWriting(fake.app, fake.fullName, began + RIBBON_WRITING_LAPSES_MS - 1)).toBe(true);
  expect(ribbonWriting(fake.app, fake.fullName, began + RIBBON_WRITING_LAPSES_MS)).toBe(false);
  fake.storage.set(RIBBON_WRITING_KEY, "1"); // an earlier version's word: no time, no hold
  expect(ribbonWriting(fake.app, fake.fullName, began)).toBe(false);
});

test("a ribbon run writing for longer than the lapse: each of its writes is heard as its own to the end; died, its word lapses", () => {
  // The fake's clock: 2 s a write (a slow PC, a big workbook), so the run writes for minutes.
  const fake = new FakeWps(modelFromSnapshot(seed));
  const began = new Date("2024-08-15T08:00:00Z").getTime();
  const from = fake.protectableCalls;
  const clock = () => began + 2000 * (fake.protectableCalls - from);
  const { ribbon, alerts } = ribbonOn(fake, () => new Date(clock()));
  const heard: { at: number; ours: boolean; word: unknown }[] = [];
  fake.app.ApiEvent!.AddApiEventListener("SheetChange", () => {
    heard.push({
      at: clock(),
      ours: ribbonWriting(fake.app, fake.fullName, clock()),
      word: fake.storage.get(RIBBON_WRITING_KEY),
    });
  });
  ribbon.OnAction({ Id: RIBBON_BUTTONS.check });
  expect(alerts[0]).toMatch(/^已检查/);
  expect(clock() - began).toBeGreaterThan(3 * RIBBON_WRITING_LAPSES_MS);
  expect(heard.filter((h) => !h.ours).map((h) => (h.at - began) / 1000)).toEqual([]); // seconds into the run
  expect(ribbonWriting(fake.app, fake.fullName, clock())).toBe(false); // done: cleared

  // The page died at its write heard half-way: its word as it was then stays, and holds for the lapse only.
  const died = heard[Math.floor(heard.length / 2)];
  fake.storage.set(RIBBON_WRITING_KEY, died.word);
  expect(ribbonWriting(fake.app, fake.fullName, died.at)).toBe(true);
  expect(ribbonWriting(fake.app, fake.fullName, died.at + RIBBON_WRITING_LAPSES_MS)).toBe(false);
});

test("打开面板 finds its pane again whether PluginStorage gives the ID back as text or as the number stored", () => {
  // Kingsoft's typings: getItem(key): string — the fake's reading (above: one pane after two clicks). Its wpsjs template
  // reads the type it stored. Both readings, one pane each.
  for (const asStored of [true, false]) {
    const fake = new FakeWps(modelFromSnapshot(seed));
    if (asStored) fake.app.PluginStorage!.getItem = (key: string) => fake.storage.get(key) ?? null;
    const { ribbon } = ribbonOn(fake);
    ribbon.OnAction({ Id: RIBBON_BUTTONS.pane });
    fake.panes.get(1)!.visible = false;
    ribbon.OnAction({ Id: RIBBON_BUTTONS.pane });
    expect({ asStored, panes: [...fake.panes.values()].map((p) => p.visible) }).toEqual({ asStored, panes: [true] });
  }
});

test("errors become one Chinese line, never a stack trace", () => {
  const empty = new FakeWps(
    modelFromSnapshot({ sheets: [{ name: "Sheet1", originRow: 0, originCol: 0, values: [["hello"]], merges: [] }] }),
  );
  const { ribbon, alerts } = ribbonOn(empty);
  ribbon.OnAction({ Id: RIBBON_BUTTONS.check });
  expect(alerts).toEqual([expect.stringMatching(/^操作未完成：没有找到绩效目标表/)]);
  expect(alerts[0]).not.toMatch(/\n\s+at /);
  const outside = ribbonOn(null);
  outside.ribbon.OnAction({ Id: RIBBON_BUTTONS.check });
  expect(outside.alerts).toEqual([expect.stringMatching(/WPS 表格/)]);
});

test("with English chosen in the pane's settings, the ribbon's outcomes and errors are in English", () => {
  const english = serializeSettings({ ...DEFAULT_STORED, lang: "en" });
  const fake = new FakeWps(modelFromSnapshot(seed));
  saveSettings(fake.app, english);
  const { ribbon, alerts } = ribbonOn(fake);
  ribbon.OnAction({ Id: RIBBON_BUTTONS.check });
  ribbon.OnAction({ Id: RIBBON_BUTTONS.clear });
  ribbon.OnAction({ Id: RIBBON_BUTTONS.clear });
  expect(alerts[0]).toMatch(/^Checked \d+ performance target tables?: red warnings \d+, yellow warnings \d+\.$/);
  expect(alerts[2]).toBe("The workbook holds nothing the add-in added: nothing to clear.");
  expect(alerts).toHaveLength(3);
  expect(alerts.join("\n")).not.toMatch(/[\u4e00-\u9fff]/);

  const empty = new FakeWps(
    modelFromSnapshot({ sheets: [{ name: "Sheet1", originRow: 0, originCol: 0, values: [["hello"]], merges: [] }] }),
  );
  saveSettings(empty.app, english);
  const failed = ribbonOn(empty);
  failed.ribbon.OnAction({ Id: RIBBON_BUTTONS.check });
  expect(failed.alerts).toEqual([expect.stringMatching(/^Not done: /)]);
});

test("the pane detects WPS from its window.Application, Office globals or not, and its host checks and keeps settings", async () => {
  const fake = new FakeWps(modelFromSnapshot(seed));
  expect(detectHostKind({ __PERF_HOST__: "standalone", Application: fake.app })).toBe("wps");
  expect(detectHostKind({ __PERF_HOST__: "office", Office: {}, Application: fake.app })).toBe("wps");
  expect(detectHostKind({ __PERF_HOST__: "standalone" })).toBe("standalone");

  const host = createWpsHost(fake.app, () => "2024-08-15");
  expect(host.kind).toBe("wps");
  const result = await host.check({ ...DEFAULT_SETTINGS, asOf: "2024-08-15" });
  expect(result.tables.length).toBeGreaterThan(0);
  await host.saveSettings({ ...DEFAULT_SETTINGS, asOf: "2024-07-31" });
  expect((await host.loadSettings())?.asOf).toBe("2024-07-31");

  const seen: CheckResult[] = [];
  const { ribbon } = ribbonOn(fake);
  ribbon.OnAction({ Id: RIBBON_BUTTONS.check });
  jest.useFakeTimers();
  try {
    const stop = host.subscribeResults!((r) => seen.push(r));
    jest.advanceTimersByTime(5000); // polling finds nothing newer
    expect(seen).toHaveLength(1);
    ribbon.OnAction({ Id: RIBBON_BUTTONS.check }); // a second ribbon check while the pane is open
    fake.storage.set("perfTargets.lastResultAt", "2024-08-15T09:00:00.000Z");
    jest.advanceTimersByTime(2000);
    expect(seen).toHaveLength(2);
    stop();
  } finally {
    jest.useRealTimers();
  }
});

test("the pane hears a clear done from the ribbon, in each language, after the check it followed; not once a check came after it (pane66)", async () => {
  // Before: WPS's alert said what the clear did, then the pane went on listing the findings with no word of the clear.
  const fake = new FakeWps(modelFromSnapshot(seed));
  const name = fake.model.sheets[0].name;
  const { ribbon } = ribbonOn(fake);
  ribbon.OnAction({ Id: RIBBON_BUTTONS.check });
  fake.model.sheets[0].protected = true;
  const host = createWpsHost(fake.app, () => "2024-08-15");
  const said: { zh: string; en: string }[] = [];
  const seen: CheckResult[] = [];
  jest.useFakeTimers();
  try {
    const stop = host.subscribeResults!(
      (r) => seen.push(r),
      undefined,
      (s) => said.push(s),
    );
    expect([seen.length, said.length]).toEqual([1, 0]);
    ribbon.OnAction({ Id: RIBBON_BUTTONS.clear });
    jest.advanceTimersByTime(2000);
    expect(said).toHaveLength(1);
    expect(said[0].zh).toContain(`工作表「${name}」受保护`);
    expect(said[0].en).toContain(`Sheet "${name}" is protected`);
    jest.advanceTimersByTime(5000); // said once
    expect(said).toHaveLength(1);
    stop();
    // A pane opened after the clear hears of it, after the check it followed.
    const order: string[] = [];
    createWpsHost(fake.app).subscribeResults!(
      () => order.push("check"),
      undefined,
      () => order.push("clear"),
    )();
    expect(order).toEqual(["check", "clear"]);
    // A check after the clear: the clear is no news to a pane opened then.
    fake.model.sheets[0].protected = false;
    const later = ribbonOn(fake);
    later.ribbon.OnAction({ Id: RIBBON_BUTTONS.check });
    fake.storage.set("perfTargets.lastResultAt", "2024-08-15T09:00:00.000Z");
    const after: string[] = [];
    createWpsHost(fake.app).subscribeResults!(
      () => after.push("check"),
      undefined,
      () => after.push("clear"),
    )();
    expect(after).toEqual(["check"]);
  } finally {
    jest.useRealTimers();
  }
});

/** WPS started with the add-in: ribbon.xml drawn, its callbacks asked for the words (fakeRibbon.ts). */
function wpsStarted(fake: FakeWps) {
  const { ribbon, alerts } = ribbonOn(fake);
  const wps = new FakeRibbonHost(RIBBON_XML, { ...ribbonCallbacks(ribbon) });
  wps.load();
  return { ribbon, alerts, wps };
}

const CHINESE_LABELS = {
  perfTargetsTab: "绩效目标",
  perfTargetsGroup: "绩效目标监控",
  btnCheck: "检查目标",
  btnPane: "打开面板",
  btnClear: "清除标记",
};
// The tab and the group keep their fixed Chinese words (ribbon.xml says why): only the buttons follow the language.
const ENGLISH_LABELS = {
  perfTargetsTab: "绩效目标",
  perfTargetsGroup: "绩效目标监控",
  btnCheck: "Check targets",
  btnPane: "Open pane",
  btnClear: "Clear marks",
};

describe("the ribbon's words follow the language chosen", () => {
  test("Chinese by default: the tab, the group and each button's label, screentip and supertip", () => {
    const { wps } = wpsStarted(new FakeWps(modelFromSnapshot(seed)));
    expect(wps.labels()).toEqual(CHINESE_LABELS);
    const check = wps.shown().find((c) => c.id === RIBBON_BUTTONS.check)!;
    expect(check.screentip).toBe("检查目标");
    expect(check.supertip).toMatch(/^读取本工作簿的绩效目标表.*“监控汇总”工作表。$/);
  });

  test("English chosen in the pane: the ribbon turns English once the page looks, and Chinese again after a switch back", async () => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    const { ribbon, wps } = wpsStarted(fake);
    const pane = createWpsHost(fake.app, () => "2024-08-15");
    await pane.saveSettings({ ...DEFAULT_STORED, lang: "en" });
    expect(wps.labels()).toEqual(CHINESE_LABELS); // WPS keeps what it was given until the ribbon is invalidated
    ribbon.followLanguage();
    expect(wps.labels()).toEqual(ENGLISH_LABELS);
    const words = wps
      .shown()
      .filter((c) => c.id.startsWith("btn"))
      .flatMap((c) => [c.label, c.screentip, c.supertip].filter(Boolean));
    expect(words.join("\n")).not.toMatch(CJK);
    expect(wps.shown().find((c) => c.id === RIBBON_BUTTONS.clear)!.supertip).toBe(
      "Remove the monitoring columns, highlights, notes and sheets this add-in wrote; what you typed stays.",
    );

    const asked = wps.asked.length;
    ribbon.followLanguage(); // nothing changed: WPS is not made to ask again
    wps.labels();
    expect(wps.asked).toHaveLength(asked);

    await pane.saveSettings({ ...DEFAULT_STORED, lang: "zh" });
    ribbon.followLanguage();
    expect(wps.labels()).toEqual(CHINESE_LABELS);
  });

  test("the pane opened on a workbook that chose English turns the ribbon English", async () => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    saveSettings(fake.app, serializeSettings({ ...DEFAULT_STORED, lang: "en" }));
    const { ribbon, wps } = wpsStarted(fake);
    expect(wps.labels()).toEqual(CHINESE_LABELS);
    expect((await createWpsHost(fake.app).loadSettings())?.lang).toBe("en");
    ribbon.followLanguage();
    expect(wps.labels()).toEqual(ENGLISH_LABELS);
  });

  test("a ribbon check in a workbook that chose English says so in English and turns the words English at once", () => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    saveSettings(fake.app, serializeSettings({ ...DEFAULT_STORED, lang: "en" }));
    const { ribbon, alerts, wps } = wpsStarted(fake);
    ribbon.OnAction({ Id: RIBBON_BUTTONS.check });
    expect(alerts[0]).toMatch(/^Checked /);
    expect(wps.labels()).toEqual(ENGLISH_LABELS);
  });

  test("as WPS's template does, each button is invalidated by InvalidateControl: only the buttons are asked again", async () => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    const { ribbon, wps } = wpsStarted(fake);
    const asked = wps.asked.length;
    await createWpsHost(fake.app).saveSettings({ ...DEFAULT_STORED, lang: "en" });
    ribbon.followLanguage();
    expect(wps.invalidated).toEqual([
      "InvalidateControl(btnCheck)",
      "InvalidateControl(btnPane)",
      "InvalidateControl(btnClear)",
    ]);
    expect(wps.labels()).toEqual(ENGLISH_LABELS);
    expect(wps.asked.slice(asked).sort()).toEqual(
      ["btnCheck", "btnPane", "btnClear"]
        .flatMap((id) => [`GetLabel(${id})`, `GetScreentip(${id})`, `GetSupertip(${id})`])
        .sort(),
    );
  });

  test("a WPS that hands OnAddinLoad no ribbon UI: the add-in root's own Application.ribbonUI is invalidated", async () => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    const { ribbon } = ribbonOn(fake);
    const wps = new FakeRibbonHost(RIBBON_XML, {
      ...ribbonCallbacks(ribbon),
      OnAddinLoad: () => ribbon.OnAddinLoad(undefined),
    });
    fake.app.ribbonUI = wps.ribbonUI; // et-jsapi-declare: WPS.AddonRoot `readonly ribbonUI: RibbonUi`
    wps.load();
    await createWpsHost(fake.app).saveSettings({ ...DEFAULT_STORED, lang: "en" });
    ribbon.followLanguage();
    expect(wps.labels()).toEqual(ENGLISH_LABELS);
  });

  test("a WPS with Invalidate alone is asked to invalidate everything; one whose ribbon UI fails keeps the words", async () => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    const { ribbon } = ribbonOn(fake);
    const wps = new FakeRibbonHost(RIBBON_XML, {
      ...ribbonCallbacks(ribbon),
      OnAddinLoad: (ui: FakeRibbonHost["ribbonUI"]) => ribbon.OnAddinLoad({ Invalidate: ui.Invalidate }),
    });
    wps.load();
    const pane = createWpsHost(fake.app);
    await pane.saveSettings({ ...DEFAULT_STORED, lang: "en" });
    ribbon.followLanguage();
    expect(wps.invalidated).toEqual(["Invalidate()"]);
    expect(wps.labels()).toEqual(ENGLISH_LABELS);

    const failing = ribbonOn(fake);
    const broken = () => {
      throw new Error("RPC 服务器不可用");
    };
    failing.ribbon.OnAddinLoad({ Invalidate: broken, InvalidateControl: broken });
    await pane.saveSettings({ ...DEFAULT_STORED, lang: "zh" });
    expect(() => failing.ribbon.followLanguage()).not.toThrow(); // the page's timer goes on
    failing.ribbon.OnAction({ Id: RIBBON_BUTTONS.clear });
    expect(failing.alerts).toEqual([expect.stringMatching(/^已清除|^工作簿中没有/)]);
  });

  test("the fake refuses what CustomUI and WPS refuse", () => {
    const { ribbon } = ribbonOn(new FakeWps(modelFromSnapshot(seed)));
    const globals = { ...ribbonCallbacks(ribbon) };
    expect(
      () => new FakeRibbonHost(RIBBON_XML.replace('id="btnPane" getLabel', 'id="btnPane" label="x" getLabel'), globals),
    ).toThrow(/同时有 label 与 getLabel/);
    const missing = new FakeRibbonHost(RIBBON_XML.replace(/GetSupertip/g, "OnGetSupertip"), globals);
    expect(() => missing.load()).toThrow(/没有全局函数 OnGetSupertip/);
    const wps = new FakeRibbonHost(RIBBON_XML, { ...globals, GetLabel: () => 42 });
    expect(() => wps.load()).toThrow(/不是文字/);
    const fine = new FakeRibbonHost(RIBBON_XML, globals);
    fine.load();
    expect(() => fine.ribbonUI.InvalidateControl("btnChek")).toThrow(/没有控件 btnChek/);
  });
});
