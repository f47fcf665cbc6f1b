/**
 * Self-evaluation totals when the 分值 column is incomplete or does not add up (review34, docs/domain.md#self-evaluation):
 * a blank 分值 in a weighted block is no weight of its own; weights that do not make 100 are said and scored as
 * written; the total is never above 100; indicators that make 100 on their own leave the money out (中江).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { cellKey } from "../../../src/core/a1";
import { selfEvaluate } from "../../../src/core/selfeval/selfEvaluate";
import type { GoalTable } from "../../../src/core/types";
import { makeTable, type Row } from "../review/makeTable";
import { runPipeline, settingsFor } from "../../../src/core/pipeline";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";

const SETTINGS = { disabledRules: [] };

/** A 自评表 with budget execution 分值 10, all spent; weights as given (null: the 分值 cell left blank). */
function form(rows: [Row, number | null, string][]): GoalTable {
  const table = makeTable(
    rows.map(([r]) => r),
    { kind: "self-evaluation" },
  );
  table.budget = 100;
  table.spent = { cell: cellKey(2, 4), value: 100 };
  table.executionWeight = { cell: cellKey(2, 5), value: 10 };
  table.indicators.forEach((ind, i) => {
    ind.weight = rows[i][1];
    ind.actual = { cell: cellKey(ind.row, 4), value: rows[i][2] };
  });
  return table;
}

const weightFindings = (e: ReturnType<typeof selfEvaluate>) =>
  e!.findings.filter((f) => f.rule === "selfeval-weights").map((f) => f.message);

it("a blank 分值 in a weighted block gets no share of the block: scored on the weights written, and the sum said", () => {
  // 产出 20 + 20 + (blank); the clerk forgot one 分值 (it should be 10). Before: the blank got 50 / 3 → 106.67.
  const e = selfEvaluate(
    form([
      [["产出指标", "数量指标", "培训人次", "≥100人次"], 20, "120人次"],
      [["", "质量指标", "合格率", "≥90%"], 20, "95%"],
      [["", "时效指标", "完成时间", "2024年10月底前"], null, "2024年9月30日"],
      [["效益指标", "社会效益指标", "受益人数", "≥500人"], 30, "600人"],
      [["满意度指标", "服务对象满意度指标", "满意度", "≥90%"], 10, "95%"],
    ]),
    null,
    SETTINGS,
  )!;
  expect(e.indicatorScores).toEqual([20, 20, null, 30, 10]);
  expect(e.total).toBe(90);
  expect(weightFindings(e)).toEqual(["分值合计 90（预算执行 10 + 绩效指标 80），应为 100：按表内分值计分"]);
});

it("分值 that add up to 70 instead of 90: said once, scored as written (80, 良)", () => {
  const e = selfEvaluate(
    form([
      [["产出指标", "数量指标", "培训人次", "≥100人次"], 20, "120人次"],
      [["", "质量指标", "合格率", "≥90%"], 20, "95%"],
      [["效益指标", "社会效益指标", "受益人数", "≥500人"], 20, "600人"],
      [["满意度指标", "服务对象满意度指标", "满意度", "≥90%"], 10, "95%"],
    ]),
    null,
    SETTINGS,
  )!;
  expect({ total: e.total, grade: e.grade }).toEqual({ total: 80, grade: "良" });
  expect(weightFindings(e)).toEqual(["分值合计 80（预算执行 10 + 绩效指标 70），应为 100：按表内分值计分"]);
});

it("分值 that add up to more than 100 (10 + 95): said, and the total stops at 100", () => {
  const e = selfEvaluate(
    form([
      [["产出指标", "数量指标", "培训人次", "≥100人次"], 55, "120人次"],
      [["效益指标", "社会效益指标", "受益人数", "≥500人"], 30, "600人"],
      [["满意度指标", "服务对象满意度指标", "满意度", "≥90%"], 10, "95%"],
    ]),
    null,
    SETTINGS,
  )!;
  expect(e.total).toBe(100);
  expect(weightFindings(e)).toEqual([
    "分值合计 105（预算执行 10 + 绩效指标 95），应为 100：按表内分值计分，总分以 100 为限",
  ]);
});

it("indicators whose 分值 make 100 beside a money 分值 10: the 100 is the indicators', the money is not added", () => {
  const e = selfEvaluate(
    form([
      [["产出指标(70分)", "数量指标", "培训人次", "≥100人次"], 70, "120人次"],
      [["效益指标(20分)", "社会效益指标", "受益人数", "≥500人"], 20, "600人"],
      [["满意度指标(10分)", "服务对象满意度指标", "满意度", "≥90%"], 10, "95%"],
    ]),
    null,
    SETTINGS,
  )!;
  expect({ budget: e.budgetScore, total: e.total, findings: e.findings }).toEqual({
    budget: null,
    total: 100,
    findings: [],
  });
});

describe("real forms", () => {
  const evaluations = (file: string) => {
    const { snapshot } = readWorkbookBytes(readFileSync(join(__dirname, "../../fixtures/real", file)));
    const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: "2024-12-31" }, "2024-12-31"), {
      formulas: false,
    });
    return run.check.tables
      .filter((t) => t.selfEvaluation)
      .map((t) => ({ ...t.selfEvaluation!, indicatorScores: t.scores }));
  };

  it("萧县 (Anhui): the 其中… rows under the ★ rows are not weighted; the form's 分值 make 90 (no 满意度 block)", () => {
    // 产出指标(50分): ★ rows 20 + 10 + 10, 质量 5 + 5; seven 其中 rows blank. Before: each given 50 / 12 → 119.17.
    const [e] = evaluations("anhui-xiaoxian-farming-self-eval-2023.xlsx");
    expect(e.indicatorScores).toEqual([20, null, null, null, null, 10, null, 10, null, null, 5, 5, 20, 10]);
    expect(e.total).toBe(90);
    expect(e.findings.map((f) => f.message)).toEqual([
      "分值合计 90（预算执行 10 + 绩效指标 80），应为 100：按表内分值计分",
    ]);
  });

  it("中江 (Sichuan): 产出 70 + 效益 20 + 满意度 10 are the form's 100 (总分 分值 100); the clerk's 总分 100 is right", () => {
    const [e] = evaluations("sichuan-zhongjiang-self-eval-2022.xlsx");
    expect({ total: e.total, findings: e.findings.map((f) => f.message) }).toEqual({ total: 100, findings: [] });
  });
});
