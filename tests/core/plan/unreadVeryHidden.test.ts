/**
 * review43: a sheet checked before and made very hidden since (VBA, or another add-in) is not read — the read says so
 * (工作表「…」深度隐藏，未检查) and the plan leaves it alone. It was also told as a table no longer found there (“上次检查过的表
 * 这次未读到（表头可能已改动，或表已移动、删除）”): a cause the clerk goes looking for and does not find.
 */
import { buildPlan } from "../../../src/core/plan/buildPlan";
import { applyToSnapshot } from "./applyToSnapshot";
import { checkOf, goalTable, sheet, snapshotOf, tableResult, tableRows } from "./fixtures";

const [A, B] = ["办公用品", "印刷费"];
const options = { formulas: true, lang: "zh" as const };

test("a sheet made very hidden since the check is not called a table no longer read", () => {
  const snapshot = snapshotOf(sheet(A, tableRows()), sheet(B, tableRows()));
  const first = buildPlan(snapshot, checkOf([goalTable(A), goalTable(B)], [tableResult(), tableResult()]), options);
  const after = applyToSnapshot(snapshot, first);
  after.sheets.find((s) => s.name === B)!.veryHidden = true;
  const hiddenB = buildPlan(after, checkOf([goalTable(A)], [tableResult()]), options);
  expect(hiddenB.messages.filter((m) => m.includes("未读到"))).toEqual([]);
  expect(hiddenB.ops.filter((o) => "sheet" in o && o.sheet === B)).toEqual([]);
  // A sheet in view whose table is not read is still said, once.
  after.sheets.find((s) => s.name === B)!.veryHidden = false;
  const unreadB = buildPlan(after, checkOf([goalTable(A)], [tableResult()]), options);
  expect(unreadB.messages.filter((m) => m.startsWith(`工作表「${B}」上次检查过的表这次未读到`))).toHaveLength(1);
});
