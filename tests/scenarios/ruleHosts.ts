/**
 * The set-up of the scenarios in which the clerk makes a rule of our red highlight's formula their own (copiedRule: a
 * copy over their cells; widenedRule: ours widened over them): the sample's first table, our red formula, the clerk's
 * cells, the three hosts (CLI checked copy, Excel add-in and WPS through their strict fakes, each reading where the rules
 * lie) and the run each scenario makes — check, the clerk's edit, two more checks, Clear marks — with the sheet's rules
 * after each step. A scenario gives only its edit, as each host takes it.
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

export const SHEET = "1 办公用品采购";
export const RED = 'OR($K11="红",$K11="red")';
/** The clerk's cells: the 一级 / 二级 / 名称 of the indicators of 1 办公用品采购, A11:E15. */
export const THEIR_CELLS: CellRange = { top: 10, left: 0, bottom: 14, right: 4 };

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");

/** One rule as the scenarios compare it: "formula @ ranges fill" (fill RRGGBB, empty for none). */
export const ruleText = (formula: string, ranges: CellRange[], fill: string | null) =>
  `${formula.replace(/^=/, "")} @ ${rangesToA1(ranges)} ${(fill ?? "").replace(/^#/, "").toUpperCase()}`;

/** The sheet's rules in a saved file, each with the solid fill of its dxf. */
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

/** The clerk's edit on SHEET as each host takes it; `A` is what the scenario passes it. */
export interface RuleEdit<A extends unknown[]> {
  xlsx(bytes: Uint8Array, ...args: A): Uint8Array;
  excel(fake: FakeExcel, ...args: A): Promise<void> | void;
  wps(fake: FakeWps, ...args: A): void;
}

/** The sheet's rules ("formula @ ranges fill", sorted) after each step of a scenario. */
export interface RuleSteps {
  checked: string[];
  edited: string[];
  second: string[];
  third: string[];
  cleared: string[];
  /** Clear marks straight after the edit, with no check between (a run of its own). */
  clearedAtOnce: string[];
  /** How many of our rules the third check refused (WPS: said to the clerk, never the check lost; 0 elsewhere). */
  refused: number;
}

export interface RuleHost<A extends unknown[]> {
  name: string;
  /** WPS allows three rules over a cell (apply.ts RULES_PER_RANGE). */
  threePerCell?: boolean;
  /**
   * Check, the edit (given what the first check left), check twice, Clear marks. With `insertColumnFirst` the clerk
   * first inserts a column at A (右键 → 插入列), so `checked` is the rules as that left them.
   */
  steps(args: (checked: string[]) => A, insertColumnFirst?: boolean): Promise<RuleSteps>;
}

interface Host<W, A extends unknown[]> {
  name: string;
  threePerCell?: boolean;
  open(): Promise<W>;
  /** The workbook checked, and how many of our rules the host refused. */
  check(w: W): Promise<{ w: W; refused: number }>;
  clear(w: W): Promise<W>;
  /** The clerk inserts a column left of column A on SHEET: everything moves one column right. */
  insertColumn(w: W): Promise<W>;
  edit(w: W, ...args: A): Promise<W>;
  rules(w: W): string[];
}

function stepsOf<W, A extends unknown[]>(host: Host<W, A>): RuleHost<A> {
  return {
    name: host.name,
    threePerCell: host.threePerCell,
    async steps(args, insertColumnFirst = false) {
      /** A first check, then the clerk's edits. */
      const clerkEdited = async () => {
        let w = (await host.check(await host.open())).w;
        if (insertColumnFirst) w = await host.insertColumn(w);
        const checked = host.rules(w);
        return { checked, w: await host.edit(w, ...args(checked)) };
      };
      const clearedAtOnce = host.rules(await host.clear((await clerkEdited()).w));
      const { checked, w: edit } = await clerkEdited();
      const edited = host.rules(edit);
      const w = (await host.check(edit)).w;
      const second = host.rules(w);
      const last = await host.check(w);
      const third = host.rules(last.w);
      const cleared = host.rules(await host.clear(last.w));
      return { checked, edited, second, third, cleared, clearedAtOnce, refused: last.refused };
    },
  };
}

/** The three hosts, each with the clerk's `edit`. */
export function ruleHosts<A extends unknown[]>(edit: RuleEdit<A>): RuleHost<A>[] {
  return [
    stepsOf<Uint8Array, A>({
      name: "xlsx (CLI checked copy)",
      open: () => xlsxDriver.open(SAMPLE),
      check: async (w) => ({ w: (await xlsxDriver.check(w, false)).workbook, refused: 0 }),
      clear: async (w) => (await xlsxDriver.clear(w)).workbook,
      insertColumn: (w) => xlsxDriver.edit(w, [{ sheet: SHEET, axis: "col", at: 0, count: 1 }]),
      edit: async (w, ...args) => edit.xlsx(w, ...args),
      rules: xlsxRules,
    }),
    stepsOf<FakeExcel, A>({
      name: "Excel add-in (strict fake)",
      open: () => excelDriver.open(SAMPLE),
      check: async (w) => ({ w: (await excelDriver.check(w, true)).workbook, refused: 0 }),
      clear: async (w) => (await excelDriver.clear(w)).workbook,
      insertColumn: (w) => excelDriver.edit(w, [{ sheet: SHEET, axis: "col", at: 0, count: 1 }]),
      async edit(w, ...args) {
        await edit.excel(w, ...args);
        return w;
      },
      rules: (w) =>
        w.model.sheets
          .find((s) => s.name === SHEET)!
          .cfs.map((cf) => ruleText(cf.formula, cf.ranges, cf.fill ?? null))
          .sort(),
    }),
    stepsOf<FakeWps, A>({
      name: "WPS (strict fake)",
      threePerCell: true,
      open: async () => new FakeWps(wpsModel(readWorkbookBytes(new Uint8Array(readFileSync(SAMPLE))).snapshot)),
      async check(w) {
        const refused = wpsCheck(w.app, { asOf: AS_OF }, AS_OF).write.refusedRules?.length ?? 0;
        return { w, refused };
      },
      async clear(w) {
        wpsClear(w.app);
        return w;
      },
      async insertColumn(w) {
        w.insertColumns(SHEET, 0, 1);
        return w;
      },
      async edit(w, ...args) {
        edit.wps(w, ...args);
        return w;
      },
      rules: (w) =>
        w.model.sheets
          .find((s) => s.name === SHEET)!
          .rules.map((r) => ruleText(r.formula, r.ranges, r.fill === undefined ? null : rgbHex(r.fill)))
          .sort(),
    }),
  ];
}
