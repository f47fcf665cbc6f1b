import { cellKey } from "../../../src/core/a1";
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { readWorkbook } from "../../../src/core/read";
import { REVIEW_RULES, reviewTable, reviewTables } from "../../../src/core/review/review";
import type { GoalTable, ReviewFinding } from "../../../src/core/types";
import { snapshotFromXlsx } from "../../../src/host/xlsx/snapshot";
import { sheet, snapshotOf } from "../plan/fixtures";
import { CLEAN_ROWS, SHEET, makeSchedule, makeTable, type Row } from "./makeTable";

const FIXTURES = join(__dirname, "..", "..", "fixtures");
const SEED_SHEET = "预算项目绩效目标";

async function tablesOf(file: string): Promise<GoalTable[]> {
  const { snapshot } = await snapshotFromXlsx(readFileSync(join(FIXTURES, file)));
  return readWorkbook(snapshot).tables;
}

const short = (f: ReviewFinding) => [f.rule, f.cell ? `${f.cell.row},${f.cell.col}` : "", f.message];
const rulesOf = (findings: ReviewFinding[]) => findings.map((f) => f.rule);

describe("reviewTables on the seed (golden, written by hand from the seed text)", () => {
  let tables: GoalTable[];
  beforeAll(async () => {
    tables = await tablesOf("seed-one-sheet.xlsx");
  });

  const NAME_REPEAT = (name: string) => `指标不够细化、量化：“${name}”的指标值只是重复了指标名称`;
  const COST_GE = "指标值设置不合理：成本指标“预算执行率”使用了“≥”，成本指标应设上限（≤），或该指标不属于成本指标";

  /** Per table (1..8), the findings: rule, "row,col" (0-based), message. */
  const EXPECTED: string[][][] = [
    // 1.办公用品采购: no 满意度指标; 成本 "按统一规定执行"; 效益 value = its name
    [
      ["missing-level1", "43,0", "指标不够完整：缺少一级指标“满意度指标”"],
      [
        "not-measurable",
        "47,5",
        "指标不够细化、量化：成本指标“日常公用经费开支标准”应设定量化指标值，现为“按统一规定执行”",
      ],
      ["not-measurable", "48,5", NAME_REPEAT("维持单位正常运转")],
    ],
    // 2.检察业务费: 预算执行率 ≥90% as a 成本指标; 保障工作正常开展
    [
      ["cost-with-ge", "63,5", COST_GE],
      ["not-measurable", "65,5", NAME_REPEAT("保障工作正常开展")],
    ],
    // 3.劳务费: 成本 "按规定执行" (its 社会效益 has a number: no repeat)
    [["not-measurable", "84,6", "指标不够细化、量化：成本指标“福利发放标准”应设定量化指标值，现为“按规定执行”"]],
    // 4.司法救助: same shape as table 2
    [
      ["cost-with-ge", "101,5", COST_GE],
      ["not-measurable", "103,5", NAME_REPEAT("保障工作正常开展")],
    ],
    // 5.网络建设与运维采购: only the ≥ cost
    [["cost-with-ge", "119,5", COST_GE]],
    // 6.装备采购: only the ≥ cost (有所提升 is vague but not the name)
    [["cost-with-ge", "137,6", COST_GE]],
    // 7. and 8. 办案业务费: ≥ cost; 满足业务开展需求 repeated
    [
      ["cost-with-ge", "155,5", COST_GE],
      ["not-measurable", "157,5", NAME_REPEAT("满足业务开展需求")],
    ],
    [
      ["cost-with-ge", "173,5", COST_GE],
      ["not-measurable", "175,5", NAME_REPEAT("满足业务开展需求")],
    ],
  ];

  it("reads the 8 tables", () => {
    expect(tables).toHaveLength(8);
  });

  it.each(EXPECTED.map((e, i) => [i + 1, e] as const))("table %i: exactly the expected findings", (n, expected) => {
    const findings = reviewTable(tables[n - 1], {});
    expect(findings.map(short)).toEqual(expected);
    for (const f of findings) expect(f.cell?.sheet).toBe(SEED_SHEET);
  });

  it("lists the tables in order and finds the 效益 values that repeat their own name in tables 1, 2, 4, 7, 8", () => {
    const all = reviewTables(tables, {});
    expect(all.map(short)).toEqual(EXPECTED.flat());
    const repeats = tables
      .map((t, i) => [i + 1, reviewTable(t, {}).filter((f) => f.message.includes("重复了指标名称"))] as const)
      .filter(([, f]) => f.length > 0)
      .map(([n]) => n);
    expect(repeats).toEqual([1, 2, 4, 7, 8]);
  });

  it("switches rules off by id", () => {
    const all = reviewTables(tables, { disabledRules: ["cost-with-ge", "missing-level1"] });
    expect(new Set(rulesOf(all))).toEqual(new Set(["not-measurable"]));
    expect(all).toHaveLength(7);
  });
});

describe("each rule on small tables", () => {
  const find = (t: GoalTable, rule: string) => reviewTable(t, {}).filter((f) => f.rule === rule);

  it("is silent on a complete, well written table", () => {
    expect(reviewTable(makeTable(CLEAN_ROWS, { schedule: makeSchedule([10, 40, 70, 100]) }), {})).toEqual([]);
  });

  it("has unique ids and a title for each rule, in Chinese and in English", () => {
    for (const { title } of REVIEW_RULES) {
      expect(title.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(title.en).toMatch(/^[\x20-\x7e≥≠]+$/);
    }
    const ids = REVIEW_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        "missing-level1",
        "missing-output-subtype",
        "not-measurable",
        "cost-with-ge",
        "percent-over-100",
        "deadline-outside-year",
        "placeholder",
        "unknown-target",
        "funds-mismatch",
        "schedule-decreasing",
        "schedule-not-100",
        "duplicate-indicator",
        "indicator-value-mismatch",
        "hint-conflict",
        "level-type-error",
        "points-as-targets",
      ]),
    );
  });

  it("missing-level1 names every absent category, only for project tables", () => {
    const rows: Row[] = CLEAN_ROWS.filter(([l1]) => l1 !== "效益指标" && l1 !== "满意度指标");
    const t = makeTable(rows);
    expect(find(t, "missing-level1").map((f) => f.message)).toEqual([
      "指标不够完整：缺少一级指标“效益指标”“满意度指标”",
    ]);
    expect(find(t, "missing-level1")[0].cell).toEqual({ sheet: SHEET, row: 9, col: 0 });
    expect(find({ ...t, kind: "unit" }, "missing-level1")).toEqual([]);
  });

  it("missing-output-subtype lists the 产出 sub-categories not covered", () => {
    const rows = CLEAN_ROWS.filter(([, l2]) => l2 !== "时效指标" && l2 !== "成本指标");
    const f = find(makeTable(rows), "missing-output-subtype");
    expect(f.map((x) => x.message)).toEqual(["指标不够完整：产出指标缺少“时效指标”“成本指标”"]);
  });

  it("missing-output-subtype: nothing to say of a form without a 二级 column (国家林业局 样例: 指标 | 指标内容 | 指标值)", () => {
    const t = makeTable(
      [
        ["产出指标", "", "年度、半年趋势报告次数", "各 1 次"],
        ["", "", "测报准确率", "85%"],
        ["效益指标", "", "森林资源生长因害损失量", "有效减少"],
      ],
      { header: { row: 9, columns: { level1: 0, name: 2, target: 3 } } },
    );
    expect(find(t, "missing-output-subtype")).toEqual([]);
    expect(find(t, "missing-level1").map((f) => f.message)).toEqual(["指标不够完整：缺少一级指标“满意度指标”"]);
  });

  it("missing-level1: a row without a 一级 counts for its 二级's category; a form with no category column is not asked", () => {
    // 鄂州 2022 / 武川 2021: the 一级 cells are empty, 数量 / 时效 / 成本 are 产出's.
    const noLevel1 = makeTable([
      ["", "数量指标", "大楼安检巡察次数", "200次"],
      ["", "时效指标", "开工时限", "2021年7月"],
      ["", "成本指标", "打井、配电", "50000元"],
    ]);
    expect(find(noLevel1, "missing-level1").map((f) => f.message)).toEqual([
      "指标不够完整：缺少一级指标“效益指标”“满意度指标”",
    ]);
    expect(find(noLevel1, "missing-output-subtype").map((f) => f.message)).toEqual([
      "指标不够完整：产出指标缺少“质量指标”",
    ]);
    // 丰都 2022: 指标名称 | 计量单位 | 指标性质 | 指标值, no 一级 or 二级 column at all.
    const noLevels = makeTable(
      [
        ["", "", "辅警人员", "512人"],
        ["", "", "受益对象满意度", "≥95%"],
      ],
      { header: { row: 9, columns: { name: 2, target: 3 } } },
    );
    expect(find(noLevels, "missing-level1")).toEqual([]);
  });

  it("missing-output-subtype: 产出指标 as the 二级 under 实施效果指标 (中央预算内投资, 宝坻 2022) has no subtype level", () => {
    const t = makeTable([
      ["实施效果指标", "产出指标", "建设项目个数(含续建)", "1"],
      ["", "产出指标", "竣工验收合格率", "100%"],
      ["", "效益指标", "完工项目县畜禽粪污综合利用率", "≥90%"],
      ["", "满意度指标", "受益群众满意度", "≥90%"],
    ]);
    expect(find(t, "missing-output-subtype")).toEqual([]);
    expect(find(t, "missing-level1")).toEqual([]);
  });

  it("社会公众或服务对象满意度指标 under 效益指标 (the 2015 template, 湖南 湘潭 2023) counts for 满意度, no type error", () => {
    const t = makeTable([
      ["产出指标", "数量指标", "雾炮车降尘抑尘服务配备车辆数", "10辆"],
      ["", "质量指标", "服务周期内空气质量达标率", "≥90%"],
      ["", "时效指标", "服务周期", "2024.07-2024.12"],
      ["", "成本指标", "控制在预算成本内", "250万"],
      ["效益指标", "社会效益指标", "服务周期内,市民对空气质量改善的满意程度", "≥85%"],
      ["", "社会公众或服务对象满意度指标", "市民满意度", "≥90%"],
    ]);
    expect(find(t, "missing-level1")).toEqual([]);
    expect(find(t, "level-type-error")).toEqual([]);
    // The other way round stays an error: a 效益 二级 under 满意度指标.
    const wrong = makeTable([["满意度指标", "社会效益指标", "群众知晓率", "≥80%"]]);
    expect(find(wrong, "level-type-error").map((f) => f.message)).toEqual([
      "一级/二级指标类型错误：二级指标“社会效益指标”属于效益指标，不应列在“满意度指标”下",
    ]);
  });

  it("项目完成指标 (四川 申报表, 广元 昭化 2021) is the 产出 category", () => {
    const t = makeTable([
      ["项目完成指标", "数量指标", "对符合政策法规的独生子伤残、死亡家庭进行扶助", "63人"],
      ["", "质量指标", "按政策、法律、法规乡镇申报、初审确认对象资格,县级按要求复审", "100%"],
      ["", "时效指标", "资金拨付", "12月底到位"],
      ["", "成本指标", "人均补助标准", "≤1000元/人"],
      ["项目效益指标", "社会效益指标", "促进人口与经济、社会、资源、环境协调和可持续发展", "100%"],
      ["满意度指标", "满意度指标", "受益群众满意度", "≥90%"],
    ]);
    expect(find(t, "missing-level1")).toEqual([]);
    expect(find(t, "level-type-error")).toEqual([]);
  });

  it("not-measurable: qualitative 数量/质量 targets and values that repeat the name (normalised)", () => {
    const t = makeTable([
      ["产出指标", "数量指标", "培训人数", "较多"],
      ["", "质量指标", "工作质量", "优良"],
      ["", "时效指标", "完成及时性", "及时"],
      ["效益指标", "社会效益指标", "保障工作正常开展", " 保障工作正常开展。"],
      ["", "社会效益指标", "提升服务水平", "有所提升"],
    ]);
    expect(find(t, "not-measurable").map((f) => f.cell?.row)).toEqual([10, 11, 13]);
  });

  it("cost-with-ge flags ≥ and > under 成本指标, not ≤ or an inferred bare number", () => {
    const t = makeTable([
      ["产出指标", "成本指标", "设备单价", "≥0.8万元"],
      ["", "成本指标", "人均成本", ">2万元"],
      ["", "成本指标", "经费支出", "≤30万元"],
      ["", "成本指标", "印刷单价", "0.5元"],
      ["", "数量指标", "采购台数", "≥5台"],
      // A bare 100% read as ≥ for a good rate under 成本 (衡山 2020): no sign was written, nothing to flag.
      ["", "成本指标", "县级储备粮库存成本核算率", "100%"],
      ["", "成本指标", "国家政策性粮收购价格执行率", "100%"],
    ]);
    expect(find(t, "cost-with-ge").map((f) => f.cell?.row)).toEqual([10, 11]);
  });

  it("percent-over-100 flags a share above 100 % but not a growth rate", () => {
    const t = makeTable([
      ["产出指标", "质量指标", "验收合格率", "≥120%"],
      ["", "数量指标", "案件数增长率", "≥150%"],
      ["", "质量指标", "合格率", "100%"],
    ]);
    const f = find(t, "percent-over-100");
    expect(f.map((x) => [x.cell?.row, x.message])).toEqual([
      [10, "指标值设置不合理：“验收合格率”的指标值 120% 超过 100%"],
    ]);
  });

  it("points-as-targets: bare numbers adding to the form's 100 (or 90) are said once, at the first target", () => {
    // 阆中 2021's shape: the target in the name, the row's points typed as its 指标值.
    const points: Row[] = [
      ["产出指标", "数量指标", "建设普通省道二级公路32.1公里", "20"],
      ["", "质量指标", "建设符合验收要求", "20"],
      ["", "时效指标", "按期完成投资", "10"],
      ["", "成本指标", "", ""],
      ["效益指标", "社会效益指标", "基本公共服务水平", "30"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "20"],
    ];
    expect(find(makeTable(points), "points-as-targets").map((f) => [f.cell?.row, f.cell?.col, f.message])).toEqual([
      [
        10,
        3,
        "指标值设置不合理：指标值 20、20、10、30、20 都是不带单位的数字，合计 100，像是各指标的分值而不是指标值；请在指标值列填写目标（如数量、比例、时限）",
      ],
    ]);
    // 90: the indicators' share where 预算执行率 scores its 10 in the money block.
    const ninety = points.map((r, i): Row => (i === 0 ? [r[0], r[1], r[2], "10"] : r));
    expect(find(makeTable(ninety), "points-as-targets").map((f) => f.message)).toEqual([
      expect.stringContaining("合计 90"),
    ]);
  });

  it("points-as-targets says nothing of targets that are targets", () => {
    const silent = (rows: Row[]) => expect(find(makeTable(rows), "points-as-targets")).toEqual([]);
    const base: Row[] = [
      ["产出指标", "数量指标", "培训场次", "20"],
      ["", "质量指标", "培训人数", "40"],
      ["效益指标", "社会效益指标", "受益户数", "40"],
    ];
    // A unit, a sign or a word in any one target: the column holds targets.
    silent(base.map((r, i): Row => (i === 1 ? [r[0], r[1], r[2], "40人"] : r)));
    silent(base.map((r, i): Row => (i === 1 ? [r[0], r[1], r[2], "≥40"] : r)));
    silent([...base, ["满意度指标", "服务对象满意度指标", "满意度", "较高"]]);
    // Not the form's total, or a value above any category's share, or too few to say.
    silent(base.map((r, i): Row => (i === 2 ? [r[0], r[1], r[2], "41"] : r)));
    silent([
      ["产出指标", "数量指标", "培训场次", "60"],
      ["", "质量指标", "培训人数", "20"],
      ["效益指标", "社会效益指标", "受益户数", "20"],
    ]);
    silent([
      ["产出指标", "数量指标", "培训场次", "50"],
      ["效益指标", "社会效益指标", "受益户数", "50"],
    ]);
  });

  it("points-as-targets says nothing of bare numbers given a unit or a sign beside them (review52)", () => {
    // A 计量单位 or 指标性质 column, or the unit in the name, makes 25 | 25 | 25 | 25 counts: each table below was told
    // its targets were “不带单位的数字 … 像是分值” on int52.
    const flagged = (header: string[], rows: (string | number)[][]) => {
      const values = [["2024年培训项目绩效目标表"], ["项目名称", "培训项目"], ["预算数", 20], header, ...rows];
      const { tables } = readWorkbook(snapshotOf(sheet("表", values)));
      expect(tables).toHaveLength(1);
      return reviewTables(tables, {}).filter((f) => f.rule === "points-as-targets");
    };
    expect(
      flagged(
        ["一级指标", "二级指标", "三级指标", "计量单位", "指标值"],
        [
          ["产出指标", "数量指标", "培训人数", "人", 25],
          ["产出指标", "数量指标", "培训场次", "场", 25],
          ["产出指标", "数量指标", "发放手册", "本", 25],
          ["效益指标", "社会效益指标", "受益户数", "户", 25],
        ],
      ),
    ).toEqual([]);
    expect(
      flagged(
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值"],
        [
          ["产出指标", "数量指标", "培训人数", "≥", 30],
          ["产出指标", "数量指标", "培训场次", "≥", 30],
          ["效益指标", "社会效益指标", "受益户数", "≥", 30],
        ],
      ),
    ).toEqual([]);
    expect(
      flagged(
        ["一级指标", "二级指标", "三级指标", "指标值"],
        [
          ["产出指标", "数量指标", "培训人数（人）", 30],
          ["产出指标", "数量指标", "培训场次（场）", 30],
          ["效益指标", "社会效益指标", "受益户数（户）", 30],
        ],
      ),
    ).toEqual([]);
    // Without anything beside them, the same numbers are still said.
    expect(
      flagged(
        ["一级指标", "二级指标", "三级指标", "指标值"],
        [
          ["产出指标", "数量指标", "培训人数", 30],
          ["产出指标", "数量指标", "培训场次", 30],
          ["效益指标", "社会效益指标", "受益户数", 30],
        ],
      ),
    ).toHaveLength(1);
  });

  it("deadline-outside-year flags a date after (or before) the budget year", () => {
    const t = makeTable([
      ["产出指标", "时效指标", "完成时限", "2025年3月31日"],
      ["", "时效指标", "采购时限", "2024年6月30日"],
      ["", "时效指标", "上线时间", "2023-12-01"],
    ]);
    expect(find(t, "deadline-outside-year").map((f) => [f.cell?.row, f.message])).toEqual([
      [10, "指标值设置不合理：“完成时限”的时限 2025-03-31 不在预算年度 2024 年内"],
      [12, "指标值设置不合理：“上线时间”的时限 2023-12-01 不在预算年度 2024 年内"],
    ]);
  });

  it("deadline-outside-year: a date in a year of the stated project period is the project's, not outside", () => {
    const rows: Row[] = [
      ["产出指标", "时效指标", "项目完成时间", "2025年底"],
      ["", "时效指标", "验收时间", "2025年12月31日"],
      ["", "时效指标", "服务周期", "2024.07-2025.01"],
      ["", "时效指标", "启动时间", "2023年6月30日"],
      ["", "时效指标", "移交时间", "2026年3月31日"],
    ];
    const period = { text: "2024年3月-2025年11月", start: "2024-03-01", end: "2025-11-30" };
    const t = makeTable(rows, { period });
    // Years, not days: 2025年底 is a month after 2025年11月, in the project's last year.
    expect(find(t, "deadline-outside-year").map((f) => [f.cell?.row, f.message])).toEqual([
      [
        13,
        "指标值设置不合理：“启动时间”的时限 2023-06-30 既不在预算年度 2024 年内，也不在项目期 2024-03-01 至 2025-11-30 的年份内",
      ],
      [
        14,
        "指标值设置不合理：“移交时间”的时限 2026-03-31 既不在预算年度 2024 年内，也不在项目期 2024-03-01 至 2025-11-30 的年份内",
      ],
    ]);
    // A period that leaves out the budget year (a form copied from an earlier year) excuses nothing.
    const stale = { text: "2021-2023年", start: "2021-01-01", end: "2023-12-31" };
    expect(find(makeTable(rows, { period: stale }), "deadline-outside-year").map((f) => f.message)[0]).toBe(
      "指标值设置不合理：“项目完成时间”的时限 2025-12-31 不在预算年度 2024 年内",
    );
    // A deadline, or a period's end, before the budget year is over before the budget begins: flagged also inside a
    // project period that began earlier; only a period's start may lie in such a year.
    const earlier = { text: "2022-2025年", start: "2022-01-01", end: "2025-12-31" };
    const before: Row[] = [
      ["产出指标", "时效指标", "完成时限", "2023年12月底前"],
      ["", "时效指标", "服务周期", "2023.07-2024.01"],
      ["", "时效指标", "建设周期", "2022.01-2023.06"],
    ];
    expect(
      find(makeTable(before, { period: earlier }), "deadline-outside-year").map((f) => [f.cell?.row, f.message]),
    ).toEqual([
      [10, "指标值设置不合理：“完成时限”的时限 2023-12-31 不在预算年度 2024 年内"],
      [12, "指标值设置不合理：“建设周期”的时限 2023-06-30 不在预算年度 2024 年内"],
    ]);
    // No period read (none written, or a length such as 1年 / 长期): every year but the budget year is flagged, as before.
    expect(find(makeTable(rows), "deadline-outside-year").map((f) => f.cell?.row)).toEqual([10, 11, 12, 13, 14]);
  });

  it("placeholder: **人, 指标2, ……, empty", () => {
    const t = makeTable([
      ["产出指标", "数量指标", "培训人数", "**人"],
      ["", "数量指标", "指标2", "指标2"],
      ["", "质量指标", "合格率", "……"],
      ["", "时效指标", "完成时限", ""],
      ["", "成本指标", "单价", "≤1万元"],
    ]);
    const f = find(t, "placeholder");
    expect(f.map((x) => x.cell?.row)).toEqual([10, 11, 12, 13]);
    expect(f[0].message).toBe("指标值未填写：“培训人数”的指标值仍是占位“**人”");
    expect(f[3].message).toBe("指标值未填写：“完成时限”没有指标值");
    expect(f.every((x) => x.severity === "error")).toBe(true);
  });

  it("placeholder: an empty target whose name ends in one is told where the target is (淮南 2023)", () => {
    const t = makeTable([
      ["产出指标", "数量指标", "指标1:窗口和工作人员月度绩效考核全覆盖,优秀比例不超过20%", ""],
      ["", "质量指标", "验收合格率≥95%", ""],
      // Not a target: the form's placeholder, a comparator word inside a clause, a name without one.
      ["", "成本指标", "项目总成本(≤**万元)", ""],
      ["", "质量指标", "不低于上年水平的服务质量保持稳定", ""],
      ["", "时效指标", "完成时限", ""],
    ]);
    expect(find(t, "placeholder").map((x) => [x.cell?.row, x.message])).toEqual([
      [
        10,
        "指标值未填写：“指标1:窗口和工作人员月度绩效考核全覆盖,优秀比例不超过20%”没有指标值；名称末尾的“不超过20%”像是指标值，请填入指标值列（未按名称判断）",
      ],
      [11, "指标值未填写：“验收合格率≥95%”没有指标值；名称末尾的“≥95%”像是指标值，请填入指标值列（未按名称判断）"],
      [12, "指标值未填写：“项目总成本(≤**万元)”没有指标值"],
      [13, "指标值未填写：“不低于上年水平的服务质量保持稳定”没有指标值"],
      [14, "指标值未填写：“完成时限”没有指标值"],
    ]);
    // Still unread: the name is not judged.
    expect(t.indicators.map((i) => i.target.kind)).toEqual(Array(5).fill("missing"));
  });

  it("unknown-target names the value the parser could not understand", () => {
    const t = makeTable([["产出指标", "数量指标", "培训人数", "3/5"]]);
    expect(t.indicators[0].target.kind).toBe("unknown");
    expect(find(t, "unknown-target")[0].message).toBe(
      `指标值无法识别：“培训人数”的指标值“3/5”（${t.indicators[0].target.reason}）`,
    );
  });

  it("funds-mismatch: 总额 ≠ 财政 + 其他 beyond 0.005 万元", () => {
    const funds = (total: number, fiscal: number | null, other: number | null) =>
      makeTable(CLEAN_ROWS, { funds: { total, fiscal, other, totalCell: cellKey(2, 2) } });
    expect(find(funds(100, 80, 10), "funds-mismatch").map((f) => f.message)).toEqual([
      "资金数额不一致：资金总额 100 万元 ≠ 财政资金 80 万元 + 其他资金 10 万元（合计 90 万元）",
    ]);
    expect(find(funds(100, 80, 10), "funds-mismatch")[0].cell).toEqual({ sheet: SHEET, row: 2, col: 2 });
    expect(find(funds(100.004, 90, 10), "funds-mismatch")).toEqual([]);
    expect(find(funds(100.01, 90, 10), "funds-mismatch")).toHaveLength(1);
    expect(find(funds(100, null, null), "funds-mismatch")).toEqual([]);
  });

  it("schedule-decreasing and schedule-not-100 point at the percentage cells", () => {
    const t = makeTable(CLEAN_ROWS, { schedule: makeSchedule([30, 20, 70, 90]) });
    expect(find(t, "schedule-decreasing").map((f) => [f.cell?.col, f.message])).toEqual([
      [2, "资金支出计划不合理：应为累计比例，6月底 20% 低于 3月底 30%"],
    ]);
    expect(find(t, "schedule-not-100").map((f) => [f.cell?.col, f.message])).toEqual([
      [4, "资金支出计划不合理：截至12月底累计应为 100%，现为 90%"],
    ]);
    expect(find(makeTable(CLEAN_ROWS, { schedule: makeSchedule([0, 0, 70, 100]) }), "schedule-decreasing")).toEqual([]);
  });

  it("duplicate-indicator: same 二级 + 三级 twice (normalised), the second one is flagged", () => {
    const t = makeTable([
      ["产出指标", "数量指标", "培训人数", "50人"],
      ["", "数量指标", "培训人数 ", "60人"],
      ["", "质量指标", "培训人数", "≥90%"],
    ]);
    expect(find(t, "duplicate-indicator").map((f) => [f.cell, f.message])).toEqual([
      [{ sheet: SHEET, row: 11, col: 2 }, "指标重复：“数量指标 / 培训人数 ”与第 11 行重复"],
    ]);
  });

  it("indicator-value-mismatch: a rate with a count unit, a count with %, a (unit) in the name", () => {
    const t = makeTable([
      ["产出指标", "质量指标", "培训覆盖率", "≥50人"],
      ["", "数量指标", "培训人数", "≥90%"],
      ["", "数量指标", "工作完成率(%)", "≥5件"],
      ["", "数量指标", "工作完成率(%)", "100%"],
      ["", "数量指标", "培训人数", "50人"],
    ]);
    expect(find(t, "indicator-value-mismatch").map((f) => [f.cell?.row, f.message])).toEqual([
      [10, "指标与指标值不匹配：“培训覆盖率”是比率，指标值“≥50人”却是数量"],
      [11, "指标与指标值不匹配：“培训人数”是数量，指标值“≥90%”却是百分比"],
      [12, "指标与指标值不匹配：“工作完成率(%)”的单位为“%”，指标值却是“≥5件”"],
    ]);
  });

  it("hint-conflict: the form's hint and the value under it disagree (review48), the value as written is read", () => {
    const t = makeTable([
      ["产出指标", "质量指标", "成活率", "(≥**%)<=85"],
      ["", "质量指标", "苗木成活率(≥**%)", "≤85%"],
      ["", "数量指标", "产值", "(≥**%)≥85万元"],
      ["", "成本指标", "补助成本", "(≤**元/株)≥28.40/株"],
      // Agreeing, a bare number taking the hint's sign, "=" under "≥", 万 for the hint's 万元: nothing to say.
      ["", "质量指标", "种植作物成活率", "(≥**%)>=85"],
      ["", "质量指标", "合格率(≥**%)", "90"],
      ["", "时效指标", "完成及时率", "(≥**%)=100%"],
      ["", "数量指标", "增加收入", "(≥**万元)≥80万"],
      ["", "成本指标", "补助标准", "(≤**元/株)≤28.40/株"],
      // A unit the hint's converts to is no contradiction (review49): 1.2万亩 is 12000 亩, 500000元 50 万元.
      ["", "数量指标", "种植面积", "(≥**亩)≥1.2万亩"],
      ["", "成本指标", "项目成本", "(≤**万元)≤500000元"],
      ["", "时效指标", "完成时间", "(≤**天)≤1个月"],
    ]);
    expect(find(t, "hint-conflict").map((f) => [f.cell?.row, f.message])).toEqual([
      [10, "指标与指标值不匹配：“成活率”的表样提示“(≥**%)”与指标值“(≥**%)<=85”的方向相反，按指标值（≤ 85%）判断"],
      [11, "指标与指标值不匹配：“苗木成活率(≥**%)”的表样提示“(≥**%)”与指标值“≤85%”的方向相反，按指标值（≤ 85%）判断"],
      [
        12,
        "指标与指标值不匹配：“产值”的表样提示“(≥**%)”的单位是“%”，指标值“(≥**%)≥85万元”的单位不同，按指标值（≥ 85 万元）判断",
      ],
      [
        13,
        "指标与指标值不匹配：“补助成本”的表样提示“(≤**元/株)”与指标值“(≤**元/株)≥28.40/株”的方向相反，按指标值（≥ 28.4 元/株）判断",
      ],
    ]);
    // Read as written: ≤ 85 % and ≥ 85 万元, not the hint's ≥ / %.
    expect(t.indicators.slice(0, 3).map((i) => [i.target.op, i.target.value, i.target.unit])).toEqual([
      ["<=", 85, "%"],
      ["<=", 85, "%"],
      [">=", 85, "万元"],
    ]);
  });

  it("level-type-error: a 二级 under the wrong 一级, or an unknown 一级", () => {
    const t = makeTable([
      ...CLEAN_ROWS,
      ["产出指标", "社会效益指标", "群众知晓率", "≥80%"],
      ["效益指标", "质量指标", "合格率", "≥90%"],
      ["过程指标", "数量指标", "会议次数", "≥2次"],
    ]);
    expect(find(t, "level-type-error").map((f) => [f.cell, f.message])).toEqual([
      [
        { sheet: SHEET, row: 16, col: 1 },
        "一级/二级指标类型错误：二级指标“社会效益指标”属于效益指标，不应列在“产出指标”下",
      ],
      [
        { sheet: SHEET, row: 17, col: 1 },
        "一级/二级指标类型错误：二级指标“质量指标”属于产出指标，不应列在“效益指标”下",
      ],
      [{ sheet: SHEET, row: 18, col: 0 }, "一级/二级指标类型错误：一级指标“过程指标”不是产出、效益或满意度指标"],
    ]);
  });

  it("uses the settings' budget year when the table has none", () => {
    const t = makeTable([["产出指标", "时效指标", "完成时限", "2025年3月31日"]], { budgetYear: null });
    expect(reviewTable(t, { budgetYear: 2025 }).filter((f) => f.rule === "deadline-outside-year")).toEqual([]);
    expect(reviewTable(t, { budgetYear: 2024 }).filter((f) => f.rule === "deadline-outside-year")).toHaveLength(1);
  });
});

describe("reviewTables on the other layouts", () => {
  it("finds nothing wrong in the national self-evaluation and Sichuan forms", async () => {
    for (const file of [
      "layouts/national-self-eval.xlsx",
      "layouts/sichuan-self-eval.xlsx",
      "layouts/unit-wide.xlsx",
      "layouts/sichuan-project.xlsx",
    ]) {
      expect([file, reviewTables(await tablesOf(file), {}).map(short)]).toEqual([file, []]);
    }
  });
});

describe("points-as-targets on the real tables", () => {
  // Of every real table, only 阆中 2021 types the form's points as its targets (round twenty-six): the rule must find
  // it and no other (廊坊 2019's bare 43.2 | 100 and the like are targets).
  it("flags 阆中 2021 and no other real table", async () => {
    const dir = join(FIXTURES, "real");
    const flagged: string[] = [];
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(".xlsx"))
      .sort()) {
      const tables = await tablesOf(join("real", file));
      for (const f of reviewTables(tables, {}))
        if (f.rule === "points-as-targets") flagged.push(`${file} ${f.message}`);
    }
    expect(flagged).toEqual([
      "sichuan-langzhong-vehicle-tax-transfer-self-eval-2021.xlsx 指标值设置不合理：指标值 20、20、10、10、10、10、20 都是不带单位的数字，合计 100，像是各指标的分值而不是指标值；请在指标值列填写目标（如数量、比例、时限）",
    ]);
  }, 60_000); // every real workbook through the reader: over jest's 5 s default on a busy 2-core machine
});
