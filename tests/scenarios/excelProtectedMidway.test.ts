/**
 * Excel refuses a write the look at protection before writing let through: the clerk (or a co-author) protects their
 * sheet (审阅 → 保护工作表) or the workbook (审阅 → 保护工作簿) after the add-in read the workbook and before it wrote
 * (on the strict fake: RULES: STRUCTURE and the protected sheet's contents, refused at the sync with AccessDenied).
 * Before (tidy38): the pane said “工作表「?」受保护…撤销工作表保护” — no sheet named, and for the workbook's structure the
 * wrong way out. Now one line names the sheet, or the workbook's structure and the sheets it would add, the way out,
 * and that the run did not finish; after unprotecting, a check leaves the workbook's cells, rules, lists and notes as
 * one uninterrupted check does. Not the column widths of the sheets the first check added (监控汇总, 部门整体绩效目标):
 * those are set only on the run that adds the sheet (summary.ts, unitSheet.ts), and that run was cut short.
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
  const held = async (f: FakeExcel) => ({ ...(await excelDriver.held(f)), widths: null });
  expect(await held(fake)).toEqual(await held(plain));
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
