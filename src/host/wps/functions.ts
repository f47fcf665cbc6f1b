/**
 * The PERF.* custom functions in WPS 表格. WPS (12.1.0.20540 and later) lets a JS add-in register functions that formulas
 * call as 命名空间.函数名(参数列表) — “wps加载项自定义函数是指在表格的加载项中注册js函数，可以在表格公式中的调用js函数 …
 * 调用方式目前只支持同步式调用 … 如果直接使用wps.AddCustomFunction来注册自定义函数和元数据，那么不需要functions.json和
 * manifest.xml” (Kingsoft's page “wps加载项自定义函数”, 365.kdocs.cn/3rd/open/documents/app-integration-dev/client/
 * wpsoffice/wps-integration-mode/wps-addin-development/wps-addin-custome-function.html). The add-in's main.js page lives
 * as long as WPS, so it registers them once at load, with the descriptions Excel's functions.json has (one source: the
 * JSDoc in src/functions/functions.ts). A workbook whose monitoring columns the Excel add-in or `--formulas` wrote as
 * =PERF.STATUS(…) then judges itself in WPS too, instead of showing #NAME?. An older WPS has no AddCustomFunction: nothing
 * is registered, the rest of the add-in works as before.
 */
import { FunctionError } from "../../functions/errors";
import { FUNCTIONS } from "../../functions/functions";
import type { WpsApplication, WpsFunctionMetadata } from "./model";

/** The namespace of every function: formulas call PERF.STATUS, as in Excel (manifest.xml's Namespace there). */
const WPS_NAMESPACE = "PERF";

/** One function of Excel's functions.json (custom-functions-metadata), the parts WPS has a place for. */
export interface ExcelFunctionJson {
  id: string;
  description?: string;
  parameters: { name: string; description?: string; type?: string; dimensionality?: string; optional?: boolean }[];
  result: { type?: string; dimensionality?: string };
}

/**
 * WPS's type word for an Excel one. The words are those of Kingsoft's own generator of this metadata (wpsjs 2.2.3,
 * src/vite_plugins.js `parseType` / `parseParameter`): "string", "number", "bool", "any"; a range is a two-dimensional
 * array (“数组必须是二维数组”: `any[][]`); an optional parameter ends in "?".
 */
function wpsType(type: string | undefined, dimensionality: string | undefined, optional = false): string {
  const word = type === "boolean" ? "bool" : type === "string" || type === "number" ? type : "any";
  return `${word}${dimensionality === "matrix" ? "[][]" : ""}${optional ? "?" : ""}`;
}

/** Excel's functions.json entries as WPS's AddCustomFunction metadata, by function id. */
export function wpsMetadata(functions: readonly ExcelFunctionJson[]): Map<string, WpsFunctionMetadata> {
  return new Map(
    functions.map((f) => [
      f.id,
      {
        description: f.description ?? "",
        result: { type: wpsType(f.result.type, f.result.dimensionality) },
        parameters: f.parameters.map((p) => ({
          name: p.name,
          type: wpsType(p.type, p.dimensionality, p.optional === true),
          description: p.description ?? "",
        })),
      },
    ]),
  );
}

/**
 * A function's result for WPS. Outside Excel a problem comes back as a FunctionError (errors.ts), an object WPS has no
 * cell value for: it is thrown, with its message, as Excel's custom functions report a problem (learn.microsoft.com
 * “Handle and return errors from your custom function”: “test the parameters and throw an error if they aren't
 * correct”), so that the cell holds an error and our IFERROR(PERF.EXECLIGHT(…),"") stays empty as in Excel. Text would
 * pass through IFERROR (review48). Kingsoft documents nothing of errors here: TESTING.md §9 asks a person with WPS to
 * confirm the cell shows #VALUE!.
 */
function wpsResult(result: unknown): unknown {
  if (result instanceof FunctionError) throw new Error(result.message);
  return result;
}

/**
 * Register every PERF.* function with WPS; the number registered (0 in a WPS without AddCustomFunction). Each is
 * registered with its metadata, so WPS's 插入函数 → 用户定义 lists it with its Chinese description and parameters.
 */
export function registerWpsFunctions(
  app: WpsApplication | undefined,
  metadata: Map<string, WpsFunctionMetadata>,
): number {
  if (!app || typeof app.AddCustomFunction !== "function") return 0;
  let registered = 0;
  for (const [id, fn] of Object.entries(FUNCTIONS)) {
    const meta = metadata.get(id);
    if (!meta) continue; // only what functions.json declares: Excel's and WPS's lists stay the same
    const callback = (...args: unknown[]) => wpsResult(fn(...args));
    // As many parameters as the function declares, should WPS count them on the callback as well as in the metadata.
    Object.defineProperty(callback, "length", { value: fn.length });
    try {
      app.AddCustomFunction(WPS_NAMESPACE, id, callback, meta);
      registered++;
    } catch (e) {
      // One this WPS refuses does not keep the others from the clerk's formulas (nor the ribbon from loading). For the
      // developer's console only: the clerk sees nothing of it.
      console.warn(`PERF.${id} was not registered with WPS: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return registered;
}
