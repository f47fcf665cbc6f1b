import * as fs from "node:fs";
import * as path from "node:path";
import {
  checkManifest,
  descendants,
  parseXml,
  pngWidth,
  type ManifestProblemCode,
  type XmlElement,
} from "./checkManifest";

const ROOT = path.join(__dirname, "..", "..");
const DEV_BASE = "https://localhost:3000/";
const manifestXml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** Files the manifest points to live in the repository under the same relative path (assets/…). */
function readRepoFile(relativePath: string): Uint8Array | null {
  const file = path.join(ROOT, relativePath);
  return fs.existsSync(file) ? fs.readFileSync(file) : null;
}

const check = (xml: string) => checkManifest(xml, { baseUrl: DEV_BASE, readFile: readRepoFile });
const codes = (xml: string): ManifestProblemCode[] => check(xml).map((p) => p.code);

/** Replaces text that must be present, so a mutation can never silently do nothing. */
function mutate(xml: string, from: string | RegExp, to: string): string {
  const changed = xml.replace(from, to);
  if (changed === xml) throw new Error(`mutation did not apply: ${String(from)}`);
  return changed;
}

const root = parseXml(manifestXml);
const all = descendants(root).map((d) => d.element);
const elements = (name: string): XmlElement[] => all.filter((e) => e.name === name);
const textOf = (name: string): string[] => elements(name).map((e) => e.text);
const stringValue = (id: string): XmlElement | undefined => elements("bt:String").find((s) => s.attrs.id === id);

describe("manifest.xml", () => {
  it("passes every consistency check", () => {
    expect(check(manifestXml)).toEqual([]);
  });

  it("is a Chinese-first Excel add-in with a stable id and only ReadWriteDocument", () => {
    expect(textOf("Id")[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(textOf("DefaultLocale")).toEqual(["zh-CN"]);
    expect(textOf("Permissions")).toEqual(["ReadWriteDocument"]);
    expect(elements("Host").map((h) => h.attrs.Name ?? h.attrs["xsi:type"])).toEqual(["Workbook", "Workbook"]);
  });

  it("requires SharedRuntime 1.1 and runs one long-lived runtime", () => {
    const sets = elements("Set").map((s) => `${s.attrs.Name} ${s.attrs.MinVersion}`);
    expect(sets).toContain("SharedRuntime 1.1");
    expect(elements("Runtime").map((r) => r.attrs.lifetime)).toEqual(["long"]);
  });

  it("declares the PERF custom functions with functions.json metadata", () => {
    const namespaceResid = elements("Namespace")[0].attrs.resid;
    expect(stringValue(namespaceResid)?.attrs.DefaultValue).toBe("PERF");
    const metadata = elements("Metadata")[0].children[0].attrs.resid;
    const url = elements("bt:Url").find((u) => u.attrs.id === metadata)?.attrs.DefaultValue;
    expect(url).toBe(`${DEV_BASE}functions.json`);
  });

  it("has a ribbon group with Check targets, Open pane and Clear marks", () => {
    const buttons = elements("Control").map((control) => {
      const label = control.children.find((c) => c.name === "Label")?.attrs.resid ?? "";
      const action = control.children.find((c) => c.name === "Action");
      const fn = action?.children.find((c) => c.name === "FunctionName")?.text ?? null;
      return {
        zh: stringValue(label)?.attrs.DefaultValue,
        en: stringValue(label)?.children.find((o) => o.attrs.Locale === "en-US")?.attrs.Value,
        action: action?.attrs["xsi:type"],
        fn,
      };
    });
    expect(buttons).toEqual([
      { zh: "检查目标", en: "Check targets", action: "ExecuteFunction", fn: "checkTargets" },
      { zh: "打开面板", en: "Open pane", action: "ShowTaskpane", fn: null },
      { zh: "清除标记", en: "Clear marks", action: "ExecuteFunction", fn: "clearMarks" },
    ]);
  });

  it("names only ExecuteFunction actions that commands.ts associates", () => {
    const commandsSource = fs.readFileSync(path.join(ROOT, "src", "commands", "commands.ts"), "utf8");
    const associated = [...commandsSource.matchAll(/associate\(\s*"([^"]+)"/g)].map((m) => m[1]).sort();
    expect(textOf("FunctionName").sort()).toEqual(associated);
  });

  it("ships icons at 16, 32, 64 and 80 px", () => {
    for (const size of [16, 32, 64, 80]) {
      const bytes = readRepoFile(`assets/icon-${size}.png`);
      expect(bytes).not.toBeNull();
      expect(pngWidth(bytes as Uint8Array)).toBe(size);
    }
  });
});

describe("checkManifest catches each broken variant", () => {
  const cases: { name: string; code: ManifestProblemCode; broken: () => string }[] = [
    {
      name: "a resid used but not defined",
      code: "resid-undefined",
      broken: () => mutate(manifestXml, '<Label resid="Tab.Label" />', '<Label resid="Tab.Title" />'),
    },
    {
      name: "a resid defined twice",
      code: "resid-duplicate",
      broken: () =>
        mutate(
          manifestXml,
          "<bt:Urls>",
          '<bt:Urls>\n<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/other.html" />',
        ),
    },
    {
      name: "a resource nobody uses",
      code: "resid-unused",
      broken: () =>
        mutate(
          manifestXml,
          "<bt:Urls>",
          '<bt:Urls>\n<bt:Url id="Old.Url" DefaultValue="https://localhost:3000/old.html" />',
        ),
    },
    {
      name: "a FunctionFile outside the shared runtime",
      code: "runtime-resid-mismatch",
      broken: () =>
        mutate(manifestXml, '<FunctionFile resid="Taskpane.Url" />', '<FunctionFile resid="Functions.Script.Url" />'),
    },
    {
      name: "a custom functions Page outside the shared runtime",
      code: "runtime-resid-mismatch",
      broken: () =>
        mutate(
          manifestXml,
          /<Page>\s*<SourceLocation resid="Taskpane.Url" \/>/,
          '<Page><SourceLocation resid="GetStarted.LearnMoreUrl" />',
        ),
    },
    {
      name: "a runtime that is not long-lived",
      code: "runtime-missing",
      broken: () => mutate(manifestXml, 'lifetime="long"', 'lifetime="short"'),
    },
    {
      name: "a URL outside the one base",
      code: "url-outside-base",
      broken: () =>
        mutate(manifestXml, "https://localhost:3000/functions.json", "https://cdn.example.com/functions.json"),
    },
    {
      name: "an icon file that does not exist",
      code: "icon-missing",
      broken: () => mutate(manifestXml, "assets/icon-80.png", "assets/icon-81.png"),
    },
    {
      name: "an icon of the wrong size",
      code: "icon-size",
      broken: () =>
        mutate(
          manifestXml,
          'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"',
          'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-32.png"',
        ),
    },
    {
      name: "a resource string without an en-US override",
      code: "override-missing",
      broken: () => mutate(manifestXml, '<bt:Override Locale="en-US" Value="Clear marks" />', ""),
    },
    {
      name: "a display name without an en-US override",
      code: "override-missing",
      broken: () => mutate(manifestXml, '<Override Locale="en-US" Value="PerfTargets" />', ""),
    },
    {
      name: "an override for another locale only",
      code: "override-missing",
      broken: () =>
        mutate(
          manifestXml,
          '<bt:Override Locale="en-US" Value="Open pane" />',
          '<bt:Override Locale="fr-FR" Value="Ouvrir" />',
        ),
    },
    {
      name: "the shared runtime's ShowTaskpane action without a TaskpaneId",
      code: "taskpane-id-missing",
      broken: () => mutate(manifestXml, "<TaskpaneId>PerfTargets.Pane</TaskpaneId>", ""),
    },
    {
      name: "XML that is not well-formed",
      code: "xml-invalid",
      broken: () => mutate(manifestXml, "</Resources>", "</Resource>"),
    },
  ];

  it.each(cases)("$name → $code", ({ code, broken }) => {
    expect(codes(broken())).toContain(code);
  });

  it("reports nothing else for a single mistake (the checks do not cascade)", () => {
    const oneBadIcon = mutate(manifestXml, "assets/icon-80.png", "assets/icon-81.png");
    expect(codes(oneBadIcon)).toEqual(["icon-missing"]);
  });

  it("accepts the same manifest rewritten to another base", () => {
    const intranet = "https://perf.example.gov.cn/addin/";
    const rewritten = manifestXml.replace(/https:\/\/localhost:3000\//g, intranet);
    expect(checkManifest(rewritten, { baseUrl: intranet, readFile: readRepoFile })).toEqual([]);
    expect(checkManifest(rewritten, { baseUrl: DEV_BASE, readFile: readRepoFile }).map((p) => p.code)).toContain(
      "url-outside-base",
    );
  });
});

/**
 * Requirement sets: every Excel API the adapter calls without asking, with the set its reference page names,
 * must be covered by the ExcelApi version the manifest declares (else Office may load the add-in where the call
 * fails). Notes (ExcelApi 1.18) are asked for with isSetSupported and left out when missing.
 */
describe("requirement sets: the manifest declares what the code calls", () => {
  // Each line: the API as it appears in src/host/excel, and the set its page on learn.microsoft.com/javascript/api/excel names.
  const API_SETS: [RegExp, string, string][] = [
    [/getMergedAreasOrNullObject\(/, "1.13", "excel.range#getmergedareasornullobject: [ API set: ExcelApi 1.13 ]"],
    [/getSpecialCellsOrNullObject\(/, "1.9", "excel.range#getspecialcellsornullobject: [ API set: ExcelApi 1.9 ]"],
    [/getRanges\(/, "1.9", "excel.worksheet#getranges: [ API set: ExcelApi 1.9 ]"],
    [/getDimensionValues\(/, "1.12", "excel.chartseries#getdimensionvalues: [ API set: ExcelApi 1.12 ]"],
    [
      /functions\.date\(/,
      "1.2",
      "excel.workbook#functions, excel.interfaces.functionresultdata: [ API set: ExcelApi 1.2 ]",
    ],
    // Preview only ("[API set: ExcelApi BETA (PREVIEW ONLY)]"): no released set to declare; read.ts loadDateSystem.
    [/use1904DateSystem/, "99", "excel.workbook#use1904DateSystem: [ API set: ExcelApi BETA (PREVIEW ONLY) ]"],
    [
      /pageLayout\.getPrintAreaOrNullObject\(/,
      "1.9",
      "excel.pagelayout: [ API set: ExcelApi 1.9 ]; getPrintAreaOrNullObject() (Worksheet.pageLayout: ExcelApi 1.9)",
    ],
    [/ws\.shapes\b/, "1.9", "excel.worksheet#shapes, excel.shapecollection: [ API set: ExcelApi 1.9 ]"],
    [/worksheets\.onChanged/, "1.9", "excel.worksheetcollection#onchanged: [ API set: ExcelApi 1.9 ]"],
    [
      /suspendScreenUpdatingUntilNextSync\(/,
      "1.9",
      "excel.application#suspendscreenupdatinguntilnextsync: [ API set: ExcelApi 1.9 ]",
    ],
    [
      /suspendApiCalculationUntilNextSync\(/,
      "1.6",
      "excel.application#suspendapicalculationuntilnextsync: [ API set: ExcelApi 1.6 ]",
    ],
    [/conditionalFormats\.add\(/, "1.6", "excel.conditionalformatcollection#add: [ API set: ExcelApi 1.6 ]"],
    [
      /font\.underline|font\.strikethrough|"underline"|"strikethrough"/,
      "1.6",
      "excel.interfaces.conditionalrangefontupdatedata#underline, #strikethrough: [ API set: ExcelApi 1.6 ]",
    ],
    [
      /borders\.getItem\(|\/borders\//,
      "1.6",
      "excel.conditionalrangeformat#borders, excel.conditionalrangebordercollection#getitem: [ API set: ExcelApi 1.6 ]",
    ],
    [/series\.add\(|setXAxisValues\(|setValues\(/, "1.7", "excel.chartseriescollection#add: [ API set: ExcelApi 1.7 ]"],
    [/dataValidation/, "1.8", "excel.range#datavalidation: [ API set: ExcelApi 1.8 ]"],
    [/series\.getCount\(/, "1.4", "excel.chartseriescollection#getcount: [ API set: ExcelApi 1.4 ]"],
    [
      /styles\.getItem\(/,
      "1.7",
      "excel.workbook#styles, excel.stylecollection#getitem, excel.style#font: [ API set: ExcelApi 1.7 ]",
    ],
    [
      /font\/italic|font\/strikethrough|font\/underline/,
      "1.1",
      "excel.rangefont#italic, #strikethrough, #underline: [ API set: ExcelApi 1.1 ]",
    ],
    [/useStandardHeight/, "1.7", "excel.rangeformat#usestandardheight: [ API set: ExcelApi 1.7 ]"],
    [
      /getCellProperties\(/,
      "1.9",
      "excel.range#getcellproperties, excel.cellbordercollection: [ API set: ExcelApi 1.9 ]",
    ],
    [/"left,top,width,height"/, "1.3", "excel.range#left, #top, #width, #height: [ API set: ExcelApi 1.3 ]"],
    [/getUsedRangeOrNullObject\(/, "1.4", "excel.worksheet#getusedrangeornullobject: [ API set: ExcelApi 1.4 ]"],
    [/names\.add\(|getItemOrNullObject\(/, "1.4", "excel.nameditemcollection#add: [ API set: ExcelApi 1.4 ]"],
    [
      /\.tables\b|getHeaderRowRange\(/,
      "1.1",
      "excel.worksheet#tables, excel.table#getheaderrowrange: [ API set: ExcelApi 1.1 ]",
    ],
    [/showHeaders/, "1.3", "excel.table#showheaders: [ API set: ExcelApi 1.3 ]"],
  ];
  // Every file of the add-in's host code (seriesSources.ts holds the ExcelApi 1.15 calls).
  const excelDir = path.join(ROOT, "src", "host", "excel");
  const source = fs
    .readdirSync(excelDir)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => fs.readFileSync(path.join(excelDir, f), "utf8"))
    .join("\n");
  // "1.13" is above "1.9": versions compare by their minor number.
  const minor = (v: string | number) => Number(String(v).split(".")[1] ?? 0);
  const declared = minor(elements("Set").find((s) => s.attrs.Name === "ExcelApi")?.attrs.MinVersion ?? "1.1");

  it.each(API_SETS.map(([pattern, version, doc]) => ({ pattern, version, doc })))(
    "$pattern needs ExcelApi $version ($doc)",
    ({ pattern, version }) => {
      if (pattern.test(source)) expect(declared).toBeGreaterThanOrEqual(minor(version));
    },
  );

  it("notes (ExcelApi 1.18, above the declared set) are only used after isSetSupported", () => {
    expect(declared).toBeLessThan(18);
    expect(source).toMatch(/isSetSupported\("ExcelApi", "1\.18"\)/);
  });

  // hosts63: beyond the list above, every member the adapter names (code, not comments or imports) whose every
  // declaration in Office.js's own types carries a set above the declared one (@types/office-js, "[Api set: ExcelApi
  // 1.x]", the line each reference page on learn.microsoft.com/javascript/api/excel gives) is asked for first with
  // isSetSupported of that set or a higher one. Found today: notes (1.18), getDimensionDataSourceString / Type (1.15).
  it("every member only in sets above the declared one is asked for with isSetSupported", () => {
    const types = fs.readFileSync(path.join(ROOT, "node_modules", "@types", "office-js", "index.d.ts"), "utf8");
    const excel = types.slice(types.indexOf("declare namespace Excel"));
    const sets = new Map<string, number>();
    const declaration = /\[Api set: ExcelApi (BETA|\d+\.\d+)[^\]]*\][^/]*?\*\/\s*(?:readonly\s+)?(\w+)\??\s*[(:<]/g;
    for (const [, set, member] of excel.matchAll(declaration)) {
      const level = set === "BETA" ? 99 : minor(set);
      sets.set(member, Math.min(sets.get(member) ?? level, level));
    }
    expect(sets.get("getDimensionDataSourceString")).toBe(15); // the types read as the pages give them
    const code = source
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\/\/.*$/gm, "")
      .replace(/^import .*$|from "[^"]*"/gm, "");
    const named = new Set([...code.matchAll(/\.(\w+)|["/](\w+)(?=[",/])/g)].map((m) => m[1] ?? m[2]));
    const asked = [...source.matchAll(/isSetSupported\("ExcelApi", "(1\.\d+)"\)/g)].map((m) => minor(m[1]));
    const above = [...named].filter((m) => (sets.get(m) ?? 0) > declared);
    expect(above).toEqual(expect.arrayContaining(["notes", "getDimensionDataSourceString"]));
    for (const member of above)
      expect({ member, asked: asked.some((level) => level >= sets.get(member)!) }).toEqual({ member, asked: true });
  });

  // excel.chartseries "getDimensionDataSourceString", "getDimensionDataSourceType": [ API set: ExcelApi 1.15 ]; the
  // fake refuses them below it (ApiNotFound), so the scenarios at 1.13 (summaryChartSources) show they are not called.
  it("a series' sources (ExcelApi 1.15, above the declared set) are only read after isSetSupported", () => {
    expect(declared).toBeLessThan(15);
    if (/getDimensionDataSource(String|Type)\(/.test(source))
      expect(source).toMatch(/isSetSupported\("ExcelApi", "1\.15"\)/);
  });
});
