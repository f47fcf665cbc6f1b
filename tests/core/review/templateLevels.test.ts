/**
 * Issue 13: the review knows each template's own level names and does not report them — the NDRC 中央预算内投资
 * template (一级 实施效果指标 over 产出 / 效益 二级), 东莞's 效果指标, the 2021 template's 一级 成本指标, and a
 * scoring sheet's 项目决策 / 项目管理 rows (criteria of the score, not targets).
 */
import { reviewTables } from "../../../src/core/review/review";
import { DEFAULT_SETTINGS } from "../../../src/core/types";
import { makeTable, type Row } from "./makeTable";

const rulesOf = (rows: Row[]) => reviewTables([makeTable(rows)], DEFAULT_SETTINGS).map((f) => [f.rule, f.message]);
const levelFindings = (rows: Row[]) =>
  rulesOf(rows).filter(
    ([rule]) => rule === "level-type-error" || rule === "missing-level1" || rule === "not-measurable",
  );

test("NDRC 实施效果指标 over 产出 / 效益 二级: no level finding, 产出 and 效益 count as present", () => {
  const rows: Row[] = [
    ["实施效果指标", "产出指标", "新建校舍面积", "≥5000平方米"],
    ["", "产出指标", "工程验收合格率", "100%"],
    ["", "效益指标", "新增学位数", "≥900个"],
    ["满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"],
  ];
  expect(levelFindings(rows)).toEqual([]);
});

test("效果指标 and a 2021 一级 成本指标 are categories in their own words", () => {
  const rows: Row[] = [
    ["产出指标", "数量指标", "完成结算项目数", "3"],
    ["成本指标(0-20)分", "经济成本指标", "项目建设成本", "≤65万元"],
    ["效果指标", "社会效益指标", "补助款结算争议率", "0%"],
    ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
  ];
  expect(levelFindings(rows)).toEqual([]);
});

test("a scoring sheet's 项目决策 / 项目管理 rows are neither vague targets nor mis-levelled", () => {
  const rows: Row[] = [
    ["项目决策", "决策过程", "决策程序", "符合规定"],
    ["项目管理", "资金管理", "资金使用合规性", "合规"],
    ["产出指标", "数量指标", "培训人次", "≥100人次"],
    ["效益指标", "社会效益指标", "群众知晓率", "≥90%"],
    ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
  ];
  expect(levelFindings(rows)).toEqual([]);
});

test("an unknown 一级 is still reported", () => {
  expect(levelFindings([["其他指标", "数量指标", "次数", "3次"]]).map(([rule]) => rule)).toContain("level-type-error");
});

test("a target's own 二级 under a criterion word is a target mislabelled, reviewed as one (大英 2020)", () => {
  const rows: Row[] = [
    ["项目决策", "数量指标", "宣传次数", "至少全年完成2次宣传"],
    ["", "质量指标", "创建质量", "按质按量完成"],
    ["", "时效指标", "全年", "1-12月"],
    ["", "成本指标", "成本", "10万元"],
    ["项目效益", "社会效益指标", "提升全县消费者维权意识", "不断提升"],
    ["满意度指标", "满意度指标", "群众满意度", "90%"],
    // A scoring sheet's own criterion row stays no target.
    ["项目管理", "资金管理", "资金使用合规性", "合规"],
  ];
  expect(rulesOf(rows)).toEqual([
    ["missing-level1", "指标不够完整：缺少一级指标“产出指标”"],
    ["level-type-error", "一级/二级指标类型错误：一级指标“项目决策”不是产出、效益或满意度指标"],
    ["not-measurable", "指标不够细化、量化：质量指标“创建质量”应设定量化指标值，现为“按质按量完成”"],
  ]);
});
