/**
 * breaker53 found, rule53 fixed: the clerk WIDENS our red highlight itself — 条件格式 → 管理规则 → 编辑 应用于 from our
 * cells (F11:F15 J11:K15 …) to theirs and ours (A11:E15 F11:F15 J11:K15 …), still one rule, its formula ours to the letter
 * `OR($K11="红",$K11="red")`: the whole indicator row shows red.
 * Before: the next check took it as ours (by its formula), removed it and wrote ours again over our cells only — the
 * widening was lost; Clear marks removed it. Now a rule of our formula over our columns and more is theirs
 * (core/plan/ourRules.ts widened), as one whose formula they changed is: kept by every check and by Clear marks, ours
 * written once beside it, a third check changes nothing. CLI checked copy, Excel add-in and WPS (strict fakes).
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import { parseA1Ranges, rangesToA1 } from "../../src/core/a1";
import type { CellRange } from "../../src/core/types";
import { runCheck as wpsCheck, runClear as wpsClear } from "../../src/host/wps/actions";
import { rgbHex } from "../../src/host/wps/model";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { readRels, workbookMap } from "../../src/host/xlsx/parts";
import { unescapeXml } from "../../src/host/xlsx/xmlEdit";
import { openPackage, partText } from "../../src/host/xlsx/zip";
import { FakeWps, modelFromSnapshot as wpsModel } from "../host/wps/fake";
import type { FakeExcel } from "../host/excel/fake";
import { AS_OF, excelDriver, xlsxDriver } from "./drivers";
import { widenRule } from "./xlsxEdit";

jest.setTimeout(180_000);

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const SHEET = "1 办公用品采购";
const RED = 'OR($K11="红",$K11="red")';
const THEIR_CELLS: CellRange = { top: 10, left: 0, bottom: 14, right: 4 }; // A11:E15

interface Host<W> {
  name: string;
  open(): Promise<W>;
  check(w: W): Promise<W>;
  clear(w: W): Promise<W>;
  /** The clerk's edit of 应用于 of the rule of `formula`: now over `ranges`, the rule otherwise as it was. */
  widen(w: W, formula: string, ranges: CellRange[]): Promise<W>;
  /** The sheet's rules: "formula @ ranges fill", sorted. */
  rules(w: W): string[];
  /** WPS allows three rules over a cell (apply.ts RULES_PER_RANGE): the widened one takes the room of our third light. */
  threePerCell?: boolean;
}

const ruleText = (formula: string, ranges: CellRange[], fill: string | null) =>
  `${formula.replace(/^=/, "")} @ ${rangesToA1(ranges)} ${(fill ?? "").replace(/^#/, "").toUpperCase()}`;

function xlsxRules(bytes: Uint8Array): string[] {
  const pkg = openPackage(bytes);
  const map = workbookMap(pkg);
  const stylesPart = readRels(pkg, map.workbookPart).find((r) => r.type.endsWith("/styles"))!.target;
  const dxfs = /<dxfs\b[^>]*>([\s\S]*?)<\/dxfs>/.exec(partText(pkg, stylesPart) ?? "")?.[1] ?? "";
  const fills = (dxfs.match(/<dxf\b[\s\S]*?<\/dxf>/g) ?? []).map(
    (dxf) => /<bgColor\b[^>]*\brgb="(?:[0-9A-Fa-f]{2})?([0-9A-Fa-f]{6})"/.exec(dxf)?.[1] ?? null,
  );
  const xml = partText(pkg, map.sheets.find((s) => s.name === SHEET)!.part!) ?? "";
  return [
    ...xml.matchAll(
      /<conditionalFormatting\b[^>]*?\bsqref="([^"]+)"[^>]*>\s*<cfRule\b([^>]*)>\s*<formula>([^<]*)<\/formula>/g,
    ),
  ]
    .map((m) => {
      const id = /\sdxfId="(\d+)"/.exec(m[2])?.[1];
      return ruleText(unescapeXml(m[3]), parseA1Ranges(m[1]), id === undefined ? null : fills[Number(id)]);
    })
    .sort();
}

/** The one rule of `formula` in a host's model (the state the clerk's edit leaves is set up there). */
function only<R extends { formula: string }>(rules: R[], formula: string): R {
  const found = rules.filter((r) => r.formula.replace(/^=/, "") === formula);
  if (found.length !== 1) throw new Error(`${found.length} rules of ${formula}`);
  return found[0];
}

/** How many of our rules WPS refused on its last check (apply.ts: said to the clerk, never the check lost). */
let wpsRefused = 0;

const hosts: Host<unknown>[] = [
  {
    name: "xlsx (CLI checked copy)",
    open: () => xlsxDriver.open(SAMPLE),
    check: async (w) => (await xlsxDriver.check(w as Uint8Array, false)).workbook,
    clear: async (w) => (await xlsxDriver.clear(w as Uint8Array)).workbook,
    widen: async (w, formula, ranges) => widenRule(w as Uint8Array, SHEET, formula, ranges),
    rules: (w) => xlsxRules(w as Uint8Array),
  },
  {
    name: "Excel add-in (strict fake)",
    open: () => excelDriver.open(SAMPLE),
    check: async (w) => (await excelDriver.check(w as FakeExcel, true)).workbook,
    clear: async (w) => (await excelDriver.clear(w as FakeExcel)).workbook,
    async widen(w, formula, ranges) {
      // Office.js cannot change a rule's ranges; the clerk does it in Excel (管理规则), so the test sets it up.
      const fake = w as FakeExcel;
      only(fake.model.sheets.find((s) => s.name === SHEET)!.cfs, formula).ranges = ranges;
      return fake;
    },
    rules: (w) =>
      (w as FakeExcel).model.sheets
        .find((s) => s.name === SHEET)!
        .cfs.map((cf) => ruleText(cf.formula, cf.ranges, cf.fill ?? null))
        .sort(),
  },
  {
    name: "WPS (strict fake)",
    threePerCell: true,
    open: async () => new FakeWps(wpsModel(readWorkbookBytes(new Uint8Array(readFileSync(SAMPLE))).snapshot)),
    async check(w) {
      wpsRefused = wpsCheck((w as FakeWps).app, { asOf: AS_OF }, AS_OF).write.refusedRules?.length ?? 0;
      return w;
    },
    async clear(w) {
      wpsClear((w as FakeWps).app);
      return w;
    },
    async widen(w, formula, ranges) {
      // The clerk's edit in WPS's 管理规则, set up in the fake's model (the add-in never changes a rule's ranges).
      const fake = w as FakeWps;
      only(fake.model.sheets.find((s) => s.name === SHEET)!.rules, formula).ranges = ranges;
      return fake;
    },
    rules: (w) =>
      (w as FakeWps).model.sheets
        .find((s) => s.name === SHEET)!
        .rules.map((r) => ruleText(r.formula, r.ranges, r.fill === undefined ? null : rgbHex(r.fill)))
        .sort(),
  },
];

describe.each(hosts)("$name: the clerk widens our red highlight over their own cells too", (host) => {
  let checked: string[];
  let ours: string;
  let widened: string;
  let edited: string[];
  let second: string[];
  let third: string[];
  let cleared: string[];

  beforeAll(async () => {
    let w = await host.check(await host.open());
    checked = host.rules(w);
    ours = checked.find((r) => r.startsWith(`${RED} @`))!;
    const [, place, fill] = / @ (.*) (\w*)$/.exec(ours)!;
    const wider = [THEIR_CELLS, ...parseA1Ranges(place)];
    widened = ruleText(RED, wider, fill);
    w = await host.widen(w, RED, wider);
    edited = host.rules(w);
    w = await host.check(w);
    second = host.rules(w);
    w = await host.check(w);
    third = host.rules(w);
    w = await host.clear(w);
    cleared = host.rules(w);
  });

  test("the edit widened our rule: still one rule of our formula, over their cells and ours", () => {
    expect(checked.filter((r) => r.startsWith(`${RED} @`))).toHaveLength(1);
    expect(edited).toEqual(checked.map((r) => (r === ours ? widened : r)).sort());
  });

  test("the next check keeps the widened rule and writes ours once beside it; a third check changes nothing", () => {
    // WPS refuses a fourth rule over a cell (said by the check: stats.refusedRules): our blue has no room beside the
    // clerk's widened red, our red and yellow. Nothing of the clerk's is lost for it.
    const blue = (r: string) => host.threePerCell === true && r.startsWith('OR($K11="蓝"');
    expect(second).toEqual([...edited, ours].filter((r) => !blue(r)).sort());
    if (host.threePerCell) expect(wpsRefused).toBe(1);
    expect(third).toEqual(second);
  });

  test("清除标记 takes ours and leaves the widened rule", () => {
    expect(cleared).toEqual([widened]);
  });
});
