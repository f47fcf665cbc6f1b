/**
 * reader46 — a 得分 merged over several indicators' rows is the group's score, not each row's (黄石 2022 图书馆 自评表:
 * 10 merged over each 二级's rows, 产出指标(40分) over four 二级). Each row read the merged number as its own and was
 * weighed 40 / 6 = 6.67: seven false “得分 10，按规则应为 6.67 …”. Now the rows under one merged 得分 are one share of
 * their 一级's split, and the number is checked against the sum of their rule scores.
 */
import { checkWorkbook } from "../../../src/core/check";
import { DEFAULT_SETTINGS, type CellValue } from "../../../src/core/types";
import { sheet, workbook, type Cell } from "../read/grid";

/** A 湖北 自评表: 产出指标(40分) over 数量 (two rows, 得分 `quantity` merged over both), 质量, 时效 and 成本 (10 each). */
function form(quantity: CellValue, second: CellValue = "100%"): Cell[][] {
  return [
    ["2024年度培训项目自评表"],
    ["项目名称", "业务培训", "<", "<", "<", "<"],
    ["预算执行情况(万元) (20分)", null, "预算数(A)", "执行数(B)", "执行率(B/A)", "得分"],
    [null, "年度财政资金总额", 10, 10, "100%", 20],
    ["一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
    ["产出指标(40分)", "数量指标", "培训人次", "≥100人次", "120人次", quantity],
    ["^", "^", "培训覆盖率", "100%", second, "^"],
    ["^", "质量指标", "考核合格率", "≥90%", "95%", 10],
    ["^", "时效指标", "完成时间", "2024年12月底前", "2024年11月", 10],
    ["^", "成本指标", "人均成本", "≤500元", "480元", 10],
    ["效益指标(30分)", "社会效益指标", "业务能力提升", "明显提升", "明显提升", 30],
    ["满意度指标(10分)", "满意度指标", "学员满意度", "≥90%", "96%", 10],
  ];
}

function checked(rows: Cell[][]) {
  const check = checkWorkbook(workbook(sheet("S", rows)), { ...DEFAULT_SETTINGS, asOf: "2024-12-31" });
  const { selfEvaluation, scores } = check.tables[0];
  return {
    scores,
    total: selfEvaluation?.total ?? null,
    findings: selfEvaluation?.findings.map((f) => `${f.cell?.row},${f.cell?.col} ${f.message}`) ?? [],
  };
}

test("a 得分 merged over two rows is theirs together: 10 for 数量's two rows agrees, no finding, total counts it once", () => {
  expect(checked(form(10))).toEqual({
    scores: [5, 5, 10, 10, 10, 30, 10],
    total: 100,
    findings: [],
  });
});

test("a merged 得分 off the rows' sum is one finding at its cell, naming the rows", () => {
  // 培训覆盖率 at 80 % of 100 %: 4 of its 5; the group's rules give 9, not the 10 written.
  expect(checked(form(10, "80%"))).toEqual({
    scores: [5, 4, 10, 10, 10, 30, 10],
    total: 99,
    findings: [
      "5,5 “培训人次”等 2 项指标合并填写的得分 10，按规则应为 9",
      "6,4 “培训覆盖率”未完成目标（得分 4 / 5），应填写偏差原因及改进措施",
    ],
  });
});
