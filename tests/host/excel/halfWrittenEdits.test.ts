/**
 * recover70: a clerk's row or column inserted, a row of ours deleted, or a cell typed in a row they inserted, in a sheet
 * a refused check left half-written (部门整体绩效目标 at 16 KB, batch 3: its title, unit and header row; 监控汇总 at
 * 8 KB, batch 12: its title, 监控时点 and 预算年度). Such a sheet no longer holds our cells where the provisional record
 * says: 部门整体绩效目标 is then read as the clerk's table (CHANGELOG session 70 and 71, Left alone), 监控汇总 finished
 * around their edit (summary71: halfWrittenSummary.test.ts). These pin that nothing of theirs is lost — their row or
 * column stays where they put it, their cell through the check and Clear marks.
 */
import type { WorkbookSnapshot } from "../../../src/core/types";
import { runCheck, runClear } from "../../../src/host/excel/actions";
import { FakeExcel, installExcelGlobals, modelFromSnapshot } from "./fake";
import { refuse, seedOneSheet, SETTINGS, TODAY } from "./workbookState";

installExcelGlobals();
let seed: WorkbookSnapshot;

beforeAll(async () => {
  seed = await seedOneSheet();
});

const UNIT = { sheet: "部门整体绩效目标", budget: 16_000, k: 3 };
const SUMMARY = { sheet: "监控汇总", budget: 8_000, k: 12 };
const TYPED = "科室备注：待核对";

interface Edit {
  what: string;
  sheet: string;
  budget: number;
  k: number;
  lines: string;
  how: "Down" | "Right" | "Up";
  was: string;
  now: string;
  typed?: string;
}

test.each<Edit>([
  // Where the row of ours that was at `was` is after the edit (`now`), and a cell the clerk typed (`typed`), if any.
  { what: "a row inserted", ...UNIT, lines: "3:3", how: "Down", was: "2,0", now: "3,0" },
  { what: "a column inserted", ...UNIT, lines: "B:B", how: "Right", was: "2,1", now: "2,2" },
  { what: "a row of ours deleted", ...UNIT, lines: "2:2", how: "Up", was: "2,0", now: "1,0" },
  { what: "a row inserted and typed in", ...UNIT, lines: "3:3", how: "Down", was: "2,0", now: "3,0", typed: "2,0" },
  { what: "a row inserted", ...SUMMARY, lines: "3:3", how: "Down", was: "3,0", now: "4,0" },
  { what: "a row inserted and typed in", ...SUMMARY, lines: "3:3", how: "Down", was: "3,0", now: "4,0", typed: "2,1" },
])(
  "$what on the half-written $sheet: their edit and cell stay through the next check and Clear marks",
  async ({ sheet, budget, k, lines, how, was, now, typed }) => {
    const fake = new FakeExcel(modelFromSnapshot(seed));
    refuse(fake, k);
    await expect(runCheck(fake.context, SETTINGS, TODAY, true, true, budget)).rejects.toThrow();
    const ours = fake.sheet(sheet).cells.get(was)!.value;
    expect(ours).not.toBeNull(); // the refused run wrote this row
    const range = fake.context.workbook.worksheets.getItem(sheet).getRange(lines);
    if (how === "Up") range.delete(how);
    else range.insert(how);
    await fake.context.sync();
    if (typed) fake.sheet(sheet).cells.set(typed, { value: TYPED, formula: null, numberFormat: "General" });
    const edited = new Map(fake.sheet(sheet).cells);

    await runCheck(fake.context, SETTINGS, TODAY, true, true, budget);
    // The sheet as the clerk left it: every cell they see there, ours moved with their edit, and theirs.
    const kept = [...edited].filter(([, c]) => c.value !== null).map(([at, c]) => [at, c.value]);
    const after = (at: string) => fake.sheet(sheet).cells.get(at)?.value ?? null;
    expect(kept.map(([at]) => [at, after(at as string)])).toEqual(kept);
    expect(after(now)).toBe(ours);

    await runClear(fake.context, true);
    if (typed) expect(fake.sheet(sheet).cells.get(typed)?.value).toBe(TYPED);
  },
);
