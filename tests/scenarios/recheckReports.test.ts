/**
 * breaker44: every workbook of the fixtures, checked, and its checked copy (the add-in: the workbook it left) checked
 * again unchanged, reports the same: the same tables, targets, results, review opinions and reading notes, at the same
 * cells — what the CLI prints and its --json. Only what the first check did (where it put the columns: the plan's own
 * lines) is the first check's to say. Before, 四川's self-evaluation (layouts/sichuan-self-eval.xlsx) asked for a
 * reason at '司法救助自评'!H12 (its 实际完成值: the form has no 偏差原因 column) on the first check and at M12 (the
 * 偏差原因 column the first check added) on every later one (check.ts checkAsWrittenOut, Plan.reasonColumns).
 * Both appliers, both modes.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileJson } from "../../src/cli/json";
import { fileReport } from "../../src/cli/report";
import { BOTH_DRIVERS, BOTH_MODES, type Outcome } from "./drivers";

jest.setTimeout(240_000);

const FIXTURES = path.join(__dirname, "../fixtures");
const inFolder = (folder: string) =>
  readdirSync(folder)
    .filter((f) => /\.xls[xm]$/.test(f))
    .map((f) => path.join(folder, f));
const FILES = [
  ...inFolder(FIXTURES),
  ...inFolder(path.join(FIXTURES, "real")),
  ...inFolder(path.join(FIXTURES, "layouts")),
  path.join(__dirname, "../../assets/sample.xlsx"),
];

/** What the clerk is told of a check, but the plan's own lines (where it put the columns, what it kept). */
function told(run: Outcome<unknown>): unknown {
  const planned = new Set(run.messages);
  // The add-in's notes hold the plan's lines too: the reading notes (the report's last block, their count and each
  // listed) are left to `diagnostics`, compared without them.
  const lines = fileReport("in.xlsx", "out.xlsx", run.check!, "zh");
  const notes = lines.findIndex((line) => line.startsWith("  读表提示"));
  const report = lines.slice(0, notes < 0 ? lines.length : notes).filter((line) => !planned.has(line.trim()));
  const json = fileJson("in.xlsx", null, run.check!, null, "zh");
  return {
    report,
    tables: json.tables,
    review: json.review,
    diagnostics: json.diagnostics.filter((d) => !planned.has(d.message)),
  };
}

describe.each(BOTH_DRIVERS)("$name", (driver) => {
  test.each(BOTH_MODES)("$mode: every fixture checked again reports what its first check did", async ({ formulas }) => {
    const differ: string[] = [];
    for (const file of FILES) {
      let first: Outcome<unknown>;
      try {
        first = await driver.check(await driver.open(file), formulas);
      } catch (e) {
        if ((e as Error).message === "no tables") continue; // nothing to check twice
        throw e;
      }
      const second = await driver.check(first.workbook, formulas);
      if (JSON.stringify(told(second)) !== JSON.stringify(told(first))) differ.push(path.basename(file));
      else continue;
      expect({ file, ...(told(second) as object) }).toEqual({ file, ...(told(first) as object) });
    }
    expect(differ).toEqual([]);
  });
});
