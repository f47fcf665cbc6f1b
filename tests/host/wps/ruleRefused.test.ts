/**
 * WPS refusing a highlight rule of ours (FormatConditions.Add: "对单个区域定义的条件格式不能超过三个") is said and the check
 * goes on; any other failure of Add is a failure of the check, said as WPS's error, as every other host error is.
 * Before: every error of Add was said to be that refusal — a slip of ours would have passed as the clerk's rules.
 */
import type { PlanOp } from "../../../src/core/plan/types";
import type { CellRange } from "../../../src/core/types";
import { runCheck } from "../../../src/host/wps/actions";
import { SETTINGS, TODAY, wpsClerk } from "../../scenarios/wpsClerk";
import { FakeWps, modelFromSnapshot, WpsError } from "./fake";

const clerk = wpsClerk("seed-per-sheet.xlsx");

type RuleOp = Extract<PlanOp, { op: "conditionalFormat" }>;
const meets = (a: CellRange, b: CellRange) =>
  a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;

/** Our rules on the sheets of a first check, as its plan adds them. */
function ourRules(): RuleOp[] {
  return runCheck(clerk.open().app, SETTINGS, TODAY).plan.ops.filter(
    (op): op is RuleOp => op.op === "conditionalFormat",
  );
}

test("Add failing for another reason (the range holds no three rules) fails the check with WPS's words", () => {
  const fake = clerk.open();
  // WPS fails in Add as it might for a formula of ours it cannot take: an error of the host's, not the three-rule limit.
  const faulty = fake as unknown as { formatConditions: (sheet: string, areas: CellRange[]) => object };
  const real = faulty.formatConditions.bind(fake);
  faulty.formatConditions = (sheet, areas) =>
    new Proxy(real(sheet, areas), {
      get: (target, key) =>
        key === "Add"
          ? () => {
              throw new WpsError("公式中包含错误");
            }
          : (Reflect.get(target, key) as unknown),
    });
  expect(() => runCheck(fake.app, SETTINGS, TODAY)).toThrow("WPS 报告错误：公式中包含错误");
});

test("the clerk's three rules over one cell of our range: our rules there are refused and said, the rest written", () => {
  const rules = ourRules();
  const first = rules[0];
  const cell = { ...first.ranges[0], bottom: first.ranges[0].top, right: first.ranges[0].left };
  const refusedHere = rules.filter((r) => r.sheet === first.sheet && r.ranges.some((x) => meets(x, cell)));
  expect(refusedHere.length).toBeGreaterThan(0);

  const fake = clerk.open();
  // Theirs over that one cell only (not our range itself): the range's collection holds three rules there.
  for (const formula of ["ISBLANK(A1)", "A1>1", "A1<0"])
    fake.sheet(first.sheet).rules.push({ ranges: [cell], formula });
  const { check } = runCheck(fake.app, SETTINGS, TODAY);
  expect(check?.diagnostics.filter((d) => d.message.includes("高亮规则")).map((d) => d.message)).toEqual([
    `WPS 未能在工作表「${first.sheet}」添加本工具的 ${refusedHere.length} 条高亮规则（同一区域的条件格式不能超过三个），其余已写入；同一区域已有您的条件格式规则时，删去或合并一条后再检查即可。`,
  ]);
  // Every other rule of ours is there: the clerk's three and ours but the refused.
  expect(fake.sheet(first.sheet).rules).toHaveLength(
    3 + rules.filter((r) => r.sheet === first.sheet).length - refusedHere.length,
  );
  const other = rules.find((r) => r.sheet !== first.sheet)!;
  expect(fake.sheet(other.sheet).rules).toHaveLength(rules.filter((r) => r.sheet === other.sheet).length);
});

describe("the fake: FormatConditions.Add over a range whose collection holds three rules", () => {
  function sheet() {
    const fake = new FakeWps(
      modelFromSnapshot({ sheets: [{ name: "表", originRow: 0, originCol: 0, values: [[null]], merges: [] }] }),
    );
    const ws = fake.app.ActiveWorkbook!.Worksheets.Item("表");
    ws.Activate();
    ws.Range("A1").Select();
    return ws;
  }

  test("a fourth rule meeting three is refused; Count says three there; a rule beside them is added", () => {
    const ws = sheet();
    ws.Range("A1:A5").FormatConditions.Add(2, undefined, "=$A1>1");
    ws.Range("A1:C1").FormatConditions.Add(2, undefined, "=$A1>2");
    ws.Range("A1,E5").FormatConditions.Add(2, undefined, "=$A1>3");
    expect(ws.Range("A1:B2").FormatConditions.Count).toBe(3);
    expect(() => ws.Range("A1:B2").FormatConditions.Add(2, undefined, "=$A1>4")).toThrow(WpsError);
    expect(ws.Range("B2:D4").FormatConditions.Count).toBe(0);
    expect(ws.Range("B2:D4").FormatConditions.Add(2, undefined, "=$A1>4").Type).toBe(2);
  });

  test("three rules over three different cells of a range of areas leave room on each cell: added", () => {
    const ws = sheet();
    for (const cell of ["A1", "C3", "E5"]) ws.Range(cell).FormatConditions.Add(2, undefined, "=$A1>1");
    expect(ws.Range("A1,C3,E5").FormatConditions.Count).toBe(3);
    ws.Range("A1,C3,E5").FormatConditions.Add(2, undefined, "=$A1>2");
    ws.Range("A1,C3,E5").FormatConditions.Add(2, undefined, "=$A1>3");
    expect(() => ws.Range("C3:D4").FormatConditions.Add(2, undefined, "=$A1>4")).toThrow(WpsError);
  });
});
