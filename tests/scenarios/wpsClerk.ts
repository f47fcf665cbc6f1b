/**
 * The WPS scenarios' clerk at work: a seed workbook on the strict WPS fake, the clerk on one of its sheets with C5:E9
 * selected and D7 active (what they see, which a check must give back), checking as of one date.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { WorkbookSnapshot } from "../../src/core/types";
import { runCheck } from "../../src/host/wps/actions";
import { snapshotFromXlsx } from "../../src/host/xlsx/snapshot";
import { FakeWps, modelFromSnapshot, type FakeModel } from "../host/wps/fake";

export const SETTINGS = { asOf: "2024-08-15" };
export const TODAY = "2024-08-15";

/**
 * A seed workbook of tests/fixtures (read before the file's tests) whose first sheet is the clerk's (`user`); `open`
 * gives it to the clerk in WPS, with `hidden` hidden from its tab (a sheet of the seed other than the clerk's) unless
 * told otherwise.
 */
export function wpsClerk(file: "seed-per-sheet.xlsx" | "seed-one-sheet.xlsx", hidden: string | null = null) {
  let seed: WorkbookSnapshot;
  beforeAll(async () => {
    seed = (await snapshotFromXlsx(readFileSync(path.join(__dirname, "../fixtures", file)))).snapshot;
    if (hidden === null) return;
    expect(seed.sheets.map((s) => s.name)).toContain(hidden);
    expect(seed.sheets[0].name).not.toBe(hidden);
  });
  return {
    get seed() {
      return seed;
    },
    get user() {
      return seed.sheets[0].name;
    },
    open: (hide = true): FakeWps => clerkOn(seed, seed.sheets[0].name, hide ? hidden : null),
    /** The workbook a first check refused at protectable call k leaves (the fake's PART-WAY), protection lifted. */
    refusedAt(k: number): FakeModel {
      const fake = this.open();
      fake.protectAt(k);
      expect(() => runCheck(fake.app, SETTINGS, TODAY)).toThrow(/受保护/);
      for (const s of fake.model.sheets) s.protected = false;
      fake.model.structureProtected = false;
      return fake.model;
    },
  };
}

/** The workbook open in WPS (`hidden`: a sheet hidden from its tab), the clerk on `sheet`, C5:E9 selected, D7 active. */
function clerkOn(seed: WorkbookSnapshot, sheet: string, hidden: string | null): FakeWps {
  const fake = new FakeWps(
    modelFromSnapshot({ ...seed, sheets: seed.sheets.map((s) => (s.name === hidden ? { ...s, hidden: true } : s)) }),
  );
  const ws = fake.app.ActiveWorkbook!.Worksheets.Item(sheet);
  ws.Activate();
  ws.Range("C5:E9").Select();
  ws.Range("D7").Activate();
  return fake;
}
