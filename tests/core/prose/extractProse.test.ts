import { readFileSync } from "fs";
import { join } from "path";
import { sheetCell } from "../../../src/core/a1";
import { evaluate } from "../../../src/core/evaluate/evaluate";
import { extractProseTargets, proseTables, unitTableRows } from "../../../src/core/prose/extractProse";
import { readWorkbook } from "../../../src/core/read";
import { DEFAULT_SETTINGS, type GoalTable, type WorkbookSnapshot } from "../../../src/core/types";
import { snapshotFromXlsx } from "../../../src/host/xlsx/snapshot";

const FIXTURES = join(__dirname, "..", "..", "fixtures");
const SEED_SHEET = "预算项目绩效目标";

async function load(file: string): Promise<WorkbookSnapshot> {
  return (await snapshotFromXlsx(readFileSync(join(FIXTURES, file)))).snapshot;
}

const brief = (p: { name: string; op: string | null; value: number | null; unit: string | null }) => [
  p.name,
  p.op,
  p.value,
  p.unit,
];

describe("extractProseTargets: the shapes of part 1", () => {
  it.each([
    [
      "错捕、捕后撤案、不起诉、判无罪率，错捕、捕后撤案、不起诉、判无罪案件占所有案件比例小于等于1.8%",
      "错捕、捕后撤案、不起诉、判无罪率",
      "<=",
      1.8,
      "%",
      "小于等于1.8%",
    ],
    ["坚决完成高检院提出的认罪认罚从宽案件适用率70%以上的目标", "认罪认罚从宽案件适用率", ">=", 70, "%", "70%以上"],
    ["群众来信7日内程序性回复率达到100%", "群众来信7日内程序性回复率", ">=", 100, "%", "达到100%"],
    ["举报、信访处理结果满意率96%", "举报、信访处理结果满意率", ">=", 96, "%", "96%"],
    ["组织利用6.5世界环境日等开展不少于2次的检察公益诉讼宣传活动", "检察公益诉讼宣传活动", ">=", 2, "次", "不少于2次"],
    ["力争在2023年单独起诉案件数的基础上提高10%", "单独起诉案件数", ">=", 10, "%", "提高10%"],
    ["应当自受理之日起3个月以内作出审查结案的决定", "作出审查结案的决定", "<=", 3, "个月", "3个月以内"],
    ["人民检察院自受理申请之日起10日内作出是否予以救助的决定", "作出是否予以救助的决定", "<=", 10, "日", "10日内"],
    ["检务保障干警满意度９０％以上", "检务保障干警满意度", ">=", 90, "%", "90%以上"],
  ])("%s", (text, name, op, value, unit, written) => {
    const found = extractProseTargets(text);
    expect(found.map(brief)).toEqual([[name, op, value, unit]]);
    expect(found[0].text).toBe(written);
    expect(found[0].sentence).toBe(text);
  });

  it.each([
    "组织利用6.5世界环境日等开展宣传活动",
    "力争在2023年完成全部工作",
    "加大办理“4+1”领域公益诉讼案件力度",
    "办案人员所办理的案件法定期限内结案率明显提升",
    "按月制作检察业务核心数据通报，每月一份",
    "通过尽快启动项目、6月底前细化代编预算等多种措施，确保支出进度达标",
    "紧紧围绕学习宣传贯彻党的二十大精神这条主线",
  ])("finds no threshold in “%s”", (text) => {
    expect(extractProseTargets(text)).toEqual([]);
  });

  it("classifies by the name: 满意 → 满意度指标, durations → 时效指标, counts → 数量指标, rates → 质量指标", () => {
    const found = extractProseTargets("举报满意率96%；10日内作出决定；开展不少于2次的宣传；案件审结率100%");
    expect(found.map((p) => [p.level1, p.level2])).toEqual([
      ["满意度指标", "服务对象满意度指标"],
      ["产出指标", "时效指标"],
      ["产出指标", "数量指标"],
      ["产出指标", "质量指标"],
    ]);
  });

  it("reads `>=` / `<=` written as two characters", () => {
    expect(extractProseTargets("补助对象>=530人;受益农户满意度>=95%").map(brief)).toEqual([
      ["补助对象", ">=", 530, "人"],
      ["受益农户满意度", ">=", 95, "%"],
    ]);
  });

  it("reads the number after the form's hint in the hint's unit, the hint out of the name", () => {
    const found = extractProseTargets(
      "种植作物成活率(≥**%)>=85;补助成本(≤**元/株)≤28.40/株;受益户数(≥**户)≥10户;种植数量(≥**株)>=17600株",
    );
    expect(found.map(brief)).toEqual([
      ["种植作物成活率", ">=", 85, "%"],
      ["补助成本", "<=", 28.4, "元/株"],
      ["受益户数", ">=", 10, "户"],
      // 株 is no count unit of prose, but after the hint the number is the threshold whatever its unit.
      ["种植数量", ">=", 17600, "株"],
    ]);
    expect(found.map((p) => p.text)).toEqual(["(≥**%)≥85", "(≤**元/株)≤28.40/株", "(≥**户)≥10户", "(≥**株)≥17600株"]);
  });

  it("takes the levels the text names (数量指标: …, 经济效益指标: …) over the guess, until the next one", () => {
    const found = extractProseTargets(
      "数量指标:种植户数≥100户;成活率≥85%;时效指标:完成及时率≥100%。效益指标:经济效益指标:产业产值≥80万元," +
        "增加收入≥80万元;社会效益目标:受益人口数≥10户。服务对象满意度指标,受益户满意度≥95%",
    );
    expect(found.map((p) => [p.name, p.level1, p.level2])).toEqual([
      ["种植户数", "产出指标", "数量指标"],
      ["成活率", "产出指标", "数量指标"],
      ["完成及时率", "产出指标", "时效指标"],
      // 万元 alone would make them 成本指标 (and a ≥ there a contradiction).
      ["产业产值", "效益指标", "经济效益指标"],
      ["增加收入", "效益指标", "经济效益指标"],
      ["受益人口数", "效益指标", "社会效益指标"],
      ["受益户满意度", "满意度指标", "服务对象满意度指标"],
    ]);
  });

  it("a stated 一级 alone keeps a 二级 of its own", () => {
    const found = extractProseTargets("效益指标:带动增收≥80万元");
    expect(found.map((p) => [p.level1, p.level2])).toEqual([["效益指标", "社会效益指标"]]);
  });

  it("keeps each sentence as written", () => {
    const found = extractProseTargets("绩效指标：涉检信访案件办结率100%；息诉罢访率97%。");
    expect(found.map((p) => p.sentence)).toEqual(["绩效指标：涉检信访案件办结率100%", "息诉罢访率97%"]);
  });
});

describe("proseTables on part 1 of the seed (golden)", () => {
  let tables: GoalTable[];
  beforeAll(async () => {
    const snapshot = await load("seed-one-sheet.xlsx");
    tables = proseTables(snapshot, readWorkbook(snapshot));
  });

  /** Every threshold of part 1, in reading order, by heading: name, comparator, value, unit. */
  const EXPECTED: [string, [string, string, number, string][]][] = [
    [
      "做好检察监督工作",
      [
        ["错捕、捕后撤案、不起诉、判无罪率", "<=", 1.8, "%"],
        ["立案和侦查活动监督完成率", ">=", 90, "%"],
      ],
    ],
    [
      "加强普通刑事犯罪检察工作",
      [
        ["认罪认罚从宽案件适用率", ">=", 70, "%"],
        ["监督质效纠正意见或建议的采纳率", ">=", 90, "%"],
      ],
    ],
    [
      "全面履行民事检察职能",
      [
        ["检察建议采纳率", ">=", 80, "%"],
        ["不支持监督申请决定息讼息访率", ">=", 50, "%"],
        ["案件审结率", ">=", 80, "%"],
      ],
    ],
    [
      "持续加大公益诉讼检察工作力度",
      [
        ["单独起诉案件数", ">=", 10, "%"],
        ["检察公益诉讼宣传活", ">=", 2, "次"],
        ["公益诉讼案件起诉率", ">=", 90, "%"],
      ],
    ],
    [
      "控告申诉检察业务能力整体增强",
      [
        ["作出审查结案或者移送刑事检察部门办理的决定", "<=", 3, "个月"],
        ["群众来信7日内程序性回复率", ">=", 100, "%"],
        ["3个月内办理过程或结果答复率", ">=", 100, "%"],
        ["到期未办结后续每月进展答复率", ">=", 100, "%"],
        ["作出是否予以救助和具体救助金额的决定", "<=", 10, "日"],
        ["涉检信访案件办结率", ">=", 100, "%"],
        ["举报、信访处理结果满意率", ">=", 96, "%"],
        ["国家赔偿案件办结率", ">=", 100, "%"],
        ["息诉罢访率", ">=", 97, "%"],
      ],
    ],
    [
      "加管监督、管理业务工作水平提升",
      [
        ["检务保障干警满意度", ">=", 90, "%"],
        ["各项综合业务管理工作完成率", ">=", 100, "%"],
      ],
    ],
  ];

  it("finds every threshold (21) under its heading, and nothing else", () => {
    expect(
      tables.map((t) => [t.name, t.indicators.map((i) => [i.name, i.target.op, i.target.value, i.target.unit])]),
    ).toEqual(EXPECTED);
    expect(tables.flatMap((t) => t.indicators)).toHaveLength(21);
  });

  it("makes unit tables whose indicators point at the prose cell, targets parsed like a table's", () => {
    const prosRows = [7, 10, 13, 16, 19, 22];
    tables.forEach((t, i) => {
      expect(t.kind).toBe("unit");
      expect(t.sheet).toBe(SEED_SHEET);
      expect(t.budgetYear).toBe(2024);
      for (const ind of t.indicators) {
        expect(sheetCell(t.sheet, ind.nameCell)).toEqual({ sheet: SEED_SHEET, row: prosRows[i], col: 0 });
        expect(ind.targetCell).toEqual(ind.nameCell);
      }
    });
    expect(tables[0].title).toBe("(一)做好检察监督工作");
    const kinds = tables.flatMap((t) => t.indicators.map((i) => i.target.kind));
    expect(kinds.filter((k) => k === "duration")).toHaveLength(2);
    expect(kinds.filter((k) => k === "change")).toHaveLength(1);
    expect(tables[3].indicators[0].target.normalized).toBe("提高 10%");
  });

  it("puts 满意 names under 满意度指标", () => {
    const satisfied = tables.flatMap((t) => t.indicators).filter((i) => i.level1 === "满意度指标");
    expect(satisfied.map((i) => i.name)).toEqual(["举报、信访处理结果满意率", "检务保障干警满意度"]);
  });

  it("is judged like any table (no actuals yet: pending)", () => {
    const results = evaluate(tables, { ...DEFAULT_SETTINGS, asOf: "2024-07-31" });
    expect(results.flatMap((r) => r.indicators.map((i) => i.status))).toEqual(Array(21).fill("pending"));
  });

  it("writes a 部门整体绩效目标表: header, then 产出 (数量, 质量, 时效), then 满意度", () => {
    const rows = unitTableRows(tables);
    expect(rows[0]).toEqual(["一级指标", "二级指标", "三级指标", "指标值", "来源"]);
    expect(rows).toHaveLength(22);
    expect(rows.slice(1).map((r) => `${r[0]}/${r[1]}`)).toEqual([
      ...Array(2).fill("产出指标/数量指标"),
      ...Array(15).fill("产出指标/质量指标"),
      ...Array(2).fill("产出指标/时效指标"),
      ...Array(2).fill("满意度指标/服务对象满意度指标"),
    ]);
    expect(rows[1]).toEqual([
      "产出指标",
      "数量指标",
      "单独起诉案件数",
      "提高 10%",
      "持续加大公益诉讼检察工作力度（'预算项目绩效目标'!A17）",
    ]);
    expect(rows[3].slice(2, 4)).toEqual(["错捕、捕后撤案、不起诉、判无罪率", "≤ 1.8%"]);
  });
});

describe("proseTables elsewhere", () => {
  const sheet = (values: (string | number | null)[][]) => ({
    sheets: [{ name: "文字", originRow: 0, originCol: 0, values, merges: [] }],
  });

  it("names a table without a heading 部门整体绩效目标", () => {
    const s = sheet([["部门整体绩效目标"], ["绩效指标：全年举办培训不少于3场；培训合格率达到95%以上。"]]);
    const tables = proseTables(s, readWorkbook(s));
    expect(
      tables.map((t) => [t.name, t.indicators.map((i) => [i.name, i.target.op, i.target.value, i.target.unit])]),
    ).toEqual([
      [
        "部门整体绩效目标",
        [
          ["举办培训", ">=", 3, "场"],
          ["培训合格率", ">=", 95, "%"],
        ],
      ],
    ]);
  });

  it("a heading that names a level (一、 产出指标) gives its text that level and is no task of its own", () => {
    const s = sheet([
      ["(一)种植项目"],
      ["一、 产出指标"],
      ["补助成本≤28.4元;带动增收≥80万元"],
      ["二、 效益指标"],
      ["带动增收≥80万元;经济效益指标:产业产值≥80万元"],
    ]);
    const tables = proseTables(s, readWorkbook(s));
    expect(tables.map((t) => [t.name, t.indicators.map((i) => [i.name, i.level1, i.level2, i.target.value])])).toEqual([
      [
        "种植项目",
        [
          ["补助成本", "产出指标", "成本指标", 28.4],
          // Money at least is no cost (a cost has a ceiling): an amount to reach.
          ["带动增收", "产出指标", "数量指标", 80],
          ["带动增收", "效益指标", "社会效益指标", 80],
          ["产业产值", "效益指标", "经济效益指标", 80],
        ],
      ],
    ]);
  });

  it("reads nothing from the tables themselves nor from the per-sheet seed (no part 1)", async () => {
    const snapshot = await load("seed-per-sheet.xlsx");
    expect(proseTables(snapshot, readWorkbook(snapshot))).toEqual([]);
    const unit = await load("layouts/unit-wide.xlsx");
    expect(proseTables(unit, readWorkbook(unit))).toEqual([]);
  });
});
