/**
 * A plainly hidden sheet (右键 → 隐藏, not very hidden) holding a goal table, checked in WPS on its strict fake, while the
 * clerk works on another sheet with a few cells selected.
 * Before: to anchor a highlight rule the adapter activated the rule's sheet, which WPS refuses for a hidden sheet (no tab
 * to click): the whole check failed. And the selection of every sheet a rule went on was left on the rule's first cell.
 * Now the hidden sheet is shown for as long as its rules take and hidden again; it is checked and marked like a visible
 * one, and after the check (also one that fails half-way) the clerk sees what they saw: the same sheet active, the same
 * cells selected, the same active cell, on every sheet, and the hidden sheet still hidden. Twice is once.
 */
import { MARKS_SHEET } from "../../src/core/types";
import type { PlanOp } from "../../src/core/plan/types";
import { runCheck } from "../../src/host/wps/actions";
import { WpsError, type FakeWps } from "../host/wps/fake";
import { SETTINGS, TODAY, wpsClerk } from "./wpsClerk";

const HIDDEN = "3 劳务费";

/** The workbook with HIDDEN hidden (or not), the clerk on their own sheet with C5:E9 selected and D7 active. */
const clerk = wpsClerk("seed-per-sheet.xlsx", HIDDEN);

/** What the clerk sees: the active sheet and cell, each of their sheets' selection, which sheets are hidden. */
const viewOf = (fake: FakeWps) => ({
  active: fake.active,
  sheets: clerk.seed.sheets.map(({ name }) => ({
    name,
    visible: fake.sheet(name).visible,
    ...structuredClone(fake.view(name)),
  })),
});

/** What the workbook holds, our record's text aside (it changes with each run). */
const heldOf = (fake: FakeWps) =>
  fake.model.sheets
    .filter((s) => s.name !== MARKS_SHEET)
    .map((s) => ({
      name: s.name,
      cells: [...s.cells].sort(),
      rules: structuredClone(s.rules),
      validations: [...s.validations].sort(),
      comments: [...s.comments].sort(),
    }));

test("the hidden sheet is checked and marked as a visible one is; it stays hidden, the clerk's view unchanged; twice is once", () => {
  const plain = clerk.open(false);
  const shownReport = runCheck(plain.app, SETTINGS, TODAY);

  const fake = clerk.open();
  const before = viewOf(fake);
  expect(before.active).toEqual({ sheet: clerk.user, row: 6, col: 3 });
  expect(before.sheets.find((s) => s.name === HIDDEN)?.visible).toBe(0);
  const { check } = runCheck(fake.app, SETTINGS, TODAY);
  expect(check?.tables.map((t) => t.table.sheet)).toContain(HIDDEN);
  // Its monitoring columns, drop-downs and highlight rules, the same as when it is shown (rules anchored alike).
  const mine = heldOf(fake).find((s) => s.name === HIDDEN)!;
  expect(mine.rules.length).toBeGreaterThan(0);
  expect(mine).toEqual(heldOf(plain).find((s) => s.name === HIDDEN));
  expect(shownReport.check?.tables.length).toBe(check?.tables.length);
  expect(viewOf(fake)).toEqual(before);

  const once = heldOf(fake);
  runCheck(fake.app, SETTINGS, TODAY);
  expect(heldOf(fake)).toEqual(once);
  expect(viewOf(fake)).toEqual(before);
});

test("a check that fails half-way on the hidden sheet still leaves it hidden and the clerk's view as it was", () => {
  // WPS fails while our first highlight's look is set there (an error of the host's, as a busy or locked workbook
  // gives one): the check stops while the hidden sheet is shown to anchor the rule.
  const fake = clerk.open();
  const faulty = fake as unknown as { formatCondition: (sheet: string, rule: unknown) => object };
  const real = faulty.formatCondition.bind(fake);
  faulty.formatCondition = (sheet, rule) =>
    sheet !== HIDDEN
      ? real(sheet, rule)
      : new Proxy(real(sheet, rule), {
          get: (target, key) => {
            if (key === "Interior") throw new WpsError("设置条件格式时出错");
            return Reflect.get(target, key) as unknown;
          },
        });
  const before = viewOf(fake);
  expect(() => runCheck(fake.app, SETTINGS, TODAY)).toThrow(/设置条件格式时出错/);
  expect(viewOf(fake)).toEqual(before);
});

test("WPS refusing one highlight on the hidden sheet (three rules of the clerk's on its range) is said; the sheet stays hidden", () => {
  // The clerk's file already has three rules of theirs on the range our first highlight goes on: WPS refuses a
  // fourth there (FormatConditions.Add: "对单个区域定义的条件格式不能超过三个"); the rest of the check is written.
  const probe = clerk.open(false);
  const ours = runCheck(probe.app, SETTINGS, TODAY).plan.ops.find(
    (op): op is Extract<PlanOp, { op: "conditionalFormat" }> => op.op === "conditionalFormat" && op.sheet === HIDDEN,
  )!;
  expect(ours).toBeDefined();
  const fake = clerk.open();
  for (const formula of ["ISBLANK(A1)", "A1>1", "A1<0"])
    fake.sheet(HIDDEN).rules.push({ ranges: structuredClone(ours.ranges), formula });
  const before = viewOf(fake);
  const { check } = runCheck(fake.app, SETTINGS, TODAY);
  expect(check?.diagnostics.filter((d) => d.message.includes("高亮规则")).map((d) => d.message)).toEqual([
    `WPS 未能在工作表「${HIDDEN}」添加本工具的 3 条高亮规则（同一区域的条件格式不能超过三个），其余已写入；同一区域已有您的条件格式规则时，删去或合并一条后再检查即可。`,
  ]);
  expect(viewOf(fake)).toEqual(before);
});
