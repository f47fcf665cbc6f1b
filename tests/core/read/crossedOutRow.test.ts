/**
 * 天长市水利局 项目支出绩效自评表 (2022年度, 水旱灾害防御经费; pages corpus: "天长市水利局水旱灾害防御股项目支出绩效自评",
 * published 2023-12-05), as published: the national self-evaluation template with its rows "指标1：… / 指标2： / ……",
 * the 一级 labels surviving only as "（50分）", and the 生态效益 row crossed out with "/" in every cell — a template row,
 * not an indicator with a target of "/".
 */
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { sheet, type Cell } from "./grid";

const TIANCHANG: Cell[][] = [
  ["项目支出绩效自评表"],
  ["（2022年度）"],
  ["项目名称", "水旱灾害防御经费", "<", "<", "<", "<", "<", "<"],
  ["主管部门", null, null, null, "实施单位", "天长市水利局", "<", "<"],
  ["项目资金（万元）", null, "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"],
  ["^", "年度资金总额：", 880, 880, 880, 10, null, 10],
  ["^", "其中：本年财政拨款", 880, 880, 880, "-", null, "-"],
  ["^", "上年结转资金", null, null, null, "-", null, "-"],
  ["^", "其他资金", null, null, null, "-", null, "-"],
  ["年度总体目标完成情况", "预期目标", "<", "<", "实际完成情况", "<", "<", "<"],
  [
    "^",
    "完成年度防汛工作，完成中型灌区节水改造项目和农业综合水价改革项目。",
    "<",
    "<",
    "完成年度目标。",
    "<",
    "<",
    "<",
  ],
  [
    "年度绩效指标完成情况",
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
  ],
  ["^", "（50分）", "数量指标", "指标1：完成中型灌区节水改造项目数量", 1, 1, 10, 10, null],
  ["^", "^", "^", "指标2：完成农业综合水价改革项目", 1, 1, 10, 10, null],
  ["^", "^", "^", "……", null, null, null, null, null],
  ["^", "^", "质量指标", "指标1：工程质量合格", null, null, 10, 10, null],
  ["^", "^", "^", "指标2：", null, null, null, null, null],
  ["^", "^", "时效指标", "指标1：年度资金支付完成率100%", null, null, 10, 10, null],
  ["^", "^", "成本指标", "指标1：资金执行在预算范围内", null, null, 10, 10, null],
  ["^", "（30分）", "经济效益指标", "指标1：全市安全度汛", null, null, 10, 10, null],
  ["^", "^", "生态效益指标", "指标1：/", "/", "/", null, null, null],
  ["^", "满意度指标（10分）", "服务对象满意度指标", "指标1：服务对象满意度", "90%", "100%", 10, 10, null],
  ["总分", "<", "<", "<", "<", "<", 100, 100, null],
];

describe("天长 2022: a template row crossed out with / is no indicator", () => {
  const { tables, diagnostics } = readWorkbook({ sheets: [sheet("S", TIANCHANG)] });
  const [t] = tables;

  test("the table: a self-evaluation of 2022, budget and spending 880 万元", () => {
    expect([t.kind, t.name, t.unitName, t.budgetYear, t.budget, t.spent?.value]).toEqual([
      "self-evaluation",
      "水旱灾害防御经费",
      "天长市水利局",
      2022,
      880,
      880,
    ]);
  });

  test("seven indicators; 指标1：/ with / as target and actual is not one of them, and is said", () => {
    expect(t.indicators.map((i) => i.name)).toEqual([
      "指标1：完成中型灌区节水改造项目数量",
      "指标2：完成农业综合水价改革项目",
      "指标1：工程质量合格",
      "指标1：年度资金支付完成率100%",
      "指标1：资金执行在预算范围内",
      "指标1：全市安全度汛",
      "指标1：服务对象满意度",
    ]);
    expect(diagnostics.map((d) => d.message)).toContain("第 21 行是模板留下的占位行（指标1：/），不是指标，未读取");
  });

  test("the satisfaction row: ≥ 90% against 100%", () => {
    const last = t.indicators.at(-1)!;
    expect([last.target.op, last.target.value, last.target.unit, last.actual?.value]).toEqual([">=", 90, "%", "100%"]);
  });
});
