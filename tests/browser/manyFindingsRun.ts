/**
 * One run of the standalone pane on a bureau's big workbook (hundreds of tables, over a thousand findings), as a
 * finance officer works it: choose the file, wait for the results, type a project's number into the search box key by
 * key, clear it, open the findings' tab (目标审核 or 自评得分), go to the end of its findings and click the last one. Each step is timed as
 * the browser times an interaction (the Event Timing API: from the key or click to the next frame painted, what
 * "typing lags" means), and the page's long tasks (> 50 ms) are kept. Shared by the browser test (which asserts what
 * the run shows) and `npm run bench` (which reports the timings: wall-clock goals are medians there, not test limits).
 */
import type { Page } from "playwright-core";

export interface ManyFindingsRun {
  /** From choosing the file to the first project shown. */
  toResultsMs: number;
  /** The longest key press (keydown / input / keyup to the next paint) while typing the search, ms. */
  typingMs: number;
  /** From clicking the findings' tab to its next paint (Event Timing), ms. */
  tabMs: number;
  /** From clicking the tab to the first finding on screen (rAF polling), ms. */
  tabToFindingMs: number;
  /** From clicking the last finding to the next paint (Event Timing), ms. */
  jumpMs: number;
  /** Main-thread tasks over 50 ms after the results were shown (typing, tab, scroll, click), ms. */
  longTasks: number[];
  /** Long tasks while the file was read and the results first drawn, ms. */
  longTasksToResults: number[];
  /** The tab's title, with its count (“目标审核意见（1226）”, “自评得分（300）”). */
  reviewTitle: string;
  /** Finding rows in the page while the tab is open (a list drawn whole has them all). */
  findingsInDom: number;
  /** What the click on the last finding said (the location message). */
  location: string;
  /** What the search box left shown (“显示 1 / 700 个项目”). */
  shownAfterSearch: string;
  domNodes: number;
}

type Probe = Window & { longTasks?: number[]; events?: { name: string; duration: number; at: number }[] };

/** The interactions the browser timed from `since` (performance.now()) on: the longest, ms (0 when none > 16 ms). */
async function longestEvent(page: Page, since: number, names: string[]): Promise<number> {
  // Event Timing entries are queued after the frame they wait for: give them a few frames to arrive.
  await page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))),
  );
  return page.evaluate(
    ({ since, names }) =>
      Math.max(
        0,
        ...((window as Probe).events ?? [])
          .filter((e) => e.at >= since && names.includes(e.name))
          .map((e) => e.duration),
      ),
    { since, names },
  );
}

const now = (page: Page) => page.evaluate(() => performance.now());

export type FindingsTab = "review" | "selfeval";

export async function runManyFindings(
  page: Page,
  path: string,
  search: string,
  tab: FindingsTab = "review",
): Promise<ManyFindingsRun> {
  await page.evaluate(() => {
    const w = window as Probe;
    w.longTasks = [];
    w.events = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks!.push(Math.round(entry.duration));
    }).observe({ type: "longtask", buffered: false });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.events!.push({ name: entry.name, duration: entry.duration, at: entry.startTime });
      // 16 ms is the smallest threshold the API allows: shorter interactions are not reported (count as 0).
    }).observe({ type: "event", durationThreshold: 16, buffered: false } as PerformanceObserverInit);
  });
  const longTasksSoFar = () => page.evaluate(() => [...((window as Probe).longTasks ?? [])]);

  const started = Date.now();
  await page.getByTestId("file-input").setInputFiles(path);
  await page.getByTestId("project").first().waitFor({ timeout: 600_000 });
  const toResultsMs = Date.now() - started;
  const longTasksToResults = await longTasksSoFar();
  const domNodes = await page.evaluate(() => document.getElementsByTagName("*").length);

  // Typing a project's number, key by key, as a clerk does (80 ms apart: a steady typist).
  const box = page.getByRole("searchbox");
  await box.click();
  let since = await now(page);
  await box.pressSequentially(search, { delay: 80 });
  await page
    .getByTestId("shown-count")
    .filter({ hasText: /^显示 1 \// })
    .waitFor();
  const typingMs = await longestEvent(page, since, ["keydown", "keyup", "keypress", "input", "beforeinput"]);
  const shownAfterSearch = (await page.getByTestId("shown-count").textContent()) ?? "";
  await box.fill("");

  // The findings' tab: over a thousand findings.
  since = await now(page);
  const tabToFindingMs = await page.evaluate(async (tab) => {
    const t0 = performance.now();
    (document.querySelector(`[data-testid=tab-${tab}]`) as HTMLElement).click();
    await new Promise<void>((resolve) => {
      const done = () => (document.querySelector("[data-testid=finding]") ? resolve() : requestAnimationFrame(done));
      requestAnimationFrame(done);
    });
    return performance.now() - t0;
  }, tab);
  const tabMs = await longestEvent(page, since, ["click"]);
  // Event Timing times only trusted events: the same click by the mouse, back and forth, for the tab's own number.
  await page.getByTestId("tab-projects").click();
  since = await now(page);
  await page.getByTestId(`tab-${tab}`).click();
  await page.getByTestId("finding").first().waitFor();
  const tabClickMs = await longestEvent(page, since, ["click", "pointerdown", "pointerup", "mousedown", "mouseup"]);
  const reviewTitle = (await page.locator(`#${tab}-title`).textContent()) ?? "";
  const findingsInDom = await page.getByTestId("finding").count();

  // To the end of the list, and a click on its last finding.
  await page.keyboard.press("End");
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(300);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(300);
  since = await now(page);
  await page.getByTestId("finding").last().click();
  await page.getByTestId("location").waitFor();
  const jumpMs = await longestEvent(page, since, ["click", "pointerdown", "pointerup", "mousedown", "mouseup"]);
  const location = (await page.getByTestId("location").textContent()) ?? "";

  const all = await longTasksSoFar();
  return {
    toResultsMs,
    typingMs,
    tabMs: Math.max(tabMs, tabClickMs),
    tabToFindingMs,
    jumpMs,
    longTasks: all.slice(longTasksToResults.length),
    longTasksToResults,
    reviewTitle,
    findingsInDom,
    location,
    shownAfterSearch,
    domNodes,
  };
}
