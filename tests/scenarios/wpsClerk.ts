/**
 * The WPS scenarios' clerk at work: a seed workbook on the strict WPS fake, the clerk on one of its sheets with C5:E9
 * selected and D7 active (what they see, which a check must give back), checking as of one date.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { MARKS_SHEET, type WorkbookSnapshot } from "../../src/core/types";
import { runCheck } from "../../src/host/wps/actions";
import { snapshotFromXlsx } from "../../src/host/xlsx/snapshot";
import { FakeWps, modelFromSnapshot, type FakeCell, type FakeModel, type FakeSheet } from "../host/wps/fake";

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

/** What a look set to the Normal style's shows: nothing (bold false reads as a cell never made bold). */
const PLAIN = new Set<unknown>([undefined, false, "General"]);

/** A cell's looks (number format, font, fill, borders) where they are not plain, as text. */
function looksOf(c: FakeCell): string {
  const { value: _value, formula: _formula, ...looks } = c;
  const shown = Object.entries(looks).filter(
    ([, v]) => !PLAIN.has(v) && !(typeof v === "object" && !Object.keys(v!).length),
  );
  return shown.length ? JSON.stringify(Object.fromEntries(shown.sort())) : "";
}

/**
 * What a run leaves that a clerk sees or prints (tests/host/excel/workbookState.ts is Excel's): every sheet but the
 * record, cell by cell with its value, formula and looks (number format, font, fill, borders); per sheet its rules with
 * their looks in order, lists, notes, widths, merges, hidden rows and columns, row heights, groups, tables, pictures,
 * print area, filter, protection; the sheets in order; the names; the Normal font.
 */
export function state(model: FakeModel) {
  const sheets = model.sheets.filter((s) => s.name !== MARKS_SHEET);
  const cells: string[] = [];
  for (const s of sheets)
    for (const [k, c] of s.cells) {
      const look = looksOf(c);
      if (c.value !== null || c.formula || look !== "")
        cells.push(`${s.name}!${k} ${JSON.stringify(c.value)}|${c.formula ?? ""}|${look}`);
    }
  const each = (of: (s: FakeSheet) => unknown[]) =>
    sheets.flatMap((s) => of(s).map((x) => `${s.name}!${JSON.stringify(x)}`)).sort();
  return {
    sheets: model.sheets.map((s) => `${s.name}:${s.visible}`),
    cells: cells.sort(),
    rules: sheets.flatMap((s) =>
      s.rules.map(({ borders, ...r }) => `${s.name}!${JSON.stringify(r)} ${JSON.stringify([...(borders ?? [])])}`),
    ),
    lists: each((s) => [...s.validations]),
    notes: each((s) => [...s.comments]),
    widths: each((s) => [...s.widths]),
    merges: each((s) => s.merges),
    hidden: each((s) =>
      [...s.hiddenColumns].map((c) => `col ${c}`).concat([...(s.hiddenRows ?? [])].map((r) => `row ${r}`)),
    ),
    heights: each((s) => [
      ...[...(s.rowHeights ?? [])].map(([r, h]) => `row ${r} ${h}`),
      ...[...(s.outlineLevels ?? [])].map(([r, l]) => `row ${r} level ${l}`),
    ]),
    parts: each((s) => [s.tables, s.shapes, s.printArea ?? [], s.autoFilter ?? null, s.protected]),
    names: [...model.names].map(([n, to]) => `${n} ${to}`).sort(),
    normalFont: [JSON.stringify(model.normalFont ?? null)],
  };
}

/** What `state` gives. */
export type WpsState = ReturnType<typeof state>;

/** Two states alike (as text: a model from another realm compares alike with one from this test's). */
export const sameState = (a: WpsState, b: WpsState) => JSON.stringify(a) === JSON.stringify(b);

/** What differs between two states, part by part (the test's message): the first lines of each that differ. */
export function differs(now: WpsState, want: WpsState) {
  const out: Record<string, string[]> = {};
  for (const part of Object.keys(want) as (keyof typeof want)[]) {
    const a = new Set(now[part]);
    const b = new Set(want[part]);
    const lines = [
      ...[...a].filter((x) => !b.has(x)).map((x) => `+ ${x}`),
      ...[...b].filter((x) => !a.has(x)).map((x) => `- ${x}`),
    ];
    if (lines.length) out[part] = lines.slice(0, 6);
  }
  return out;
}
