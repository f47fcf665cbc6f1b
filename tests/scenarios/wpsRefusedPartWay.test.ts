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
import { runCheck, runClear } from "../../src/host/wps/actions";
import { FakeWps } from "../host/wps/fake";
import { differs, sameState, SETTINGS, state, TODAY, wpsClerk } from "./wpsClerk";

const clerk = wpsClerk("seed-one-sheet.xlsx");
const check = (fake: FakeWps) => runCheck(fake.app, SETTINGS, TODAY);

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
    if (!sameState(now, once)) bad.push({ k, then: "check", ...differs(now, once) });
    if (again.model.sheets.some((s) => /\(\d+\)$|^Sheet\d+$/.test(s.name))) bad.push({ k, then: "check", stray: true });

    const typed = new FakeWps(structuredClone(left));
    type(typed);
    check(typed);
    const typedNow = state(typed.model);
    if (!sameState(typedNow, typedOnce)) bad.push({ k, then: "typed, check", ...differs(typedNow, typedOnce) });

    const cleared = new FakeWps(structuredClone(left));
    runClear(cleared.app);
    const clearedNow = state(cleared.model);
    if (!sameState(clearedNow, original)) bad.push({ k, then: "clear", ...differs(clearedNow, original) });
  }
  expect(calls).toBeGreaterThan(100);
  expect(sheetCalls.length).toBeGreaterThanOrEqual(4); // the record added, hidden; the summary added, named
  expect(bad).toEqual([]);
}, 600_000);
