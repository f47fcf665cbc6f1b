/** The WPS package: ribbon.xml against the CustomUI schema, the online folder, the .7z and the deployment entries. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { RIBBON_BUTTONS } from "../../src/host/wps/ribbon";
import { baseUrl, listArchive, ribbonErrors, writePackage } from "../../wps/package";

const root = path.join(__dirname, "../..");
const ribbonXml = readFileSync(path.join(root, "wps/ribbon.xml"), "utf8");
const schema = readFileSync(path.join(root, "wps/schema/customUI-subset.xsd"), "utf8");

test("ribbon.xml is valid CustomUI (2006) with the three Chinese buttons wired to the entry's callbacks", async () => {
  expect(await ribbonErrors(ribbonXml, schema)).toEqual([]);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(ribbonXml);
  const buttons = parsed.customUI.ribbon.tabs.tab.group.button as {
    id: string;
    label: string;
    onAction: string;
    getImage: string;
  }[];
  expect(buttons.map((b) => [b.id, b.label])).toEqual([
    [RIBBON_BUTTONS.check, "检查目标"],
    [RIBBON_BUTTONS.pane, "打开面板"],
    [RIBBON_BUTTONS.clear, "清除标记"],
  ]);
  const entry = readFileSync(path.join(root, "src/host/wps/entry.ts"), "utf8");
  for (const callback of [parsed.customUI.onLoad, ...buttons.flatMap((b) => [b.onAction, b.getImage])])
    expect(entry).toMatch(new RegExp(`\\b${callback}: ribbon\\.${callback}\\b`));
});

test("the schema check catches what WPS would not load", async () => {
  expect(await ribbonErrors(ribbonXml.replace('size="large"', 'size="huge"'), schema)).toHaveLength(1);
  expect(await ribbonErrors(ribbonXml.replace("<button ", "<buton "), schema)).not.toEqual([]);
  expect(await ribbonErrors(ribbonXml.replace('id="btnPane"', 'id="btnCheck"'), schema)).not.toEqual([]);
});

test("the package: online folder, .7z with the same files, publish.xml and jsplugins.xml with ADDIN_BASE_URL", () => {
  const temp = mkdtempSync(path.join(os.tmpdir(), "wps-pkg-"));
  try {
    const pane = path.join(temp, "pane");
    mkdirSync(path.join(pane, "chunks"), { recursive: true });
    writeFileSync(path.join(pane, "taskpane.html"), "<!doctype html><title>pane</title>");
    writeFileSync(path.join(pane, "taskpane.js"), "void 0;");
    writeFileSync(path.join(pane, "chunks", "xlsx-engine.js"), "void 0;");
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
      "main.js",
      "ribbon.xml",
      "taskpane.html",
      "taskpane.js",
    ]);
    expect(path.basename(out.archive)).toBe("perftargets_0.1.0.7z");
    expect(
      listArchive(out.archive)
        .filter((p) => p.includes("."))
        .sort(),
    ).toEqual(folder);

    const publish = readFileSync(out.publish, "utf8");
    const central = readFileSync(out.jsplugins, "utf8");
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

test("ADDIN_BASE_URL: normalised, or refused in one Chinese line", () => {
  expect(baseUrl("https://x.gov.cn/a")).toBe("https://x.gov.cn/a/");
  expect(baseUrl("")).toBeNull();
  expect(() => baseUrl("ftp://x")).toThrow(/^ADDIN_BASE_URL 须以 http/);
  expect(() => baseUrl("not a url")).toThrow(/^ADDIN_BASE_URL 不是有效的网址/);
});
