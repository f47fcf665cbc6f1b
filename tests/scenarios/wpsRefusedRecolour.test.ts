/**
 * recover71b: the clerk recolours every highlight rule of ours (管理规则 → 编辑规则 → 格式: purple, bold), then WPS 表格 refuses
 * the next check part-way (a sheet protected mid-run, the host fake's `protectAt`), the clerk lifts the protection and
 * checks again. WPS deletes a rule the plan adds again long before it adds it (two rules of ours already fill a range's
 * three), so a check refused in between left the rule gone and its look known only to that run: the next check added ours
 * back. The provisional record now carries the looks of the rules the run removes (Marks.ruleLooksOwed), and the next
 * check gives the clerk's look back: = a finished check of the recoloured workbook, rules, looks and cells.
 */
import { runCheck } from "../../src/host/wps/actions";
import { FakeWps, type FakeModel } from "../host/wps/fake";
import { SETTINGS, TODAY, differs, state, wpsClerk } from "./wpsClerk";

const clerk = wpsClerk("seed-one-sheet.xlsx");

const PURPLE = 0x800080;

/** The workbook after one check, each of our rules recoloured by the clerk. */
function recoloured(): FakeModel {
  const fake = clerk.open();
  runCheck(fake.app, SETTINGS, TODAY);
  const rules = fake.model.sheets.flatMap((s) => s.rules);
  expect(rules.length).toBeGreaterThan(0);
  for (const r of rules) Object.assign(r, { fill: PURPLE, font: 0xffffff, bold: true });
  return fake.model;
}

test("a check refused part-way after the clerk recoloured our highlight rules: the next check keeps their colours", () => {
  const good = new FakeWps(recoloured());
  runCheck(good.app, SETTINGS, TODAY);
  const once = state(good.model);
  const wrong: string[] = [];
  // Every third write of the whole check (each rule's removal, its addition and each part of its look among them).
  for (let k = 1; k <= good.protectableCalls; k += 3) {
    const fake = new FakeWps(recoloured());
    fake.protectAt(k);
    expect(() => runCheck(fake.app, SETTINGS, TODAY)).toThrow(/受保护/);
    for (const s of fake.model.sheets) s.protected = false;
    fake.model.structureProtected = false;
    runCheck(fake.app, SETTINGS, TODAY);
    const diff = differs(state(fake.model), once);
    // On int71: ours again on the rules from k 4 on (`rules`: + our colours, - the clerk's purple).
    for (const [part, lines] of Object.entries(diff)) wrong.push(`k ${k} ${part}: ${lines[0]}`);
  }
  expect(wrong).toEqual([]);
});
