/**
 * breaker53: the clerk copies our red highlight for their own cells — 条件格式 → 管理规则 → 复制规则, then 应用于 changed
 * to A11:E15 (the indicator's 一级 / 二级 / 名称 cells of 1 办公用品采购) and an orange fill: the whole row shows red
 * where our 预警 says 红. Their rule's formula is ours to the letter, `OR($K11="红",$K11="red")`.
 * Before: the next check removed every rule of our recorded formula, theirs with ours, and wrote only ours again — the
 * clerk's rule was gone after one more check; Clear marks took it too. Now of two or more rules that would go, those
 * over the columns the record gives ours go (core/plan/ourRules.ts overOurColumns): the clerk's stays on every check
 * and after Clear marks, ours is written once, a third check changes nothing. Through the CLI's checked copy (the
 * file as Excel saves the new rule), the Excel add-in and WPS (strict fakes, each reading where the rules lie).
 */
import { cellName, rangeToA1 } from "../../src/core/a1";
import { bgr } from "../../src/host/wps/model";
import type { CellRange } from "../../src/core/types";
import { RED, SHEET, THEIR_CELLS, ruleHosts, ruleText, type RuleSteps } from "./ruleHosts";
import { addRule } from "./xlsxEdit";

jest.setTimeout(180_000);

const ORANGE = "FFC000";

/** The clerk's rule of `formula` over `ranges`, filled `fill` (RRGGBB), as each host takes it. */
const hosts = ruleHosts<[formula: string, ranges: CellRange[], fill: string]>({
  xlsx: (w, formula, ranges, fill) => addRule(w, SHEET, ranges, formula, fill),
  async excel(fake, formula, ranges, fill) {
    // Through Office.js, as 新建规则 makes it: a custom rule over the ranges, its formula and fill.
    const areas = fake.context.workbook.worksheets.getItem(SHEET).getRanges(ranges.map(rangeToA1).join(","));
    const cf = areas.conditionalFormats.add(Excel.ConditionalFormatType.custom);
    cf.custom.rule.formula = `=${formula}`;
    cf.custom.format.fill.color = `#${fill}`;
    await fake.context.sync();
  },
  wps(fake, formula, ranges, fill) {
    // Through WPS's object model: FormatConditions.Add over the ranges, with their first cell active (WPS reads a
    // formula's relative references from the active cell), then its fill.
    const ws = fake.app.ActiveWorkbook!.Worksheets.Item(SHEET);
    ws.Activate();
    ws.Range(rangeToA1(ranges[0])).Select();
    ws.Range(cellName(ranges[0].top, ranges[0].left)).Activate();
    const rule = ws.Range(ranges.map(rangeToA1).join(",")).FormatConditions.Add(2, undefined, `=${formula}`);
    rule.Interior.Color = bgr(fill);
  },
});

describe.each(hosts)("$name: the clerk's copy of our red highlight over their own cells", (host) => {
  const theirs = ruleText(RED, [THEIR_CELLS], ORANGE);
  let steps: RuleSteps;

  beforeAll(async () => {
    steps = await host.steps(() => [RED, [THEIR_CELLS], ORANGE]);
  });

  test("the edit added their rule beside ours", () => {
    expect(steps.checked.filter((r) => r.startsWith(`${RED} @`))).toHaveLength(1);
    expect(steps.edited).toEqual([...steps.checked, theirs].sort());
  });

  test("the next check keeps their rule and writes ours once; a third check changes nothing", () => {
    expect(steps.second).toEqual(steps.edited);
    expect(steps.third).toEqual(steps.second);
  });

  test("清除标记 takes ours and leaves theirs, after the checks or straight after the copy", () => {
    expect(steps.cleared).toEqual([theirs]);
    expect(steps.clearedAtOnce).toEqual([theirs]);
  });
});
