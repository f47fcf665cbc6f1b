/**
 * The clerk protects the workbook's structure (审阅 → 保护工作簿) and checks in Excel, on its strict fake: Excel then
 * refuses to add or delete a sheet (fake.ts RULES: STRUCTURE), and a first check must add 监控汇总 and our record
 * _PerfTargets, Clear marks must delete them, 保存设置 on a workbook never checked must add the record.
 * Before: nothing looked at the workbook's protection; Excel refused the batch at the sync (AccessDenied, which the pane
 * shows as “工作表「?」受保护…撤销工作表保护”: no sheet named, the wrong way out), after whatever the batch held before
 * the refused command. Now each stops before writing anything, in one line naming the sheets and the way out
 * (撤销工作簿保护), as WPS does (wpsStructureProtected); a re-check, which adds no sheet, works under protection as
 * it does without.
 */
import { runCheck, runClear, runSaveSettings } from "../../src/host/excel/actions";
import { installExcelGlobals, type FakeExcel } from "../host/excel/fake";
import { AS_OF, excelDriver } from "./drivers";

beforeAll(installExcelGlobals);

const ONE_LINE = /^[^\n]+$/;
const SETTINGS = JSON.stringify({ asOf: "2024-06-30" });

/** Everything the fake workbook holds, our record sheet included (maps and sets as lists). */
const stateOf = (fake: FakeExcel): unknown =>
  JSON.parse(JSON.stringify(fake.model, (_, v) => (v instanceof Map || v instanceof Set ? [...v] : v)));

/** The message of what `run` threw ("" when it threw nothing). */
async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return (error as Error).message;
  }
  return "";
}

const check = (fake: FakeExcel) => runCheck(fake.context, { asOf: AS_OF }, AS_OF, true, true);

test("a first check under a protected structure changes nothing and says why in one line; unprotected, it checks", async () => {
  const fake = await excelDriver.open();
  fake.model.structureProtected = true;
  const before = stateOf(fake);

  const message = await refusal(() => check(fake));
  expect(message).toMatch(ONE_LINE);
  expect(message).toMatch(/^工作簿结构受保护[^\n]*检查需要新建工作表「/);
  for (const sheet of ["监控汇总", "_PerfTargets"]) expect(message).toContain(`「${sheet}」`);
  expect(message).toContain("撤销工作簿保护");
  expect(message).not.toMatch(/Excel 报告错误|受保护，无法写入监控列/);
  expect(stateOf(fake)).toEqual(before);

  fake.model.structureProtected = false;
  const { check: result } = await check(fake);
  expect(result?.tables.length).toBeGreaterThan(0);
  expect(fake.model.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["监控汇总", "_PerfTargets"]));
});

test("checked, then protected: a re-check adds no sheet and works as without protection; the clerk's typing kept", async () => {
  const open = await excelDriver.open();
  const plain = await excelDriver.open();
  for (const fake of [open, plain]) {
    await check(fake);
    fake.model.sheets[0].cells.set("60,0", { value: "我后来写的", formula: null, numberFormat: "General" });
  }
  open.model.structureProtected = true;
  await check(open);
  await check(plain);
  expect(await excelDriver.held(open)).toEqual(await excelDriver.held(plain));
  // Our record the same but for the sheet ids (two workbooks, two ids).
  const record = async (fake: FakeExcel) =>
    (await excelDriver.snapshot(fake)).marks?.replace(/\{[0-9A-F-]+\}/g, "{id}");
  expect(await record(open)).toEqual(await record(plain));
  expect(open.model.sheets[0].cells.get("60,0")?.value).toBe("我后来写的");
});

test("Clear marks and 保存设置 that must delete or add a sheet change nothing under a protected structure", async () => {
  const fresh = await excelDriver.open();
  fresh.model.structureProtected = true;
  const untouched = stateOf(fresh);
  const saving = await refusal(() => runSaveSettings(fresh.context, SETTINGS));
  expect(saving).toMatch(/^工作簿结构受保护[^\n]*保存设置需要新建工作表「_PerfTargets」/);
  expect(stateOf(fresh)).toEqual(untouched);

  const fake = await excelDriver.open();
  await check(fake);
  fake.model.structureProtected = true;
  await runSaveSettings(fake.context, SETTINGS); // the record is there: nothing to add
  const checked = stateOf(fake);
  const clearing = await refusal(() => runClear(fake.context, true));
  expect(clearing).toMatch(ONE_LINE);
  expect(clearing).toMatch(/^工作簿结构受保护[^\n]*清除标记需要删除工作表「[^\n]*「监控汇总」/);
  expect(clearing).toContain("撤销工作簿保护");
  expect(stateOf(fake)).toEqual(checked);

  fake.model.structureProtected = false;
  await runClear(fake.context, true);
  expect(fake.model.sheets.map((s) => s.name)).not.toContain("监控汇总");
});
