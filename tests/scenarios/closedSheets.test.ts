/**
 * Sheets a run may not write to or clear (core/plan/sheetsTouched.ts SheetGate), closed by the clerk between two runs,
 * through the CLI's copy and the add-in on the strict Excel fake (which refuses any write to a protected sheet), and
 * Clear marks with a protected sheet on the WPS fake too (it refuses such writes as WPS does):
 * - Clear marks after the clerk protected a sheet (审阅 → 保护工作表): every other sheet is cleared, the protected one
 *   is left as it is, one line says so; once unprotected, Clear marks clears it too (the record kept its cells).
 *   Before: Excel refused the whole Clear (nothing cleared anywhere), the copy wrote into the locked sheet.
 * - The summary 监控汇总 protected too: the lines say it was not updated, and no line says a table is on it.
 *   Before: "其中表格的结果已列入汇总表" (untrue), and the summary itself named as a sheet whose tables are on it.
 * - A sheet made very hidden after a check (only code can: no tab, no Unhide): the next check and Clear marks leave it
 *   as it is (before: the check cleared our old cells there, its table being no longer read). Shown again, the next
 *   check finds our cells there as they were.
 */
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { buildClearPlan } from "../../src/core/plan/buildPlan";
import { runPipeline, settingsFor } from "../../src/core/pipeline";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { workbookMap } from "../../src/host/xlsx/parts";
import { runCheck as wpsCheck, runClear as wpsClear } from "../../src/host/wps/actions";
import { AS_OF, excelDriver, heldOfWps, heldOnSheet, xlsxDriver, type Driver } from "./drivers";
import type { FakeExcel } from "../host/excel/fake";
import { FakeWps, modelFromSnapshot as wpsModel } from "../host/wps/fake";

jest.setTimeout(180_000);

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const S = "1 办公用品采购";
const OTHER = "2 检察业务费";
const SUMMARY = "监控汇总";
const LOCK = '<sheetProtection sheet="1" objects="1" scenarios="1"/>';

/** The part of an .xlsx that holds a sheet, by name. */
const partOf = (bytes: Uint8Array, sheet: string) =>
  workbookMap(readWorkbookBytes(bytes).pkg).sheets.find((e) => e.name === sheet)!.part!;

/** The clerk protects (or unprotects) a sheet, as each host does it. */
const protect: Record<string, (w: unknown, sheet: string, on: boolean) => Promise<unknown>> = {
  [xlsxDriver.name]: async (w, sheet, on) => {
    const part = partOf(w as Uint8Array, sheet);
    const parts = unzipSync(w as Uint8Array);
    const xml = strFromU8(parts[part]!);
    const next = on ? xml.replace("</sheetData>", `</sheetData>${LOCK}`) : xml.replace(LOCK, "");
    expect(next).not.toBe(xml);
    return zipSync({ ...parts, [part]: strToU8(next) });
  },
  [excelDriver.name]: async (w, sheet, on) => {
    (w as FakeExcel).model.sheets.find((s) => s.name === sheet)!.protected = on;
    return w;
  },
};

/**
 * A macro makes the sheet very hidden (or visible again): ECMA-376 Part 1, 18.18.68 ST_SheetState "veryHidden";
 * in Excel Worksheet.visibility (the fake's VISIBILITY rule).
 */
const veryHide: Record<string, (w: unknown, sheet: string, on: boolean) => Promise<unknown>> = {
  [xlsxDriver.name]: async (w, sheet, on) => {
    const parts = unzipSync(w as Uint8Array);
    const xml = strFromU8(parts["xl/workbook.xml"]);
    const next = xml.replace(new RegExp(`<sheet\\b[^>]*\\bname="${sheet}"[^>]*/>`), (tag) =>
      tag.replace(/\sstate="[^"]*"/, "").replace(/\/>$/, ` state="${on ? "veryHidden" : "visible"}"/>`),
    );
    expect(next).not.toBe(xml);
    return zipSync({ ...parts, "xl/workbook.xml": strToU8(next) });
  },
  [excelDriver.name]: async (w, sheet, on) => {
    (w as FakeExcel).model.sheets.find((s) => s.name === sheet)!.visibility = on ? "VeryHidden" : "Visible";
    return w;
  },
};

/** The sheet as the host holds it: the .xlsx part's bytes, or the fake's whole sheet. */
const raw = (driver: Driver<unknown>, w: unknown, sheet: string) =>
  driver === (xlsxDriver as Driver<unknown>)
    ? strFromU8(unzipSync(w as Uint8Array)[partOf(w as Uint8Array, sheet)]!)
    : JSON.stringify(
        (w as FakeExcel).model.sheets.find((s) => s.name === sheet)!,
        (_k, v: unknown) => (v instanceof Map || v instanceof Set ? [...v] : v),
      );

const lines = (messages: string[], text: string) => messages.filter((m) => m.includes(text));

describe.each([xlsxDriver, excelDriver] as Driver<unknown>[])("$name", (driver) => {
  test("Clear marks with a sheet protected after a check: the others are cleared, it is left and named; unprotected, the next Clear clears it", async () => {
    const original = await driver.open(SAMPLE);
    const before = await driver.held(original);
    const checked = (await driver.check(original, false, AS_OF)).workbook;
    const once = await driver.held(checked);
    expect(heldOnSheet(once, S)).not.toBe(heldOnSheet(before, S));

    const locked = await protect[driver.name](checked, S, true);
    const cleared = await driver.clear(locked);
    const after = await driver.held(cleared.workbook);
    expect(heldOnSheet(after, S)).toBe(heldOnSheet(once, S));
    for (const sheet of before.sheets.filter((s) => s !== S))
      expect(heldOnSheet(after, sheet)).toBe(heldOnSheet(before, sheet));
    expect(after.sheets).not.toContain(SUMMARY);
    expect(lines(cleared.messages, `工作表「${S}」受保护，其中本工具的标记未清除`)).toHaveLength(1);
    expect(lines(cleared.messages, "受保护")).toHaveLength(1);

    const unlocked = await protect[driver.name](cleared.workbook, S, false);
    const again = await driver.clear(unlocked);
    const gone = await driver.held(again.workbook);
    expect(gone.cells).toEqual(before.cells);
    expect(gone.sheets).toEqual(before.sheets);
    expect(lines(again.messages, "受保护")).toHaveLength(0);
    expect((await driver.snapshot(again.workbook)).marks ?? null).toBeNull();
  });

  test("the summary protected too: not updated and said so, no line says a table is on it", async () => {
    const checked = (await driver.check(await driver.open(SAMPLE), false, AS_OF)).workbook;
    const once = await driver.held(checked);
    const locked = await protect[driver.name](await protect[driver.name](checked, SUMMARY, true), S, true);
    const run = await driver.check(locked, false, AS_OF);
    const held = await driver.held(run.workbook);
    expect(heldOnSheet(held, SUMMARY)).toBe(heldOnSheet(once, SUMMARY));
    expect(heldOnSheet(held, S)).toBe(heldOnSheet(once, S));
    expect(lines(run.messages, `汇总表「${SUMMARY}」受保护，未更新`)).toHaveLength(1);
    expect(lines(run.messages, `工作表「${S}」受保护，未写入`)).toHaveLength(1);
    expect(lines(run.messages, "已列入汇总表")).toEqual([]);
    expect(lines(run.messages, `工作表「${SUMMARY}」`)).toEqual([]);
  });

  test("a sheet made very hidden after a check: the next checks leave it as it is; shown again, the next check finds our cells there as they were", async () => {
    const checked = (await driver.check(await driver.open(SAMPLE), false, AS_OF)).workbook;
    const once = await driver.held(checked);
    const hidden = await veryHide[driver.name](checked, S, true);
    const was = raw(driver, hidden, S);

    const second = await driver.check(hidden, false, AS_OF);
    expect(raw(driver, second.workbook, S)).toEqual(was);
    const twice = await driver.held(second.workbook);
    expect(heldOnSheet(twice, OTHER)).toBe(heldOnSheet(once, OTHER));
    const third = await driver.check(second.workbook, false, AS_OF);
    expect(raw(driver, third.workbook, S)).toEqual(was);
    expect((await driver.held(third.workbook)).cells).toEqual(twice.cells);

    const shown = await veryHide[driver.name](third.workbook, S, false);
    const again = await driver.held((await driver.check(shown, false, AS_OF)).workbook);
    // Every sheet as after the first check (its table is back on the summary: a row added at the end).
    for (const sheet of once.sheets.filter((s) => s !== SUMMARY))
      expect(heldOnSheet(again, sheet)).toBe(heldOnSheet(once, sheet));
    expect([...again.cells.values()].filter((v) => v.includes(`#'${S}'!`))).toHaveLength(1);
  });

  test("Clear marks with a sheet made very hidden: it is left as it is and named, the others are cleared", async () => {
    const original = await driver.open(SAMPLE);
    const before = await driver.held(original);
    const checked = (await driver.check(original, false, AS_OF)).workbook;
    const hidden = await veryHide[driver.name](checked, S, true);
    const was = raw(driver, hidden, S);
    const cleared = await driver.clear(hidden);
    expect(raw(driver, cleared.workbook, S)).toEqual(was);
    const after = await driver.held(cleared.workbook);
    expect(heldOnSheet(after, OTHER)).toBe(heldOnSheet(before, OTHER));
    expect(lines(cleared.messages, `工作表「${S}」深度隐藏`)).toHaveLength(1);
  });
});

test("WPS: Clear marks with a sheet protected after a check clears the others, leaves it and names it", async () => {
  const fake = new FakeWps(wpsModel(readWorkbookBytes(await xlsxDriver.open(SAMPLE)).snapshot));
  const before = heldOfWps(fake.model);
  wpsCheck(fake.app, { asOf: AS_OF }, AS_OF);
  const once = heldOfWps(fake.model);
  expect(heldOnSheet(once, S)).not.toBe(heldOnSheet(before, S));
  fake.sheet(S).protected = true;
  const { plan } = wpsClear(fake.app);
  const after = heldOfWps(fake.model);
  expect(heldOnSheet(after, S)).toBe(heldOnSheet(once, S));
  for (const sheet of before.sheets.filter((s) => s !== S))
    expect(heldOnSheet(after, sheet)).toBe(heldOnSheet(before, sheet));
  expect(lines(plan.messages, `工作表「${S}」受保护，其中本工具的标记未清除`)).toHaveLength(1);
  fake.sheet(S).protected = false;
  wpsClear(fake.app);
  expect(heldOfWps(fake.model).cells).toEqual(before.cells);
});

test("English: the same lines, in English (the string tables kept in step)", async () => {
  const checked = (await xlsxDriver.check(await xlsxDriver.open(SAMPLE), false, AS_OF)).workbook;
  const locked = (await protect[xlsxDriver.name](checked, S, true)) as Uint8Array;
  const { snapshot } = readWorkbookBytes(locked);
  expect(buildClearPlan(snapshot, "en").messages).toContain(
    `Sheet "${S}" is protected; the add-in's marks on it were not cleared: to clear them, unprotect it (Review → Unprotect Sheet) and clear marks again.`,
  );
  const both = readWorkbookBytes((await protect[xlsxDriver.name](locked, SUMMARY, true)) as Uint8Array).snapshot;
  const run = runPipeline(both, settingsFor(both, { asOf: AS_OF, lang: "en" }, AS_OF), { formulas: false });
  if (run.outcome !== "planned") throw new Error("no tables");
  expect(run.plan.messages.filter((m) => m.includes("protected"))).toEqual([
    `The summary sheet "${SUMMARY}" is protected and was not updated (it still holds what an earlier check wrote): to update it, unprotect it (Review → Unprotect Sheet) and check again.`,
    `Sheet "${S}" is protected and was not written (nor was the summary sheet: its tables' results are only in this check's findings): to get the monitoring columns there, unprotect it (Review → Unprotect Sheet) and check again.`,
  ]);
  const hidden = readWorkbookBytes((await veryHide[xlsxDriver.name](checked, S, true)) as Uint8Array).snapshot;
  expect(buildClearPlan(hidden, "en").messages).toContain(
    `Sheet "${S}" is very hidden (only code can show it); the add-in's marks on it were not cleared.`,
  );
});
