/**
 * One caption merged down the left of a self-evaluation's indicators giving the goals' points — `年度绩效目标(80分)` of
 * the 湖北 template whose money earns 20 (长江禁捕 2020, 襄阳 2021) — says the unit shared those points out itself: the
 * national split (产出 50, 效益 30, 满意度 10) is not its rule. It was applied: each of 长江禁捕's submitted 20 / 10 / 10 /
 * 40 was said wrong (“按规则应为 16.67”) and its right 总分 100 (20 + 80) said to be 80. A caption of 90 points is the
 * national split's own total, still scored by it.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { runPipeline, settingsFor } from "../../../src/core/pipeline";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";
import type { WorkbookSnapshot } from "../../../src/core/types";
import { sheet, workbook, type Cell } from "./grid";

function findings(snapshot: WorkbookSnapshot): string[] {
  const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: "2020-12-31" }, "2020-12-31"), { formulas: false });
  return run.check.tables.flatMap((t) => t.selfEvaluation?.findings.map((f) => f.message) ?? []);
}

const FORM = (caption: string, money = 20, scores = [20, 10, 10, 40]): Cell[][] => [
  ["2020年度长江禁捕项目自评表"],
  ["项目名称", "渔业成品油价格改革补贴", "<", "<", "<", "<", "<"],
  [`预算执行情况(万元)(${money}分)`, null, "<", "预算数(A)", "执行数(B)", "执行率(B/A)", `得分(${money}分*执行率)`],
  ["^", "年度财政资金总额", "<", 1.56, 1.56, 1, money],
  [caption, "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
  ["^", "产出指标", "数量指标", "补贴渔船数", 6, 6, scores[0]],
  ["^", "^", "质量指标", "渔船补贴发放率", "100%", "100%", scores[1]],
  ["^", "^", "时效指标", "12月底之前完成", "100%", "100%", scores[2]],
  ["^", "满意度指标", "服务对象满意度", "退捕渔民抽样调查满意度", "90%", "≥90%", scores[3]],
  ["总分", "<", "<", "<", "<", "<", 100],
];

test("年度绩效目标(80分): the unit's own shares of 80 are not said wrong", () => {
  expect(findings(workbook(sheet("长江禁捕", FORM("年度绩效目标(80分)"))))).toEqual([]);
});

test("年度绩效目标(90分) is the national split's total: still scored by it", () => {
  expect(findings(workbook(sheet("长江禁捕", FORM("年度绩效目标(90分)"))))).toContainEqual(
    expect.stringMatching(/得分 20，按规则应为/),
  );
});

// A caption whose points and the money's do not make 100 (money 10分 beside 60, 80 or 100) is no split of the form's
// 100 by the unit: the national split scores the indicators, as on main before the caption was read (no finding at all
// was said of 40 / 10 / 20 / 20).
test.each([60, 80, 100])("年度绩效目标(%i分) beside money of 10分: scored by the national split", (points) => {
  const said = findings(workbook(sheet("长江禁捕", FORM(`年度绩效目标(${points}分)`, 10, [40, 10, 20, 20]))));
  for (const score of [40, 10, 20, 20]) expect(said).toContainEqual(expect.stringMatching(`得分 ${score}，按规则应为`));
});

test("the published 长江禁捕 2020 form: no finding", () => {
  const file = join(__dirname, "../../fixtures/real/district-yangtze-fishing-ban-self-eval-2020.xlsx");
  expect(findings(readWorkbookBytes(readFileSync(file)).snapshot)).toEqual([]);
});
