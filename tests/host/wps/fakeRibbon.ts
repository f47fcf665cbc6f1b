/**
 * A strict fake of how WPS 表格 draws a JS add-in's ribbon.xml and asks its callbacks for the words: what the clerk
 * sees on the ribbon (`shown`). Each behaviour cites the line it follows.
 *
 * - The callbacks are global functions of the add-in's page, found by the names ribbon.xml gives ("解析ribbon.xml生成
 *   自定义功能区,解析过程中会调用若干次接口函数", open.wps.cn, WPS 加载项开发说明): a name with no function fails the load.
 * - onLoad runs first and is handed the ribbon UI object ("//这个函数在整个wps加载项中是第一个执行的" /
 *   "OnAddinLoad: function(ribbonUI) {", https://app.unpkg.com/wpsjs@2.2.2/files/packages/@wps-jsapi/wpp_react/src/
 *   components/ribbon.js).
 * - A callback gets the control, whose `Id` is its id in ribbon.xml ("function OnGetLabel(control) { const eleId =
 *   control.Id;", the et template's js/ribbon.js, github.com/LKI/wpsjs-next packages/@wps-jsapi/et/js/ribbon.js).
 * - What a callback returned is kept and shown until the add-in invalidates it. WPS's own words (Kingsoft's typings for
 *   ET add-ins, npm et-jsapi-declare 2.5.0, index.d.ts, `WPS.RibbonUi`): Invalidate "将自定义功能区的数据缓存置为无效，WPS
 *   应用程序会在下一次显示时再次获取更新", InvalidateControl(ControlID) "指定更新一个控件，参数是控件Id"; Office's, which they
 *   follow: "For each of the callbacks that the add-in implements, the responses are cached. … This process remains in
 *   place for the control until the add-in signals that the cached values are invalid by using the InvalidateControl
 *   method, at which time, the callback procedure is again called and the return response is cached."
 *   (learn.microsoft.com/office/vba/api/office.iribbonui.invalidatecontrol); Invalidate "Invalidates the cached values
 *   for all of the controls" (…/office.iribbonui.invalidate). The template calls `ribbonUI.InvalidateControl(
 *   "btnIsEnbable")` after changing what its OnGetLabel returns ("通知wps刷新以下几个按饰的状态"). The fake asks again "在
 *   下一次显示时": when the ribbon is next looked at (`shown`), and only for what was invalidated.
 * - A word and its callback are mutually exclusive ("The screentip and getScreentip attributes are mutually exclusive.
 *   They MUST NOT be used together.", learn.microsoft.com/openspecs/office_standards/ms-customui2/
 *   4f7f7ddd-3854-4566-9cc9-7918cdad4386): the fake refuses a control with both.
 * - A word is a string (ST_String, [MS-CUSTOMUI]): a callback returning anything else is refused. InvalidateControl is
 *   given "the ID of the control that will be invalidated": the fake refuses an id ribbon.xml does not define, so a typo
 *   fails here and not silently in WPS.
 */
import { XMLParser } from "fast-xml-parser";

type Part = "label" | "screentip" | "supertip";
const PARTS: Part[] = ["label", "screentip", "supertip"];
const CALLBACK: Record<Part, string> = { label: "getLabel", screentip: "getScreentip", supertip: "getSupertip" };

interface Control {
  id: string;
  attributes: Record<string, string>;
}

export interface ShownControl {
  id: string;
  label?: string;
  screentip?: string;
  supertip?: string;
}

export class FakeRibbonHost {
  /** Each callback call for words, as "GetLabel(btnCheck)": shows when WPS asked again. */
  readonly asked: string[] = [];
  /** Each invalidation the add-in asked for: "Invalidate()" or "InvalidateControl(btnCheck)". */
  readonly invalidated: string[] = [];
  private readonly controls: Control[];
  private readonly onLoad: string | undefined;
  private readonly cache = new Map<string, string>();
  private loaded = false;

  constructor(
    ribbonXml: string,
    private readonly globals: Record<string, unknown>,
  ) {
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: () => false }).parse(
      ribbonXml,
    ) as { customUI: Record<string, unknown> };
    this.onLoad = (parsed.customUI as { onLoad?: string }).onLoad;
    this.controls = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== "object") return;
      const record = node as Record<string, unknown>;
      if (typeof record.id === "string") {
        const attributes = Object.fromEntries(
          Object.entries(record).filter((e): e is [string, string] => typeof e[1] === "string"),
        );
        for (const part of PARTS)
          if (attributes[part] !== undefined && attributes[CALLBACK[part]] !== undefined)
            throw new Error(`fake: ${record.id} 同时有 ${part} 与 ${CALLBACK[part]}`);
        this.controls.push({ id: record.id, attributes });
      }
      for (const value of Object.values(record)) if (typeof value === "object") walk(value);
    };
    walk(parsed.customUI);
  }

  /** The ribbon UI object onLoad is handed (IRibbonUI). */
  readonly ribbonUI = {
    Invalidate: () => {
      this.invalidated.push("Invalidate()");
      this.cache.clear();
    },
    InvalidateControl: (id: string) => {
      if (!this.controls.some((c) => c.id === id)) throw new Error(`fake: ribbon.xml 中没有控件 ${id}`);
      this.invalidated.push(`InvalidateControl(${id})`);
      for (const part of PARTS) this.cache.delete(`${id} ${part}`);
    },
  };

  /** WPS starts: onLoad first, then the ribbon is drawn. */
  load(): void {
    if (this.onLoad) this.callback(this.onLoad)(this.ribbonUI);
    this.loaded = true;
    this.shown();
  }

  /** What the ribbon shows now: each control's words, asked of the callbacks where none is kept. */
  shown(): ShownControl[] {
    if (!this.loaded) throw new Error("fake: 功能区尚未加载");
    return this.controls.map(({ id, attributes }) => {
      const shown: ShownControl = { id };
      for (const part of PARTS) {
        const word = attributes[part] ?? this.asked1(id, part, attributes[CALLBACK[part]]);
        if (word !== undefined) shown[part] = word;
      }
      return shown;
    });
  }

  /** The labels alone, by id. */
  labels(): Record<string, string | undefined> {
    return Object.fromEntries(this.shown().map((c) => [c.id, c.label]));
  }

  private asked1(id: string, part: Part, name: string | undefined): string | undefined {
    if (name === undefined) return undefined;
    const key = `${id} ${part}`;
    if (!this.cache.has(key)) {
      this.asked.push(`${name}(${id})`);
      const word = this.callback(name)({ Id: id });
      if (typeof word !== "string") throw new Error(`fake: ${name}(${id}) 返回的不是文字：${String(word)}`);
      this.cache.set(key, word);
    }
    return this.cache.get(key);
  }

  private callback(name: string): (arg: unknown) => unknown {
    const fn = this.globals[name];
    if (typeof fn !== "function") throw new Error(`fake: 加载项页面没有全局函数 ${name}`);
    return fn as (arg: unknown) => unknown;
  }
}
