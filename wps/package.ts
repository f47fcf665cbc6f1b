/**
 * Packaging of the WPS 表格 add-in (used by wps/build.ts and its tests):
 * - the online folder: index.html (the page WPS opens for the add-in) + main.js + ribbon.xml + images/ + the task
 *   pane's files, served from ADDIN_BASE_URL;
 * - the offline package: the same files in a folder named PerfTargets_<version> inside a .7z (the format WPS's
 *   jsplugins.xml offline entries load, made with 7-Zip from the 7zip-bin npm package);
 * - publish.xml (per user, in the user's jsaddons folder) and jsplugins.xml (central, named by oem.ini's
 *   JSPluginsServer) with the right addresses filled in; publish-offline.xml (per user, no server: the .7z unpacked
 *   into jsaddons beforehand);
 * - sourcemaps/: the pane's source maps, beside the package rather than in it (SOURCE_MAPS).
 */
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { path7za } from "7zip-bin";
import { validateXML } from "xmllint-wasm";

export const ADDIN_NAME = "PerfTargets";
/** WPS's add-in type for the spreadsheet (et); "wps" is the word processor, "wpp" the presentation app. */
export const ADDIN_TYPE = "et";

/** Validate ribbon.xml against our strict subset of Office's CustomUI 2006 schema; returns the errors (empty when valid). */
export async function ribbonErrors(ribbonXml: string, schemaXsd: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: "ribbon.xml", contents: ribbonXml }],
    schema: [{ fileName: "customUI-subset.xsd", contents: schemaXsd }],
  });
  return [...(result.valid ? [] : result.errors.map((e) => e.rawMessage)), ...bothWordsAndCallback(ribbonXml)];
}

/**
 * CustomUI allows a word or the callback that gives it, never both ("The screentip and getScreentip attributes are
 * mutually exclusive. They MUST NOT be used together.", learn.microsoft.com/openspecs/office_standards/ms-customui2/
 * 4f7f7ddd-3854-4566-9cc9-7918cdad4386; the same for label / getLabel and supertip / getSupertip), which XSD 1.0
 * cannot express.
 */
function bothWordsAndCallback(ribbonXml: string): string[] {
  const errors: string[] = [];
  for (const [, element, attributes] of ribbonXml.matchAll(/<(\w+)\b([^>]*)>/g)) {
    const id = /\bid="([^"]*)"/.exec(attributes)?.[1] ?? element;
    for (const word of ["label", "screentip", "supertip"]) {
      const callback = `get${word[0].toUpperCase()}${word.slice(1)}`;
      if (new RegExp(`\\s${word}=`).test(attributes) && new RegExp(`\\s${callback}=`).test(attributes))
        errors.push(`${id}: ${word} 与 ${callback} 不能同时使用`);
    }
  }
  return errors;
}

/**
 * The page WPS opens for the add-in: Kingsoft's wpsjs templates (wpsjs 2.2.3, packages/@wps-jsapi/et/index.html) say of
 * their index.html "这个文件是wps加载项的入口文件，wps在启动时加载这个文件", and it loads main.js; WPS reads the add-in's
 * url + ribbon.xml and url + index.html ("在线模式：去请求地址+/ribbon.xml和 地址+/index.html", the wpsjs publish notes).
 * Without it no callback ribbon.xml names exists: the buttons have no words and do nothing.
 */
export function indexHtml(): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <title>${ADDIN_NAME}</title>
    <script src="./main.js"></script>
  </head>
  <body></body>
</html>
`;
}

/**
 * The folder an offline add-in lives in under WPS's jsaddons: name_version, the name and version of its jsplugins.xml
 * entry. Kingsoft's own offline build (wpsjs 2.2.3 src/lib/build.js) puts the files in `${name}_${version}` and packs
 * that folder itself into the .7z; WPS uses a local copy whose folder is name_version instead of downloading again.
 */
export const offlineFolderName = (version: string) => `${ADDIN_NAME}_${version}`;

/**
 * The environment for the task pane's webpack build inside `npm run build:wps`: without ADDIN_BASE_URL. That variable
 * is for the Excel manifest, which webpack.config.js rewrites and which must be https (Office loads add-ins only over
 * HTTPS); the WPS package drops that manifest, and an intranet WPS server may well be http://.
 */
export function paneBuildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { ADDIN_BASE_URL: _forExcelOnly, ...rest } = env;
  return rest;
}

/** https://x/y → https://x/y/ ; anything but http(s) is refused with a one-line reason. */
export function baseUrl(raw: string | undefined): string | null {
  const text = (raw ?? "").trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`ADDIN_BASE_URL 不是有效的网址：“${text}”`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Error(`ADDIN_BASE_URL 须以 http:// 或 https:// 开头：“${text}”`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

const xmlAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The per-user entry (online mode): the add-in is loaded from `folderUrl` each time WPS starts. */
export function publishXml(folderUrl: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<jsplugins>
  <jspluginonline name="${ADDIN_NAME}" type="${ADDIN_TYPE}" url="${xmlAttr(folderUrl)}" debug="" enable="enable_dev" install="null"/>
</jsplugins>
`;
}

/** The central list (offline mode): WPS downloads the .7z once per version and runs it from the local copy. */
export function jspluginsXml(packageUrl: string, version: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<jsplugins>
  <jsplugin name="${ADDIN_NAME}" type="${ADDIN_TYPE}" url="${xmlAttr(packageUrl)}" version="${xmlAttr(version)}" enable="true"/>
</jsplugins>
`;
}

/**
 * The per-user entry for a computer with no server at all: the add-in unpacked into jsaddons/PerfTargets_<version>/
 * beforehand. The very line Kingsoft's own offline installer writes to publish.xml beside that folder (wpsjs 2.2.3
 * src/lib/build.js CreatePublishXml: url "${name}_${version}", the version, enable="enable_dev" install="null").
 */
export function publishOfflineXml(version: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<jsplugins>
  <jsplugin name="${ADDIN_NAME}" type="${ADDIN_TYPE}" url="${xmlAttr(offlineFolderName(version))}" version="${xmlAttr(version)}" enable="enable_dev" install="null"/>
</jsplugins>
`;
}

export interface PackageInput {
  /** The bundled ribbon entry (main.js) and the licence notices its minifier moved out of it. */
  mainJs: string;
  mainLicense?: string;
  ribbonXml: string;
  /** Folder with the built task pane (taskpane.html and what it loads). */
  paneDir: string;
  iconPng: string;
  outDir: string;
  version: string;
  /** Where the online folder and the .7z will be served from; null: relative placeholders. */
  base: string | null;
}

export interface PackageOutput {
  folder: string;
  archive: string;
  publish: string;
  jsplugins: string;
  /** publish.xml's line for a computer without a server (publishOfflineXml). */
  publishOffline: string;
}

/**
 * The pane's source maps (three quarters of the pane's bytes: 9.1 of 12 MB in session 54) stay out of what users
 * install, as Kingsoft's own packager does ("wpsjs build时不产生map文件", wpsjs 1.3.3). They are kept beside the package
 * in sourcemaps/, under the same paths: each script still names its map (`//# sourceMappingURL=taskpane.js.map`), so
 * copying them into the add-in's folder (or DevTools' "Add source map…") maps a stack trace back to src/.
 */
export const SOURCE_MAPS = "sourcemaps";
const isSourceMap = (file: string) => file.endsWith(".map");

function keepSourceMaps(paneDir: string, into: string): void {
  for (const map of readdirSync(paneDir, { recursive: true, encoding: "utf8" }).filter(isSourceMap)) {
    mkdirSync(path.dirname(path.join(into, map)), { recursive: true });
    cpSync(path.join(paneDir, map), path.join(into, map));
  }
}

export function writePackage(input: PackageInput): PackageOutput {
  const folderName = ADDIN_NAME.toLowerCase();
  const folder = path.join(input.outDir, folderName);
  if (path.resolve(input.paneDir).startsWith(path.resolve(input.outDir) + path.sep))
    throw new Error(`任务窗格目录不能在输出目录 ${input.outDir} 之内（它会先被清空）`);
  rmSync(input.outDir, { recursive: true, force: true });
  mkdirSync(path.join(folder, "images"), { recursive: true });
  // The pane first, then the add-in's own files (the Excel manifest has no place in the WPS package).
  cpSync(input.paneDir, folder, { recursive: true, filter: (from) => !isSourceMap(from) });
  rmSync(path.join(folder, "manifest.xml"), { force: true });
  keepSourceMaps(input.paneDir, path.join(input.outDir, SOURCE_MAPS));
  writeFileSync(path.join(folder, "index.html"), indexHtml());
  writeFileSync(path.join(folder, "main.js"), input.mainJs);
  if (input.mainLicense) writeFileSync(path.join(folder, "main.js.LICENSE.txt"), input.mainLicense);
  writeFileSync(path.join(folder, "ribbon.xml"), input.ribbonXml);
  cpSync(input.iconPng, path.join(folder, "images", "perf-32.png"));

  const archive = path.join(input.outDir, `${folderName}_${input.version}.7z`);
  sevenZip(folder, offlineFolderName(input.version), archive);

  const base = input.base ?? "https://加载项服务器/";
  const publish = path.join(input.outDir, "publish.xml");
  writeFileSync(publish, publishXml(`${base}${folderName}/`));
  const jsplugins = path.join(input.outDir, "jsplugins.xml");
  writeFileSync(jsplugins, jspluginsXml(`${base}${path.basename(archive)}`, input.version));
  const publishOffline = path.join(input.outDir, "publish-offline.xml");
  writeFileSync(publishOffline, publishOfflineXml(input.version));
  return { folder, archive, publish, jsplugins, publishOffline };
}

/** Pack the folder's files into a .7z under one folder named `inside` (offlineFolderName), as WPS unpacks it into jsaddons. */
function sevenZip(folder: string, inside: string, archive: string): void {
  chmodSync(path7za, 0o755); // npm may unpack the binary without its execute bit
  const stage = mkdtempSync(path.join(os.tmpdir(), "perf-wps-7z-"));
  try {
    cpSync(folder, path.join(stage, inside), { recursive: true });
    const run = spawnSync(path7za, ["a", "-t7z", "-mx=9", "-bd", path.resolve(archive), inside], {
      cwd: stage,
      encoding: "utf8",
    });
    if (run.status !== 0) throw new Error(`7-Zip 打包失败：${(run.stderr || run.stdout || "").trim().split("\n")[0]}`);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** The .7z's files (7za l -slt; folders left out), for tests and the build's summary. */
export function listArchive(archive: string): string[] {
  const run = spawnSync(path7za, ["l", "-slt", archive], { encoding: "utf8" });
  // After the "----------" line, one block per entry: "Path = …", …, "Attributes = D_ …" for a folder.
  const entries = run.stdout.split(/^----------$/m)[1] ?? "";
  return entries
    .split(/\r?\n\r?\n/)
    .filter((block) => !/^Attributes = D/m.test(block))
    .map((block) => /^Path = (.*)$/m.exec(block)?.[1])
    .filter((p): p is string => p !== undefined);
}

export const readText = (file: string) => readFileSync(file, "utf8");
