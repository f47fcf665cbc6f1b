/**
 * WPS 表格 refuses a check's write part-way (the host fake's PART-WAY: the sheet or the workbook's structure protected
 * before the k-th call that protection refuses; every call before it stands, as WPS carries each out when made). For
 * the k that add, name, hide or delete a sheet, and every STRIDE-th other k across the seed workbook: the clerk lifts
 * the protection and checks again — the workbook one check makes (values, formulas, looks, rules, lists, notes, names,
 * sheets, widths), never a 监控汇总 (2) or _PerfTargets (2), no stray Sheet6; the clerk types between the two checks —
 * their cells stay, and the workbook is the one a good check, their typing and a check make; Clear marks straight
 * after the refused run — the workbook as it was before any check. Not the record's name call: the empty Sheet2 it
 * leaves stays (wpsRefusedAddingSheet says why). recover69 / review69b gave Excel this
 * (tests/host/excel/limits, refusedAgain); this is its WPS side. Every k (171) takes ~6 min of CPU: the stride keeps
 * this under a minute and a half at normal load.
 */
import { cellName } from "../../src/core/a1";
import { MARKS_SHEET } from "../../src/core/types";
import { runCheck, runClear } from "../../src/host/wps/actions";
import { FakeWps, type FakeCell, type FakeModel, type FakeSheet } from "../host/wps/fake";
import { SETTINGS, TODAY, wpsClerk } from "./wpsClerk";

const clerk = wpsClerk("seed-one-sheet.xlsx");
const check = (fake: FakeWps) => runCheck(fake.app, SETTINGS, TODAY);

/** Two states alike (as text: a model from another realm compares alike with one from this test's). */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

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
function state(model: FakeModel) {
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

/** The clerk's two cells: a number typed right of every table, and a note below them. */
const TYPED: [row: number, col: number, value: string | number][] = [
  [8, 30, 50],
  [60, 1, "备注：8月数据待财务核对"],
];
function type(fake: FakeWps) {
  const sheet = fake.userSheet(clerk.user);
  for (const [row, col, value] of TYPED) sheet.Range(cellName(row, col)).Value2 = value;
}

/** Every STRIDE-th k is tried besides those of a sheet added, named, hidden or deleted. */
const STRIDE = 7;

test("WPS refuses a check part-way: the next check, the clerk's typing, and Clear marks each give what they give after a good run", () => {
  const original = state(clerk.open().model);
  const good = clerk.open();
  const from = good.protectableCalls;
  check(good);
  const calls = good.protectableCalls - from;
  // The record's name call (the second) is left to wpsRefusedAddingSheet: its Sheet2 stays, by design.
  const sheetCalls = good.structureCalls.map((k) => k - from).filter((_, i) => i !== 1);
  const once = state(good.model);
  type(good);
  check(good);
  const typedOnce = state(good.model);

  const ks = [
    ...new Set([...sheetCalls, ...Array.from({ length: calls }, (_, i) => i + 1).filter((k) => k % STRIDE === 1)]),
  ];
  const bad: unknown[] = [];
  for (const k of ks.sort((a, b) => a - b)) {
    const left = clerk.refusedAt(k);
    const again = new FakeWps(structuredClone(left));
    check(again);
    const now = state(again.model);
    if (!same(now, once)) bad.push({ k, then: "check", ...differs(now, once) });
    if (again.model.sheets.some((s) => /\(\d+\)$|^Sheet\d+$/.test(s.name))) bad.push({ k, then: "check", stray: true });

    const typed = new FakeWps(structuredClone(left));
    type(typed);
    check(typed);
    const typedNow = state(typed.model);
    if (!same(typedNow, typedOnce)) bad.push({ k, then: "typed, check", ...differs(typedNow, typedOnce) });

    const cleared = new FakeWps(structuredClone(left));
    runClear(cleared.app);
    const clearedNow = state(cleared.model);
    if (!same(clearedNow, original)) bad.push({ k, then: "clear", ...differs(clearedNow, original) });
  }
  expect(calls).toBeGreaterThan(100);
  expect(sheetCalls.length).toBeGreaterThanOrEqual(4); // the record added, hidden; the summary added, named
  expect(bad).toEqual([]);
}, 600_000);

/** What differs between two states, part by part (the test's message): the first lines of each that differ. */
function differs(now: ReturnType<typeof state>, want: ReturnType<typeof state>) {
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
