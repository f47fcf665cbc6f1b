/**
 * Text with figures that are no target of the user's: the prose reader must give nothing for it (a false indicator
 * gives a wrong red finding on an official submission; "no table found" is the honest answer). Sources of the real
 * texts are named beside each; "composed" marks a sentence written for the test in the wording such texts use.
 */
import { extractProseTargets, proseTables } from "../../../src/core/prose/extractProse";
import { readWorkbook } from "../../../src/core/read";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/types";

const names = (text: string) => extractProseTargets(text).map((p) => [p.name, p.text]);

describe("extractProseTargets: figures that are no target", () => {
  it.each([
    // 江苏 宜兴 2016 基本公共卫生服务项目绩效评价 (yixing.gov.cn, 2017-04-20), column 评分规则
    "查阅资料,根据评价指标得分,≥70%得3分,≥65%得1分,<65%不得分",
    "查阅资料,根据评价指标得分,≥85%得3分,≥80%得1分,<80%不得分",
    "预算完成率超出正负10%不得分",
    "实际支出率≠100%则不得分",
    // 湖南 部门整体支出绩效评价指标 (共性指标表, 评价标准 column; PDF mirrored at yabovip8.sbs/html/2024/1115/8017113143006143.shtm)
    "在职人员控制率≤100%，计1分；每超过一个百分点扣0.1分，扣完为止。",
    // composed, the usual 评分标准 wording
    "覆盖率≥90%得满分，每降低1%扣1分",
    "达到95%以上的计满分，未达到的酌情扣分",
  ])("a scoring rule: %s", (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    // 宜兴 2016 (as above), column 评价指标: the rate's formula
    "居民电子健康档案建档率=建立电子健康档案人数/辖区内常住居民数*100%",
    // 湖南 共性指标表 (as above), column 指标解释
    "在职人员控制率=（在职人员数/编制数）×100%",
    // 宜兴 2016 (as above): a count inside the ratio
    "儿童健康管理率=年度辖区内接受1次及以上随访的0-6岁儿童数/年度辖区内应管理的0-6岁儿童数*100%",
  ])("a formula: %s", (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    // the example a helper met in a 备注 column (composed after the national template's hints ≥**%)
    "注：指标值请填写≥90%等",
    "定量指标应填写具体数值，如：≥95%、≤3个月",
    "指标值示例：完成率100%，满意度≥90%",
  ])("an instruction for filling the form: %s", (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    // 2022年度单位决算情况说明 (dyrmt.com/article-133619-2.html): 收入支出决算总体情况说明, 收入决算情况说明
    "2022年度收、支总计各是4125.49,4143.91万元。与2021年相比,收、支总计各减少1267.86,2570.97万元,各下降23.51%、38.28%。主要变动原因是天府旅游名县创建工作完成,项目收入减少。",
    "2022年本年收入合计4125.49万元,其中:一般公共预算财政拨款收入3859.16万元,占93.54%;政府性基金预算财政拨款收入0万元,占0%;其他收入266.33万元,占6.46%。",
    // 重庆 丰都县公安局 2022年度辅警人员经费绩效自评工作报告 (cqfd.gov.cn, 2023-06-27): (二)项目资金情况
    "全年预算数2565万元,全年执行数2565万元,预算执行率100%。",
    // reader70: 湖北's 自评结果 — 湖北科技学院 2021 本专科生奖助学金 (xxgkw.hbust.edu.cn/info/1243/1928.htm), 1、执行率情况
    "2021年本专科生奖助学金项目实际下达预算2596万元,全年度实际总支出2595.6208 万元,项目预算执行率99%。",
    // a school's 2022年度校园维修改造与设备购置项目自评结果 (wap.qianlima.com/zb/detail/20230815_368034370.html)
    "年初预算300万元,实际预算300万元,全年执行300万元,执行率100%,自评分20分。",
  ])("money reported in a 决算说明 or a self-evaluation report: %s", (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    // composed: a 政策依据 paragraph quoting a plan; the plan's figure is not the unit's target for the year
    "《“十四五”国民健康规划》提出，到2025年儿童健康管理率达到90%以上",
    "根据《关于进一步加强基层医疗卫生服务的意见》要求，到2025年家庭医生签约覆盖率达到75%以上",
    // composed: meeting minutes
    "会议指出，全年支出进度要达到85%以上",
  ])("policy or minutes: %s", (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ["政府采购中小企业预留份额占30%以上", [["政府采购中小企业预留份额占", "30%以上"]]],
    ["力争全年一般公共预算收入比上年增长6%", [["一般公共预算收入比上年", "增长6%"]]],
    ["部门决算报送及时率100%", [["部门决算报送及时率", "100%"]]],
    [
      "培训合格率达到95%，如期完成率100%",
      [
        ["培训合格率", "达到95%"],
        ["如期完成率", "100%"],
      ],
    ],
    ["群众来信7日内程序性回复率达到100%", [["群众来信7日内程序性回复率", "达到100%"]]],
    // dyrmt.com/article-132779-22.html (自评表): a target written with = and a formula in brackets
    ["足额保障率=100%", [["足额保障率", "=100%"]]],
    // composed: an execution rate aimed at for the year (not money reported)
    ["全年执行率达到90%以上", [["执行率", "达到90%以上"]]],
    // review70: goals naming the year's execution or spending, with no money reported (read on main, lost with reader70)
    ["全年执行进度达到100%", [["执行进度", "达到100%"]]],
    ["全年执行预算进度不低于90%", [["执行预算进度", "不低于90%"]]],
    ["确保实际支出率达到95%", [["实际支出率", "达到95%"]]],
    ["项目资金实际下达率达到100%", [["项目资金实际下达率", "达到100%"]]],
  ])("still reads a target beside those words: %s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("proseTables on a table the reader does not understand", () => {
  const snapshot = (values: CellValue[][]): WorkbookSnapshot => ({
    sheets: [{ name: "绩效评价", originRow: 0, originCol: 0, values, merges: [] }],
  });

  it("makes no indicator of a 评分规则 column (宜兴 2016, yixing.gov.cn 2017-04-20, without its value columns)", () => {
    const s = snapshot([
      ["考核内容", "评价指标", "权重分值", "评分规则"],
      ["1.预算投入资金", "预算完成率", 1, "预算完成率超出正负10%不得分"],
      ["2.实际支出", "实际支出率", 1, "实际支出率≠100%则不得分"],
      [
        "居民电子健康档案建档数",
        "居民电子健康档案建档率=建立电子健康档案人数/辖区内常住居民数*100%",
        5,
        "查阅资料,根据评价指标得分,≥70%得3分,≥65%得1分,<65%不得分",
      ],
    ]);
    expect(proseTables(s, readWorkbook(s))).toEqual([]);
  });
});

it.each([
  ["参会人数不少于200人次", [["参会人数", "不少于200人次"]]],
  ["考核得分不低于90分的单位占比达到80%", [["考核得分不低于90分的单位占比", "达到80%"]]],
])("a target that only looks like minutes or a score: %s", (text, expected) => {
  expect(names(text)).toEqual(expected);
});

describe("proseTables: text labelled as no goals, beside goals that still read", () => {
  const book = (...sheets: [string, CellValue[][]][]): WorkbookSnapshot => ({
    sheets: sheets.map(([name, values]) => ({ name, originRow: 0, originCol: 0, values, merges: [] })),
  });
  const read = (s: WorkbookSnapshot) =>
    proseTables(s, readWorkbook(s)).map((t) => [t.sheet, t.name, t.indicators.map((i) => [i.name, i.targetText])]);
  const GOALS = "绩效指标：全年举办培训不少于3场；培训合格率达到95%以上。";
  const GOALS_READ = [
    ["举办培训", "不少于3场"],
    ["培训合格率", "达到95%以上"],
  ];

  // The notes below are composed in the wording of the national template's 填表说明 and of 备注 columns.
  it("a 填表说明 below the goals (up to the next table): its figures are advice, not targets", () => {
    const s = book([
      "目标",
      [
        ["部门整体绩效目标"],
        [GOALS],
        [null],
        ["填表说明："],
        ["1.指标值结合实际设定，定量指标一般不低于上年水平，覆盖率原则上达到90%以上"],
      ],
    ]);
    expect(read(s)).toEqual([["目标", "部门整体绩效目标", GOALS_READ]]);
  });

  it("goals under 二、年度绩效目标 still read below 一、部门基本情况说明 (the nearest heading decides)", () => {
    const s = book([
      "目标",
      [
        ["一、部门基本情况说明"],
        ["本部门内设机构5个，负责全县司法救助和法治宣传工作，编制人数32人"],
        ["二、年度绩效目标"],
        [GOALS],
      ],
    ]);
    expect(read(s)).toEqual([["目标", "年度绩效目标", GOALS_READ]]);
  });

  it("a cell opening with 注: / 备注:", () => {
    const s = book(["目标", [["部门整体绩效目标"], [GOALS], ["注：本表执行率按不低于90%掌握，金额单位为万元"]]]);
    expect(read(s)).toEqual([["目标", "部门整体绩效目标", GOALS_READ]]);
  });

  it("a paragraph labelled 政策依据 on its left, or under a heading （二）政策依据, is the policy's figure", () => {
    const s = book([
      "目标",
      [
        ["政策依据", "国家基本公共卫生服务规范要求居民电子健康档案建档率达到75%以上"],
        ["年度目标", GOALS],
        [null, null],
        ["（二）立项依据"],
        ["省级规划确定全省适龄儿童健康管理率达到90%以上"],
      ],
    ]);
    expect(read(s)).toEqual([["目标", "部门整体绩效目标", GOALS_READ]]);
  });

  it("a 备注 column of a list of projects is no project's goals", () => {
    const s = book([
      "项目",
      [
        ["项目名称", "绩效目标", "备注"],
        ["培训项目", GOALS, "指标值按上年完成情况设定，完成率原则上不低于95%"],
      ],
    ]);
    expect(read(s)).toEqual([["项目", "培训项目", GOALS_READ]]);
  });

  it("a project named like a label (会议保障经费, 评分系统维护) keeps its goals", () => {
    const s = book([
      "项目",
      [
        ["项目名称", "绩效目标"],
        ["会议保障经费", GOALS],
        ["档案整改及说明会经费", GOALS],
      ],
    ]);
    expect(read(s)).toEqual([
      ["项目", "会议保障经费", GOALS_READ],
      ["项目", "档案整改及说明会经费", GOALS_READ],
    ]);
  });

  it("a 收入支出决算表 or 会议纪要 sheet holds no goals; a 绩效目标表 beside it still reads", () => {
    const s = book(
      // the phrasing of a 决算说明 (dyrmt.com/article-133619-2.html: 财政拨款支出决算情况说明), composed figures
      ["收入支出决算表", [["2023年度收入支出决算表"], ["一般公共预算财政拨款支出3859.16万元，完成年初预算的95.12%"]]],
      ["会议纪要", [["项目推进会会议纪要"], ["全年支出进度达到85%以上，12月底前完成全部采购"]]],
      ["绩效目标表", [["2023年部门整体绩效目标表"], [GOALS]]],
    );
    expect(read(s)).toEqual([["绩效目标表", "部门整体绩效目标", GOALS_READ]]);
  });
});
