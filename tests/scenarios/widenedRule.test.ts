/**
 * breaker53 found, rule53 fixed: the clerk WIDENS our red highlight itself — 条件格式 → 管理规则 → 编辑 应用于 from our
 * cells (F11:F15 J11:K15 …) to theirs and ours (A11:E15 F11:F15 J11:K15 …), still one rule, its formula ours to the letter
 * `OR($K11="红",$K11="red")`: the whole indicator row shows red.
 * Before: the next check took it as ours (by its formula), removed it and wrote ours again over our cells only — the
 * widening was lost; Clear marks removed it. Now a rule of our formula over our columns and more is theirs
 * (core/plan/ourRules.ts widened), as one whose formula they changed is: kept by every check and by Clear marks, ours
 * written once beside it, a third check changes nothing. CLI checked copy, Excel add-in and WPS (strict fakes).
 */
import { parseA1Ranges } from "../../src/core/a1";
import type { CellRange } from "../../src/core/types";
import { RED, SHEET, THEIR_CELLS, ruleHosts, ruleText, type RuleSteps } from "./ruleHosts";
import { widenRule } from "./xlsxEdit";

jest.setTimeout(180_000);

/** The one rule of `formula` in a host's model (the state the clerk's edit leaves is set up there). */
function only<R extends { formula: string }>(rules: R[], formula: string): R {
  const found = rules.filter((r) => r.formula.replace(/^=/, "") === formula);
  if (found.length !== 1) throw new Error(`${found.length} rules of ${formula}`);
  return found[0];
}

/** The clerk's edit of 应用于 of the rule of `formula`: now over `ranges`, the rule otherwise as it was. */
const hosts = ruleHosts<[formula: string, ranges: CellRange[]]>({
  xlsx: (w, formula, ranges) => widenRule(w, SHEET, formula, ranges),
  excel(fake, formula, ranges) {
    // Office.js cannot change a rule's ranges; the clerk does it in Excel (管理规则), so the test sets it up.
    only(fake.model.sheets.find((s) => s.name === SHEET)!.cfs, formula).ranges = ranges;
  },
  wps(fake, formula, ranges) {
    // The clerk's edit in WPS's 管理规则, set up in the fake's model (the add-in never changes a rule's ranges).
    only(fake.model.sheets.find((s) => s.name === SHEET)!.rules, formula).ranges = ranges;
  },
});

const cases = hosts.flatMap((host) => [
  { host, inserted: false, title: `${host.name}: the clerk widens our red highlight over their own cells too` },
  {
    host,
    inserted: true,
    title: `${host.name}: the clerk inserts a column at A, then widens our (moved) red highlight over their cells`,
  },
]);

describe.each(cases)("$title", ({ host, inserted }) => {
  let steps: RuleSteps;
  let ours: string;
  let widened: string;

  // After the inserted column our formula tests $L (Excel moves the references with the cells) and theirs are B:F.
  const red = inserted ? RED.replace(/\$K/g, "$L") : RED;
  const theirs = inserted ? { ...THEIR_CELLS, left: 1, right: 5 } : THEIR_CELLS;

  beforeAll(async () => {
    steps = await host.steps((checked) => {
      ours = checked.find((r) => r.startsWith(`${red} @`))!;
      const [, place, fill] = / @ (.*) (\w*)$/.exec(ours)!;
      const wider = [theirs, ...parseA1Ranges(place)];
      widened = ruleText(red, wider, fill);
      return [red, wider];
    }, inserted);
  });

  test("the edit widened our rule: still one rule of our formula, over their cells and ours", () => {
    expect(steps.checked.filter((r) => r.startsWith(`${red} @`))).toHaveLength(1);
    expect(steps.edited).toEqual(steps.checked.map((r) => (r === ours ? widened : r)).sort());
  });

  test("the next check keeps the widened rule and writes ours once beside it; a third check changes nothing", () => {
    // WPS refuses a fourth rule over a cell (said by the check: stats.refusedRules): our blue has no room beside the
    // clerk's widened red, our red and yellow. Nothing of the clerk's is lost for it.
    const blue = (r: string) => host.threePerCell === true && /^OR\(\$[KL]11="蓝"/.test(r);
    expect(steps.second).toEqual([...steps.edited, ours].filter((r) => !blue(r)).sort());
    if (host.threePerCell) expect(steps.refused).toBe(1);
    expect(steps.third).toEqual(steps.second);
  });

  test("清除标记 takes ours and leaves the widened rule, after the checks or straight after the edit", () => {
    expect(steps.cleared).toEqual([widened]);
    expect(steps.clearedAtOnce).toEqual([widened]);
  });
});
