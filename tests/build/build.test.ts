/**
 * Runs the production build once (into a temporary directory, with an intranet base URL) and checks what
 * Office will load: the shared-runtime page and its bundles, the generated functions.json, and a manifest
 * that points only at the intranet server.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vm from "node:vm";
import { checkManifest } from "../manifest/checkManifest";

const ROOT = path.join(__dirname, "..", "..");
const BASE_URL = "https://perf.example.gov.cn/addin/";
const BUILD_TIMEOUT_MS = 10 * 60 * 1000;
/** A string every ExcelJS build contains (it writes this part of every .xlsx package). */
// A string only ExcelJS itself holds (our own chart code also edits [Content_Types].xml).
const EXCELJS_MARKER = "xl/sharedStrings.xml";
/** A string only the package writer (src/host/xlsx/write.ts) holds. */
const ENGINE_MARKER = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
/** The one external script the page may load (and only inside Office). */
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

let outDir = "";
let fakeHome = "";

function read(relativePath: string): string {
  return fs.readFileSync(path.join(outDir, relativePath), "utf8");
}

function readIfExists(relativePath: string): Uint8Array | null {
  const file = path.join(outDir, relativePath);
  return fs.existsSync(file) ? fs.readFileSync(file) : null;
}

/** Every src of a <script> tag (the minifier drops the quotes), including office.js written by inline code. */
function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script[^>]*?\bsrc=(?:"([^"]*)"|([^\s>]+))/g)].map((m) => m[1] ?? m[2]);
}

/** The page's inline scripts (the host decision), without their <script> tags. */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}

/** The <script src> tags of the page itself, in order: not those its inline script may write. */
function staticScripts(html: string): string[] {
  return scriptSources(html.replace(/<script>[\s\S]*?<\/script>/g, ""));
}

/** A web view's tab as the inline script sees it: the query string, and WPS's Application where given. */
interface FakeTab {
  search: string;
  Application?: unknown;
}

/** The scripts the page's inline script writes (document.write) in the tab `tab`, in order. */
function writtenScripts(html: string, tab: FakeTab): string[] {
  const written: string[] = [];
  const page: Record<string, unknown> = {
    location: { search: tab.search },
    sessionStorage: { getItem: () => null },
    Application: tab.Application,
    document: { write: (markup: string) => written.push(...scriptSources(markup)) },
  };
  page.window = page;
  for (const code of inlineScripts(html)) vm.runInNewContext(code, page);
  return written;
}

/** What Office adds to the pane's URL (the inline script's first sign of Office). */
const IN_OFFICE: FakeTab = { search: "?_host_Info=Excel$Win32$16.01$zh-CN$$$$0" };

const local = (src: string) => !/^https?:/.test(src);
const relative = (src: string) => src.replace(/^\.?\//, "");

/** Local scripts taskpane.html loads at start inside Office (the most it loads), relative to dist. */
function initialScripts(html: string): string[] {
  return [...writtenScripts(html, IN_OFFICE), ...staticScripts(html)].filter(local).map(relative);
}

/** Every file below `dir`, as a relative path with "/" separators. */
function allFiles(dir: string, prefix = ""): string[] {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? allFiles(dir, relative) : [relative];
  });
}

beforeAll(() => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), "perf-targets-dist-"));
  // A fresh HOME shows that the build never creates or reads dev certificates (~/.office-addin-dev-certs).
  fakeHome = fs.mkdtempSync(path.join(os.tmpdir(), "perf-targets-home-"));
  const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const build = spawnSync(process.execPath, [webpackCli, "--mode", "production"], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_BASE_URL: BASE_URL, PERF_DIST_DIR: outDir, HOME: fakeHome, USERPROFILE: fakeHome },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: BUILD_TIMEOUT_MS,
  });
  if (build.status !== 0) {
    const output = `${build.stdout ?? ""}\n${build.stderr ?? ""}`;
    // webpack prints long module-resolution traces; lead with the one line per error that names the file.
    const errors = output.split("\n").filter((line) => /^ERROR in |^Module not found|error TS\d+|Error:/.test(line));
    throw new Error(
      `webpack failed (status ${build.status}):\n${errors.slice(0, 40).join("\n")}\n…\n${output.slice(-3000)}`,
    );
  }
}, BUILD_TIMEOUT_MS + 30_000);

afterAll(() => {
  for (const dir of [outDir, fakeHome]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("production build", () => {
  it("writes the shared-runtime page, the three bundles, functions.json, the manifest and the icons", () => {
    const files = allFiles(outDir);
    for (const expected of [
      "taskpane.html",
      "functions.js",
      "commands.js",
      "taskpane.js",
      "functions.json",
      "manifest.xml",
      "assets/icon-16.png",
      "assets/icon-32.png",
      "assets/icon-64.png",
      "assets/icon-80.png",
    ]) {
      expect(files).toContain(expected);
    }
  });

  it("generates functions.json from the JSDoc, with PERF.VERSION", () => {
    const metadata = JSON.parse(read("functions.json")) as { functions: { id: string; name: string }[] };
    expect(metadata.functions.map((f) => f.id)).toContain("VERSION");
  });

  it("associates the generated ids with Excel when office.js is present", () => {
    const associated: unknown[] = [];
    vm.runInNewContext(read("functions.js"), { CustomFunctions: { associate: (id: unknown) => associated.push(id) } });
    expect(associated).toContain("VERSION");
  });

  it("loads the functions and commands bundles without Office too (the standalone pane uses the same page)", () => {
    // What every browser page has (`self` is the page's window: webpack's chunk loading uses it), but no Office object.
    const browserGlobals = () => {
      const page: Record<string, unknown> = { TextEncoder, TextDecoder, console, setTimeout, clearTimeout };
      page.self = page;
      return page;
    };
    for (const bundle of ["functions.js", "commands.js"]) {
      expect(() => vm.runInNewContext(read(bundle), browserGlobals())).not.toThrow();
    }
  });

  it("carries each module once in the scripts the page loads at start: the pane reuses the commands bundle's core", () => {
    // The source maps name every module a bundle holds. functions.js is the custom functions' own script
    // (the manifest names it) and stays self-contained; commands.js and taskpane.js share theirs (dependOn).
    const sources = (script: string) => (JSON.parse(read(`${script}.map`)) as { sources: string[] }).sources;
    const commands = new Set(sources("commands.js").filter((s) => s.includes("/src/")));
    const pane = sources("taskpane.js");
    expect([...commands].filter((m) => m.includes("/src/core/")).length).toBeGreaterThan(30);
    expect(pane.filter((m) => commands.has(m))).toEqual([]);
    // taskpane.js has no webpack runtime of its own (commands.js's serves both), so the page loads commands.js first.
    expect(sources("commands.js")).toContain("webpack://perf-targets/webpack/bootstrap");
    expect(pane.filter((m) => m.includes("/webpack/"))).toEqual([]);
  });

  it("loads functions, commands and the pane from the one shared-runtime page, and nothing else from outside", () => {
    const html = read("taskpane.html");
    // Office: office.js, then the custom functions (parser-blocking, written by the inline script), then the deferred
    // commands and pane. The shared runtime runs the functions from this page.
    const office = [...writtenScripts(html, IN_OFFICE), ...staticScripts(html)];
    expect(office.map((src) => (local(src) ? path.basename(src) : src))).toEqual([
      OFFICE_JS,
      "functions.js",
      "commands.js",
      "taskpane.js",
    ]);
    expect(initialScripts(html).map((src) => path.basename(src))).toEqual([
      "functions.js",
      "commands.js",
      "taskpane.js",
    ]);
    const external = scriptSources(html).filter((src) => /^https?:/.test(src));
    expect(external.every((src) => src === OFFICE_JS)).toBe(true);
  });

  it("loads no custom functions on the standalone page nor in WPS: they run none there (WPS's main.js registers them)", () => {
    const html = read("taskpane.html");
    const wps = { search: "", Application: { PluginStorage: {}, CreateTaskPane: () => undefined } };
    for (const tab of [{ search: "" }, { search: "?mode=standalone" }, wps, { search: "?mode=wps" }]) {
      expect({ tab: tab.search, written: writtenScripts(html, tab) }).toEqual({ tab: tab.search, written: [] });
    }
    expect(staticScripts(html).map((src) => path.basename(src))).toEqual(["commands.js", "taskpane.js"]);
  });

  it("keeps the workbook reader/writer out of every script the page loads at start: only the standalone worker has it", () => {
    const html = read("taskpane.html");
    for (const script of initialScripts(html)) {
      expect({ script, hasEngine: read(script).includes(ENGINE_MARKER) }).toEqual({ script, hasEngine: false });
    }
    const scripts = allFiles(outDir).filter((file) => file.endsWith(".js"));
    expect(scripts.filter((file) => read(file).includes(ENGINE_MARKER))).toEqual(["check-worker.js"]);
    // The package writer (fflate + saxes) replaced ExcelJS in the browser: no script carries ExcelJS any more.
    expect(scripts.filter((file) => read(file).includes(EXCELJS_MARKER))).toEqual([]);
    const size = fs.statSync(path.join(outDir, "check-worker.js")).size;
    console.log(`check worker (reader, writer and core): ${(size / 1024).toFixed(1)} KB`);
  });

  it("rewrites every dev URL in the manifest to ADDIN_BASE_URL", () => {
    const manifest = read("manifest.xml");
    expect(manifest).not.toContain("localhost");
    expect(checkManifest(manifest, { baseUrl: BASE_URL, readFile: readIfExists })).toEqual([]);
  });

  it("points every manifest URL at a file that exists in dist", () => {
    const urls = [...read("manifest.xml").matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1]);
    const local = urls.filter((url) => url.startsWith(BASE_URL)).map((url) => url.slice(BASE_URL.length));
    expect(local).toEqual(expect.arrayContaining(["taskpane.html", "functions.js", "functions.json"]));
    const missing = local.filter((file) => !fs.existsSync(path.join(outDir, file)));
    expect(missing).toEqual([]);
  });

  it("never touches developer certificates", () => {
    expect(fs.existsSync(path.join(fakeHome, ".office-addin-dev-certs"))).toBe(false);
  });

  it(
    "builds the WPS add-in from this pane build; its main.js registers every PERF function where WPS has AddCustomFunction",
    () => {
      // Beside the pane build, not in it: the package copies the pane's whole folder.
      const wpsDir = fs.mkdtempSync(path.join(os.tmpdir(), "perf-targets-wps-"));
      try {
        const tsx = require.resolve("tsx/cli", { paths: [ROOT] });
        const build = spawnSync(process.execPath, [tsx, "wps/build.ts", "--pane", outDir], {
          cwd: ROOT,
          env: {
            ...process.env,
            ADDIN_BASE_URL: BASE_URL,
            PERF_WPS_DIR: wpsDir,
            HOME: fakeHome,
            USERPROFILE: fakeHome,
          },
          encoding: "utf8",
          timeout: BUILD_TIMEOUT_MS,
        });
        expect(build.stderr).not.toMatch(/构建失败/);
        expect(build.status).toBe(0);
        // WPS opens the add-in's index.html (wps/package.ts indexHtml); the scripts it names are the add-in's code.
        const folder = path.join(wpsDir, "perftargets");
        const index = fs.readFileSync(path.join(folder, "index.html"), "utf8");
        const scripts = [...index.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
        expect(scripts).toEqual(["./main.js"]);
        const mainJs = fs.readFileSync(path.join(folder, scripts[0]), "utf8");
        // The page WPS makes for the add-in (a browser page) with an Application that has AddCustomFunction (12.1.0.20540+).
        const registered = new Map<
          string,
          { callback: (...args: unknown[]) => unknown; metadata: { description: string } }
        >();
        const Application = {
          AddCustomFunction: (
            ns: string,
            name: string,
            callback: (...args: unknown[]) => unknown,
            metadata: { description: string },
          ) => void registered.set(`${ns}.${name}`, { callback, metadata }),
        };
        const page: Record<string, unknown> = {
          Application,
          TextEncoder,
          TextDecoder,
          URL,
          console,
          setInterval: () => 0,
        };
        page.window = page;
        page.document = { baseURI: "file:///jsaddons/PerfTargets_1.0.0/index.html" };
        vm.runInNewContext(mainJs, page);
        const ids = (JSON.parse(read("functions.json")) as { functions: { id: string }[] }).functions.map(
          (f) => `PERF.${f.id}`,
        );
        expect([...registered.keys()]).toEqual(ids);
        expect(registered.get("PERF.STATUS")!.metadata.description).toMatch(/判断指标完成状态/);
        expect(registered.get("PERF.STATUS")!.callback([["≥90%"]], 0.85, 45504)).toBe("滞后");
        // The ribbon's callbacks are there too (ribbon.xml names them).
        expect(typeof page.OnAddinLoad).toBe("function");
      } finally {
        fs.rmSync(wpsDir, { recursive: true, force: true });
      }
    },
    BUILD_TIMEOUT_MS,
  );
});
