/**
 * breaker53: the clerk copies our red highlight for their own cells — 条件格式 → 管理规则 → 复制规则, then 应用于 changed
 * to A11:E15 (the indicator's 一级 / 二级 / 名称 cells of 1 办公用品采购) and an orange fill: the whole row shows red
 * where our 预警 says 红. Their rule's formula is ours to the letter, `OR($K11="红",$K11="red")`.
 * Before: the next check removed every rule of our recorded formula, theirs with ours, and wrote only ours again — the
 * clerk's rule was gone after one more check; Clear marks took it too. Now of two or more rules that would go, those
 * over the columns the record gives ours go (core/plan/ourRules.ts overOurColumns): the clerk's stays on every check
 * and after Clear marks, ours is written once, a third check changes nothing. Through the CLI's checked copy (the
 * file as Excel saves the new rule), the Excel add-in and WPS (strict fakes, each reading where the rules lie).
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import { cellName, parseA1Ranges, rangeToA1, rangesToA1 } from "../../src/core/a1";
import type { CellRange } from "../../src/core/types";
import { runCheck as wpsCheck, runClear as wpsClear } from "../../src/host/wps/actions";
import { bgr, rgbHex } from "../../src/host/wps/model";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { readRels, workbookMap } from "../../src/host/xlsx/parts";
import { unescapeXml } from "../../src/host/xlsx/xmlEdit";
import { openPackage, partText } from "../../src/host/xlsx/zip";
import { FakeWps, modelFromSnapshot as wpsModel } from "../host/wps/fake";
import type { FakeExcel } from "../host/excel/fake";
import { AS_OF, excelDriver, xlsxDriver } from "./drivers";
import { addRule } from "./xlsxEdit";

jest.setTimeout(180_000);

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const SHEET = "1 办公用品采购";
const RED = 'OR($K11="红",$K11="red")';
const THEIR_CELLS: CellRange[] = [{ top: 10, left: 0, bottom: 14, right: 4 }]; // A11:E15
const ORANGE = "FFC000";

interface Host<W> {
  name: string;
  open(): Promise<W>;
  check(w: W): Promise<W>;
  clear(w: W): Promise<W>;
  /** The clerk's rule of `formula` over `ranges`, filled `fill` (RRGGBB), as the host takes it. */
  addRule(w: W, formula: string, ranges: CellRange[], fill: string): Promise<W>;
  /** The sheet's rules: "formula @ ranges fill", sorted. */
  rules(w: W): string[];
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

const hosts: Host<unknown>[] = [
  {
    name: "xlsx (CLI checked copy)",
    open: () => xlsxDriver.open(SAMPLE),
    check: async (w) => (await xlsxDriver.check(w as Uint8Array, false)).workbook,
    clear: async (w) => (await xlsxDriver.clear(w as Uint8Array)).workbook,
    addRule: async (w, formula, ranges, fill) => addRule(w as Uint8Array, SHEET, ranges, formula, fill),
    rules: (w) => xlsxRules(w as Uint8Array),
  },
  {
    name: "Excel add-in (strict fake)",
    open: () => excelDriver.open(SAMPLE),
    check: async (w) => (await excelDriver.check(w as FakeExcel, true)).workbook,
    clear: async (w) => (await excelDriver.clear(w as FakeExcel)).workbook,
    async addRule(w, formula, ranges, fill) {
      // Through Office.js, as 新建规则 makes it: a custom rule over the ranges, its formula and fill.
      const fake = w as FakeExcel;
      const areas = fake.context.workbook.worksheets.getItem(SHEET).getRanges(ranges.map(rangeToA1).join(","));
      const cf = areas.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = `=${formula}`;
      cf.custom.format.fill.color = `#${fill}`;
      await fake.context.sync();
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
    open: async () => new FakeWps(wpsModel(readWorkbookBytes(new Uint8Array(readFileSync(SAMPLE))).snapshot)),
    async check(w) {
      wpsCheck((w as FakeWps).app, { asOf: AS_OF }, AS_OF);
      return w;
    },
    async clear(w) {
      wpsClear((w as FakeWps).app);
      return w;
    },
    async addRule(w, formula, ranges, fill) {
      // Through WPS's object model: FormatConditions.Add over the ranges, with their first cell active (WPS reads a
      // formula's relative references from the active cell), then its fill.
      const fake = w as FakeWps;
      const ws = fake.app.ActiveWorkbook!.Worksheets.Item(SHEET);
      ws.Activate();
      ws.Range(rangeToA1(ranges[0])).Select();
      ws.Range(cellName(ranges[0].top, ranges[0].left)).Activate();
      const rule = ws.Range(ranges.map(rangeToA1).join(",")).FormatConditions.Add(2, undefined, `=${formula}`);
      rule.Interior.Color = bgr(fill);
      return fake;
    },
    rules: (w) =>
      (w as FakeWps).model.sheets
        .find((s) => s.name === SHEET)!
        .rules.map((r) => ruleText(r.formula, r.ranges, r.fill === undefined ? null : rgbHex(r.fill)))
        .sort(),
  },
];

describe.each(hosts)("$name: the clerk's copy of our red highlight over their own cells", (host) => {
  const theirs = ruleText(RED, THEIR_CELLS, ORANGE);
  let checked: string[];
  let edited: string[];
  let second: string[];
  let third: string[];
  let cleared: string[];

  beforeAll(async () => {
    let w = await host.check(await host.open());
    checked = host.rules(w);
    w = await host.addRule(w, RED, THEIR_CELLS, ORANGE);
    edited = host.rules(w);
    w = await host.check(w);
    second = host.rules(w);
    w = await host.check(w);
    third = host.rules(w);
    w = await host.clear(w);
    cleared = host.rules(w);
  });

  test("the edit added their rule beside ours", () => {
    expect(checked.filter((r) => r.startsWith(`${RED} @`))).toHaveLength(1);
    expect(edited).toEqual([...checked, theirs].sort());
  });

  test("the next check keeps their rule and writes ours once; a third check changes nothing", () => {
    expect(second).toEqual(edited);
    expect(third).toEqual(second);
  });

  test("清除标记 takes ours and leaves theirs", () => {
    expect(cleared).toEqual([theirs]);
  });
});
