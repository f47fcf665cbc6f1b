/**
 * Helpers for the browser tests: a production build of the add-in into a temp dir, a tiny static
 * server on 127.0.0.1, and Debian's Chromium driven by playwright-core (no downloaded browsers).
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { copyOfOncePerRun } from "../setup/oncePerRun";

export const ROOT = resolve(__dirname, "../..");
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** `webpack --mode production` into `dir` (PERF_DIST_DIR, see webpack.config.js). */
function webpackInto(dir: string): Promise<void> {
  const webpackBin = join(ROOT, "node_modules", ".bin", "webpack");
  return new Promise((resolvePromise, reject) => {
    execFile(
      webpackBin,
      ["--mode", "production"],
      { cwd: ROOT, env: { ...process.env, PERF_DIST_DIR: dir }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`webpack failed: ${error.message}\n${stdout}\n${stderr}`));
        else resolvePromise();
      },
    );
  });
}

/**
 * A production build in a fresh temp dir of its own. Under jest the build is made once per run and copied: the
 * browser test files each built the same sources in the same environment (some 55 s of CPU each).
 */
export async function buildPane(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "perf-pane-"));
  await copyOfOncePerRun("pane-build", webpackInto, dir);
  return dir;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".png": "image/png",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".map": "application/json",
};

/** Serves `dir` on 127.0.0.1 at a free port; resolves to the server and its base URL. */
export function serveDir(dir: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((resolvePromise) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolvePromise({ server, base: `http://127.0.0.1:${port}/` });
    });
  });
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install -y chromium)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** A production build served on 127.0.0.1 and Chromium to open it: one per test file, ready before its first test. */
export interface ServedPane {
  /** The build's folder (files a test adds to it are served too). */
  dist: string;
  /** The server's base URL, ending in "/". */
  base: string;
  browser: Browser;
}

/**
 * Sets up the test file's pane (beforeAll: build, then `prepare` may write files into the build, serve, launch Chromium)
 * and takes it down after its tests (afterAll). The fields are filled in before the first test runs.
 */
export function servePaneForTests(prepare?: (dist: string) => Promise<void>): ServedPane {
  const pane: Partial<ServedPane> = {};
  let server: Server | undefined;
  beforeAll(async () => {
    pane.dist = await buildPane();
    await prepare?.(pane.dist);
    ({ server, base: pane.base } = await serveDir(pane.dist));
    pane.browser = await launchChromium();
  }, 900_000);
  afterAll(async () => {
    await pane.browser?.close();
    await new Promise((r) => (server ? server.close(() => r(null)) : r(null)));
    if (pane.dist) rmSync(pane.dist, { recursive: true, force: true });
  });
  return pane as ServedPane;
}

/** The bundled sample workbook, as a clerk opens it in the page. */
export const SAMPLE = join(ROOT, "assets", "sample.xlsx");

/**
 * `file` (the sample unless said) opened in the page, in a new browser context of `options` (its viewport, language,
 * colour scheme) given `permissions` (the clipboard's) on our origin, once its check has shown the summary. The sample
 * stores 监控时点 2024-07-31.
 */
export async function openChecked(
  pane: ServedPane,
  options: BrowserContextOptions,
  file = SAMPLE,
  permissions: string[] = [],
): Promise<Page> {
  const context = await pane.browser.newContext(options);
  if (permissions.length) await context.grantPermissions(permissions, { origin: pane.base.slice(0, -1) });
  const page = await context.newPage();
  await page.goto(`${pane.base}taskpane.html`);
  await page.getByTestId("welcome").waitFor();
  await page.getByTestId("file-input").setInputFiles(file);
  await page.getByTestId("summary").waitFor({ timeout: 120_000 });
  return page;
}

/** Only our own origin, and in-page blob:/data: URLs, may be requested. */
export function isLocal(url: string, base: string): boolean {
  if (url.startsWith("blob:") || url.startsWith("data:")) return true;
  const u = new URL(url);
  return url.startsWith(base) || ["127.0.0.1", "localhost", "[::1]"].includes(u.hostname);
}
