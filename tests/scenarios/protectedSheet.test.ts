/**
 * The clerk protects a sheet (审阅 → 保护工作表) of a workbook checked in a batch of hundreds. Excel and WPS refuse
 * writes to it; the CLI's checked copy used to write into it all the same. Now every host leaves a protected sheet as
 * it is (no cell, look, rule, drop-down or note of ours), writes the rest, lists its tables on 监控汇总 and says in one
 * line how to get marks there. Two ways in, through the CLI's copy and the add-in on the strict Excel fake (which
 * refuses any write to a protected sheet):
 * - protected before the first check: checked, the clerk types into the copy, checked again — the second check
 *   changes nothing but what the typing asks;
 * - protected after a check: our marks there stay as they were and stay ours in the record, so once it is
 *   unprotected the next check updates them in place, as if it had never been protected.
 */
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { cellName, parseA1Ranges } from "../../src/core/a1";
import { parseMarks } from "../../src/core/plan/marks";
import { AS_OF, excelDriver, heldOnSheet, xlsxDriver, type Driver } from "./drivers";
import type { FakeExcel } from "../host/excel/fake";

jest.setTimeout(180_000);

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const S = "1 办公用品采购";
const PART = "xl/worksheets/sheet1.xml"; // 1 办公用品采购
const OTHER = "2 检察业务费";
const LOCK = '<sheetProtection sheet="1" objects="1" scenarios="1"/>';

/** The clerk protects (or unprotects) sheet S, as each host does it. */
const protect: Record<string, (w: unknown, on: boolean) => Promise<unknown>> = {
  [xlsxDriver.name]: async (w, on) => {
    const parts = unzipSync(w as Uint8Array);
    const xml = strFromU8(parts[PART]!);
    const next = on ? xml.replace("</sheetData>", `</sheetData>${LOCK}`) : xml.replace(LOCK, "");
    expect(next).not.toBe(xml);
    return zipSync({ ...parts, [PART]: strToU8(next) });
  },
  [excelDriver.name]: async (w, on) => {
    (w as FakeExcel).model.sheets.find((s) => s.name === S)!.protected = on;
    return w;
  },
};

const warning = (messages: string[]) => messages.filter((m) => m.includes(`工作表「${S}」受保护`));

describe.each([xlsxDriver, excelDriver] as Driver<unknown>[])("$name", (driver) => {
  test("protected before the first check: nothing written there, its table on the summary, said once; typing in the copy and checking again changes nothing else", async () => {
    const locked = await protect[driver.name](await driver.open(SAMPLE), true);
    const before = await driver.held(locked);
    const first = await driver.check(locked, false, AS_OF);
    const once = await driver.held(first.workbook);
    expect(heldOnSheet(once, S)).toBe(heldOnSheet(before, S));
    expect(heldOnSheet(once, OTHER)).not.toBe(heldOnSheet(before, OTHER)); // the rest of the copy is written
    expect([...once.cells].some(([k, v]) => k.startsWith("监控汇总!") && v.includes(`#'${S}'!`))).toBe(true);
    expect(warning(first.messages)).toHaveLength(1);
    expect(warning(first.messages)[0]).toContain("撤销工作表保护");
    const record = parseMarks((await driver.snapshot(first.workbook)).marks)!;
    expect(record.cells[S]).toBeUndefined();

    // The clerk types an actual value beside another table, and checks again.
    const input = record.inputs.find((i) => i.sheet === OTHER);
    expect(input).toBeDefined();
    const at = parseA1Ranges(input!.cells)[0]; // the first cell of an input column of ours
    const typed = await driver.edit(first.workbook, [{ sheet: OTHER, type: 42, row: at.top, col: at.left }]);
    const second = await driver.check(typed, false, AS_OF);
    const twice = await driver.held(second.workbook);
    expect(heldOnSheet(twice, S)).toBe(heldOnSheet(before, S));
    expect(twice.cells.get(`${OTHER}!${cellName(at.top, at.left)}`)).toBe("v:42");
    expect(warning(second.messages)).toHaveLength(1);
    const third = await driver.held((await driver.check(second.workbook, false, AS_OF)).workbook);
    expect(third.cells).toEqual(twice.cells);
    expect(third.formats).toEqual(twice.formats);
  });

  test("protected after a check: our marks there stay as they were and stay ours; unprotected, the next check is as if it never was", async () => {
    const checked = (await driver.check(await driver.open(SAMPLE), false, AS_OF)).workbook;
    const once = await driver.held(checked);
    const ours = parseMarks((await driver.snapshot(checked)).marks)!;
    expect(ours.cells[S]).toBeDefined();

    const locked = await protect[driver.name](checked, true);
    const run = await driver.check(locked, false, AS_OF);
    const held = await driver.held(run.workbook);
    expect(heldOnSheet(held, S)).toBe(heldOnSheet(once, S));
    expect(warning(run.messages)).toHaveLength(1);
    const kept = parseMarks((await driver.snapshot(run.workbook)).marks)!;
    expect(kept.cells[S]).toBe(ours.cells[S]);
    expect(kept.prints?.[S]).toBe(ours.prints?.[S]);
    expect(kept.inputs.filter((i) => i.sheet === S)).toEqual(ours.inputs.filter((i) => i.sheet === S));

    const unlocked = await protect[driver.name](run.workbook, false);
    const after = await driver.check(unlocked, false, AS_OF);
    const again = await driver.held(after.workbook);
    expect(heldOnSheet(again, S)).toBe(heldOnSheet(once, S));
    expect(again.cells).toEqual(once.cells);
    expect(warning(after.messages)).toHaveLength(0);
  });
});
