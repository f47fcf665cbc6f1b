/**
 * pane44: the built pane in Chromium (standalone), used as a finance clerk uses it on a long list: far down the list,
 * a click on a finding says where the cell is where the clerk is looking, not 5,000 px above (before, the message was
 * drawn at the top of the page, out of view: nothing seemed to happen); a keyboard user's next finding is not hidden
 * under that message; a screen reader hears one 打开 .xlsx button, and the search box's clear button in Chinese.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { bigWorkbook } from "./bigWorkbook";
import { ROOT, servePaneForTests } from "./serve";

jest.setTimeout(600_000);

const SAMPLE = join(ROOT, "assets", "sample.xlsx");
const HEIGHT = 700;

let longList = "";
const pane = servePaneForTests(async (dist) => {
  longList = join(dist, "long-list.xlsx");
  writeFileSync(longList, await bigWorkbook(SAMPLE, 60));
});

async function openPane(file: string, width = 360): Promise<Page> {
  const context = await pane.browser.newContext({ viewport: { width, height: HEIGHT } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: pane.base.slice(0, -1) });
  const page = await context.newPage();
  await page.goto(`${pane.base}taskpane.html`);
  await page.getByTestId("welcome").waitFor();
  await page.getByTestId("file-input").setInputFiles(file);
  await page.getByTestId("summary").waitFor({ timeout: 120_000 });
  return page;
}

/** Where an element is on the screen: its top and bottom, in the viewport's px. */
const box = async (page: Page, testId: string) => {
  const b = (await page.getByTestId(testId).first().boundingBox())!;
  return { top: Math.round(b.y), bottom: Math.round(b.y + b.height) };
};

test("far down a long list, a click on a finding says where the cell is in view; the next finding by Tab is not under it", async () => {
  const page = await openPane(longList);
  await page.getByTestId("problems-only").uncheck(); // all 60 projects
  await page.mouse.wheel(0, 20_000); // the end of the list
  await page.waitForTimeout(300);
  const toggles = page.getByTestId("project-toggle");
  await toggles.last().click();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(3 * HEIGHT);
  await page.getByTestId("indicator").first().click();

  const location = page.getByTestId("location");
  await location.waitFor();
  expect(await location.textContent()).toMatch(/^已复制地址 '.+'!H\d+：工作表 .+，单元格 H\d+。/);
  const said = await box(page, "location");
  expect(said.top).toBeGreaterThanOrEqual(0);
  expect(said.bottom).toBeLessThanOrEqual(HEIGHT);

  // Keyboard: the next findings, by Tab, are scrolled below the message, never under it.
  const messages = await box(page, "messages");
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const r = document.activeElement!.getBoundingClientRect();
      return { top: Math.round(r.top), id: document.activeElement!.getAttribute("data-testid") };
    });
    expect({ i, ...focused, hidden: focused.top < messages.bottom }).toEqual({ i, ...focused, hidden: false });
  }
});

test("a screen reader hears one 打开 .xlsx button, and the search box's clear button in the pane's language", async () => {
  const page = await openPane(SAMPLE);
  expect(await page.getByRole("button", { name: "打开 .xlsx" }).count()).toBe(1);
  await page.getByTestId("search").fill("司法");
  expect(await page.getByRole("button", { name: "清除搜索" }).count()).toBe(1);
  await page.getByRole("button", { name: "清除搜索" }).click();
  expect(await page.getByTestId("search").inputValue()).toBe("");
  const tree = await page.locator("body").ariaSnapshot();
  expect(tree).not.toMatch(/button "clear"/i);
});
