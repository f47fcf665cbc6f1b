/**
 * Consistency checks for an add-in only (XML) manifest with a shared runtime: the mistakes that make
 * Office show #NAME? for custom functions, open a second task pane, or load files from the wrong server.
 * Used on the source manifest (tests/manifest) and on the built one (tests/build).
 */
import { XMLParser } from "fast-xml-parser";

export type ManifestProblemCode =
  | "xml-invalid"
  | "resid-undefined"
  | "resid-duplicate"
  | "resid-unused"
  | "runtime-missing"
  | "runtime-resid-mismatch"
  | "url-outside-base"
  | "icon-missing"
  | "icon-size"
  | "override-missing"
  | "taskpane-id-missing";

export interface ManifestProblem {
  code: ManifestProblemCode;
  message: string;
}

export interface ManifestCheckOptions {
  /** The one base every URL must start with, e.g. "https://localhost:3000/". */
  baseUrl: string;
  /** Reads a file by its path relative to the base (e.g. "assets/icon-16.png"); null when it does not exist. */
  readFile: (relativePath: string) => Uint8Array | null;
  /** Locale every visible string must be translated into. */
  overrideLocale?: string;
}

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ATTR_PREFIX = "@_";

function toElement(name: string, raw: unknown): XmlElement {
  const element: XmlElement = { name, attrs: {}, children: [], text: "" };
  if (raw === null || typeof raw !== "object") {
    element.text = raw === undefined || raw === null ? "" : String(raw);
    return element;
  }
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key.startsWith(ATTR_PREFIX)) element.attrs[key.slice(ATTR_PREFIX.length)] = String(value);
    else if (key === "#text") element.text = String(value);
    else for (const item of Array.isArray(value) ? value : [value]) element.children.push(toElement(key, item));
  }
  return element;
}

/** Parses XML into a plain element tree (namespace prefixes kept in names, e.g. "bt:String"). */
export function parseXml(xml: string): XmlElement {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: ATTR_PREFIX,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
  });
  return toElement("#document", parser.parse(xml, true));
}

/** All elements below `root` (depth first), with the chain of their ancestors. */
export function descendants(root: XmlElement): { element: XmlElement; ancestors: XmlElement[] }[] {
  const found: { element: XmlElement; ancestors: XmlElement[] }[] = [];
  const visit = (element: XmlElement, ancestors: XmlElement[]): void => {
    const chain = [...ancestors, element];
    for (const child of element.children) {
      found.push({ element: child, ancestors: chain });
      visit(child, chain);
    }
  };
  visit(root, []);
  return found;
}

const named = (root: XmlElement, name: string): XmlElement[] =>
  descendants(root)
    .filter((d) => d.element.name === name)
    .map((d) => d.element);

const child = (element: XmlElement, name: string): XmlElement | undefined =>
  element.children.find((c) => c.name === name);

const RESOURCE_ELEMENTS = ["bt:Image", "bt:Url", "bt:String"];

function checkResids(root: XmlElement, problems: ManifestProblem[]): Map<string, XmlElement> {
  const defined = new Map<string, XmlElement>();
  for (const name of RESOURCE_ELEMENTS) {
    for (const element of named(root, name)) {
      const id = element.attrs.id;
      if (id === undefined) continue; // bt:Image inside <Icon> is a use, not a definition
      if (defined.has(id))
        problems.push({ code: "resid-duplicate", message: `resid "${id}" is defined more than once` });
      defined.set(id, element);
    }
  }
  const used = new Set<string>();
  for (const { element } of descendants(root)) {
    const resid = element.attrs.resid;
    if (resid === undefined) continue;
    used.add(resid);
    if (!defined.has(resid)) {
      problems.push({
        code: "resid-undefined",
        message: `<${element.name} resid="${resid}"> has no resource definition`,
      });
    }
  }
  for (const id of defined.keys()) {
    if (!used.has(id)) problems.push({ code: "resid-unused", message: `resource "${id}" is defined but never used` });
  }
  return defined;
}

function sourceResid(element: XmlElement | undefined): string | undefined {
  return element ? child(element, "SourceLocation")?.attrs.resid : undefined;
}

function actionType(element: XmlElement): string | undefined {
  return element.attrs["xsi:type"];
}

/** Runtime, custom-functions Page, FunctionFile and ShowTaskpane must all load the one shared page. */
function checkSharedRuntime(root: XmlElement, problems: ManifestProblem[]): void {
  const longRuntimes = named(root, "Runtime").filter((r) => r.attrs.lifetime === "long");
  if (longRuntimes.length !== 1) {
    problems.push({
      code: "runtime-missing",
      message: `expected exactly one <Runtime lifetime="long">, found ${longRuntimes.length}`,
    });
    return;
  }
  const runtimeResid = longRuntimes[0].attrs.resid;
  const mustMatch: { where: string; resid: string | undefined }[] = [];
  for (const page of named(root, "Page"))
    mustMatch.push({ where: "custom functions <Page>", resid: sourceResid(page) });
  for (const file of named(root, "FunctionFile")) mustMatch.push({ where: "<FunctionFile>", resid: file.attrs.resid });
  const showTaskpane = named(root, "Action").filter((a) => actionType(a) === "ShowTaskpane");
  for (const action of showTaskpane) mustMatch.push({ where: "ShowTaskpane action", resid: sourceResid(action) });
  for (const { where, resid } of mustMatch) {
    if (resid !== runtimeResid) {
      problems.push({
        code: "runtime-resid-mismatch",
        message: `${where} uses resid "${resid}" but the shared runtime is "${runtimeResid}"`,
      });
    }
  }
  // https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime#multiple-task-panes
  // "A shared runtime only supports the use of one task pane. Note that any task pane without a <TaskpaneID> is
  // considered a different task pane."
  for (const action of showTaskpane) {
    if (sourceResid(action) === runtimeResid && !child(action, "TaskpaneId")?.text.trim()) {
      problems.push({
        code: "taskpane-id-missing",
        message: `ShowTaskpane action in the shared runtime has no <TaskpaneId> (Office would treat it as a second pane)`,
      });
    }
  }
}

const URL_PATTERN = /^https?:\/\//i;

/** Every attribute or text that is a URL, with where it was found. */
function allUrls(root: XmlElement): { where: string; url: string }[] {
  const urls: { where: string; url: string }[] = [];
  for (const { element } of descendants(root)) {
    for (const [attr, value] of Object.entries(element.attrs)) {
      // Namespace declarations are schema identifiers, not locations Office loads.
      if (attr.startsWith("xmlns")) continue;
      if (URL_PATTERN.test(value)) urls.push({ where: `<${element.name} ${attr}>`, url: value });
    }
    if (URL_PATTERN.test(element.text)) urls.push({ where: `<${element.name}>`, url: element.text });
  }
  return urls;
}

function checkUrls(root: XmlElement, baseUrl: string, problems: ManifestProblem[]): void {
  for (const { where, url } of allUrls(root)) {
    if (!url.startsWith(baseUrl)) {
      problems.push({ code: "url-outside-base", message: `${where} = ${url} is outside ${baseUrl}` });
    }
  }
}

/** Width of a PNG from its IHDR chunk, or null when the bytes are not a PNG. */
export function pngWidth(bytes: Uint8Array): number | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  return ((bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19]) >>> 0;
}

const IMAGE_PATTERN = /\.(png|jpe?g|gif|bmp)$/i;

function checkIcons(
  root: XmlElement,
  resources: Map<string, XmlElement>,
  options: ManifestCheckOptions,
  problems: ManifestProblem[],
): void {
  const images = allUrls(root).filter(({ url }) => url.startsWith(options.baseUrl) && IMAGE_PATTERN.test(url));
  for (const { where, url } of images) {
    const relative = url.slice(options.baseUrl.length);
    if (options.readFile(relative) === null) {
      problems.push({ code: "icon-missing", message: `${where} points to ${relative}, which does not exist` });
    }
  }
  // <bt:Image size="16" resid="Icon.16x16"/> inside <Icon>: the file must really be that size.
  for (const use of named(root, "bt:Image").filter((i) => i.attrs.resid && i.attrs.size)) {
    const url = resources.get(use.attrs.resid)?.attrs.DefaultValue;
    if (!url || !url.startsWith(options.baseUrl)) continue;
    const bytes = options.readFile(url.slice(options.baseUrl.length));
    const width = bytes ? pngWidth(bytes) : null;
    if (bytes && width !== Number(use.attrs.size)) {
      problems.push({
        code: "icon-size",
        message: `icon "${use.attrs.resid}" is used as ${use.attrs.size} px but the file is ${width ?? "not a PNG"} px wide`,
      });
    }
  }
}

function hasOverride(element: XmlElement, overrideName: string, locale: string): boolean {
  return element.children.some(
    (c) => c.name === overrideName && c.attrs.Locale === locale && (c.attrs.Value ?? "").trim() !== "",
  );
}

/** Every string a user can see needs a translation: strings in the resources and the add-in's name and description. */
function checkOverrides(root: XmlElement, locale: string, problems: ManifestProblem[]): void {
  for (const { element, ancestors } of descendants(root)) {
    const parent = ancestors[ancestors.length - 1]?.name;
    const isResourceString =
      element.name === "bt:String" && (parent === "bt:ShortStrings" || parent === "bt:LongStrings");
    if (isResourceString && !hasOverride(element, "bt:Override", locale)) {
      problems.push({ code: "override-missing", message: `string "${element.attrs.id}" has no ${locale} override` });
    }
    const isTopLevelText = (element.name === "DisplayName" || element.name === "Description") && parent === "OfficeApp";
    if (isTopLevelText && !hasOverride(element, "Override", locale)) {
      problems.push({ code: "override-missing", message: `<${element.name}> has no ${locale} override` });
    }
  }
}

/** Returns every problem found (empty = consistent). Never throws on bad XML: that is a problem too. */
export function checkManifest(xml: string, options: ManifestCheckOptions): ManifestProblem[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    return [{ code: "xml-invalid", message: `manifest is not well-formed XML: ${(error as Error).message}` }];
  }
  if (named(root, "OfficeApp").length !== 1) {
    return [{ code: "xml-invalid", message: "manifest has no <OfficeApp> root" }];
  }
  const problems: ManifestProblem[] = [];
  const resources = checkResids(root, problems);
  checkSharedRuntime(root, problems);
  checkUrls(root, options.baseUrl, problems);
  checkIcons(root, resources, options, problems);
  checkOverrides(root, options.overrideLocale ?? "en-US", problems);
  return problems;
}
