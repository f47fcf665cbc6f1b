/**
 * The checked copy must open in Excel as the user's file did: whatever Microsoft's Open XML SDK validator finds
 * in the copy, it found in the original too (the copy adds no error). Over every workbook of the test fixtures
 * (real published tables, templates, a workbook with charts, pivot tables, macros and names made by openpyxl),
 * in both of the CLI's modes, and checked a second time.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { checkFile, type CheckFileOptions } from "../../../src/cli/checkFile";
import { addedErrors, openXmlErrors } from "./openXmlSdk";

const FIXTURES = path.join(__dirname, "..", "..", "fixtures");
const FEATURES = path.join(__dirname, "fixtures");

async function workbooks(): Promise<string[]> {
  const real = (await fs.readdir(path.join(FIXTURES, "real"))).map((f) => path.join(FIXTURES, "real", f));
  const layouts = (await fs.readdir(path.join(FIXTURES, "layouts"))).map((f) => path.join(FIXTURES, "layouts", f));
  return [
    ...real,
    ...layouts,
    path.join(FIXTURES, "seed-per-sheet.xlsx"),
    path.join(FEATURES, "features.xlsx"),
    path.join(FEATURES, "features.xlsm"),
  ].filter((f) => /\.xls[xm]$/.test(f));
}

let work: string;
beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-openxml-"));
});
afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

async function checked(input: string, out: string, formulas: boolean): Promise<string> {
  const options: CheckFileOptions = { outPath: out, asOf: "2024-07-31", today: "2024-07-31", formulas, lang: "zh" };
  const outcome = await checkFile(input, options);
  if (outcome.error !== null || outcome.output === null) throw new Error(`${input}: ${outcome.error}`);
  return outcome.output;
}

test("every checked copy (values, formulas, checked again) adds no Open XML SDK error to its workbook", async () => {
  const pairs: { input: string; output: string }[] = [];
  for (const [i, input] of (await workbooks()).entries()) {
    const ext = path.extname(input);
    const values = await checked(input, path.join(work, `${i}-values${ext}`), false);
    const formulas = await checked(input, path.join(work, `${i}-formulas${ext}`), true);
    const again = await checked(values, path.join(work, `${i}-again${ext}`), false);
    pairs.push({ input, output: values }, { input, output: formulas }, { input, output: again });
  }
  expect(pairs.length).toBeGreaterThanOrEqual(3 * 40);
  const errors = await openXmlErrors([...new Set(pairs.flatMap((p) => [p.input, p.output]))]);
  const added = pairs.flatMap(({ input, output }) =>
    addedErrors(errors[input], errors[output]).map((e) => `${path.basename(output)} (${path.basename(input)}): ${e}`),
  );
  expect(added).toEqual([]);
}, 600_000);
