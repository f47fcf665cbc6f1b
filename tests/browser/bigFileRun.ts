/**
 * One run of the standalone pane on a big workbook, as a user does it: choose the file, wait for the
 * results, filter by the red chip, search for one project. Shared by the browser test (which asserts what
 * the run shows and that the reading ran in the worker) and `npm run bench` (which reports its timings:
 * wall-clock goals belong in the bench, where they are medians on a quiet machine, not in a test that a
 * busy CI machine can fail).
 */
import type { Page } from "playwright-core";

export interface BigFileRun {
  /** From choosing the file to the first project shown. */
  toResultsMs: number;
  /** Main-thread tasks over 50 ms (the browser's long tasks), in ms. */
  longTasks: number[];
  /** Main-thread script time from choosing the file to the results (Chromium's ScriptDuration). */
  mainScriptMs: number;
  domNodes: number;
  summary: string;
  /** From clicking the red chip to the list showing only red projects. */
  chipMs: number;
  /** Projects shown after filtering by red: each one's light. */
  lightsAfterChip: string[];
  /** From typing the search to the list showing one project. */
  searchMs: number;
  shownAfterSearch: string;
}

export async function runBigFile(page: Page, path: string, atProgress?: () => Promise<void>): Promise<BigFileRun> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const scriptSeconds = async () =>
    (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "ScriptDuration")?.value ?? 0;
  await page.evaluate(() => {
    const w = window as Window & { longTasks?: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks!.push(Math.round(entry.duration));
    }).observe({ type: "longtask", buffered: false });
  });
  const scriptBefore = await scriptSeconds();
  const started = Date.now();
  await page.getByTestId("file-input").setInputFiles(path);
  await page.getByTestId("progress").waitFor();
  await atProgress?.();
  await page.getByTestId("project").first().waitFor({ timeout: 300_000 });
  const toResultsMs = Date.now() - started;
  const mainScriptMs = ((await scriptSeconds()) - scriptBefore) * 1000;
  const summary = (await page.getByTestId("summary").textContent()) ?? "";
  const domNodes = await page.evaluate(() => document.getElementsByTagName("*").length);

  const chipMs = await page.evaluate(async () => {
    const t0 = performance.now();
    (document.querySelector("[data-testid=chip-red]") as HTMLElement).click();
    await new Promise<void>((resolve) => {
      const done = () =>
        document.querySelector("[data-testid=shown-count]")?.textContent?.startsWith("显示 0") ||
        [...document.querySelectorAll("[data-testid=project]")].every((p) => p.getAttribute("data-light") === "red")
          ? resolve()
          : requestAnimationFrame(done);
      requestAnimationFrame(done);
    });
    return performance.now() - t0;
  });
  const lightsAfterChip = await page
    .getByTestId("project")
    .evaluateAll((projects) => projects.map((p) => p.getAttribute("data-light") ?? ""));
  await page.getByTestId("chip-red").click();
  const search = page.getByRole("searchbox");
  await search.focus();
  const searchMs = await page.evaluate(async () => {
    const t0 = performance.now();
    const input = document.activeElement as HTMLInputElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
    setter.call(input, "（150）");
    input.dispatchEvent(new Event("input", { bubbles: true }));
    await new Promise<void>((resolve) => {
      const done = () =>
        document.querySelector("[data-testid=shown-count]")?.textContent?.startsWith("显示 1 /")
          ? resolve()
          : requestAnimationFrame(done);
      requestAnimationFrame(done);
    });
    return performance.now() - t0;
  });
  const shownAfterSearch = (await page.getByTestId("shown-count").textContent()) ?? "";
  const longTasks = await page.evaluate(() => (window as Window & { longTasks?: number[] }).longTasks ?? []);
  await cdp.detach();
  return {
    toResultsMs,
    longTasks,
    mainScriptMs,
    domNodes,
    summary,
    chipMs,
    lightsAfterChip,
    searchMs,
    shownAfterSearch,
  };
}
