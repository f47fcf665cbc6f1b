/**
 * pane44: the built pane in Chromium (standalone), used as a finance clerk uses it on a long list: far down the list,
 * a click on a finding says where the cell is where the clerk is looking, not 5,000 px above (before, the message was
 * drawn at the top of the page, out of view: nothing seemed to happen); a keyboard user's next finding is not hidden
 * under that message; a screen reader hears one 打开 .xlsx button, and the search box's clear button in Chinese.
 * pane53: what a file manager drops (a folder, several files, a long file name) at 320 px; a long list of review notes
 * counted and filtered by kind and by sheet. pane65: the 中文 / English switch keeps what a drop did not open.
 */
import AxeBuilder from "@axe-core/playwright";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { bigWorkbook, longNamesWorkbook } from "./bigWorkbook";
import { openChecked, ROOT, SAMPLE, servePaneForTests } from "./serve";

jest.setTimeout(600_000);

const HEIGHT = 700;

let longList = "";
let dropped = "";
let longNames = "";
/** A project as a 通知 names it, and its sheet's name as long as Excel allows (31). */
const NOTICE_NAME =
  "关于下达2024年中央财政衔接推进乡村振兴补助资金（第二批）和省级财政配套资金预算指标并做好项目绩效目标监控工作的通知（财农〔2024〕126号）所列高标准农田建设及配套设施维护项目";
const LONG_SHEET = "财农〔2024〕126号高标准农田建设项目绩效目标监控表";
/** A name as finance systems export them: long, without a space where a line could break. */
const LONG_NAME = "budget_performance_targets_2024_final_version_submitted_to_the_finance_bureau";
const pane = servePaneForTests(async (dist) => {
  longList = join(dist, "long-list.xlsx");
  longNames = join(dist, "long-names.xlsx");
  writeFileSync(longNames, await longNamesWorkbook(SAMPLE, NOTICE_NAME, LONG_SHEET.slice(0, 31)));
  writeFileSync(longList, await bigWorkbook(SAMPLE, 60));
  dropped = join(dist, "dropped");
  mkdirSync(join(dropped, "2024年绩效资料"), { recursive: true });
  copyFileSync(SAMPLE, join(dropped, "2024年绩效资料", "甲单位.xlsx"));
  copyFileSync(SAMPLE, join(dropped, `${LONG_NAME}.xlsx`));
  copyFileSync(SAMPLE, join(dropped, "乙单位.xlsx"));
  copyFileSync(join(ROOT, "tests", "fixtures", "bad", "legacy.xls"), join(dropped, `${LONG_NAME}.xls`));
});

const openPane = (file: string, width = 360): Promise<Page> =>
  openChecked(pane, { viewport: { width, height: HEIGHT } }, file, ["clipboard-read", "clipboard-write"]);

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

/**
 * Drops files and folders from the disk as the browser receives them from a file manager (DevTools protocol
 * Input.dispatchDragEvent with their paths: real File objects, a folder's entry a directory).
 */
async function drop(page: Page, paths: string[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const target = (await page.getByTestId("pane").boundingBox())!;
  const at = { x: target.x + 60, y: target.y + 200 };
  const data = { items: [], files: paths, dragOperationsMask: 1 };
  for (const type of ["dragEnter", "dragOver", "drop"] as const)
    await cdp.send("Input.dispatchDragEvent", { type, ...at, data });
}

async function blankPane(width = 320): Promise<Page> {
  const page = await (await pane.browser.newContext({ viewport: { width, height: HEIGHT } })).newPage();
  await page.goto(`${pane.base}taskpane.html`);
  await page.getByTestId("welcome").waitFor();
  return page;
}

/**
 * Text in the messages that runs past the messages' right edge, where the bar cuts it off (the page itself does not
 * scroll, so only the text's own extent tells).
 */
const clipped = (page: Page) =>
  page.evaluate(() => {
    const area = document.querySelector('[data-testid="messages"]')!.getBoundingClientRect();
    const walker = document.createTreeWalker(document.querySelector('[data-testid="messages"]')!, NodeFilter.SHOW_TEXT);
    const cut: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      if (range.getBoundingClientRect().right > area.right + 1) cut.push(node.textContent ?? "");
    }
    return cut;
  });

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .filter((v) => v.id !== "aria-hidden-focus" || v.nodes.some((n) => !n.html.includes("data-tabster-dummy")))
    .map((v) => v.id);
}

test("a folder dropped is said to be one; of a folder and files the first workbook opens and the rest are named, whole at 320 px", async () => {
  const page = await blankPane();
  await drop(page, [join(dropped, "2024年绩效资料")]);
  const notice = page.getByTestId("notice");
  await notice.waitFor();
  expect(await notice.textContent()).toContain("文件夹不能直接打开（「2024年绩效资料」）");
  expect(await page.getByTestId("error").count()).toBe(0); // before: “无法读取这个文件 … NotFoundError”

  await drop(page, [join(dropped, "2024年绩效资料"), join(dropped, `${LONG_NAME}.xlsx`), join(dropped, "乙单位.xlsx")]);
  await page.getByTestId("summary").waitFor({ timeout: 120_000 });
  expect(await notice.textContent()).toContain(
    `一次检查一个文件：已打开「${LONG_NAME}.xlsx」，没有打开「乙单位.xlsx」、「2024年绩效资料」`,
  );
  expect(await clipped(page)).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  // pane65: the switch to English judges again and keeps what was not opened, in English (before, the notice went).
  await page.getByTestId("lang-toggle").click();
  await page.getByText(/as of 2024-07-31/).waitFor({ timeout: 120_000 });
  // The check in English done (its progress shown, then gone; the short sample may not show any).
  await page.getByTestId("progress").waitFor({ state: "detached", timeout: 120_000 });
  await page.getByTestId("project").first().waitFor();
  expect((await notice.allTextContents()).join("")).toContain(
    `One file is checked at a time: opened “${LONG_NAME}.xlsx”; not opened: “乙单位.xlsx”, “2024年绩效资料”`,
  );
});

test("a long file name wraps in an error and in the download's notice at 320 px instead of being cut off", async () => {
  const page = await blankPane();
  await drop(page, [join(dropped, `${LONG_NAME}.xls`)]);
  const error = page.getByTestId("error");
  await error.waitFor();
  expect(await error.textContent()).toContain(`文件：${LONG_NAME}.xls`);
  expect(await clipped(page)).toEqual([]);
  await page.getByTestId("file-input").setInputFiles(join(dropped, `${LONG_NAME}.xlsx`));
  await page.getByTestId("summary").waitFor({ timeout: 120_000 });
  await page.getByRole("button", { name: "下载检查结果" }).click();
  const notice = page.getByTestId("notice");
  await notice.waitFor();
  expect(await notice.textContent()).toContain(`已下载 ${LONG_NAME}.checked.xlsx`);
  expect(await clipped(page)).toEqual([]);
});

test("a long list of review notes: counted by kind, filtered by sheet, at 320 px; the one found says where it is", async () => {
  const page = await openPane(longList, 320);
  await page.getByTestId("tab-review").click();
  const review = page.getByTestId("review");
  const total = Number((await review.getByTestId("finding-count").textContent())!.match(/\/ (\d+) 条/)![1]);
  expect(total).toBeGreaterThan(60);
  const kinds = await review.locator('[data-testid^="finding-kind-"]').allTextContents();
  expect(kinds.reduce((n, k) => n + Number(k.split(" ")[1]), 0)).toBe(total);
  await review.getByRole("searchbox", { name: "按项目、工作表、指标或文字筛选意见" }).fill("'017 ");
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="finding"]').length > 0);
  const found = await review.getByTestId("finding").allTextContents();
  expect(found.length).toBeGreaterThan(0);
  expect(found.every((text) => text.includes("'017 "))).toBe(true);
  expect(await review.getByTestId("finding-count").textContent()).toBe(`显示 ${found.length} / ${total} 条`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
    0,
  );
  expect(await seriousViolations(page)).toEqual([]);
  await review.getByTestId("finding").first().click();
  expect(await page.getByTestId("location").textContent()).toMatch(/'017 .+'!/);
});

// pane69: a 320 px pane at 200 % (160 CSS px). A project named by its 通知 (some 100 characters) stood beside its light
// two characters a line: its row was taller than the window (670 px of 350), its top out of sight when focused; a
// review note naming a long sheet likewise. Now the words go under the badge when they have no room beside it, and a
// closed row shows three lines of the name (the whole in its title and accessible name, and when opened).
test("at 320 px and 200 %, a long 通知 name and a note naming a long sheet are readable and no taller than the window", async () => {
  const context = await pane.browser.newContext({ viewport: { width: 160, height: 350 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(`${pane.base}taskpane.html`);
  await page.getByTestId("welcome").waitFor();
  await page.getByTestId("file-input").setInputFiles(longNames);
  await page.getByTestId("summary").waitFor({ timeout: 120_000 });
  const height = async (locator: Locator) => (await locator.boundingBox())!.height;

  const row = page.getByTestId("project").filter({ hasText: "财农〔2024〕126号" });
  const toggle = row.getByTestId("project-toggle");
  expect(await height(toggle)).toBeLessThan(350);
  expect(await toggle.getAttribute("aria-label")).toBeNull(); // named by its text: the whole name
  expect(await page.getByRole("button", { name: NOTICE_NAME }).count()).toBe(1);
  expect(await row.getByTestId("project-name").getAttribute("title")).toBe(NOTICE_NAME);
  await toggle.focus();
  const focused = (await toggle.boundingBox())!;
  expect(focused.y).toBeGreaterThanOrEqual(0);
  expect(focused.y + focused.height).toBeLessThanOrEqual(350);
  await page.keyboard.press("Enter");
  const name = row.getByTestId("project-name");
  // Open: the whole name, no line cut.
  expect(await name.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  expect(await name.textContent()).toBe(NOTICE_NAME);

  await page.getByRole("tab", { name: /^审核/ }).click();
  const note = page
    .getByTestId("finding")
    .filter({ hasText: LONG_SHEET.slice(0, 31) })
    .first();
  await note.waitFor();
  expect(await height(note)).toBeLessThan(350);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(160);
  await context.close();
});
