/**
 * Excel refuses a write the look at protection before writing let through: the clerk (or a co-author) protects their
 * sheet (审阅 → 保护工作表) or the workbook (审阅 → 保护工作簿) after the add-in read the workbook and before it wrote
 * (on the strict fake: RULES: STRUCTURE and the protected sheet's contents, refused at the sync with AccessDenied).
 * Before (tidy38): the pane said “工作表「?」受保护…撤销工作表保护” — no sheet named, and for the workbook's structure the
 * wrong way out. Now one line names the sheet, or the workbook's structure and the sheets it would add, the way out,
 * and that the run did not finish; after unprotecting, a check leaves the workbook's cells, rules, lists, notes and
 * column widths as one uninterrupted check does. The widths of the sheets we add (监控汇总, 部门整体绩效目标) are set
 * once, by the run that makes the sheet (summary.ts, unitSheet.ts): when that run was cut short, by the check that
 * completes it (cli40; before, those sheets kept Excel's default widths for good) — and never again after that.
 */
import { runCheck, runClear } from "../../src/host/excel/actions";
import { installExcelGlobals, type FakeExcel } from "../host/excel/fake";
import { AS_OF, excelDriver } from "./drivers";

beforeAll(installExcelGlobals);

const ONE_LINE = /^[^\n]+$/;
const check = (fake: FakeExcel) => runCheck(fake.context, { asOf: AS_OF }, AS_OF, true, true);

/** The message of what `run` threw ("" when it threw nothing). */
async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return (error as Error).message;
  }
  return "";
}

/** Run `protect` just before the sync after the first `reads` syncs (a run's reads: its first write comes next). */
function protectAfter(fake: FakeExcel, reads: number, protect: () => void): void {
  const context = fake.context as unknown as { sync: () => Promise<void> };
  const sync = context.sync;
  let syncs = 0;
  context.sync = () => {
    if (syncs++ === reads) protect();
    return sync();
  };
}

/** How many syncs a check of a fresh seed reads before it writes. */
async function readSyncsOfCheck(): Promise<number> {
  return (await check(await excelDriver.open())).readSyncs;
}

test("their sheet protected after the read: the line names it and the way out; unprotected, a check completes it", async () => {
  const fake = await excelDriver.open();
  const sheet = fake.model.sheets[0];
  protectAfter(fake, await readSyncsOfCheck(), () => (sheet.protected = true));
  const message = await refusal(() => check(fake));
  expect(message).toMatch(ONE_LINE);
  expect(message).toMatch(
    new RegExp(`^工作表「${sheet.name}」受保护，Excel 拒绝写入，检查未完成，取消保护后再检查即可`),
  );
  expect(message).toContain("撤销工作表保护");
  expect(message).not.toContain("「?」");

  sheet.protected = false;
  await check(fake);
  const plain = await excelDriver.open();
  await check(plain);
  const completed = await excelDriver.held(fake);
  expect(completed).toEqual(await excelDriver.held(plain));
  for (const ours of ["监控汇总", "部门整体绩效目标"])
    expect([...completed.widths.keys()].filter((k) => k.startsWith(`${ours}!`)).length).toBeGreaterThan(0);

  // From then on the widths are the clerk's: the next checks keep one they set.
  await excelDriver.edit(fake, [{ sheet: "监控汇总", col: 0, width: 40 }]);
  const theirs = (await excelDriver.held(fake)).widths;
  await check(fake);
  await check(fake);
  expect((await excelDriver.held(fake)).widths).toEqual(theirs);
});

test("a check cut short on a workbook checked before leaves the clerk's widths on our sheets alone", async () => {
  const fake = await excelDriver.open();
  await check(fake);
  await excelDriver.edit(fake, [
    { sheet: "监控汇总", col: 0, width: 40 },
    { sheet: "部门整体绩效目标", col: 2, width: 9 },
  ]);
  const theirs = (await excelDriver.held(fake)).widths;
  const probe = await excelDriver.open();
  await check(probe);
  const reads = (await check(probe)).readSyncs;
  const sheet = fake.model.sheets[0];
  protectAfter(fake, reads, () => (sheet.protected = true));
  expect(await refusal(() => check(fake))).toMatch(/检查未完成/);
  sheet.protected = false;
  await check(fake);
  expect((await excelDriver.held(fake)).widths).toEqual(theirs);
});

test("the workbook's structure protected after the read: the line says so and names the sheets a first check adds", async () => {
  const fake = await excelDriver.open();
  protectAfter(fake, await readSyncsOfCheck(), () => (fake.model.structureProtected = true));
  const message = await refusal(() => check(fake));
  expect(message).toMatch(ONE_LINE);
  expect(message).toMatch(/^工作簿结构受保护（审阅 → 保护工作簿），Excel 拒绝新建工作表「/);
  for (const name of ["监控汇总", "_PerfTargets"]) expect(message).toContain(`「${name}」`);
  expect(message).toContain("撤销工作簿保护");
  expect(message).not.toMatch(/「\?」|撤销工作表保护/);
});

test("Clear marks: their sheet protected after the read is named", async () => {
  const fake = await excelDriver.open();
  await check(fake);
  const probe = await excelDriver.open();
  await check(probe);
  const reads = (await runClear(probe.context, true)).readSyncs;
  const sheet = fake.model.sheets[0];
  protectAfter(fake, reads, () => (sheet.protected = true));
  const message = await refusal(() => runClear(fake.context, true));
  expect(message).toMatch(ONE_LINE);
  expect(message).toMatch(new RegExp(`^工作表「${sheet.name}」受保护，Excel 拒绝写入，清除标记未完成`));
});
