/**
 * Packaging of the WPS 表格 add-in (used by wps/build.ts and its tests):
 * - the online folder: main.js + ribbon.xml + images/ + the task pane's files, served from ADDIN_BASE_URL;
 * - the offline package: the same folder as a .7z (the format WPS's jsplugins.xml offline entries load,
 *   made with 7-Zip from the 7zip-bin npm package);
 * - publish.xml (per user, in the user's jsaddons folder) and jsplugins.xml (central, named by oem.ini's
 *   JSPluginsServer) with the right addresses filled in.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
}

export function writePackage(input: PackageInput): PackageOutput {
  const folderName = ADDIN_NAME.toLowerCase();
  const folder = path.join(input.outDir, folderName);
  if (path.resolve(input.paneDir).startsWith(path.resolve(input.outDir) + path.sep))
    throw new Error(`任务窗格目录不能在输出目录 ${input.outDir} 之内（它会先被清空）`);
  rmSync(input.outDir, { recursive: true, force: true });
  mkdirSync(path.join(folder, "images"), { recursive: true });
  // The pane first, then the add-in's own files (the Excel manifest has no place in the WPS package).
  cpSync(input.paneDir, folder, { recursive: true });
  rmSync(path.join(folder, "manifest.xml"), { force: true });
  writeFileSync(path.join(folder, "main.js"), input.mainJs);
  if (input.mainLicense) writeFileSync(path.join(folder, "main.js.LICENSE.txt"), input.mainLicense);
  writeFileSync(path.join(folder, "ribbon.xml"), input.ribbonXml);
  cpSync(input.iconPng, path.join(folder, "images", "perf-32.png"));

  const archive = path.join(input.outDir, `${folderName}_${input.version}.7z`);
  sevenZip(folder, archive);

  const base = input.base ?? "https://加载项服务器/";
  const publish = path.join(input.outDir, "publish.xml");
  writeFileSync(publish, publishXml(`${base}${folderName}/`));
  const jsplugins = path.join(input.outDir, "jsplugins.xml");
  writeFileSync(jsplugins, jspluginsXml(`${base}${path.basename(archive)}`, input.version));
  return { folder, archive, publish, jsplugins };
}

/** Pack the folder's contents (not the folder itself) into a .7z, as WPS unpacks it into its jsaddons folder. */
function sevenZip(folder: string, archive: string): void {
  chmodSync(path7za, 0o755); // npm may unpack the binary without its execute bit
  const run = spawnSync(path7za, ["a", "-t7z", "-mx=9", "-bd", path.resolve(archive), "."], {
    cwd: folder,
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`7-Zip 打包失败：${(run.stderr || run.stdout || "").trim().split("\n")[0]}`);
}

/** The .7z's file list (7za l), for tests and the build's summary. */
export function listArchive(archive: string): string[] {
  const run = spawnSync(path7za, ["l", "-slt", archive], { encoding: "utf8" });
  return run.stdout
    .split("\n")
    .filter((line) => line.startsWith("Path = "))
    .map((line) => line.slice("Path = ".length))
    .filter((p) => p !== path.basename(archive) && p !== archive);
}

export const readText = (file: string) => readFileSync(file, "utf8");
