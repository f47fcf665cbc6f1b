/**
 * The WPS add-in's main.js (bundled by wps/build.mjs): WPS loads it on the page it creates for the add-in
 * and calls the callbacks ribbon.xml names (OnAddinLoad, OnAction, GetImage) as global functions.
 */
import { localIsoDate } from "../../core/dates";
import type { WpsApplication } from "./model";
import { createRibbon } from "./ribbon";

const ribbon = createRibbon({
  app: () => (window as unknown as { Application?: WpsApplication }).Application,
  alert: (message) => window.alert(message),
  // The pane files sit next to main.js in the add-in folder (online and offline alike).
  paneUrl: () => new URL("taskpane.html", document.baseURI).href,
  today: () => localIsoDate(),
  now: () => new Date(),
});

Object.assign(window, {
  OnAddinLoad: ribbon.OnAddinLoad,
  OnAction: ribbon.OnAction,
  GetImage: ribbon.GetImage,
});
