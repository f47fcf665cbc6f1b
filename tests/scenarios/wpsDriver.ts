/**
 * The third applier a user meets: the WPS 表格 add-in (src/host/wps/actions runCheck / runClear) on the strict WPS fake,
 * behind the scenarios' Driver interface (drivers.ts), the clerk's edits made as their own macro or WPS's menus would
 * (FakeWps.userSheet, insertRows …). WPS writes computed values only: a check's `formulas` is not asked of it. Edits the
 * fake does not imitate (Sort, Cut and Paste: no Range.Sort or Cut in it; a table) are refused, as drivers.ts's are.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { cellName, columnLetters, rangeToA1 } from "../../src/core/a1";
import { MARKS_SHEET } from "../../src/core/types";
import { readWorkbook } from "../../src/host/wps/read";
import { runCheck, runClear, saveSettings } from "../../src/host/wps/actions";
import { XL } from "../../src/host/wps/model";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { FakeWps, modelFromSnapshot, XL_FILTER_VALUES } from "../host/wps/fake";
import { AS_OF, enteredAsExcel, heldOfWps, lookOf, type Driver } from "./drivers";

const SEED = path.join(__dirname, "../fixtures/seed-one-sheet.xlsx");

/** "C12345" (RGB, as the edits give a fill) as Interior.Color holds it (BGR), and back. */
const bgr = (rgb: string) => {
  const n = parseInt(rgb, 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | (n >> 16);
};
const rgbOf = (bgrColor: number) => bgr(bgrColor.toString(16).padStart(6, "0")).toString(16).padStart(6, "0");

export const wpsDriver: Driver<FakeWps> = {
  name: "WPS add-in (strict fake)",
  async open(file = SEED) {
    return new FakeWps(modelFromSnapshot(readWorkbookBytes(new Uint8Array(readFileSync(file))).snapshot));
  },
  async check(fake, _formulas, asOf = AS_OF) {
    const report = runCheck(fake.app, asOf ? { asOf } : {}, AS_OF);
    return {
      workbook: fake,
      messages: report.plan.messages,
      diagnostics: report.check!.diagnostics.map((d) => d.message),
      check: report.check!,
    };
  },
  async saveSettings(fake, json) {
    saveSettings(fake.app, json);
    return fake;
  },
  async clear(fake) {
    return { workbook: fake, messages: runClear(fake.app).plan.messages };
  },
  async edit(fake, edits) {
    const formatAt = (sheet: string, row: number, col: number) =>
      fake.model.sheets.find((x) => x.name === sheet)?.cells.get(`${row},${col}`)?.numberFormat ?? null;
    for (const e of enteredAsExcel(edits, formatAt)) {
      const ws = fake.userSheet(e.sheet);
      if ("axis" in e) {
        const n = Math.abs(e.count);
        if (e.axis === "row") (e.count > 0 ? fake.insertRows : fake.deleteRows).call(fake, e.sheet, e.at, n);
        else (e.count > 0 ? fake.insertColumns : fake.deleteColumns).call(fake, e.sheet, e.at, n);
      } else if ("renameTo" in e) {
        ws.Name = e.renameTo;
      } else if ("deleteSheet" in e) {
        // Our record is very hidden: the clerk's macro shows it first, as WPS asks of a sheet deleted from its tab.
        if (e.sheet === MARKS_SHEET) ws.Visible = XL.sheetVisible;
        fake.deleteSheet(e.sheet);
      } else if ("show" in e) {
        ws.Visible = XL.sheetVisible;
      } else if ("copyTo" in e) {
        // 移动或复制 → 建立副本, after the sheet: WPS names the copy itself ("… (2)").
        ws.Copy(null, ws);
      } else if ("autoFilter" in e) {
        ws.Range(rangeToA1(e.autoFilter)).AutoFilter(e.column - e.autoFilter.left + 1, e.shown, XL_FILTER_VALUES);
      } else if ("hide" in e) {
        ws.Range(`${columnLetters(e.hide.left)}:${columnLetters(e.hide.right)}`).Hidden = true;
      } else if ("hideRows" in e) {
        ws.Range(`${e.hideRows.top + 1}:${e.hideRows.bottom + 1}`).Hidden = true;
      } else if ("groupRows" in e) {
        // 数据 → 创建组: each row of the group one level down (OUTLINE in the fake: OutlineLevel of one row).
        for (let row = e.groupRows.top; row <= e.groupRows.bottom; row++) {
          const r = ws.Range(`${row + 1}:${row + 1}`);
          r.OutlineLevel = Math.min(8, r.OutlineLevel + 1);
        }
      } else if ("rowHeight" in e) {
        ws.Range(`${e.rowHeight.row + 1}:${e.rowHeight.row + 1}`).RowHeight = e.rowHeight.points;
      } else if ("merge" in e) {
        ws.Range(rangeToA1(e.merge)).Merge(false);
      } else if ("unmerge" in e) {
        ws.Range(rangeToA1(e.unmerge)).UnMerge();
      } else if ("format" in e) {
        const range = ws.Range(cellName(e.row, e.col));
        if (e.format.numberFormat !== undefined) range.NumberFormat = e.format.numberFormat;
        if (e.format.fill !== undefined) range.Interior.Color = bgr(e.format.fill);
        if (e.format.bold !== undefined) range.Font.Bold = e.format.bold;
        if (Object.keys(e.format).some((k) => !["numberFormat", "fill", "bold"].includes(k)))
          throw new Error(`wpsDriver: format ${JSON.stringify(e.format)} (not imitated)`);
      } else if ("note" in e) {
        const range = ws.Range(cellName(e.row, e.col));
        range.ClearComments();
        if (e.note) range.AddComment(e.note);
      } else if ("type" in e) {
        const range = ws.Range(cellName(e.row, e.col));
        if (typeof e.type === "string" && e.type.startsWith("=")) range.Formula = e.type;
        else range.Value2 = e.type as string | number | boolean;
      } else {
        throw new Error(`wpsDriver: ${Object.keys(e).join(", ")} (not imitated: no such call in the WPS fake)`);
      }
    }
    return fake;
  },
  async held(fake) {
    const held = { ...heldOfWps(fake.model), notes: new Map<string, string>(), formats: new Map<string, string>() };
    // The clerk's notes and fills too (heldOfWps leaves looks to the adapter tests; a chain compares them).
    for (const s of fake.model.sheets) {
      if (s.name === MARKS_SHEET) continue;
      for (const [k, text] of s.comments) {
        const [row, col] = k.split(",").map(Number);
        held.notes.set(`${s.name}!${cellName(row, col)}`, text);
      }
      for (const [k, cell] of s.cells) {
        const [row, col] = k.split(",").map(Number);
        const look = lookOf(cell.numberFormat, !!cell.bold, cell.fill === undefined ? null : rgbOf(cell.fill));
        if (look) held.formats.set(`${s.name}!${cellName(row, col)}`, look);
      }
    }
    return held;
  },
  async snapshot(fake) {
    return readWorkbook(fake.app).snapshot;
  },
};
