/**
 * Golden test on the seed fixture workbooks (engineer X's tests/fixtures/seed-*.xlsx): every table's
 * name, code, budget, schedule and all 49 indicators, against seed.expected.ts (typed by hand).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import type { ReadResult } from "../../../src/core/types";
import { snapshotFromXlsx } from "../../../src/host/xlsx/snapshot";
import { CHECKPOINTS, SEED_TABLES, UNIT_NAME } from "./seed.expected";

const FIXTURES = join(__dirname, "..", "..", "fixtures");

async function read(file: string, budgetYear?: number): Promise<ReadResult> {
  const { snapshot } = await snapshotFromXlsx(readFileSync(join(FIXTURES, file)));
  return readWorkbook(snapshot, budgetYear === undefined ? {} : { budgetYear });
}

describe.each(["seed-one-sheet.xlsx", "seed-per-sheet.xlsx"])("%s", (file) => {
  let result: ReadResult;
  beforeAll(async () => {
    result = await read(file);
  });

  test("8 project tables, 49 indicators, no warnings", () => {
    expect(result.tables).toHaveLength(8);
    expect(result.tables.every((t) => t.kind === "project")).toBe(true);
    expect(result.tables.reduce((n, t) => n + t.indicators.length, 0)).toBe(49);
    expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });

  test.each(SEED_TABLES.map((t, i) => [i + 1, t] as const))("table %i: header block", (i, expected) => {
    const t = result.tables[i - 1];
    expect({
      title: t.title,
      name: t.name,
      code: t.code,
      unitName: t.unitName,
      budget: t.budget,
      moneyUnit: t.moneyUnit,
      fiscal: t.funds.fiscal,
      other: t.funds.other,
      purpose: t.purpose,
      goal: t.goal,
      budgetYear: t.budgetYear,
    }).toEqual({
      title: expected.title,
      name: expected.name,
      code: expected.code,
      unitName: UNIT_NAME,
      budget: expected.budget,
      moneyUnit: "万元",
      fiscal: expected.fiscal,
      other: null,
      purpose: expected.purpose,
      goal: expected.goal,
      budgetYear: 2024,
    });
  });

  test.each(SEED_TABLES.map((t, i) => [i + 1, t] as const))("table %i: schedule", (i, expected) => {
    const t = result.tables[i - 1];
    expect(t.schedule.map((c) => [c.label, c.date, c.percent])).toEqual(
      CHECKPOINTS.map(([label, date], k) => [label, date, expected.percents[k]]),
    );
  });

  test.each(SEED_TABLES.map((t, i) => [i + 1, t] as const))("table %i: indicators", (i, expected) => {
    const t = result.tables[i - 1];
    const actual = t.indicators.map((ind) => {
      const { kind, op, opExplicit, value, unit, date } = ind.target;
      const parsed =
        date === undefined ? { kind, op, opExplicit, value, unit } : { kind, op, opExplicit, value, unit, date };
      return [ind.level1, ind.level2, ind.name, ind.targetText, parsed];
    });
    expect(actual).toEqual(expected.indicators);
    expect(t.indicators.every((ind) => ind.basis === "工作计划")).toBe(true);
  });
});

test("the budget year setting does not override the year the tables reveal", async () => {
  const result = await read("seed-per-sheet.xlsx", 2025);
  // Tables 2, 4-8 carry 2024年12月31日 deadlines; table 1 and 3 have no dated target and take the setting.
  expect(result.tables.map((t) => t.budgetYear)).toEqual([2025, 2024, 2025, 2024, 2024, 2024, 2024, 2024]);
});
