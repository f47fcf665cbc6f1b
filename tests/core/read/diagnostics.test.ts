/**
 * What the reader cannot place is reported with its cell, never dropped silently; and what closes an
 * indicator block (blank row, 合计, prose, the next table) does.
 */
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { fmt, sheet, workbook, type Cell } from "./grid";

const ref = (row: number, col: number) => ({ sheet: "S", row, col });

function read(rows: Cell[][], options: { budgetYear?: number } = { budgetYear: 2024 }) {
  return readWorkbook(workbook(sheet("S", rows)), options);
}

const NO_BUDGET = /未找到本年度预算数/;
type Diagnostics = ReturnType<typeof read>["diagnostics"];
/** Cell, Chinese text and severity: what these tests are about (the message's code is tested in tests/core/locale). */
const shown = (diagnostics: Diagnostics) =>
  diagnostics.map((d) => ({ cell: d.cell, message: d.message, severity: d.severity }));
/** The small tables below have no money block: each also says so (tested once, below); the rest is what they test. */
const others = (diagnostics: Diagnostics) => shown(diagnostics.filter((d) => !NO_BUDGET.test(d.message)));

describe("diagnostics", () => {
  test("a table without a budget says so at its header (issue 13)", () => {
    const result = read([
      ["三级指标", "指标值"],
      ["培训人次", "100人次"],
    ]);
    expect(result.tables[0].budget).toBeNull();
    expect(shown(result.diagnostics.filter((d) => NO_BUDGET.test(d.message)))).toEqual([
      { cell: ref(0, 0), message: expect.stringMatching(NO_BUDGET), severity: "info" },
    ]);
  });

  test("an indicator row without a name", () => {
    const result = read([
      ["项目名称", "培训费"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "培训人次", "≥100人次"],
      [null, "质量指标", null, "≥95%"],
      [null, "时效指标", "完成时间", "2024年11月30日"],
    ]);
    expect(result.tables[0].indicators.map((i) => i.name)).toEqual(["培训人次", "完成时间"]);
    expect(others(result.diagnostics)).toEqual([
      { cell: ref(3, 1), message: expect.stringContaining("没有指标名称"), severity: "warning" },
    ]);
  });

  test("a row holding only 一级 / 二级 cells sets the context without a diagnostic", () => {
    const result = read([
      ["项目名称", "培训费"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", null, null, null],
      [null, "数量指标", "培训人次", "≥100人次"],
    ]);
    expect(result.tables[0].indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ["产出指标", "数量指标", "培训人次"],
    ]);
    expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });

  test("a schedule percentage that is not a number, and an empty one", () => {
    const result = read([
      ["项目名称", "培训费"],
      ["资金支出计划（%）", "6月底", "9月30日", "12月底"],
      [null, "待定", null, fmt(1, "0%")],
      ["三级指标", "指标值"],
      ["培训人次", "≥100人次"],
    ]);
    const [t] = result.tables;
    expect(t.schedule.map((c) => [c.label, c.date, c.percent])).toEqual([["12月底", "2024-12-31", 100]]);
    expect(others(result.diagnostics)).toEqual([
      { cell: ref(2, 1), message: "资金支出计划“6月底”的比例“待定”不是数字，未读取", severity: "warning" },
      { cell: ref(2, 2), message: "资金支出计划“9月30日”没有填写比例", severity: "warning" },
    ]);
  });

  test("a checkpoint label that is not a date", () => {
    const result = read([
      ["项目名称", "培训费"],
      ["资金支出计划", "第一阶段", "12月底"],
      [null, "30%", "100%"],
      ["三级指标", "指标值"],
      ["培训人次", "≥100人次"],
    ]);
    expect(result.tables[0].schedule).toHaveLength(1);
    expect(others(result.diagnostics)).toEqual([
      { cell: ref(1, 1), message: "资金支出计划的时点“第一阶段”无法识别，未读取", severity: "warning" },
    ]);
  });

  test("a budget that is not an amount", () => {
    const result = read([
      ["项目名称", "培训费", "预算数", "待批复"],
      ["三级指标", "指标值"],
      ["培训人次", "≥100人次"],
    ]);
    expect(result.tables[0].budget).toBeNull();
    expect(others(result.diagnostics)).toEqual([
      { cell: ref(0, 3), message: expect.stringContaining("不是金额"), severity: "warning" },
    ]);
  });

  test("a money label followed by a fill-in label (地方资金 | 市: | 县:, amounts left blank) is no word for an amount", () => {
    // 乐昌 2018 专项 绩效目标表 (round thirty-three): on main “地方资金”右侧的“市:”不是金额.
    const result = read([
      ["项目名称", "培训费", "预算数", "10"],
      ["地方资金", "市:", "县:"],
      ["三级指标", "指标值"],
      ["培训人次", "≥100人次"],
    ]);
    expect(result.tables[0].budget).toBe(10);
    expect(others(result.diagnostics)).toEqual([]);
  });

  test("a header with no indicator rows, and unknown header columns", () => {
    const result = read([["三级指标", "指标值", "牵头科室"], [], ["其他内容"]]);
    expect(result.tables[0].indicators).toEqual([]);
    expect(others(result.diagnostics)).toEqual([
      { cell: ref(0, 0), message: "找到指标表头，但其下没有指标行", severity: "warning" },
      { cell: ref(0, 2), message: "表头“牵头科室”未识别，该列未读取", severity: "info" },
      { cell: ref(0, 0), message: "未找到项目名称", severity: "warning" },
    ]);
  });

  test("no budget year anywhere: the schedule cannot be dated", () => {
    const result = read(
      [
        ["资金支出计划", "6月底", "12月底"],
        [null, "50%", "100%"],
        ["三级指标", "指标值"],
        ["培训人次", "≥100人次"],
      ],
      {},
    );
    expect(result.tables[0].budgetYear).toBeNull();
    expect(result.tables[0].schedule).toEqual([]);
    expect(others(result.diagnostics).map((d) => d.message)).toEqual([
      "未找到项目名称",
      "无法确定预算年度：按监控日期所在年度判断",
      "无法确定预算年度，资金支出计划未读取",
    ]);
  });
});

describe("a table stating no budget year", () => {
  const noYear = (name: string) =>
    read(
      [
        ["三级指标", "指标值"],
        [name, "≥10%"],
        ["培训人次", "≥100人次"],
      ],
      {},
    );

  test("its indicators name one year: judged in it, and said", () => {
    const result = noYear("完成2021年护工培训任务");
    expect(result.tables[0].budgetYear).toBe(2021);
    expect(others(result.diagnostics).map((d) => d.message)).toContain("未写预算年度：按指标中写的 2021 年判断");
  });

  test("a base year compared with (较2020年增长) is not the table's year", () => {
    const result = noYear("营业收入较2020年增长");
    expect(result.tables[0].budgetYear).toBeNull();
    expect(others(result.diagnostics).map((d) => d.message)).toContain("无法确定预算年度：按监控日期所在年度判断");
  });

  // Every year of every name and target counts (the search restarts at each text: perf54b finds them with one regex).
  test("the same year named twice in a text, and again as a dotted period in a target: that year", () => {
    const result = read(
      [
        ["三级指标", "指标值"],
        ["完成２０２１年培训，2021年底前验收", "2021.1.1-12.31"],
      ],
      {},
    );
    expect(result.tables[0].budgetYear).toBe(2021);
  });

  test("two years named, one in a name and one in a target: neither", () => {
    const result = read(
      [
        ["三级指标", "指标值"],
        ["完成2021年培训任务", "2022年12月底前"],
      ],
      {},
    );
    expect(result.tables[0].budgetYear).toBeNull();
  });
});

describe("where an indicator block ends", () => {
  test("a prose paragraph merged across the table", () => {
    const result = read([
      ["三级指标", "指标值", "指标值确定依据"],
      ["培训人次", "≥100人次", "计划标准"],
      ["说明：以上指标由业务科室提供，财务科汇总。", "<", "<"],
      ["培训天数", "5天", "计划标准"],
    ]);
    expect(result.tables[0].indicators.map((i) => i.name)).toEqual(["培训人次"]);
  });

  test("a paragraph that is not marked as a note, merged across the name and target columns", () => {
    const result = read([
      ["一级指标", "三级指标", "指标值"],
      ["产出指标", "培训人次", "≥100人次"],
      ["以下为补充材料", "<", "<"],
    ]);
    expect(result.tables[0].indicators).toHaveLength(1);
    expect(result.tables[0].range.bottom).toBe(1);
  });

  test("a statement merged from the name column across the target under a 二级 of its own is an indicator", () => {
    // 宁夏 原州区: 经济效益指标 | "增加就业机会,提高农民收入。" over 三级 and 指标值, then more indicators.
    const result = read([
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "营造林面积(亩)", 80000],
      ["效益指标", "经济效益指标", "增加就业机会,提高农民收入。", "<"],
      [null, "社会效益指标", "受益人数(人)", 132],
    ]);
    expect(result.tables[0].indicators.map((i) => [i.level1, i.level2, i.name, i.targetText, i.target.kind])).toEqual([
      ["产出指标", "数量指标", "营造林面积(亩)", "80000", "number"],
      ["效益指标", "经济效益指标", "增加就业机会,提高农民收入。", "增加就业机会,提高农民收入。", "qualitative"],
      ["效益指标", "社会效益指标", "受益人数(人)", "132", "number"],
    ]);
  });

  test("the same merge with no 二级 beside it is prose: the block ends", () => {
    const result = read([
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "营造林面积(亩)", 80000],
      [null, null, "以上指标由业务科室提供。", "<"],
      ["效益指标", "社会效益指标", "受益人数(人)", 132],
    ]);
    expect(result.tables[0].indicators.map((i) => i.name)).toEqual(["营造林面积(亩)"]);
  });

  // A note under a 二级 that is not its own stays prose (review of session 30's rule).
  test.each([
    ["a 备注 merged over 一级 and 二级", ["备注", "<", "以上指标由业务科室提供。", "<"]],
    ["a 二级 merged down over the note from the row above", [null, "^", "以上指标由业务科室提供。", "<"]],
    ["a 二级 cell that names no indicator kind", [null, "填报说明", "以上指标由业务科室提供。", "<"]],
  ])("%s beside a merged statement is prose: the block ends", (_, note) => {
    const result = read([
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "营造林面积(亩)", 80000],
      note as Cell[],
      ["效益指标", "社会效益指标", "受益人数(人)", 132],
    ]);
    expect(result.tables[0].indicators.map((i) => i.name)).toEqual(["营造林面积(亩)"]);
  });

  test("a 二级 written over three lines with (选填) is its own: the statement under it is an indicator", () => {
    const result = read([
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["效益指标", "经济效益\n指标\n(选填)", "增加就业机会,提高农民收入。", "<"],
      [null, "社会效益指标", "受益人数(人)", 132],
    ]);
    expect(result.tables[0].indicators.map((i) => i.name)).toEqual(["增加就业机会,提高农民收入。", "受益人数(人)"]);
  });

  test("a 合计 row", () => {
    const result = read([
      ["三级指标", "指标值", "分值"],
      ["培训人次", "≥100人次", 50],
      ["合计", null, 100],
    ]);
    expect(result.tables[0].indicators).toHaveLength(1);
    expect(result.tables[0].range.bottom).toBe(2);
  });

  test("the next table's title and header block right under the last indicator", () => {
    const result = read([
      ["1.甲项目绩效目标表"],
      ["项目名称", "甲项目"],
      ["三级指标", "指标值"],
      ["甲指标", "≥1个"],
      ["2.乙项目绩效目标表"],
      ["项目名称", "乙项目"],
      ["三级指标", "指标值"],
      ["乙指标", "≥2个"],
    ]);
    expect(result.tables.map((t) => [t.title, t.name, t.indicators.map((i) => i.name), t.range])).toEqual([
      ["1.甲项目绩效目标表", "甲项目", ["甲指标"], { top: 0, left: 0, bottom: 3, right: 1 }],
      ["2.乙项目绩效目标表", "乙项目", ["乙指标"], { top: 4, left: 0, bottom: 7, right: 1 }],
    ]);
  });

  test("a header repeated after a page break continues the table above", () => {
    const result = read([
      ["项目名称", "甲项目", "预算数", 10],
      ["三级指标", "指标值"],
      ["甲指标1", "≥1个"],
      [],
      ["三级指标", "指标值"],
      ["甲指标2", "≥2个"],
    ]);
    expect(result.tables.map((t) => [t.name, t.budget, t.indicators.map((i) => i.name)])).toEqual([
      ["甲项目", 10, ["甲指标1", "甲指标2"]],
    ]);
  });

  test("a bare table pasted again below, its indicators listed again, is a second table, no page-break repeat", () => {
    const table = [
      ["一级指标", "三级指标", "指标值"],
      ["产出指标", "甲指标", "≥1个"],
      ["^", "乙指标", "≥2个"],
    ];
    const result = read([...table, [], ...table]);
    expect(result.tables.map((t) => [t.indicators.map((i) => i.name), t.range.top, t.range.bottom])).toEqual([
      [["甲指标", "乙指标"], 0, 2],
      [["甲指标", "乙指标"], 4, 6],
    ]);
  });

  test("a 项目名称 row right under a bare table's indicators starts the next table, no indicator of the one above", () => {
    // main: 项目名称 in the 一级 column was taken for a level, 乙项目 for an indicator of the table above, and the bare
    // header under it carried that table on (one table: 甲指标, 乙项目, 乙指标).
    const result = read([
      ["一级指标", "三级指标", "指标值"],
      ["产出指标", "甲指标", "≥1个"],
      ["项目名称", "乙项目"],
      ["一级指标", "三级指标", "指标值"],
      ["产出指标", "乙指标", "≥2个"],
    ]);
    expect(result.tables.map((t) => [t.name, t.indicators.map((i) => i.name)])).toEqual([
      ["", ["甲指标"]],
      ["乙项目", ["乙指标"]],
    ]);
  });

  test("a whole indicator row with 项目名称 in its 一级 column right under a table is said, not dropped unseen", () => {
    // main (since session 64): the row ends the table (项目名称 starts the next project) and 乙指标 went without a word.
    const result = read([
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "甲指标", "≥1个"],
      ["项目名称", "数量指标", "乙指标", "≥1个"],
    ]);
    expect(result.tables.map((t) => t.indicators.map((i) => i.name))).toEqual([["甲指标"]]);
    expect(others(result.diagnostics).filter((d) => /指标级别列/.test(d.message))).toEqual([
      {
        cell: ref(2, 0),
        message: "第 3 行的指标级别列写着“项目名称”，旁边有指标“乙指标”：按下一个项目的开头处理，此行未作为指标读取",
        severity: "warning",
      },
    ]);
  });

  test("a 项目名称 row with its name (and a budget label) under a table starts the next project with no such warning", () => {
    const result = read([
      ["一级指标", "三级指标", "指标值"],
      ["产出指标", "甲指标", "≥1个"],
      ["项目名称", "乙项目", "预算数"],
      ["一级指标", "三级指标", "指标值"],
      ["产出指标", "乙指标", "≥2个"],
    ]);
    expect(result.diagnostics.filter((d) => /指标级别列写着/.test(d.message))).toEqual([]);
  });

  test("a bare header after a blank row whose 一级 levels start over begins a second table", () => {
    const result = read([
      ["一级指标", "三级指标", "指标值"],
      ["产出指标", "甲指标", "≥1个"],
      ["满意度指标", "甲满意度", "≥90%"],
      [],
      ["一级指标", "三级指标", "指标值"],
      ["产出指标", "乙指标", "≥2个"],
      ["满意度指标", "乙满意度", "≥95%"],
    ]);
    expect(result.tables.map((t) => t.indicators.map((i) => i.name))).toEqual([
      ["甲指标", "甲满意度"],
      ["乙指标", "乙满意度"],
    ]);
  });

  test("a header repeated right under a table, its levels going on or starting over with no row between, continues it", () => {
    const result = read([
      ["一级指标", "三级指标", "指标值"],
      ["产出指标", "甲指标", "≥1个"],
      ["满意度指标", "甲满意度", "≥90%"],
      ["一级指标", "三级指标", "指标值"],
      ["产出指标", "乙指标", "≥2个"],
      [],
      ["一级指标", "三级指标", "指标值"],
      ["产出指标", "丙指标", "≥3个"],
      ["效益指标", "丙效益", "≥1项"],
    ]);
    expect(result.tables.map((t) => t.indicators.map((i) => i.name))).toEqual([
      ["甲指标", "甲满意度", "乙指标", "丙指标", "丙效益"],
    ]);
  });

  test("a bare indicator table far below another one is a table of its own, without the other's fields", () => {
    const result = read([
      ["项目名称", "甲项目", "预算数", 10],
      ["三级指标", "指标值"],
      ["甲指标", "≥1个"],
      [],
      [],
      [],
      [],
      [],
      ["三级指标", "指标值"],
      ["乙指标", "≥2个"],
    ]);
    expect(result.tables.map((t) => [t.name, t.budget])).toEqual([
      ["甲项目", 10],
      ["", null],
    ]);
  });

  test("长期绩效指标 followed by 年度绩效指标: the annual block is the table's", () => {
    const result = read([
      ["项目名称", "镇域基础设施建设", "<", "<"],
      ["长期绩效指标", "一级指标", "二级指标", "指标内容", "指标值"],
      ["^", "产出指标", "数量指标", "改造道路", "≥50公里"],
      ["年度绩效指标", "一级指标", "二级指标", "指标内容", "指标值"],
      ["^", "产出指标", "数量指标", "改造道路", "≥10公里"],
      ["^", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ]);
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0].name).toBe("镇域基础设施建设");
    expect(result.tables[0].indicators.map((i) => i.targetText)).toEqual(["≥10公里", "≥90%"]);
    expect(result.tables[0].header.row).toBe(3);
    expect(result.diagnostics.map((d) => d.message)).toContain("长期绩效指标未作为年度指标读取");
  });
});
