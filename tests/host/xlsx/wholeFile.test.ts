/**
 * The command line and the standalone page write the whole plan into a new file, so they leave out the
 * provisional record (PlanOptions.wholeFile). The copy must be the one the step-by-step plan gives, on a first
 * check, on a re-check of the copy and after the user typed into it, also when the record spans several cells.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { runPipeline, settingsFor } from "../../../src/core/pipeline";
import { MARKS_CHUNK, parseMarks } from "../../../src/core/plan/marks";
import { MARKS_SHEET } from "../../../src/core/types";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";
import { writeCheckedCopy } from "../../../src/host/xlsx/write";
import { openPackage, partBytes } from "../../../src/host/xlsx/zip";
import { seedPerSheetLayout } from "../../../scripts/fixtures/layout";
import { sampleExtras } from "../../../scripts/fixtures/sample-actuals";
import { parseSeed } from "../../../scripts/fixtures/seed";
import { layoutToWorkbook } from "../../../scripts/fixtures/write";
import { editXlsx } from "../../scenarios/xlsxEdit";

const ROOT = path.join(__dirname, "../../..");

function check(bytes: Uint8Array, wholeFile: boolean) {
  const { snapshot } = readWorkbookBytes(bytes);
  const settings = settingsFor(snapshot, { asOf: "2024-07-31", lang: "zh" }, "2024-07-31");
  const run = runPipeline(snapshot, settings, { formulas: false, wholeFile });
  if (run.outcome !== "planned") throw new Error("no tables");
  return { plan: run.plan, copy: writeCheckedCopy(bytes, run.plan) };
}

/** Every part's name and text (stored or inflated), in order (the zip's timestamps are the time of packing). */
function parts(bytes: Uint8Array): [string, string][] {
  const pkg = openPackage(bytes);
  return [...pkg.parts.keys()].map((name) => [name, Buffer.from(partBytes(pkg, name)!).toString("latin1")]);
}

/** 60 tables, one per sheet: a record of several MARKS_CHUNK cells. */
async function manyTables(): Promise<Uint8Array> {
  const seed = parseSeed(readFileSync(path.join(ROOT, "tests/fixtures/seed/seed.txt"), "utf8"));
  const tables = Array.from({ length: 60 }, (_, i) => {
    const t = seed.tables[i % seed.tables.length];
    return { ...t, index: i + 1, name: `${t.name}${i + 1}`, title: `${i + 1}.${t.name}${i + 1}绩效目标表` };
  });
  const layout = seedPerSheetLayout({ ...seed, prose: [], tables }, (t) =>
    sampleExtras(seed.tables[(t.index - 1) % seed.tables.length]),
  );
  return new Uint8Array(await layoutToWorkbook(layout.sheets).xlsx.writeBuffer());
}

describe("a plan written into a new file as a whole", () => {
  let many: Uint8Array;
  beforeAll(async () => {
    many = await manyTables();
  }, 60_000);

  it("has no provisional record: the record's cells are written once, with the final record", () => {
    const { plan } = check(readFileSync(path.join(ROOT, "assets/sample.xlsx")), true);
    const recordWrites = plan.ops.filter(
      (o) => o.op === "setValue" && o.cell.sheet === MARKS_SHEET && o.cell.row === 0,
    );
    const text = recordWrites.map((o) => (o.op === "setValue" ? String(o.value) : "")).join("");
    expect(parseMarks(text)).toEqual(plan.marks);
    expect(text).not.toContain('"provisional"');
  });

  it.each(["assets/sample.xlsx", "tests/fixtures/seed-one-sheet.xlsx", "many tables"])(
    "%s: the same copy as the step-by-step plan, checked once, again, and after the user typed into it",
    (file) => {
      const original = file === "many tables" ? many : new Uint8Array(readFileSync(path.join(ROOT, file)));
      const first = check(original, true);
      expect(parts(first.copy)).toEqual(parts(check(original, false).copy));
      if (file === "many tables") expect(JSON.stringify(first.plan.marks).length).toBeGreaterThan(2 * MARKS_CHUNK);

      const again = check(first.copy, true);
      expect(parts(again.copy)).toEqual(parts(check(first.copy, false).copy));

      const sheet = first.plan.marks.inputs[0];
      const typed = editXlsx(first.copy, [{ sheet: sheet.sheet, row: 30, col: 1, type: "用户备注" }]);
      expect(parts(check(typed, true).copy)).toEqual(parts(check(typed, false).copy));
    },
  );
});
