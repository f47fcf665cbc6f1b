/** @jest-environment jsdom */
/**
 * pane68: the standalone page stayed white under a dark colour scheme (prefers-color-scheme: dark). It follows the
 * browser's scheme now, also when it changes while the page is open; the pane inside Excel or WPS keeps its light theme.
 */
import "../jsdomSetup";
import { act, render, screen } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { Root } from "../../../src/taskpane/components/Root/Root";
import type { HostKind } from "../../../src/taskpane/host";
import { fakeHost } from "../fixtures";

/** A browser whose colour scheme is dark (or not), that can change it while the page is open. */
function colourScheme(dark: boolean) {
  const listeners = new Set<(event: { matches: boolean }) => void>();
  const query = {
    get matches() {
      return dark;
    },
    media: "(prefers-color-scheme: dark)",
    addEventListener: (_: string, l: (event: { matches: boolean }) => void) => listeners.add(l),
    removeEventListener: (_: string, l: (event: { matches: boolean }) => void) => listeners.delete(l),
  };
  window.matchMedia = ((media: string) =>
    media === query.media ? query : { matches: false, addEventListener() {}, removeEventListener() {} }) as never;
  return (now: boolean) => {
    dark = now;
    listeners.forEach((l) => l({ matches: now }));
  };
}

/** The background the theme gives the pane (the provider's --colorNeutralBackground1), and the page's around it. */
function background(): { pane: string; page: string } {
  const provider = screen.getByTestId("pane").closest(".fui-FluentProvider")!;
  const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
  const own = rules.filter((rule) =>
    [...provider.classList].some((c) => rule.startsWith(`.${c} `) || rule.startsWith(`.${c}{`)),
  );
  const pane = own.map((rule) => /--colorNeutralBackground1:\s*([^;]+);/.exec(rule)?.[1]).find(Boolean) ?? "";
  return { pane: pane.trim(), page: document.body.style.backgroundColor };
}

const original = window.matchMedia;
afterEach(() => (window.matchMedia = original));

test("the standalone page is drawn dark under a dark colour scheme, and follows a change", async () => {
  const change = colourScheme(true);
  render(<Root host={fakeHost({ kind: "standalone" as HostKind })} />);
  expect(background()).toEqual({ pane: webDarkTheme.colorNeutralBackground1, page: "rgb(41, 41, 41)" });
  act(() => change(false));
  expect(background()).toEqual({ pane: webLightTheme.colorNeutralBackground1, page: "" });
});

test("inside Excel the pane keeps the light theme", async () => {
  colourScheme(true);
  render(<Root host={fakeHost({ kind: "excel" as HostKind })} />);
  expect(background()).toEqual({ pane: webLightTheme.colorNeutralBackground1, page: "" });
});
