/**
 * breaker60 (breaker59's leftover): in WPS 表格 the clerk's own three highlight rules cover a goal sheet's indicator rows,
 * so WPS refuses every rule of ours there (FormatConditions.Add: "对单个区域定义的条件格式不能超过三个"); the check says so.
 * The record still named those rules, so the next check found none of them on the sheet and said, at every check, that
 * the clerk had deleted ours and that they were added again — neither true. The record names only the rules WPS added
 * now: the next check says the refusal again (still true) and nothing about rules deleted; once the clerk takes their
 * rules off, ours are added without a word about deleted ones; a check after that changes nothing.
 */
import type { PlanOp } from "../../src/core/plan/types";
import type { CellRange } from "../../src/core/types";
import { runCheck } from "../../src/host/wps/actions";
import type { FakeWps } from "../host/wps/fake";
import { SETTINGS, TODAY, wpsClerk } from "./wpsClerk";

const clerk = wpsClerk("seed-per-sheet.xlsx");

type RuleOp = Extract<PlanOp, { op: "conditionalFormat" }>;
const check = (fake: FakeWps) => {
  const run = runCheck(fake.app, SETTINGS, TODAY);
  const rules = run.plan.ops.filter((op): op is RuleOp => op.op === "conditionalFormat");
  return {
    rules,
    deleted: run.plan.messages.filter((m) => m.includes("高亮规则")),
    refused: run.check!.diagnostics.filter((d) => d.message.includes("高亮规则")).map((d) => d.message),
  };
};

test("the clerk's three rules over a sheet's rows: ours refused and said at each check, never called deleted", () => {
  const fake = clerk.open();
  const first = check(fake);
  const sheet = first.rules[0].sheet;
  const ours = first.rules.filter((r) => r.sheet === sheet);
  expect(first.deleted).toEqual([]);
  expect(first.refused).toEqual([]);
  // The clerk's three rules, over every row and column our rules cover there (开始 → 条件格式 → 新建规则, three times).
  const all = ours.flatMap((r) => r.ranges);
  const cover: CellRange = {
    top: Math.min(...all.map((r) => r.top)),
    left: 0,
    bottom: Math.max(...all.map((r) => r.bottom)),
    right: Math.max(...all.map((r) => r.right)),
  };
  const theirs = ["ISBLANK($A1)", "$A1>1", "$A1<0"].map((formula) => ({ ranges: [cover], formula }));
  fake.sheet(sheet).rules.push(...theirs);
  const refusal = `WPS 未能在工作表「${sheet}」添加本工具的 ${ours.length} 条高亮规则（同一区域的条件格式不能超过三个），其余已写入；同一区域已有您的条件格式规则时，删去或合并一条后再检查即可。`;
  for (let k = 0; k < 3; k++) {
    const again = check(fake);
    expect(again.refused).toEqual([refusal]);
    // Before: from the second check on, "…高亮规则（条件格式）已被删除或改成了您的规则，本次检查…重新加上了" at every check.
    expect(again.deleted).toEqual([]);
    expect(fake.sheet(sheet).rules.map((r) => r.formula)).toEqual(theirs.map((r) => r.formula));
  }
  // The clerk takes theirs off: ours are added, nothing said about deleted rules; once more changes nothing.
  fake.sheet(sheet).rules.length = 0;
  const freed = check(fake);
  expect([...freed.deleted, ...freed.refused]).toEqual([]);
  expect(fake.sheet(sheet).rules.map((r) => r.formula)).toEqual(ours.map((r) => r.formula));
  const model = structuredClone(fake.model);
  const last = check(fake);
  expect([...last.deleted, ...last.refused]).toEqual([]);
  expect(fake.model).toEqual(model);
});
