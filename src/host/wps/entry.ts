/**
 * The WPS add-in's main.js (bundled by wps/build.ts): the add-in's index.html, the page WPS opens for it, loads it
 * (wps/package.ts indexHtml); WPS then calls the callbacks ribbon.xml names (OnAddinLoad, OnAction, GetImage,
 * GetLabel …) as global functions of that page.
 */
import { localIsoDate } from "../../core/dates";
import { registerWpsFunctions, wpsMetadata, type ExcelFunctionJson } from "./functions";
import type { WpsApplication } from "./model";
import { createRibbon, LANGUAGE_POLL_MS, PANE_PAGE, ribbonCallbacks } from "./ribbon";

/** The text of the pane build's functions.json (Excel's function metadata), put in by wps/build.ts. */
declare const PERF_FUNCTIONS_JSON: string;

const app = () => (window as unknown as { Application?: WpsApplication }).Application;

const ribbon = createRibbon({
  app,
  alert: (message) => window.alert(message),
  // The pane files sit next to index.html in the add-in folder (online and offline alike). `mode=wps` tells the pane it is
  // in WPS even before WPS's Application shows on its page (taskpane.html).
  paneUrl: () => new URL(`${PANE_PAGE}?mode=wps`, document.baseURI).href,
  today: () => localIsoDate(),
  now: () => new Date(),
});

Object.assign(window, ribbonCallbacks(ribbon));
// The page lives as long as WPS: the ribbon's words follow a language chosen in the pane.
setInterval(ribbon.followLanguage, LANGUAGE_POLL_MS);
// PERF.* in this WPS's formulas (a WPS before 12.1.0.20540 has none to register: functions.ts).
registerWpsFunctions(
  app(),
  wpsMetadata((JSON.parse(PERF_FUNCTIONS_JSON) as { functions: ExcelFunctionJson[] }).functions),
);
