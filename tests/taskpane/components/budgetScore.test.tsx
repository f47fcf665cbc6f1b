/** @jest-environment jsdom */
/**
 * The 自评 tab's 预算执行得分 as a finance officer checks it: whose number it is (ours, by the rule, not the unit's), how
 * it was reached (执行数 ÷ 预算数 × 分值), and what the unit typed beside it. Real self-evaluation forms through the core.
 */
import "../jsdomSetup";
import { render, screen, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkWorkbook } from "../../../src/core/check";
import { parseStoredSettings, toJudgeSettings } from "../../../src/core/settings";
import type { BudgetScoreBasis, CheckedTable } from "../../../src/core/types";
import { snapshotFromXlsx } from "../../../src/host/xlsx/snapshot";
import { SelfEvalSection } from "../../../src/taskpane/components/Sections/SelfEvalSection";
import { LangContext } from "../../../src/taskpane/strings";
import type { Lang } from "../../../src/core/locale/messages";

const LAYOUTS = join(__dirname, "..", "..", "fixtures", "layouts");

async function selfEvaluations(file: string): Promise<CheckedTable[]> {
  const { snapshot } = await snapshotFromXlsx(readFileSync(join(LAYOUTS, file)));
  const result = checkWorkbook(snapshot, toJudgeSettings(parseStoredSettings(null), "2024-12-31"));
  return result.tables.filter((c) => c.selfEvaluation);
}

function show(tables: CheckedTable[], lang: Lang = "zh") {
  render(
    <LangContext.Provider value={lang}>
      <SelfEvalSection tables={tables} onSelect={() => undefined} />
    </LangContext.Provider>,
  );
  const block = screen.getByTestId("budget-score");
  return [...block.children].map((e) => e.textContent);
}

describe("预算执行得分: whose number, how reached, what the unit typed", () => {
  it("the national form: ours from 执行数 ÷ 预算数 × 分值, the unit's 9 beside it, not the same", async () => {
    expect(show(await selfEvaluations("national-self-eval.xlsx"))).toEqual([
      "预算执行得分（本工具按规则计算）：8.62",
      "执行数 37.24 ÷ 预算数 43.2 = 执行率 86.2%，× 分值 10",
      "单位填报的得分：9，与计算不符（见下方核对发现）",
    ]);
    // The finding that says so is listed under it, after the 执行率 H6 beside it (reading order, clerk67).
    expect(within(screen.getByTestId("self-evaluation")).getAllByTestId("finding")[1].textContent).toContain(
      "预算执行得分 9，按规则应为 8.62",
    );
  });

  it("四川's form: the unit's score is ours", async () => {
    expect(show(await selfEvaluations("sichuan-self-eval.xlsx"))).toEqual([
      "预算执行得分（本工具按规则计算）：9.6",
      "执行数 38.4 ÷ 预算数 40 = 执行率 96%，× 分值 10",
      "单位填报的得分：9.6，与计算一致",
    ]);
  });

  it("in English", async () => {
    expect(show(await selfEvaluations("national-self-eval.xlsx"), "en")).toEqual([
      "Budget execution score (computed by this add-in by the rules): 8.62",
      "spent 37.24 ÷ budget 43.2 = rate 86.2%, × weight 10",
      "The unit's own score: 9, not the same (see the findings below)",
    ]);
  });

  describe("the other ways the core reaches it (its basis as selfEvaluate gives it)", () => {
    async function withBasis(budgetScore: number | null, basis: BudgetScoreBasis | null) {
      const [checked] = await selfEvaluations("national-self-eval.xlsx");
      return [{ ...checked, selfEvaluation: { ...checked.selfEvaluation!, budgetScore, budgetBasis: basis } }];
    }
    const typed = { submitted: null, submittedCell: null, submittedAgrees: null };

    it("a 预算执行率 row's own rate, over 100 %: said as the unit's rate, capped", async () => {
      const basis = { rate: 104, spent: null, budget: null, weight: 20, counted: true, ...typed };
      expect(show(await withBasis(20, basis))).toEqual([
        "预算执行得分（本工具按规则计算）：20",
        "单位在“预算执行率”行填写的执行率 104%（超过 100% 按 100% 计） × 分值 20",
        "单位没有填报这项得分",
      ]);
    });

    it("the indicators' 分值 already 100: no points, and why", async () => {
      const basis = { rate: 96, spent: 38.4, budget: 40, weight: 10, counted: false, ...typed };
      expect(show(await withBasis(null, basis))).toEqual([
        "预算执行得分（本工具按规则计算）：不计分",
        "表中绩效指标的分值已合计 100，预算执行不另计分（执行率 96%）",
      ]);
    });

    it("no 执行数 or 预算数: cannot be computed, and why", async () => {
      expect(show(await withBasis(null, null))).toEqual([
        "预算执行得分（本工具按规则计算）：无法计分",
        "没有读到执行数或预算数，无法计算",
      ]);
    });
  });
});
