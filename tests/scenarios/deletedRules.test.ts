/**
 * The clerk deletes our highlight rules on a goal sheet (开始 → 条件格式 → 清除规则 → 清除整个工作表的规则, or deletes them
 * one by one in 管理规则), then checks again. Decided (breaker59): the check writes them again — they are the check's
 * red and yellow, and a clerk who took them off for a print once would otherwise miss a red that came later —, as it
 * writes a computed column of ours the clerk deleted again (computedHeaderDeleted), and, like it, says so once: before,
 * they came back without a word (breaker58). The check after it finds them and says nothing; the rules are those the
 * first check left. Through the CLI's checked copy, the Excel add-in and WPS (strict fakes).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { runCheck as wpsCheck } from "../../src/host/wps/actions";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { FakeWps, modelFromSnapshot as wpsModel } from "../host/wps/fake";
import type { FakeExcel } from "../host/excel/fake";
import { AS_OF, excelDriver, xlsxDriver } from "./drivers";
import { RED, SHEET } from "./ruleHosts";
import { clearSheetRules } from "./xlsxEdit";

jest.setTimeout(180_000);

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const LINE = `工作表「${SHEET}」上本工具的高亮规则（条件格式）已被删除或改成了您的规则，本次检查按监控结果重新加上了（标出红、黄等预警的行）。`;
const aboutRules = (messages: string[]) => messages.filter((m) => m.includes("高亮规则"));

interface Host<W> {
  name: string;
  open(): Promise<W>;
  check(w: W): Promise<{ w: W; messages: string[] }>;
  /** Every rule of SHEET cleared, as the host takes it. */
  clearRules(w: W): Promise<W>;
  /** SHEET's rules' formulas, sorted ("=" aside). */
  rules(w: W): Promise<string[]>;
  /** Everything the workbook holds, to compare two checks. */
  held(w: W): Promise<unknown>;
}

const sorted = (formulas: string[]) => formulas.map((f) => f.replace(/^=/, "")).sort();

const hosts = [
  ...[false, true].map((formulas): Host<Uint8Array> => ({
    name: `xlsx (CLI checked copy), ${formulas ? "formulas" : "values"}`,
    open: () => xlsxDriver.open(SAMPLE),
    check: async (w) => {
      const run = await xlsxDriver.check(w, formulas);
      return { w: run.workbook, messages: run.messages };
    },
    clearRules: async (w) => clearSheetRules(w, SHEET),
    rules: async (w) => sorted((await xlsxDriver.held(w)).rules.get(SHEET) ?? []),
    held: (w) => xlsxDriver.held(w),
  })),
  ...[false, true].map((formulas): Host<FakeExcel> => ({
    name: `Excel add-in (strict fake), ${formulas ? "formulas" : "values"}`,
    open: () => excelDriver.open(SAMPLE),
    check: async (w) => {
      const run = await excelDriver.check(w, formulas);
      return { w: run.workbook, messages: run.messages };
    },
    async clearRules(fake) {
      // Office.js: the sheet's rules (a worksheet has no collection of its own; its whole range does), each deleted.
      const cfs = fake.context.workbook.worksheets.getItem(SHEET).getRange().conditionalFormats;
      cfs.load("items");
      await fake.context.sync();
      for (const cf of cfs.items) cf.delete();
      await fake.context.sync();
      return fake;
    },
    rules: async (w) => sorted((await excelDriver.held(w)).rules.get(SHEET) ?? []),
    held: (w) => excelDriver.held(w),
  })),
  {
    name: "WPS (strict fake)",
    open: async () => new FakeWps(wpsModel(readWorkbookBytes(new Uint8Array(readFileSync(SAMPLE))).snapshot)),
    check: async (w) => ({ w, messages: wpsCheck(w.app, { asOf: AS_OF }, AS_OF).plan.messages }),
    async clearRules(fake) {
      // WPS's object model: each FormatCondition of the sheet's cells deleted, the last first.
      const rules = fake.app.ActiveWorkbook!.Worksheets.Item(SHEET).Cells.FormatConditions;
      for (let k = rules.Count; k >= 1; k--) rules.Item(k).Delete();
      return fake;
    },
    rules: async (w) => sorted(w.model.sheets.find((s) => s.name === SHEET)!.rules.map((r) => r.formula)),
    held: async (w) => structuredClone(w.model),
  } satisfies Host<FakeWps>,
] as Host<unknown>[];

describe.each(hosts)("$name", (host) => {
  test("our rules cleared from a goal sheet: written again as the first check left them, said once", async () => {
    const first = await host.check(await host.open());
    expect(aboutRules(first.messages)).toEqual([]);
    const rules = await host.rules(first.w);
    expect(rules).toContain(RED);
    const edited = await host.clearRules(first.w);
    expect(await host.rules(edited)).toEqual([]);
    const again = await host.check(edited);
    expect(aboutRules(again.messages)).toEqual([LINE]);
    expect(await host.rules(again.w)).toEqual(rules);
    const held = await host.held(again.w);
    const third = await host.check(again.w);
    expect(aboutRules(third.messages)).toEqual([]);
    expect(await host.held(third.w)).toEqual(held);
  });
});
