/**
 * Which host the pane starts in: taskpane.html's inline script (run here as the page runs it, on a window made of the
 * signs each host gives) and detectHostKind, which reads its answer. WPS's page is Chromium and may carry Office's
 * signs too (chrome.webview, an `Office`); only WPS gives window.Application with PluginStorage and CreateTaskPane.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import * as vm from "node:vm";
import { detectHostKind } from "../../../src/taskpane/hosts/detect";
import { createHost } from "../../../src/taskpane/hosts/createHost";
import { FakeWps, modelFromSnapshot } from "../../host/wps/fake";

const HTML = readFileSync(path.join(__dirname, "../../../src/taskpane/taskpane.html"), "utf8");
const INLINE = /<script>([\s\S]*?)<\/script>/.exec(HTML)![1];

const wpsApp = () =>
  new FakeWps(
    modelFromSnapshot({ sheets: [{ name: "Sheet1", originRow: 0, originCol: 0, values: [["x"]], merges: [] }] }),
  ).app;

/** Runs the inline script on a page with these globals: what it decided and whether it asked for office.js. */
function pageStart(globals: Record<string, unknown>, search = "", stored: string | null = null) {
  const written: string[] = [];
  const window: Record<string, unknown> = {
    location: { search },
    sessionStorage: { getItem: () => stored },
    ...globals,
  };
  vm.runInNewContext(INLINE, { window, document: { write: (html: string) => written.push(html) } });
  return { host: window.__PERF_HOST__, officeJs: written.some((w) => w.includes("office.js")) };
}

describe("taskpane.html decides the host before any bundle runs", () => {
  test("WPS: its Application wins over every sign of Office, and office.js is never asked for", () => {
    const app = wpsApp();
    expect(pageStart({ Application: app })).toEqual({ host: "wps", officeJs: false });
    // WPS's Chromium showing WebView2's object, an Office global, Office's query parameter or its stored host info.
    expect(pageStart({ Application: app, chrome: { webview: {} } })).toEqual({ host: "wps", officeJs: false });
    expect(pageStart({ Application: app, Office: {} }, "?_host_Info=Excel$Win32", "Excel$Win32")).toEqual({
      host: "wps",
      officeJs: false,
    });
    expect(pageStart({ Application: app, webkit: { messageHandlers: {} } }, "?mode=office")).toEqual({
      host: "wps",
      officeJs: false,
    });
  });

  test("WPS before its Application shows: the ribbon's ?mode=wps says so", () => {
    expect(pageStart({ chrome: { webview: {} } }, "?mode=wps")).toEqual({ host: "wps", officeJs: false });
  });

  test("Excel: an Application that is not WPS's (a page global, an element with that id) changes nothing", () => {
    const office = { chrome: { webview: {} } };
    expect(pageStart(office)).toEqual({ host: "office", officeJs: true });
    expect(pageStart({ ...office, Application: { Name: "something else" } })).toEqual({
      host: "office",
      officeJs: true,
    });
    expect(pageStart({ Application: { PluginStorage: {} } }, "?_host_Info=x")).toEqual({
      host: "office",
      officeJs: true,
    });
    const throwing = Object.defineProperty({}, "PluginStorage", {
      get() {
        throw new Error("no");
      },
    });
    expect(pageStart({ ...office, Application: throwing })).toEqual({ host: "office", officeJs: true });
  });

  test("a plain browser: standalone, nothing requested", () => {
    expect(pageStart({})).toEqual({ host: "standalone", officeJs: false });
    expect(pageStart({ Application: null })).toEqual({ host: "standalone", officeJs: false });
  });
});

describe("detectHostKind reads it, asking WPS first", () => {
  test("WPS's Application means WPS whatever else the page carries, in either order of the signs", () => {
    const app = wpsApp();
    expect(detectHostKind({ __PERF_HOST__: "wps", Application: app })).toBe("wps");
    // The inline script ran before WPS's Application showed and took WebView2's object for Office.
    expect(detectHostKind({ __PERF_HOST__: "office", Office: {}, Application: app })).toBe("wps");
    expect(detectHostKind({ Office: {}, Application: app })).toBe("wps");
    expect(detectHostKind({ __PERF_HOST__: "standalone", Application: app })).toBe("wps");
  });

  test("Excel and the browser keep their host when a global named Application is not WPS's", () => {
    expect(detectHostKind({ __PERF_HOST__: "office", Office: {}, Application: { Name: "x" } })).toBe("excel");
    expect(detectHostKind({ Office: {}, Application: {} })).toBe("excel");
    expect(detectHostKind({ __PERF_HOST__: "standalone", Application: { PluginStorage: {} } })).toBe("standalone");
    expect(detectHostKind({})).toBe("standalone");
  });

  test("the WPS host gets WPS's Application even with an Office global on the page", async () => {
    const app = wpsApp();
    const global = globalThis as { window?: unknown };
    global.window = { Application: app, Office: {} }; // the pane's page (jest runs these tests without a DOM)
    try {
      const host = await createHost("wps", undefined);
      expect(host.kind).toBe("wps");
      await expect(host.loadSettings()).resolves.toBeNull(); // a workbook without our settings, read through WPS
      expect(app.PluginStorage!.getItem("perfTargets.lang")).toBe("zh"); // the host reached WPS's Application
    } finally {
      delete global.window;
    }
  });
});
