/**
 * Unit-wide goals written as prose (issue 8 §3): the plan writes them out as a proper target table on the
 * sheet 部门整体绩效目标, with monitoring columns; later checks read that table instead of the prose.
 */
import { checkWorkbook } from "../../../src/core/check";
import { buildClearPlan, buildPlan } from "../../../src/core/plan/buildPlan";
import { parseMarks } from "../../../src/core/plan/marks";
import type { Plan } from "../../../src/core/plan/types";
import { PROJECT_SHEET } from "../../../src/core/plan/unitSheet";
import { UNIT_TABLE_HEADER, UNIT_TABLE_NAME } from "../../../src/core/prose/extractProse";
import { DEFAULT_SETTINGS, type CellValue, type WorkbookSnapshot } from "../../../src/core/types";
import { applyToSnapshot, cellOf } from "./applyToSnapshot";
import { sheet, snapshotOf } from "./fixtures";

const SETTINGS = { ...DEFAULT_SETTINGS, asOf: "2024-07-31", budgetYear: 2024 };
const OPTIONS = { formulas: false, lang: "zh" as const };
const U = UNIT_TABLE_NAME;
const PROSE = "绩效指标：全年举办培训不少于3场；培训合格率达到95%以上；群众来信7日内程序性回复率达到100%。";

function proseWorkbook(): WorkbookSnapshot {
  return snapshotOf(sheet("目标", [["一、部门职责"], [PROSE]]));
}

function run(snapshot: WorkbookSnapshot): { plan: Plan; after: WorkbookSnapshot } {
  const plan = buildPlan(snapshot, checkWorkbook(snapshot, SETTINGS), OPTIONS);
  return { plan, after: applyToSnapshot(snapshot, plan) };
}

const rowValues = (snapshot: WorkbookSnapshot, row: number, cols: number) =>
  Array.from({ length: cols }, (_, col) => cellOf(snapshot, U, row, col).value);

/** Non-empty cells of every sheet, to compare workbooks. */
function contents(snapshot: WorkbookSnapshot): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of snapshot.sheets)
    s.values.forEach((row, r) =>
      row.forEach((v: CellValue, c) => {
        const f = s.formulas?.[r]?.[c];
        if ((v !== null && v !== "") || f)
          out[`${s.name}!${r + s.originRow},${c + s.originCol}`] = `${JSON.stringify(v)}|${f ?? ""}`;
      }),
    );
  return out;
}

test("the first run writes the prose goals out as a target table with monitoring columns", () => {
  const before = proseWorkbook();
  const prose = checkWorkbook(before, SETTINGS)
    .tables.map((c) => c.table)
    .filter((t) => t.source === "prose");
  expect(prose.flatMap((t) => t.indicators)).toHaveLength(3);
  const { plan, after } = run(before);
  expect(plan.ops).toContainEqual({ op: "addSheet", sheet: U, visibility: "visible" });
  const header = rowValues(after, 2, 12);
  expect(header.slice(0, 5)).toEqual([...UNIT_TABLE_HEADER]);
  expect(header.slice(5)).toEqual(["实际完成值", "全年预计完成值", "状态", "预警", "偏差原因", "完成可能性", "备注"]);
  const names = [3, 4, 5].map((row) => cellOf(after, U, row, 2).value);
  expect(names).toHaveLength(3);
  expect(names.every((n) => typeof n === "string" && n.length > 0)).toBe(true);
  // No actual yet: every status is 待填报 (pending), and the user's prose sheet is untouched.
  expect([3, 4, 5].map((row) => cellOf(after, U, row, 7).value)).toEqual(["待填报", "待填报", "待填报"]);
  expect(contents(after)).toMatchObject({ "目标!1,0": `${JSON.stringify(PROSE)}|` });
  expect(Object.keys(contents(after)).filter((k) => k.startsWith("目标!"))).toHaveLength(2);
  const marks = parseMarks(after.marks);
  expect(marks?.sheets).toContain(U);
  expect(marks?.generated?.[U]).toBeTruthy();
});

test("a second run reads the table from the new sheet, judges the typed actuals and changes nothing else", () => {
  const first = run(proseWorkbook()).after;
  const second = run(first).after;
  expect(contents(second)).toEqual(contents(first));
  const tables = checkWorkbook(second, SETTINGS).tables.map((c) => c.table);
  expect(tables.filter((t) => t.source === "prose")).toEqual([]);
  const unit = tables.filter((t) => t.sheet === U);
  expect(unit).toHaveLength(1);
  expect(unit[0].kind).toBe("unit");
  expect(unit[0].indicators).toHaveLength(3);

  // The user types an actual for the 合格率 row; the next run judges it on the unit sheet.
  const row = [3, 4, 5].find((r) => String(cellOf(second, U, r, 3).value).includes("95")) as number;
  const typed = structuredClone(second);
  typed.sheets.find((s) => s.name === U)!.values[row][5] = "80%";
  const third = run(typed).after;
  expect(cellOf(third, U, row, 5).value).toBe("80%");
  expect(cellOf(third, U, row, 7).value).not.toBe("待填报");
  expect(cellOf(third, U, row, 8).value).toMatch(/红|黄/);
});

test("Clear marks deletes an untouched unit sheet", () => {
  const first = run(proseWorkbook()).after;
  const clear = buildClearPlan(first);
  expect(clear.ops).toContainEqual({ op: "deleteSheet", sheet: U });
  const cleared = applyToSnapshot(first, clear);
  expect(cleared.sheets.map((s) => s.name)).toEqual(["目标"]);
});

test("Clear marks keeps a unit sheet the user typed into, without our status cells, and says so", () => {
  const first = run(proseWorkbook()).after;
  first.sheets.find((s) => s.name === U)!.values[3][5] = 2;
  const clear = buildClearPlan(first);
  expect(clear.ops).not.toContainEqual({ op: "deleteSheet", sheet: U });
  expect(clear.messages.join("")).toContain(U);
  const cleared = applyToSnapshot(first, clear);
  expect(rowValues(cleared, 2, 5)).toEqual([...UNIT_TABLE_HEADER]);
  expect(cellOf(cleared, U, 3, 5).value).toBe(2);
  expect(cellOf(cleared, U, 2, 5).value).toBe("实际完成值");
  expect(cellOf(cleared, U, 3, 7).value).toBeNull(); // 状态 went
  // The kept sheet is now the user's table: a check reads it and not the prose.
  const tables = checkWorkbook(cleared, SETTINGS).tables.map((c) => c.table);
  expect(tables.filter((t) => t.source === "prose")).toEqual([]);
  expect(tables.filter((t) => t.sheet === U)).toHaveLength(1);
});

test("a user sheet already named 部门整体绩效目标 is left alone and the plan says so", () => {
  const taken = snapshotOf(sheet("目标", [["一、部门职责"], [PROSE]]), sheet(U, [["我的笔记"]]));
  const { plan, after } = run(taken);
  expect(plan.ops.filter((o) => "sheet" in o && o.sheet === U)).toEqual([]);
  expect(cellOf(after, U, 0, 0).value).toBe("我的笔记");
  expect(plan.messages.join("")).toContain(U);
});

// ───────── A list of projects whose goals are written in their rows' text cells (黄山 2025 and the like) ─────────

const P = PROJECT_SHEET;
const LISTED =
  "【总体目标】保障机房运转\n【产出指标-数量指标】\n指标1:机柜数量(≥77台)\n【满意度指标-服务对象满意度指标】\n指标1:群众满意度(≥90%)";
const SENTENCES = "全年办理执法案件不少于120件；案件办结率达到95%以上。";

function projectList(): WorkbookSnapshot {
  return snapshotOf(
    sheet("项目绩效目标和指标", [
      ["某市公安局2025年项目绩效目标和指标"],
      ["单位编码", "项目名称", "年度预算安排", "绩效目标"],
      [null, "某市公安局", 2781680],
      ["037001", "机房租赁服务采购项目", 1681680, LISTED],
      ["037001", "执法办案费", 1100000, SENTENCES],
    ]),
  );
}

const projectsOf = (snapshot: WorkbookSnapshot) =>
  checkWorkbook(snapshot, SETTINGS)
    .tables.map((c) => c.table)
    .map((t) => [t.sheet, t.kind, t.source ?? "table", t.name, t.budget, t.indicators.length]);

test("each project of a list keeps its own goals and budget, read from its row", () => {
  expect(projectsOf(projectList())).toEqual([
    ["项目绩效目标和指标", "project", "prose", "机房租赁服务采购项目", 168.168, 2],
    ["项目绩效目标和指标", "project", "prose", "执法办案费", 110, 2],
  ]);
});

test("a list of projects is written out one table per project on 项目绩效目标, and read back as it was read", () => {
  const { plan, after } = run(projectList());
  expect(plan.ops).toContainEqual({ op: "addSheet", sheet: P, visibility: "visible" });
  expect(after.sheets.map((s) => s.name)).not.toContain(U);
  const cell = (row: number, col: number) => cellOf(after, P, row, col).value;
  // Title, 项目名称 and its budget, header, two indicators; a blank row; the next project.
  expect([0, 1, 2, 3, 4, 6, 7].map((row) => cell(row, 0))).toEqual([
    "2025年项目绩效目标表",
    "项目名称",
    "一级指标",
    "产出指标",
    "满意度指标",
    "2025年项目绩效目标表",
    "项目名称",
  ]);
  expect([cell(1, 1), cell(1, 2), cell(1, 3)]).toEqual(["机房租赁服务采购项目", "年度预算（万元）", 168.168]);
  expect([cell(7, 1), cell(7, 3)]).toEqual(["执法办案费", 110]);
  // The second check reads the two projects from our sheet, with their budgets, and writes nothing new.
  expect(projectsOf(after)).toEqual([
    [P, "project", "table", "机房租赁服务采购项目", 168.168, 2],
    [P, "project", "table", "执法办案费", 110, 2],
  ]);
  expect(contents(run(after).after)).toEqual(contents(after));
});

test("Clear marks keeps a project sheet the user typed into, and the projects are not read twice", () => {
  const first = run(projectList()).after;
  first.sheets.find((s) => s.name === P)!.values[3][5] = 80;
  const cleared = applyToSnapshot(first, buildClearPlan(first));
  expect(cleared.sheets.map((s) => s.name)).toContain(P);
  expect(projectsOf(cleared).map((t) => [t[0], t[3]])).toEqual([
    [P, "机房租赁服务采购项目"],
    [P, "执法办案费"],
  ]);
});
