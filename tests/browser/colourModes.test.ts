/**
 * pane68: the standalone page in Chromium under a dark colour scheme and under forced colours (Windows high contrast).
 * Before, the page stayed white under a dark scheme, and in forced colours the status chips' coloured dots vanished
 * (every background is dropped there), leaving a blank where the light was. Now the page is drawn dark (axe clean), and
 * in forced colours each light's dot is a shape of its own in the text's system colour.
 */
import AxeBuilder from "@axe-core/playwright";
import { LIGHT_FILTERS } from "../../src/taskpane/model/views";
import { openChecked, servePaneForTests } from "./serve";

jest.setTimeout(900_000);

const pane = servePaneForTests();
const viewport = { width: 320, height: 700 };

test("under a dark colour scheme the page is drawn dark and passes axe", async () => {
  const page = await openChecked(pane, { viewport, colorScheme: "dark" });
  const backgrounds = await page.evaluate(() => ({
    page: getComputedStyle(document.body).backgroundColor,
    pane: getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor,
  }));
  expect(backgrounds).toEqual({ page: "rgb(41, 41, 41)", pane: "rgb(41, 41, 41)" });
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    // tabster's focus sentinels, as in pane.test.ts (seriousViolations)
    .filter((v) => v.id !== "aria-hidden-focus" || v.nodes.some((n) => !n.html.includes("data-tabster-dummy")));
  expect(serious.map((v) => v.id)).toEqual([]);
  await page.context().close();
});

test("in forced colours each light's dot is still drawn, each a shape of its own", async () => {
  const page = await openChecked(pane, { viewport, forcedColors: "active" });
  const looks = await page.evaluate(
    (lights) =>
      lights.map((light) => {
        const element = document.querySelector(`[data-testid="dot-${light}"]`)!;
        const dot = getComputedStyle(element);
        const chip = getComputedStyle(element.closest("button")!);
        // Seen: filled in another colour than its chip's, or drawn by its border.
        const drawn = dot.backgroundColor !== chip.backgroundColor || dot.borderTopStyle !== "none";
        return { drawn, shape: [dot.borderRadius, dot.transform, dot.borderTopStyle, dot.borderTopWidth].join(" ") };
      }),
    [...LIGHT_FILTERS],
  );
  expect(looks.every((look) => look.drawn)).toBe(true);
  // Filled square, diamond, ring, filled circle, dashed ring: told apart without colour.
  expect(new Set(looks.map((look) => look.shape)).size).toBe(looks.length);
  await page.context().close();
});
