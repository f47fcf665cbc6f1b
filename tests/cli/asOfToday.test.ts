/**
 * Run without --as-of on a table of a past budget year, the CLI judges it against today: it says so, in one line of
 * the text report and in the file's asOfToday field of --json. A date chosen (--as-of, or stored in the workbook) is
 * not remarked on, nor is a table of this year.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import Ajv from "ajv";
import schema from "../../schemas/check-report.schema.json";
import { asOfTodayNote } from "../../src/cli/checkFile";
import { localIsoDate } from "../../src/core/dates";
import type { CheckResult } from "../../src/core/types";
import { ROOT, runCli } from "./runCli";

// 湖南 湘潭 2023: its title gives the budget year 2023.
const XIANGTAN = path.join(ROOT, "tests", "fixtures", "real", "hunan-xiangtan-spray-goals-2023.xlsx");

const run = runCli;

/** A check result with tables of these budget years, as of `asOf`. */
const checked = (asOf: string, years: (number | null)[]) =>
  ({ asOf, tables: years.map((budgetYear) => ({ table: { budgetYear } })) }) as unknown as CheckResult;

describe("asOfTodayNote", () => {
  test("no date chosen, every budget year over: the latest year is named", () => {
    expect(asOfTodayNote(checked("2026-12-01", [2022, 2023, null]), false)).toEqual({
      asOf: "2026-12-01",
      budgetYear: 2023,
    });
  });
  test("a date chosen, a table of this year, or no year known: nothing to say", () => {
    expect(asOfTodayNote(checked("2026-12-01", [2023]), true)).toBeUndefined();
    expect(asOfTodayNote(checked("2026-12-01", [2023, 2026]), false)).toBeUndefined();
    expect(asOfTodayNote(checked("2026-12-01", [null]), false)).toBeUndefined();
  });
});

describe("the CLI on a 2023 table", () => {
  let work: string;
  beforeAll(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-asof-"));
  });
  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });
  jest.setTimeout(120_000);

  test("without --as-of: one Chinese line under the summary, and asOfToday in --json", async () => {
    const today = localIsoDate();
    const text = await run(["check", XIANGTAN, "--out", "a"], work);
    expect(text.code).toBe(0);
    const lines = text.stdout.split("\n");
    expect(lines[1]).toContain(`监控时点 ${today}`);
    expect(lines[2]).toBe(
      `  未指定监控时点，按今天 ${today} 判断；表的预算年度是 2023 年，按当年年底判断请加 --as-of 2023-12-31`,
    );

    const json = await run(["check", XIANGTAN, "--out", "b", "--json"], work);
    const doc = JSON.parse(json.stdout);
    expect(new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema)(doc)).toBe(true);
    expect(doc.files[0].asOfToday).toEqual({ asOf: today, budgetYear: 2023, message: lines[2].trim() });
  });

  test("with --as-of: no such line, no asOfToday", async () => {
    const text = await run(["check", XIANGTAN, "--out", "c", "--as-of", "2023-12-31"], work);
    expect(text.stdout).not.toContain("未指定监控时点");
    const json = JSON.parse(
      (await run(["check", XIANGTAN, "--out", "d", "--json", "--as-of", "2023-12-31"], work)).stdout,
    );
    expect(json.files[0]).not.toHaveProperty("asOfToday");
  });

  test("the sample stores its date (2024-07-31): nothing said", async () => {
    const text = await run(["check", "--out", "e"], work);
    expect(text.stdout).toContain("监控时点 2024-07-31");
    expect(text.stdout).not.toContain("未指定监控时点");
  });
});
