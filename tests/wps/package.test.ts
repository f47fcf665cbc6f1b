/** The WPS package: ribbon.xml against the CustomUI schema, the online folder, the .7z and the deployment entries. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { createRibbon, PANE_PAGE, RIBBON_BUTTONS, RIBBON_IMAGE, ribbonCallbacks } from "../../src/host/wps/ribbon";
import { baseUrl, listArchive, paneBuildEnv, ribbonErrors, SOURCE_MAPS, writePackage } from "../../wps/package";

const root = path.join(__dirname, "../..");
const ribbonXml = readFileSync(path.join(root, "wps/ribbon.xml"), "utf8");
const schema = readFileSync(path.join(root, "wps/schema/customUI-subset.xsd"), "utf8");

test("ribbon.xml is valid CustomUI (2006) with the three buttons wired to the entry's callbacks", async () => {
  expect(await ribbonErrors(ribbonXml, schema)).toEqual([]);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(ribbonXml);
  const tab = parsed.customUI.ribbon.tabs.tab as Record<string, unknown> & { group: Record<string, unknown> };
  const buttons = tab.group.button as Record<string, string>[];
  expect(buttons.map((b) => b.id)).toEqual([RIBBON_BUTTONS.check, RIBBON_BUTTONS.pane, RIBBON_BUTTONS.clear]);
  // Every button's words come from a callback (the language chosen); the tab and group have fixed words, as WPS's
  // templates do (ribbon.xml says why).
  for (const control of buttons) expect(control).not.toHaveProperty("label");
  expect([tab.label, tab.group.label]).toEqual(["绩效目标", "绩效目标监控"]);
  const callbacks = ribbonCallbacks(
    createRibbon({ app: () => undefined, alert: () => {}, paneUrl: () => "", today: () => "", now: () => new Date() }),
  );
  const named = [parsed.customUI.onLoad, ...buttons.flatMap((b) => Object.values(b))];
  for (const name of named.filter((v): v is string => typeof v === "string" && /^[A-Z]\w+$/.test(v)))
    expect(typeof (callbacks as unknown as Record<string, unknown>)[name]).toBe("function");
  const entry = readFileSync(path.join(root, "src/host/wps/entry.ts"), "utf8");
  expect(entry).toMatch(/Object\.assign\(window, ribbonCallbacks\(ribbon\)\)/);
});

test("the schema check catches what WPS would not load", async () => {
  expect(await ribbonErrors(ribbonXml.replace('size="large"', 'size="huge"'), schema)).toHaveLength(1);
  expect(await ribbonErrors(ribbonXml.replace("<button ", "<buton "), schema)).not.toEqual([]);
  expect(await ribbonErrors(ribbonXml.replace('id="btnPane"', 'id="btnCheck"'), schema)).not.toEqual([]);
  // A word and the callback that gives it: CustomUI allows one of the two.
  expect(await ribbonErrors(ribbonXml.replace('id="btnPane" ', 'id="btnPane" label="打开面板" '), schema)).toEqual([
    "btnPane: label 与 getLabel 不能同时使用",
  ]);
});

test("the package: online folder, .7z with the same files, publish.xml and jsplugins.xml with ADDIN_BASE_URL", () => {
  const temp = mkdtempSync(path.join(os.tmpdir(), "wps-pkg-"));
  try {
    const pane = path.join(temp, "pane");
    mkdirSync(path.join(pane, "chunks"), { recursive: true });
    writeFileSync(path.join(pane, "taskpane.html"), "<!doctype html><title>pane</title>");
    writeFileSync(path.join(pane, "taskpane.js"), "void 0;");
    writeFileSync(path.join(pane, "chunks", "xlsx-engine.js"), "void 0;");
    // The pane's source maps (9.1 of the 12 MB package in session 54): debugging aids, not what a user installs.
    writeFileSync(path.join(pane, "taskpane.js.map"), '{"version":3}');
    writeFileSync(path.join(pane, "chunks", "xlsx-engine.js.map"), '{"version":3}');
    writeFileSync(path.join(pane, "manifest.xml"), "<OfficeApp/>");
    const out = writePackage({
      mainJs: "window.OnAddinLoad = function () { return true; };",
      ribbonXml,
      paneDir: pane,
      iconPng: path.join(root, "wps/images/perf-32.png"),
      outDir: path.join(temp, "out"),
      version: "0.1.0",
      base: baseUrl("https://perf.example.gov.cn/addin"),
    });
    const files = (dir: string, prefix = ""): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
      );
    const folder = files(out.folder).sort();
    expect(folder).toEqual([
      "chunks/xlsx-engine.js",
      "images/perf-32.png",
      "index.html",
      "main.js",
      "ribbon.xml",
      "taskpane.html",
      "taskpane.js",
    ]);
    // WPS opens url + index.html (the wpsjs templates' entry page): it must load main.js, where the callbacks are.
    const index = readFileSync(path.join(out.folder, "index.html"), "utf8");
    const scripts = [...index.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.map((src) => path.posix.normalize(src))).toEqual(["main.js"]);
    expect(path.basename(out.archive)).toBe("perftargets_0.1.0.7z");
    // WPS reads url + ribbon.xml and url + index.html ("在线模式：去请求地址+/ribbon.xml和 地址+/index.html", the wpsjs
    // publish notes; a wpsjs add-in is "ribbon.xml, index.html, main.js, images 目录"), then what the add-in names: the
    // image GetImage gives and the pane page it opens. On 统信 UOS / 麒麟 the folder is on a Linux file system, where
    // Images/ is not images/ (WPS on Windows would find either): each name is in the folder exactly as spelled.
    const callbacks = ribbonCallbacks(
      createRibbon({
        app: () => undefined,
        alert: () => {},
        paneUrl: () => "",
        today: () => "",
        now: () => new Date(),
      }),
    );
    const named = ["ribbon.xml", "index.html", ...scripts, callbacks.GetImage({ Id: RIBBON_BUTTONS.check }), PANE_PAGE];
    expect(named.filter((name) => !folder.includes(path.posix.normalize(name)))).toEqual([]);
    expect(RIBBON_IMAGE).toBe(callbacks.GetImage({ Id: RIBBON_BUTTONS.pane }));
    // Nor two names that differ only in case: unpacked on Windows (or a FAT USB stick) one would overwrite the other.
    const lower = folder.map((f) => f.toLowerCase());
    expect(lower.filter((f, i) => lower.indexOf(f) !== i)).toEqual([]);

    const publish = readFileSync(out.publish, "utf8");
    const central = readFileSync(out.jsplugins, "utf8");
    // Offline, WPS keeps the add-in in jsaddons/<name>_<version>/ of its jsplugins.xml entry; Kingsoft's wpsjs build
    // packs that very folder into the .7z. Every file of the online folder is in it, and nothing beside it.
    const entry = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(central).jsplugins
      .jsplugin as { name: string; version: string };
    const inside = `${entry.name}_${entry.version}/`;
    expect(inside).toBe("PerfTargets_0.1.0/");
    const packed = listArchive(out.archive).sort();
    expect(packed.filter((p) => !p.startsWith(inside))).toEqual([]);
    expect(packed.map((p) => p.slice(inside.length))).toEqual(folder);
    // The maps are kept beside the package, under the paths their scripts name, for whoever debugs an install.
    expect(files(path.join(temp, "out", SOURCE_MAPS)).sort()).toEqual(["chunks/xlsx-engine.js.map", "taskpane.js.map"]);
    // Without a server: the .7z unpacked into jsaddons, and publish.xml's line names that folder and version.
    const local = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(
      readFileSync(out.publishOffline, "utf8"),
    ).jsplugins.jsplugin as Record<string, string>;
    expect(local).toEqual({
      name: "PerfTargets",
      type: "et",
      url: "PerfTargets_0.1.0",
      version: "0.1.0",
      enable: "enable_dev",
      install: "null",
    });
    expect(`${local.url}/`).toBe(inside);

    for (const xml of [publish, central]) expect(XMLValidator.validate(xml)).toBe(true);
    expect(publish).toContain(
      '<jspluginonline name="PerfTargets" type="et" url="https://perf.example.gov.cn/addin/perftargets/"',
    );
    expect(central).toContain(
      '<jsplugin name="PerfTargets" type="et" url="https://perf.example.gov.cn/addin/perftargets_0.1.0.7z" version="0.1.0"',
    );
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
});

test("an http:// intranet ADDIN_BASE_URL builds the WPS add-in: the pane's Excel-only https rule is not applied", async () => {
  // webpack.config.js refuses an http:// ADDIN_BASE_URL for the Excel manifest (Office loads add-ins only over HTTPS);
  // build:wps builds the pane with paneBuildEnv, and WPS on an intranet is often served over plain http.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS config webpack itself loads
  const config = require("../../webpack.config.js") as (
    env: object,
    argv: { mode: string },
  ) => Promise<{ plugins: unknown[] }>;
  const saved = process.env;
  try {
    process.env = { ...saved, ADDIN_BASE_URL: "http://10.1.2.3:8080/addin/" };
    await expect(config({}, { mode: "production" })).rejects.toThrow(/https/);
    process.env = paneBuildEnv(process.env);
    await expect(config({}, { mode: "production" })).resolves.toHaveProperty("plugins");
  } finally {
    process.env = saved;
  }
});

test("ADDIN_BASE_URL: normalised, or refused in one Chinese line", () => {
  expect(baseUrl("https://x.gov.cn/a")).toBe("https://x.gov.cn/a/");
  expect(baseUrl("")).toBeNull();
  expect(() => baseUrl("ftp://x")).toThrow(/^ADDIN_BASE_URL 须以 http/);
  expect(() => baseUrl("not a url")).toThrow(/^ADDIN_BASE_URL 不是有效的网址/);
});
