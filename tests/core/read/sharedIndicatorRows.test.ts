/**
 * reader42 — two reader misreadings left from session 41:
 * - a row whose name and target are merged down from the indicator above but which holds an actual of its own (two
 *   sub-projects reported under one indicator) was folded into the indicator above: its actual was lost;
 * - a target written only inside the name (天长 2022: `指标1：年度资金支付完成率100%` with the 指标值 cell empty) read as
 *   missing.
 */
import { keyCol, keyRow } from "../../../src/core/a1";
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { sheet, type Cell } from "./grid";

const HEAD: Cell[][] = [
  ["2024年项目支出绩效自评表"],
  ["项目名称", "乡村道路维护", "<", "<", "<"],
  ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "子项目"],
];

function read(rows: Cell[][]) {
  return readWorkbook({ sheets: [sheet("S", [...HEAD, ...rows])] });
}

describe("a row merged down from the indicator above with an actual of its own stays an indicator", () => {
  const rows: Cell[][] = [
    ["产出指标", "数量指标", "维护道路里程", "≥10公里", "6公里", "东片区"],
    ["^", "^", "^", "^", "5公里", "西片区"],
    ["^", "质量指标", "验收合格率", "100%", "100%", null],
  ];

  test("two indicators of one name and target, each with its actual; the sharing is said at the row", () => {
    const { tables, diagnostics } = read(rows);
    const roads = tables[0].indicators.filter((i) => i.name === "维护道路里程");
    expect(roads.map((i) => [i.row, i.targetText, i.actual?.value])).toEqual([
      [3, "≥10公里", "6公里"],
      [4, "≥10公里", "5公里"],
    ]);
    expect(tables[0].indicators).toHaveLength(3);
    expect(diagnostics.map((d) => d.message).join("\n")).toMatch(/第 5 行.*维护道路里程.*实际/);
  });

  test("a target merged down is at its master cell for each row it covers (a formula reads it there)", () => {
    const { tables } = read([
      ["产出指标", "质量指标", "道路验收合格率", "100%", "100%"],
      ["^", "^", "桥梁验收合格率", "^", "98%"],
    ]);
    expect(tables[0].indicators.map((i) => [i.name, keyRow(i.targetCell), keyCol(i.targetCell)])).toEqual([
      ["道路验收合格率", 3, 3],
      ["桥梁验收合格率", 3, 3],
    ]);
  });

  test("an actual merged down too (one answer over the rows) still folds the rows into one indicator", () => {
    const merged: Cell[][] = [
      ["产出指标", "数量指标", "维护道路里程", "≥10公里", "11公里", "东片区"],
      ["^", "^", "^", "^", "^", "西片区"],
    ];
    const { tables } = read(merged);
    expect(tables[0].indicators.map((i) => [i.name, i.actual?.value])).toEqual([["维护道路里程", "11公里"]]);
  });
});

describe("a target written in the name, its 指标值 cell empty, is read from the name", () => {
  const rows: Cell[][] = [
    ["产出指标", "时效指标", "指标1：年度资金支付完成率100%", null, "98%"],
    ["^", "数量指标", "指标2：培训人次不少于200人次", "", 150],
    ["^", "质量指标", "指标3：工程质量合格", null, null],
    ["^", "^", "指标4：覆盖率95%以上的乡镇数", null, null],
    ["^", "^", "2024年度资金执行率", null, null],
    ["满意度指标", "服务对象满意度指标", "指标5：群众满意度（≥90%）", null, "95%"],
    ["^", "^", "指标6：居民满意度(≥**%)", null, null],
  ];
  const { tables } = read(rows);
  const byName = (start: string) => tables[0].indicators.find((i) => i.name.startsWith(start))!;

  test("指标1：年度资金支付完成率100% → ≥ 100%, said to come from the name", () => {
    const t = byName("指标1").target;
    expect([t.kind, t.op, t.value, t.unit]).toEqual(["number", ">=", 100, "%"]);
    expect(t.reason).toContain("名称");
  });

  test("不少于200人次 in the name → ≥ 200 人次", () => {
    const t = byName("指标2").target;
    expect([t.kind, t.op, t.value, t.unit]).toEqual(["number", ">=", 200, "人次"]);
  });

  test("a target in brackets at the end of the name → read as written there; the form's (≥**%) is none", () => {
    const t = byName("指标5").target;
    expect([t.kind, t.op, t.value, t.unit, t.raw]).toEqual(["number", ">=", 90, "%", "≥90%"]);
    expect(byName("指标6").target.kind).toBe("missing");
  });

  test("a name without a quantity at its end, or with a year at its start, stays without a target", () => {
    expect(byName("指标3").target.kind).toBe("missing");
    expect(byName("指标4").target.kind).toBe("missing");
    expect(byName("2024年度").target.kind).toBe("missing");
  });
});
