/**
 * review69b: a clerk's sequences after Excel refused a write batch (limits.test.ts refuses one batch of one run):
 * refused twice in a row, refused after a good run, refused then Clear marks (then a check, or nothing more).
 */
import { isDeepStrictEqual } from "node:util";
import type { WorkbookSnapshot } from "../../../src/core/types";
import { runCheck, runClear } from "../../../src/host/excel/actions";
import { FakeExcel, installExcelGlobals, modelFromSnapshot } from "./fake";
import { refuse, seedOneSheet, SETTINGS, state, TODAY } from "./workbookState";

installExcelGlobals();
let seed: WorkbookSnapshot;

beforeAll(async () => {
  seed = await seedOneSheet();
});

describe.each([16_000, 24_000])("%i bytes a batch", (budget) => {
  test("refused twice in a row, then a check that finishes: the workbook one check makes", async () => {
    const clean = new FakeExcel(modelFromSnapshot(seed));
    const batches = (await runCheck(clean.context, SETTINGS, TODAY, true, true, budget)).write.syncs;
    const once = state(clean.model);
    const bad: unknown[] = [];
    for (let k1 = 2; k1 <= batches; k1++)
      for (const k2 of [k1]) {
        const fake = new FakeExcel(modelFromSnapshot(seed));
        refuse(fake, k1);
        await expect(runCheck(fake.context, SETTINGS, TODAY, true, true, budget)).rejects.toThrow();
        refuse(fake, k2);
        await expect(runCheck(fake.context, SETTINGS, TODAY, true, true, budget)).rejects.toThrow();
        await runCheck(fake.context, SETTINGS, TODAY, true, true, budget);
        const now = state(fake.model);
        if (!isDeepStrictEqual(now, once)) bad.push({ k1, k2, sheets: now.sheets });
      }
    expect(bad).toEqual([]);
  }, 240_000);

  test("refused after a good check: the next check gives the workbook one check makes", async () => {
    const clean = new FakeExcel(modelFromSnapshot(seed));
    const batches = (await runCheck(clean.context, SETTINGS, TODAY, true, true, budget)).write.syncs;
    const once = state(clean.model);
    const bad: unknown[] = [];
    for (let k = 1; k <= batches; k++) {
      const fake = new FakeExcel(modelFromSnapshot(seed));
      await runCheck(fake.context, SETTINGS, TODAY, true, true, budget);
      refuse(fake, k);
      await expect(runCheck(fake.context, SETTINGS, TODAY, true, true, budget)).rejects.toThrow();
      await runCheck(fake.context, SETTINGS, TODAY, true, true, budget);
      const now = state(fake.model);
      if (!isDeepStrictEqual(now, once)) bad.push({ k, sheets: now.sheets });
    }
    expect(bad).toEqual([]);
  }, 240_000);

  test("refused, then Clear marks straight away: the workbook as it was before any check", async () => {
    const original = state(modelFromSnapshot(seed));
    const clean = new FakeExcel(modelFromSnapshot(seed));
    const batches = (await runCheck(clean.context, SETTINGS, TODAY, true, true, budget)).write.syncs;
    const bad: unknown[] = [];
    for (let k = 1; k <= batches; k++) {
      const fake = new FakeExcel(modelFromSnapshot(seed));
      refuse(fake, k);
      await expect(runCheck(fake.context, SETTINGS, TODAY, true, true, budget)).rejects.toThrow();
      await runClear(fake.context, true);
      if (!isDeepStrictEqual(state(fake.model), original)) bad.push({ k, sheets: state(fake.model).sheets });
    }
    expect(bad).toEqual([]);
  }, 240_000);

  test("refused, then Clear marks, then a check: the workbook one check makes", async () => {
    const clean = new FakeExcel(modelFromSnapshot(seed));
    const batches = (await runCheck(clean.context, SETTINGS, TODAY, true, true, budget)).write.syncs;
    const once = state(clean.model);
    const bad: unknown[] = [];
    for (let k = 2; k <= batches; k++) {
      const fake = new FakeExcel(modelFromSnapshot(seed));
      refuse(fake, k);
      await expect(runCheck(fake.context, SETTINGS, TODAY, true, true, budget)).rejects.toThrow();
      await runClear(fake.context, true);
      await runCheck(fake.context, SETTINGS, TODAY, true, true, budget);
      const now = state(fake.model);
      if (!isDeepStrictEqual(now, once)) bad.push({ k, sheets: now.sheets });
    }
    expect(bad).toEqual([]);
  }, 240_000);
});
