/**
 * reader71 — a notice's heading over its table names the project (南开 2018, scripts/fixtures/real-layouts/SOURCES.md
 * round forty-one): 关于“2018生物实验教学中心建设项目” / 预算绩效评价结果的公示, printed over two lines, was no title at all,
 * so “未找到项目名称” was said. Each rule with its neighbours: the heading on one line, unquoted, a 关于 line that is a
 * sentence, an indicator named …公示, a quoted word in an ordinary title.
 */
import { readWorkbook } from "../../../src/core/read";
import { sheet, workbook, type Cell } from "./grid";

const GRID: Cell[][] = [
  ["一级指标", "二级指标", "三级指标", "预算设定指标值", "项目完成指标值"],
  ["产出指标", "数量指标", "购置仪器设备", 31, 42],
  ["^", "时效指标", "项目完成时间", "2018年10月底", "2018年11月底"],
];

const read = (above: Cell[][], grid: Cell[][] = GRID) => readWorkbook(workbook(sheet("公示", [...above, ...grid])));
const noName = (r: ReturnType<typeof read>) => r.diagnostics.some((d) => /未找到项目名称/.test(d.message));

describe("a notice's heading (关于“…”…的公示) names the project it quotes", () => {
  test("printed over two lines: the 关于 line and the form's words are one title", () => {
    const r = read([["关于“2018生物实验教学中心建设项目”"], ["预算绩效评价结果的公示"]]);
    const [t] = r.tables;
    expect(t.title).toBe("关于“2018生物实验教学中心建设项目”预算绩效评价结果的公示");
    expect(t.name).toBe("2018生物实验教学中心建设项目");
    expect(noName(r)).toBe(false);
    expect(t.indicators.map((i) => i.name)).toEqual(["购置仪器设备", "项目完成时间"]);
  });

  test("the lead-in sentence under it (…公示如下:) is no unit's name; a line typed between the two lines parts nothing", () => {
    const lead =
      "2018生物实验教学中心建设项目由南开大学2018年度实验室设备处归口发展经费资助,现将该项目预算绩效评价结果公示如下:";
    const [t] = read([["关于“2018生物实验教学中心建设项目”"], ["预算绩效评价结果的公示"], [lead]]).tables;
    expect(t.unitName).toBe("");
    const [moved] = read([
      ["关于“2018生物实验教学中心建设项目”"],
      ["附件2"],
      ["单位：万元"],
      ["预算绩效评价结果的公示"],
    ]).tables;
    expect(moved.name).toBe("2018生物实验教学中心建设项目");
  });

  test("on one line, quoted or not", () => {
    expect(read([["关于“2018生物实验教学中心建设项目”预算绩效评价结果的公示"]]).tables[0].name).toBe(
      "2018生物实验教学中心建设项目",
    );
    expect(read([["关于下马关镇设施农业黄金蜜(葡萄)种植项目绩效目标设定的公示"]]).tables[0].name).toBe(
      "下马关镇设施农业黄金蜜(葡萄)种植",
    );
  });

  test("the second line alone, with a sentence above it, names no project (said)", () => {
    const r = read([["关于做好2018年预算绩效评价工作,现公示如下。"], ["预算绩效评价结果的公示"]]);
    expect(r.tables[0].name).toBe("");
    expect(noName(r)).toBe(true);
  });

  test("a 关于 line with another cell on its row is not the heading's beginning", () => {
    const r = read([["关于“实验中心建设”", null, null, "编号:12"], ["预算绩效评价结果的公示"]]);
    expect(r.tables[0].name).toBe("");
  });

  test("a notice about anything but goals (no 绩效) stays no title", () => {
    const r = read([["关于“实验中心建设项目”采购结果的公示"]]);
    expect(r.tables[0].title).toBe("");
  });
});

describe("neighbours: what is not a notice's heading", () => {
  test("an indicator named …公示 inside the table is read, not taken for a title ending the table", () => {
    const grid: Cell[][] = [
      ...GRID,
      ["^", "质量指标", "绩效目标公示", "100%", "100%"],
      ["满意度指标", "服务对象满意度指标", "师生满意度", "≥95%", "≥95%"],
    ];
    const [t] = read([["2018年度实验中心建设项目绩效目标表"]], grid).tables;
    expect(t.indicators.map((i) => i.name)).toEqual(["购置仪器设备", "项目完成时间", "绩效目标公示", "师生满意度"]);
  });

  test("an indicator whose name is the form's words (绩效目标的公示) under merged levels stays an indicator", () => {
    const grid: Cell[][] = [...GRID, ["^", "^", "绩效目标的公示", "按时", "按时"]];
    const [t] = read([["2018年度实验中心建设项目绩效目标表"]], grid).tables;
    expect(t.indicators.map((i) => i.name)).toContain("绩效目标的公示");
  });

  test("a quoted word in an ordinary title keeps the title's name as before", () => {
    const [t] = read([["2024年度“三下乡”活动经费项目支出绩效目标表"]]).tables;
    expect(t.name).toBe("“三下乡”活动经费");
  });
});

describe("评价结果 as an indicator's 一级 (reader70 left: it closed the block as the summary word does)", () => {
  const header: Cell[] = ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"];
  const first: Cell[] = ["产出指标", "数量指标", "开展评价项目数", "≥5个", "6个"];

  test("over a 二级 naming an indicator kind it is a level: its rows and those after it are read", () => {
    const [t] = read(
      [["2024年度预算绩效管理工作经费项目绩效目标表"]],
      [
        header,
        first,
        ["评价结果", "社会效益指标", "评价结果应用率", "100%", "100%"],
        ["^", "可持续影响指标", "整改问题落实率", "≥90%", "85%"],
        ["满意度指标", "服务对象满意度指标", "被评价单位满意度", "≥90%", "95%"],
      ],
    ).tables;
    expect(t.indicators.map((i) => [i.level1, i.name])).toEqual([
      ["产出指标", "开展评价项目数"],
      ["评价结果", "评价结果应用率"],
      ["评价结果", "整改问题落实率"],
      ["满意度指标", "被评价单位满意度"],
    ]);
  });

  test("评价结果 over a grade or a score still closes the block (no indicator made of it)", () => {
    for (const row of [
      ["评价结果", "优", null, null, null],
      ["预算绩效评价结果", "考核节点进度完成率", "10分", "项目采购节约率", "10分"],
      ["评价结果", "<", "<", "优秀", "<"],
    ] as Cell[][]) {
      const [t] = read([["2024年度预算绩效管理工作经费项目绩效目标表"]], [header, first, row]).tables;
      expect(t.indicators.map((i) => i.name)).toEqual(["开展评价项目数"]);
    }
  });

  test("a summary word that is not 评价结果 (总分) closes the block even over an indicator kind", () => {
    const [t] = read(
      [["2024年度预算绩效管理工作经费项目绩效目标表"]],
      [header, first, ["总分", "社会效益指标", null, "100", "98"]],
    ).tables;
    expect(t.indicators.map((i) => i.name)).toEqual(["开展评价项目数"]);
  });
});

test("a 关于 line above a row of several cells (a table's last row) is not the heading's beginning", () => {
  const r = read([["关于“实验中心建设项目”"], ["合计", 100, null, 98], ["预算绩效评价结果的公示"]]);
  expect(r.tables.map((t) => t.name)).not.toContain("实验中心建设项目");
});

// review71b: a notice of a year's goals or results names no project. Before, what stood between 关于 and the form's
// words was taken for one (2024年度部门, 公布2023年度, XX县2024年) and 未找到项目名称 was not said.
test("a notice of a year's goals or results (关于2024年度部门预算绩效目标的公示) names no project, said (review71b)", () => {
  for (const heading of [
    "关于2024年度部门预算绩效目标的公示",
    "关于公布2023年度项目绩效自评结果的公示",
    "关于XX县2024年预算绩效评价结果的公示",
  ]) {
    const r = read([[heading]]);
    expect({ heading, name: r.tables[0].name, said: noName(r) }).toEqual({ heading, name: "", said: true });
  }
  // A 项目名称 row names the project under such a notice; a project's own notice keeps its name.
  expect(read([["关于2024年项目绩效目标的公示"], ["项目名称", "办公用品采购"]]).tables[0].name).toBe("办公用品采购");
  expect(read([["关于2024年办公用品采购项目绩效目标的公示"]]).tables[0].name).toBe("2024年办公用品采购");
});
