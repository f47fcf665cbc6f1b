/**
 * review71: a check Excel refused part-way (24 KB a batch, batch k, 5 commands in) leaves header cells of ours on
 * 预算项目绩效目标 written without their look (rows 39 / 98 at k = 3 / 4: Marks.looksOwed names them where they were
 * written). The clerk then inserts a row above them (1:1, 30:30) or deletes one (2:2). On int71 the next check gave
 * the look to the cell now where ours was written and left our header bold without its fill (or not bold) where the
 * row went: the workbook was not the one a clean check of the edited sheet gives. Also with a second check refused
 * after the edit (the looks still owed carried on in its record). A column inserted left of the table (A:A) or inside
 * it (F:F) held on int71 too.
 */
import type { WorkbookSnapshot } from "../../../src/core/types";
import { runCheck } from "../../../src/host/excel/actions";
import { FakeExcel, installExcelGlobals, modelFromSnapshot } from "./fake";
import { refuse, seedOneSheet, SETTINGS, state, TODAY } from "./workbookState";

installExcelGlobals();
jest.setTimeout(600_000);
let seed: WorkbookSnapshot;
let batches: number;
let goal: string;

beforeAll(async () => {
  seed = await seedOneSheet();
  goal = seed.sheets[0].name;
  const clean = new FakeExcel(modelFromSnapshot(seed));
  batches = (await runCheck(clean.context, SETTINGS, TODAY, true, true, 24_000)).write.syncs;
});

async function edit(fake: FakeExcel, lines: string, how: "Down" | "Up" | "Right" | "Left") {
  const r = fake.context.workbook.worksheets.getItem(goal).getRange(lines);
  if (how === "Up" || how === "Left") r.delete(how);
  else r.insert(how);
  await fake.context.sync();
}

/** Each cell (value, formula, look) that differs from `want`: (k, cell, wanted, got) for the first few. */
function differences(k: number, got: ReturnType<typeof state>, want: ReturnType<typeof state>): unknown[] {
  const diff = Object.keys({ ...got.cells, ...want.cells }).filter((c) => got.cells[c] !== want.cells[c]);
  return diff.length ? [[k, diff.slice(0, 6).map((c) => [c, want.cells[c], got.cells[c]])]] : [];
}

async function cleanThen(lines: string, how: "Down" | "Up" | "Right" | "Left"): Promise<ReturnType<typeof state>> {
  const clean = new FakeExcel(modelFromSnapshot(seed));
  await edit(clean, lines, how);
  await runCheck(clean.context, SETTINGS, TODAY, true, true, 24_000);
  return state(clean.model);
}

test.each([
  ["1:1", "Down"],
  ["30:30", "Down"],
  ["2:2", "Up"],
  ["A:A", "Right"],
  ["F:F", "Right"],
] as const)(
  "refused, rows %s shifted %s on the goal sheet: the next check = a clean check of it",
  async (lines, how) => {
    const want = await cleanThen(lines, how);
    const bad: unknown[] = [];
    for (let k = 1; k <= batches; k++) {
      const fake = new FakeExcel(modelFromSnapshot(seed));
      refuse(fake, k, 5);
      await expect(runCheck(fake.context, SETTINGS, TODAY, true, true, 24_000)).rejects.toThrow();
      await edit(fake, lines, how);
      await runCheck(fake.context, SETTINGS, TODAY, true, true, 24_000);
      bad.push(...differences(k, state(fake.model), want));
    }
    expect(bad).toEqual([]);
  },
);

test("refused, a row inserted, refused again early (12 KB batch 1 or 3): the next check = a clean check of it", async () => {
  const want = await cleanThen("1:1", "Down");
  const bad: unknown[] = [];
  for (const k of [3, 4])
    for (const k2 of [1, 3]) {
      const fake = new FakeExcel(modelFromSnapshot(seed));
      refuse(fake, k, 5);
      await expect(runCheck(fake.context, SETTINGS, TODAY, true, true, 24_000)).rejects.toThrow();
      await edit(fake, "1:1", "Down");
      refuse(fake, k2, 5);
      await expect(runCheck(fake.context, SETTINGS, TODAY, true, true, 12_000)).rejects.toThrow();
      await runCheck(fake.context, SETTINGS, TODAY, true, true, 24_000);
      bad.push(...differences(k * 10 + k2, state(fake.model), want));
    }
  expect(bad).toEqual([]);
});
