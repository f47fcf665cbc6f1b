/**
 * review70b: what a clerk does after a check Excel refused part-way, before the next check — a second check refused
 * at another batch size, deleting the half-written 监控汇总, Clear marks straight away: the workbook comes back to one
 * check's (or to the seed, after Clear marks), looks included (workbookState.ts state).
 */
import type { WorkbookSnapshot } from "../../../src/core/types";
import { runCheck, runClear } from "../../../src/host/excel/actions";
import { FakeExcel, installExcelGlobals, modelFromSnapshot } from "./fake";
import { refuse, seedOneSheet, SETTINGS, state, TODAY } from "./workbookState";

installExcelGlobals();
jest.setTimeout(600_000);
let seed: WorkbookSnapshot;
let once: ReturnType<typeof state>;
let original: ReturnType<typeof state>;
let batches: number;

beforeAll(async () => {
  seed = await seedOneSheet();
  original = state(modelFromSnapshot(seed));
  const clean = new FakeExcel(modelFromSnapshot(seed));
  batches = (await runCheck(clean.context, SETTINGS, TODAY, true, true, 24_000)).write.syncs;
  once = state(clean.model);
});

/** A fake whose first check (24 KB a batch) Excel refused in batch k, 5 commands in. */
async function refusedAt(k: number): Promise<FakeExcel> {
  const fake = new FakeExcel(modelFromSnapshot(seed));
  refuse(fake, k, 5);
  await expect(runCheck(fake.context, SETTINGS, TODAY, true, true, 24_000)).rejects.toThrow();
  return fake;
}

/**
 * Pairs of cuts: the first check refused at 24 KB batch k, the second at 12 KB batch k2 (each 5 commands in, where a
 * cell's value goes out and its look may not). A cell the first run wrote without its look sits in the second run's
 * `earlier`; the looks still owed go on in its provisional record (Marks.looksOwed) — on main the third check left our
 * headers on 预算项目绩效目标 (rows 40 / 99) bold without their fill at (3, 6) and (4, 6). A check after a refusal takes
 * seconds under CI's load (it looks for the blocks it did not find again: standingUnread), so not every pair: after a
 * first cut that leaves looks owed (k ≥ 3, where the limits loop failed on main) every other k2, after an earlier one
 * k2 = 1 and 3; Clear marks after the second cuts k2 ≤ 3.
 */
test("refused twice in a row at different batch sizes (24 KB, then 12 KB): the next check gives one check's workbook", async () => {
  const clean = new FakeExcel(modelFromSnapshot(seed));
  const batches12 = (await runCheck(clean.context, SETTINGS, TODAY, true, true, 12_000)).write.syncs;
  const every = Array.from({ length: batches12 }, (_, i) => i + 1);
  for (let k = 1; k <= batches; k++)
    for (const k2 of k >= 3 ? every.filter((k2) => (k + k2) % 2 === 0) : [1, 3]) {
      const fake = await refusedAt(k);
      refuse(fake, k2, 5);
      await expect(runCheck(fake.context, SETTINGS, TODAY, true, true, 12_000)).rejects.toThrow();
      await runCheck(fake.context, SETTINGS, TODAY, true, true, 16_000);
      expect([k, k2, state(fake.model)]).toEqual([k, k2, once]);
      if (k2 > 3) continue;
      await runClear(fake.context, true);
      expect([k, k2, "cleared", state(fake.model)]).toEqual([k, k2, "cleared", original]);
    }
});

test("refused, then the clerk deletes the half-written 监控汇总: the next check writes it whole, Clear marks takes it", async () => {
  for (let k = 1; k <= batches; k++) {
    const fake = await refusedAt(k);
    const sheets = fake.context.workbook.worksheets;
    const summary = sheets.getItemOrNullObject("监控汇总");
    summary.load("isNullObject");
    await fake.context.sync();
    if (!summary.isNullObject) {
      summary.delete();
      await fake.context.sync();
    }
    await runCheck(fake.context, SETTINGS, TODAY, true, true, 24_000);
    expect([k, state(fake.model)]).toEqual([k, once]);
    await runClear(fake.context, true);
    expect([k, "cleared", state(fake.model)]).toEqual([k, "cleared", original]);
  }
});

test("refused, then Clear marks straight away: the seed again, looks included; a check then gives one check's", async () => {
  for (let k = 1; k <= batches; k++) {
    const fake = await refusedAt(k);
    await runClear(fake.context, true);
    expect([k, state(fake.model)]).toEqual([k, original]);
    await runCheck(fake.context, SETTINGS, TODAY, true, true, 24_000);
    expect([k, "checked", state(fake.model)]).toEqual([k, "checked", once]);
  }
});
