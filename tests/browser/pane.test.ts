/**
 * The built task pane in a real browser (Debian's Chromium via playwright-core), standalone mode:
 * open the sample workbook, see the counts and projects the core computes for it, filter to problems,
 * switch to English, download the checked copy and verify it with ExcelJS; axe-core finds no serious
 * or critical violations; nothing outside localhost is requested; screenshots at 320 and 450 px.
 */
import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { checkWorkbook } from "../../src/core/check";
import { buildPlan } from "../../src/core/plan/buildPlan";
import type { PlanOp } from "../../src/core/plan/types";
import { MARKS_SHEET, type CheckResult, type JudgeSettings } from "../../src/core/types";
import { snapshotFromXlsx } from "../../src/host/xlsx/snapshot";
import { todayIso } from "../../src/taskpane/model/format";
import { parseStoredSettings, toJudgeSettings } from "../../src/core/settings";
import {
  buildProjectViews,
  countByLight,
  filterProjects,
  LIGHT_FILTERS,
  NO_FILTERS,
} from "../../src/taskpane/model/views";
import { buildPane, isLocal, launchChromium, ROOT, serveDir } from "./serve";

jest.setTimeout(300_000);

const SAMPLE = join(ROOT, "assets", "sample.xlsx");
const RESULTS = join(ROOT, "test-results");
const MAX_INITIAL_JS_GZIP = 400 * 1024;

let dist = "";
let server: Server | undefined;
let base = "";
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const pageErrors: string[] = [];

/** What the pane should show for the sample: the same core, run here in Node with the page's settings. */
let expected: { settings: JudgeSettings; check: CheckResult };

beforeAll(async () => {
  const { snapshot } = await snapshotFromXlsx(readFileSync(SAMPLE));
  const stored = parseStoredSettings(snapshot.settings ?? null);
  const settings = toJudgeSettings(stored, stored.asOf ?? todayIso());
  expected = { settings, check: checkWorkbook(snapshot, settings) };

  dist = await buildPane();
  ({ server, base } = await serveDir(dist));
  browser = await launchChromium();
  context = await browser.newContext({ acceptDownloads: true, viewport: { width: 450, height: 900 } });
  page = await context.newPage();
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && pageErrors.push(m.text()));
  await page.goto(`${base}taskpane.html`);
  await page.getByTestId("welcome").waitFor();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(() => r(null)) : r(null)));
  if (dist) rmSync(dist, { recursive: true, force: true });
});

async function projectNames(): Promise<string[]> {
  return page.getByTestId("project-name").allTextContents();
}

describe("task pane in Chromium, standalone", () => {
  it("starts standalone, without office.js and without ExcelJS", async () => {
    expect(await page.evaluate(() => (window as Window & { __PERF_HOST__?: string }).__PERF_HOST__)).toBe("standalone");
    expect(await page.evaluate(() => typeof (window as Window & { Office?: unknown }).Office)).toBe("undefined");
    expect(requests.some((u) => u.includes("xlsx-engine"))).toBe(false);
    await expect(page.getByRole("button", { name: "检查目标" }).isDisabled()).resolves.toBe(true);
  });

  it("keeps the JavaScript loaded at start under 400 KB gzipped", async () => {
    const scripts = requests.filter((u) => u.startsWith(base) && u.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(0);
    const sizes = scripts.map((u) => {
      const raw = readFileSync(join(dist, new URL(u).pathname));
      return { file: new URL(u).pathname, raw: raw.length, gzip: gzipSync(raw).length };
    });
    const total = sizes.reduce((n, s) => n + s.gzip, 0);
    console.log(`initial JS: ${JSON.stringify(sizes)} total gzip ${(total / 1024).toFixed(1)} KB`);
    expect(total).toBeLessThan(MAX_INITIAL_JS_GZIP);
  });

  it("has no serious or critical accessibility violations before a file is opened", async () => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  });

  it("opens the sample workbook and shows the counts and projects the core finds", async () => {
    await page.getByTestId("file-input").setInputFiles(SAMPLE);
    await page.getByTestId("project").first().waitFor();
    const views = buildProjectViews(expected.check);
    expect(views.length).toBeGreaterThan(0);
    expect(await page.getByTestId("as-of").inputValue()).toBe(expected.settings.asOf);
    expect(await projectNames()).toEqual(views.map((v) => v.name));
    const counts = countByLight(views);
    for (const light of LIGHT_FILTERS) {
      expect({ light, count: await page.getByTestId(`chip-${light}`).getAttribute("data-count") }).toEqual({
        light,
        count: String(counts[light]),
      });
    }
    expect(await page.getByTestId("indicator").count()).toBe(views.reduce((n, v) => n + v.indicators.length, 0));
  });

  it("has no serious or critical accessibility violations with results shown", async () => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  });

  it("filters to problems", async () => {
    await page.getByRole("switch", { name: "只看问题" }).check();
    const wanted = filterProjects(buildProjectViews(expected.check), { ...NO_FILTERS, problemsOnly: true });
    if (wanted.length === 0) await page.getByTestId("no-match").waitFor();
    expect(await projectNames()).toEqual(wanted.map((v) => v.name));
    const shownItems = await page.getByTestId("indicator").count();
    expect(shownItems).toBe(wanted.reduce((n, v) => n + v.indicators.length, 0));
    await page.getByRole("switch", { name: "只看问题" }).uncheck();
  });

  it("switches to English", async () => {
    await page.getByTestId("lang-toggle").click();
    await page.getByRole("button", { name: "Check targets" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.getByRole("button", { name: "Download checked copy" }).waitFor();
    expect(await page.getByRole("switch", { name: "Problems only" }).count()).toBe(1);
  });

  it("downloads the checked copy, which ExcelJS reads back with the planned cells and the marks sheet", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download checked copy" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("sample.checked.xlsx");
    const path = join(dist, "downloaded.xlsx");
    await download.saveAs(path);
    await page.getByText("Downloaded sample.checked.xlsx").waitFor();

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet(MARKS_SHEET)).toBeDefined();
    // The planned-vs-actual chart of the summary sheet is in the copy (ExcelJS cannot read charts: look in the zip).
    const zip = await JSZip.loadAsync(readFileSync(path));
    expect(Object.keys(zip.files).some((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))).toBe(true);

    // Every value the plan (English, no formulas) writes is in the downloaded copy.
    const { snapshot } = await snapshotFromXlsx(readFileSync(SAMPLE));
    const settings = { ...expected.settings, lang: "en" as const };
    const plan = buildPlan(snapshot, checkWorkbook(snapshot, settings), { formulas: false, lang: "en" });
    // A cell written twice (the provisional record, then the final one) holds the last write.
    const lastWrites = new Map<string, PlanOp>();
    for (const op of plan.ops)
      if (op.op === "setValue") lastWrites.set(`${op.cell.sheet}!${op.cell.row},${op.cell.col}`, op);
    const writes = [...lastWrites.values()].filter((op) => op.op === "setValue" && op.value !== null);
    expect(writes.length).toBeGreaterThan(0);
    for (const op of writes) {
      if (op.op !== "setValue") continue;
      const cell = workbook.getWorksheet(op.cell.sheet)?.getCell(op.cell.row + 1, op.cell.col + 1);
      const value = cell?.value;
      const plain = value instanceof Date || (value && typeof value === "object" && "result" in value) ? null : value;
      if (plain === null) continue; // dates and cached formula results are compared by the host/xlsx tests
      expect({ cell: op.cell, value: plain }).toEqual({ cell: op.cell, value: op.value });
    }
  });

  it("fits 320 px and 450 px without horizontal scrolling; screenshots saved", async () => {
    mkdirSync(RESULTS, { recursive: true });
    for (const width of [320, 450]) {
      await page.setViewportSize({ width, height: 900 });
      // Measure the settled layout: on a busy machine the reflow after a resize can land a few frames late.
      await page
        .waitForFunction(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth, null, {
          timeout: 3000,
        })
        .catch(() => undefined);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      await page.screenshot({ path: join(RESULTS, `pane-${width}.png`), fullPage: true });
      expect({ width, overflow }).toEqual({ width, overflow: 0 });
    }
  });

  it("is keyboard reachable: Tab reaches the check button and the first indicator", async () => {
    // Start from the top: clicking the (unfocusable) title moves the sequential focus starting point there.
    await page.locator("h1").click();
    const reached = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      const id = await page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? "");
      if (id) reached.add(id);
    }
    expect(reached.has("check")).toBe(true);
    expect(reached.has("indicator") || reached.has("execution")).toBe(true);
  });

  it("requested nothing outside localhost and raised no page errors", () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !isLocal(u, base))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
