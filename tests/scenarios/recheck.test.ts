/**
 * Running twice gives the same workbook as running once, also after the user edits between runs — and also
 * when what we wrote looks like the user's input. The next run must never read our own text as theirs:
 * - the unit-wide sheet we write out is titled "2024年部门整体绩效目标表"; that year must not date the user's
 *   tables (it did: tables 7 and 8, dated 2023 by their project codes, were dated 2024 on the second run and
 *   their planned progress went from 100% to 55%);
 * - the summary sheet repeats every project's name; a name with a threshold in it ("满意度达到90%以上…") must not
 *   be read back as unit-wide goals written in prose (it was: a 部门整体绩效目标 sheet appeared on the second run).
 * Both appliers: the CLI's checked copy and the add-in on the strict Excel fake. What is compared is what the
 * user sees: every cell's formula and value, the sheets, the notes and the highlight rules.
 */
import { cellName, keyCol, keyRow } from "../../src/core/a1";
import path from "node:path";
import fc from "fast-check";
import { checkWorkbook } from "../../src/core/check";
import { DEFAULT_SETTINGS, MARKS_SHEET, type WorkbookSnapshot } from "../../src/core/types";
import { BOTH_DRIVERS, AS_OF, xlsxDriver, type Driver } from "./drivers";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(300_000);

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const SETTINGS = { ...DEFAULT_SETTINGS, asOf: AS_OF };

/** What the user sees: "sheet!A1" → formula and value of every filled cell; the sheets; notes and rules. */
async function seen<W>(driver: Driver<W>, w: W) {
  const snapshot = await driver.snapshot(w);
  const cells = new Map<string, string>();
  for (const s of snapshot.sheets) {
    if (s.name === MARKS_SHEET) continue;
    s.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = s.formulas?.[r]?.[c] ?? null;
        if (formula === null && (value === null || value === "")) return;
        cells.set(`${s.name}!${cellName(r + s.originRow, c + s.originCol)}`, JSON.stringify([formula, value]));
      }),
    );
  }
  const { sheets, notes, rules } = await driver.held(w);
  return {
    cells: Object.fromEntries(cells),
    sheets,
    notes: Object.fromEntries(notes),
    rules: Object.fromEntries(rules),
  };
}

/** The user's tables as the check reads them from the workbook as it is now. */
const tablesOf = (snapshot: WorkbookSnapshot) =>
  checkWorkbook(snapshot, SETTINGS)
    .tables.map((c) => c.table)
    .filter((t) => t.source !== "prose" && t.kind !== "unit");

/** The column whose header cell on the table's header row says `text`. */
function columnOf(snapshot: WorkbookSnapshot, sheet: string, row: number, text: string): number | null {
  const s = snapshot.sheets.find((x) => x.name === sheet)!;
  const values = s.values[row - s.originRow] ?? [];
  const i = values.findIndex((v) => typeof v === "string" && v.replace(/\s/g, "") === text);
  return i < 0 ? null : i + s.originCol;
}

/** The first cell above `belowRow` that holds exactly `text` (a table's project-name cell). */
function cellHolding(snapshot: WorkbookSnapshot, sheet: string, text: string, belowRow: number) {
  const s = snapshot.sheets.find((x) => x.name === sheet)!;
  for (let r = 0; r < Math.min(s.values.length, belowRow - s.originRow); r++) {
    const c = s.values[r].indexOf(text);
    if (c >= 0) return { row: r + s.originRow, col: c + s.originCol };
  }
  return null;
}

/** What a user may type between runs, table by table (k-th table of the workbook as it is now). */
type Typing =
  | { kind: "basis-total"; table: number } // every 指标值确定依据 cell of the table says 总分
  | { kind: "basis-total-everywhere" }
  | { kind: "titled-year"; table: number; year: number } // the title gets a year of its own
  | { kind: "dated-target"; table: number; year: number } // the last indicator's target becomes a date
  | { kind: "name-with-threshold"; table: number }; // the project's name mentions a threshold

function typed(snapshot: WorkbookSnapshot, t: Typing): UserEdit[] {
  const tables = tablesOf(snapshot);
  const chosen = "table" in t ? [tables[t.table % tables.length]] : tables;
  return chosen.flatMap((table): UserEdit[] => {
    const at = (row: number, col: number, type: string): UserEdit => ({ sheet: table.sheet, row, col, type });
    switch (t.kind) {
      case "basis-total":
      case "basis-total-everywhere": {
        const col = columnOf(snapshot, table.sheet, table.header.row, "指标值确定依据");
        return col === null ? [] : table.indicators.map((i) => at(i.row, col, "总分"));
      }
      case "titled-year":
        return [at(table.range.top, table.range.left, `${t.year}年${table.name}绩效目标表`)];
      case "dated-target": {
        const last = table.indicators.at(-1);
        return last ? [at(keyRow(last.targetCell), keyCol(last.targetCell), `${t.year}年12月31日`)] : [];
      }
      case "name-with-threshold": {
        const cell = cellHolding(snapshot, table.sheet, table.name, table.header.row);
        return cell ? [at(cell.row, cell.col, `${table.name}（保障服务对象满意度达到90%以上的日常运转）`)] : [];
      }
    }
  });
}

const drivers = BOTH_DRIVERS;

/** Computed values (the CLI's default, WPS): what a year changes shows in the cells themselves. */
const VALUES = false;

describe.each(drivers)("$name: a second check changes nothing", (driver) => {
  async function twice(typing: Typing[]) {
    let w = await driver.open(SAMPLE);
    for (const t of typing) w = await driver.edit(w, typed(await driver.snapshot(w), t));
    const once = (await driver.check(w, VALUES)).workbook;
    const first = await seen(driver, once);
    const again = (await driver.check(once, VALUES)).workbook;
    return { first, second: await seen(driver, again) };
  }

  test("总分 in every 指标值确定依据 cell: the unit-wide sheet's title does not date tables 7 and 8", async () => {
    const { first, second } = await twice([{ kind: "basis-total-everywhere" }]);
    // The case as reported: the planned progress of table 7 (dated 2023 by its project code) stays 100%.
    expect(first.cells["7 省级转移支付办案业务费!J7"]).toBe(JSON.stringify([null, 1]));
    // No unit-wide sheet since session 50: the prose reader reads no target from the sample's texts here (a formula or
    // a scoring rule is none: notTargets.test.ts), so there is no title left to date tables 7 and 8 either.
    expect(first.sheets).not.toContain("部门整体绩效目标");
    expect(second).toEqual(first);
  });

  test("the user empties the 执行数 they had typed: the next check still writes, and checking again changes nothing", async () => {
    const checked = (await driver.check(await driver.open(SAMPLE), VALUES)).workbook;
    // '3 劳务费'!H7 is the user's own 执行数 (38.6): the first check placed its block beside it, no input column.
    const emptied = await driver.edit(checked, [{ sheet: "3 劳务费", row: 6, col: 7, type: "" }]);
    const once = await driver.check(emptied, VALUES);
    expect(once.messages.join("\n")).not.toMatch(/出错|Cannot read/);
    const first = await seen(driver, once.workbook);
    expect(first.cells["3 劳务费!H7"]).toBeUndefined(); // left empty, as the user made it
    const again = await seen(driver, (await driver.check(once.workbook, VALUES)).workbook);
    expect(again).toEqual(first);
  });

  test("a project named after a threshold: the summary's copy of the name is not read as prose goals", async () => {
    const { first, second } = await twice([{ kind: "name-with-threshold", table: 0 }]);
    // The summary repeats the name (our text, ≥ 20 characters, with a threshold in it).
    const summary = Object.entries(first.cells).filter(([k, v]) => k.startsWith("监控汇总!") && v.includes("90%以上"));
    expect(summary).toHaveLength(1);
    expect(first.sheets).not.toContain("部门整体绩效目标");
    expect(second).toEqual(first);
  });
});

test("property: any chain of user edits and checks — each check, checked again, changes nothing (CLI copy)", async () => {
  const driver = xlsxDriver;
  const typing: fc.Arbitrary<Typing> = fc.oneof(
    fc.record({ kind: fc.constant("basis-total" as const), table: fc.nat(7) }),
    fc.constant({ kind: "basis-total-everywhere" as const }),
    fc.record({
      kind: fc.constant("titled-year" as const),
      table: fc.nat(7),
      year: fc.integer({ min: 2022, max: 2025 }),
    }),
    fc.record({
      kind: fc.constant("dated-target" as const),
      table: fc.nat(7),
      year: fc.integer({ min: 2022, max: 2025 }),
    }),
    fc.record({ kind: fc.constant("name-with-threshold" as const), table: fc.nat(7) }),
  );
  // Rounds of: the user types, then checks.
  const rounds = fc.array(fc.array(typing, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 });
  await fc.assert(
    fc.asyncProperty(rounds, async (chain) => {
      let w = await driver.open(SAMPLE);
      for (const round of chain) {
        for (const t of round) w = await driver.edit(w, typed(await driver.snapshot(w), t));
        w = (await driver.check(w, VALUES)).workbook;
        const again = (await driver.check(w, VALUES)).workbook;
        expect(await seen(driver, again)).toEqual(await seen(driver, w));
      }
    }),
    { numRuns: 12, seed: 20261130 },
  );
});
