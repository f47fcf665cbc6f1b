/**
 * Running twice gives the same workbook as running once: the checked copy, checked again with nothing
 * changed, comes back part for part the same (cells, styles, notes and their boxes, rules, the record).
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { runPipeline, settingsFor } from "../../../src/core/pipeline";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";
import { writeCheckedCopy } from "../../../src/host/xlsx/write";

const ROOT = join(__dirname, "..", "..", "..");
const WORKBOOKS = [
  join(ROOT, "assets", "sample.xlsx"),
  ...readdirSync(join(ROOT, "tests", "fixtures", "real")).map((f) => join(ROOT, "tests", "fixtures", "real", f)),
].filter((f) => f.endsWith(".xlsx"));

function check(bytes: Uint8Array): Uint8Array | null {
  const { snapshot, pkg } = readWorkbookBytes(bytes);
  const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: "2024-07-31" }, "2024-07-31"), { formulas: false });
  return run.outcome === "planned" ? writeCheckedCopy(pkg, run.plan) : null;
}

test.each(WORKBOOKS.map((f) => [f.slice(ROOT.length + 1)]))("%s: a second check changes no part", (file) => {
  const once = check(readFileSync(join(ROOT, file)));
  if (once === null) return; // no goal table: nothing is written either time
  const twice = check(once) as Uint8Array;
  const [a, b] = [unzipSync(once), unzipSync(twice)];
  expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort()); // the zip's order of parts carries no meaning
  const changed = Object.keys(a).filter((part) => Buffer.compare(Buffer.from(a[part]), Buffer.from(b[part])) !== 0);
  expect(changed).toEqual([]);
});

/**
 * A checked copy saved again by another tool holds our numbers to 15 or 16 significant digits (LibreOffice,
 * openpyxl): still ours. Every number in every sheet cut to 15 digits, then checked: nothing is kept as the
 * user's, and the copy's cells are the first copy's.
 */
test("our numbers saved by another tool to fewer digits are still ours", () => {
  const once = check(readFileSync(join(ROOT, "assets", "sample.xlsx"))) as Uint8Array;
  const parts = unzipSync(once);
  let cut = 0;
  for (const [name, bytes] of Object.entries(parts))
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name))
      parts[name] = strToU8(
        strFromU8(bytes).replace(/<v>(-?\d+\.\d{15,})<\/v>/g, (_, n: string) => {
          cut++;
          return `<v>${Number(Number(n).toPrecision(15))}</v>`;
        }),
      );
  expect(cut).toBeGreaterThan(10);
  const resaved = zipSync(parts);
  const { snapshot } = readWorkbookBytes(resaved);
  const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: "2024-07-31" }, "2024-07-31"), { formulas: false });
  if (run.outcome !== "planned") throw new Error("no tables");
  expect(run.plan.messages).toEqual([]);
  const values = (bytes: Uint8Array) =>
    readWorkbookBytes(bytes).snapshot.sheets.map((s) =>
      s.values.map((row) => row.map((v) => (typeof v === "number" ? Number(v.toPrecision(12)) : v))),
    );
  expect(values(writeCheckedCopy(readWorkbookBytes(resaved).pkg, run.plan))).toEqual(values(once));
});
