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

const check = (fake: FakeExcel, budget: number) => runCheck(fake.context, SETTINGS, TODAY, true, true, budget);

/** A check Excel refuses at write batch k. */
async function refusedCheck(fake: FakeExcel, budget: number, k: number): Promise<void> {
  refuse(fake, k);
  await expect(check(fake, budget)).rejects.toThrow();
}

/**
 * For every write batch k from `first` on: `steps` on a fresh seed, then the workbook compared with the one a clean
 * check makes (or, `original`, the seed as it was). Gives the k whose workbook differs, with its sheets.
 */
async function differing(
  budget: number,
  first: number,
  want: "once" | "original",
  steps: (fake: FakeExcel, k: number) => Promise<void>,
): Promise<unknown[]> {
  const original = state(modelFromSnapshot(seed));
  const clean = new FakeExcel(modelFromSnapshot(seed));
  const batches = (await check(clean, budget)).write.syncs;
  const expected = want === "once" ? state(clean.model) : original;
  const bad: unknown[] = [];
  for (let k = first; k <= batches; k++) {
    const fake = new FakeExcel(modelFromSnapshot(seed));
    await steps(fake, k);
    const now = state(fake.model);
    if (!isDeepStrictEqual(now, expected)) bad.push({ k, sheets: now.sheets });
  }
  return bad;
}

describe.each([16_000, 24_000])("%i bytes a batch", (budget) => {
  test("refused twice in a row, then a check that finishes: the workbook one check makes", async () => {
    const bad = await differing(budget, 2, "once", async (fake, k) => {
      await refusedCheck(fake, budget, k);
      await refusedCheck(fake, budget, k);
      await check(fake, budget);
    });
    expect(bad).toEqual([]);
  }, 240_000);

  test("refused after a good check: the next check gives the workbook one check makes", async () => {
    const bad = await differing(budget, 1, "once", async (fake, k) => {
      await check(fake, budget);
      await refusedCheck(fake, budget, k);
      await check(fake, budget);
    });
    expect(bad).toEqual([]);
  }, 240_000);

  test("refused, then Clear marks straight away: the workbook as it was before any check", async () => {
    const bad = await differing(budget, 1, "original", async (fake, k) => {
      await refusedCheck(fake, budget, k);
      await runClear(fake.context, true);
    });
    expect(bad).toEqual([]);
  }, 240_000);

  test("refused, then Clear marks, then a check: the workbook one check makes", async () => {
    const bad = await differing(budget, 2, "once", async (fake, k) => {
      await refusedCheck(fake, budget, k);
      await runClear(fake.context, true);
      await check(fake, budget);
    });
    expect(bad).toEqual([]);
  }, 240_000);
});
