/**
 * pane45: the standalone page's 监控时点 box in Chromium set to English (en-US) and to Chinese (zh-CN), as a clerk's
 * browser may be either. Before it was a date input: Chromium drew it in the browser's format (07/31/2024 in English) and
 * took typing in that order only, so 2024-06-30 or 2024年6月30日 typed there did not give that date. Now the box shows
 * 2024-06-30 in both, takes 2024-06-30 and 2024年6月30日 typed key by key, the check runs as of that date, and text that
 * is no date says how to write one. pane47: 20240630 typed is that date too, and 2024-02-30 says February 2024 has 29 days
 * (the core's parser, as the command line's --as-of).
 */
import type { Page } from "playwright-core";
import { openChecked, servePaneForTests } from "./serve";

jest.setTimeout(600_000);

const pane = servePaneForTests();

/** What the box shows: its text as drawn (innerText of a text box is its value; a date input draws its own). */
async function typeInBox(page: Page, text: string) {
  const input = page.getByTestId("as-of");
  await input.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Backspace");
  await input.pressSequentially(text);
  await page.keyboard.press("Tab");
}

describe.each(["en-US", "zh-CN"])("Chromium in %s", (locale) => {
  test("the box shows 2024-07-31; 2024年6月30日 and 2024-06-30 typed are checked as 2024-06-30", async () => {
    const page = await openChecked(pane, { locale, viewport: { width: 400, height: 700 } });
    const input = page.getByTestId("as-of");
    expect(await input.inputValue()).toBe("2024-07-31");

    await typeInBox(page, "2024年6月30日");
    expect(await input.inputValue()).toBe("2024-06-30");
    await page.getByTestId("check").click();
    await page.getByText(/监控时点 2024-06-30/).waitFor({ timeout: 120_000 });

    await typeInBox(page, "2024-05-31");
    expect(await input.inputValue()).toBe("2024-05-31");
    await page.getByTestId("check").click();
    await page.getByText(/监控时点 2024-05-31/).waitFor({ timeout: 120_000 });

    await typeInBox(page, "20240630");
    expect(await input.inputValue()).toBe("2024-06-30");
    await page.getByTestId("check").click();
    await page.getByText(/监控时点 2024-06-30/).waitFor({ timeout: 120_000 });

    await typeInBox(page, "2024-02-30");
    await page.getByText("“2024-02-30”没有这一天：2024年2月只有 29 天").waitFor();

    await typeInBox(page, "6/30/2024");
    await page.getByText("“6/30/2024”不是日期：请写成 2024-06-30 或 2024年6月30日").waitFor();
    // Drawn as the text the clerk reads, not in the browser's own date format (a date input has type "date").
    expect(await input.getAttribute("type")).not.toBe("date");
    await page.close();
  });
});
