/**
 * Smaller variations of wording and arrangement met in real tables.
 */
import { displayText } from "../../../src/core/read/display";
import { Grid } from "../../../src/core/read/grid";
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { normalizeLabel } from "../../../src/core/read/text";
import { fmt, sheet, workbook, type Cell } from "./grid";

const read = (rows: Cell[][], budgetYear?: number) =>
  readWorkbook(workbook(sheet("S", rows)), budgetYear === undefined ? {} : { budgetYear });

describe("schedules", () => {
  const withSchedule = (labels: Cell[], percents: Cell[] | null) => [
    ["项目名称", "培训费"],
    ["资金支出计划", ...labels],
    ...(percents ? [[null, ...percents]] : []),
    ["三级指标", "指标值"],
    ["培训人次", "≥100人次"],
  ];
  const schedule = (rows: Cell[][]) => read(rows, 2024).tables[0].schedule.map((c) => [c.date, c.percent]);

  test("fractions typed as text", () => {
    expect(schedule(withSchedule(["6月末", "12月末"], ["0.5", "1"]))).toEqual([
      ["2024-06-30", 50],
      ["2024-12-31", 100],
    ]);
  });

  test("0 and 1 are fractions, 40 and 100 are percentages", () => {
    expect(schedule(withSchedule(["6月底", "12月底"], [0, 1]))).toEqual([
      ["2024-06-30", 0],
      ["2024-12-31", 100],
    ]);
    expect(schedule(withSchedule(["6月底", "12月底"], [40, 100]))).toEqual([
      ["2024-06-30", 40],
      ["2024-12-31", 100],
    ]);
  });

  test("label and percentage alternating in one row", () => {
    expect(schedule(withSchedule(["6月30日", "40%", "12月31日", "100%"], null))).toEqual([
      ["2024-06-30", 40],
      ["2024-12-31", 100],
    ]);
  });

  test("the whole plan written in one cell", () => {
    expect(schedule(withSchedule(["3月底0%，6月底45%，10月底70%，12月底100%"], null))).toEqual([
      ["2024-03-31", 0],
      ["2024-06-30", 45],
      ["2024-10-31", 70],
      ["2024-12-31", 100],
    ]);
  });

  test("checkpoints on the row under a label spanning the table", () => {
    const rows: Cell[][] = [
      ["项目名称", "培训费", "<"],
      ["资金支出计划（%）", "<", "<"],
      ["1-6月", "1-9月", "1-12月"],
      [fmt(0.3, "0%"), fmt(0.6, "0%"), fmt(1, "0%")],
      ["三级指标", "指标值"],
      ["培训人次", "≥100人次"],
    ];
    expect(schedule(rows)).toEqual([
      ["2024-06-30", 30],
      ["2024-09-30", 60],
      ["2024-12-31", 100],
    ]);
  });
});

describe("budget year", () => {
  const table = (title: string, target = "≥100人次") => [[title], ["三级指标", "指标值"], ["培训人次", target]];

  test("from the title: 2024年度, （2024年）, 2024年项目…", () => {
    expect(read(table("项目支出绩效目标表（2024年度）")).tables[0].budgetYear).toBe(2024);
    expect(read(table("某某局2025年项目支出绩效目标表")).tables[0].budgetYear).toBe(2025);
  });

  test("a year inside a document name is not the budget year", () => {
    const rows = table("关于下达2023年省级转移支付资金的通知绩效目标表", "2024年12月31日");
    expect(read(rows).tables[0].budgetYear).toBe(2024);
  });

  test("from the project code when nothing else tells", () => {
    const rows: Cell[][] = [["项目编码", "13020024P006820107627"], ["三级指标", "指标值"], ["培训人次", "≥100人次"]];
    expect(read(rows).tables[0].budgetYear).toBe(2024);
    expect(read(rows, 2025).tables[0].budgetYear).toBe(2025);
  });
});

describe("column words", () => {
  test("actual, score and reason synonyms", () => {
    const rows: Cell[][] = [
      ["项目名称", "培训费"],
      ["指标名称", "年度目标值", "上半年完成情况", "全年预计完成值", "偏差大或目标未完成原因分析", "完成可能性"],
      ["培训人次", "≥100人次", "60人次", "100人次", "无", "确定能"],
    ];
    const [t] = read(rows, 2024).tables;
    expect(t.kind).toBe("monitoring");
    expect(t.header.columns).toMatchObject({ name: 0, target: 1, actual: 2, forecast: 3, reason: 4, likelihood: 5 });
    expect(t.indicators[0]).toMatchObject({ reason: "无", likelihood: "确定能" });
  });

  test("完成值 + 得分 make a self-evaluation", () => {
    const rows: Cell[][] = [
      ["项目名称", "培训费"],
      ["三级指标", "指标值", "权重", "完成值", "得分"],
      ["培训人次", "≥100人次", "10%", 100, 10],
    ];
    const [t] = read(rows, 2024).tables;
    expect(t.kind).toBe("self-evaluation");
    expect(t.indicators[0].weight).toBe(10);
  });
});

describe("grid and display", () => {
  test("a host that repeats the merged value in every cell still reads it once", () => {
    const snapshot = sheet("S", [["合并", "<"]]);
    snapshot.values[0][1] = "合并";
    const grid = new Grid(snapshot);
    expect([grid.text(0, 0), grid.text(0, 1), grid.isContinuation(0, 1), grid.mergedValue(0, 1)]).toEqual(["合并", "", true, "合并"]);
  });

  test("values as the user sees them", () => {
    expect(displayText(0.9, "0%")).toBe("90%");
    expect(displayText(0.905, "0.0%")).toBe("90.5%");
    expect(displayText(45657, "yyyy\"年\"m\"月\"d\"日\"")).toBe("2024-12-31");
    expect(displayText(45657, "m/d/yy")).toBe("2024-12-31");
    expect(displayText(63.1, "0.00")).toBe("63.10");
    expect(displayText(0.1 + 0.2, null)).toBe("0.3");
    expect(displayText(" 86人 ")).toBe("86人");
    expect(displayText(null)).toBe("");
    expect(displayText({ error: "#N/A" })).toBe("#N/A");
  });

  test("labels are normalised: spaces, colons, brackets, 其中", () => {
    expect(normalizeLabel("其中：财政    资金")).toEqual({ key: "财政资金", hints: [] });
    expect(normalizeLabel("预算数（万元）：")).toEqual({ key: "预算数", hints: ["万元"] });
    expect(normalizeLabel("　项目名称 ：")).toEqual({ key: "项目名称", hints: [] });
  });
});
