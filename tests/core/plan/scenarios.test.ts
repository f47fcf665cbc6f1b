/**
 * What users do between two runs (issue 11): insert or delete rows and columns before, inside and after a
 * monitoring block, type into every kind of cell, check again, clear, check again. Through the planner and
 * the real reader on the seed workbook (8 tables on one sheet). Promises checked in every scenario:
 * no cell of the user's changes, the block is found again (no second block), a further run changes
 * nothing, and Clear marks leaves exactly the user's workbook.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkWorkbook } from "../../../src/core/check";
import { buildClearPlan, buildPlan } from "../../../src/core/plan/buildPlan";
import { DEFAULT_SETTINGS, type CellValue, type WorkbookSnapshot } from "../../../src/core/types";
import { snapshotFromXlsx } from "../../../src/host/xlsx/snapshot";
import { applyToSnapshot, cellOf } from "./applyToSnapshot";
import { edit, type Edit } from "./edits";

const S = "预算项目绩效目标";
const SETTINGS = { ...DEFAULT_SETTINGS, asOf: "2024-08-15" };
const OPTIONS = { formulas: true, lang: "zh" as const };
let seed: WorkbookSnapshot;

beforeAll(async () => {
  seed = (await snapshotFromXlsx(readFileSync(path.join(__dirname, "../../fixtures/seed-one-sheet.xlsx")))).snapshot;
});

function run(snapshot: WorkbookSnapshot) {
  const plan = buildPlan(snapshot, checkWorkbook(snapshot, SETTINGS), OPTIONS);
  return { plan, after: applyToSnapshot(snapshot, plan) };
}

const clear = (snapshot: WorkbookSnapshot) => {
  const plan = buildClearPlan(snapshot);
  return { plan, after: applyToSnapshot(snapshot, plan) };
};

function contents(snapshot: WorkbookSnapshot): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of snapshot.sheets)
    s.values.forEach((row, r) =>
      row.forEach((v: CellValue, c) => {
        const f = s.formulas?.[r]?.[c];
        if ((v !== null && v !== "") || f)
          out.set(`${s.name}!${r + s.originRow},${c + s.originCol}`, `${JSON.stringify(v)}|${f ?? ""}`);
      }),
    );
  return out;
}

/** Columns of our headers on a row: header text → columns. */
function headersOn(snapshot: WorkbookSnapshot, row: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const s = snapshot.sheets.find((x) => x.name === S)!;
  (s.values[row - s.originRow] ?? []).forEach((v, c) => {
    if (typeof v === "string") out.set(v, [...(out.get(v) ?? []), c + s.originCol]);
  });
  return out;
}

/** Table 1 (办公用品采购): indicator header row 43, rows 44–48, block H–N (7–13); schedule rows 39/40. */
const scenarios: { name: string; edits: Edit[] }[] = [
  { name: "insert rows above the table", edits: [{ kind: "insertRows", sheet: S, at: 30, count: 2 }] },
  { name: "insert a row inside the block", edits: [{ kind: "insertRows", sheet: S, at: 46, count: 1 }] },
  { name: "insert a row after the block", edits: [{ kind: "insertRows", sheet: S, at: 49, count: 1 }] },
  { name: "delete a row above the table", edits: [{ kind: "deleteRows", sheet: S, at: 32, count: 1 }] },
  { name: "delete an indicator row inside the block", edits: [{ kind: "deleteRows", sheet: S, at: 46, count: 1 }] },
  { name: "delete a row after the block", edits: [{ kind: "deleteRows", sheet: S, at: 49, count: 1 }] },
  { name: "insert a column left of the table", edits: [{ kind: "insertCols", sheet: S, at: 0, count: 1 }] },
  { name: "insert a column inside the table", edits: [{ kind: "insertCols", sheet: S, at: 2, count: 1 }] },
  { name: "insert a blank column before 指标描述", edits: [{ kind: "insertCols", sheet: S, at: 3, count: 1 }] },
  { name: "insert a blank column before 指标值", edits: [{ kind: "insertCols", sheet: S, at: 5, count: 1 }] },
  { name: "insert a column inside the block", edits: [{ kind: "insertCols", sheet: S, at: 9, count: 1 }] },
  { name: "insert a column right of the block", edits: [{ kind: "insertCols", sheet: S, at: 14, count: 1 }] },
  { name: "delete a column inside the block", edits: [{ kind: "deleteCols", sheet: S, at: 8, count: 1 }] },
  { name: "delete a column right of the block", edits: [{ kind: "deleteCols", sheet: S, at: 16, count: 1 }] },
];

describe.each(scenarios)("$name, then typing into every kind of cell", ({ edits }) => {
  let first: ReturnType<typeof run>;
  let typed: Edit[];
  let user: WorkbookSnapshot;
  let second: ReturnType<typeof run>;

  beforeAll(() => {
    first = run(seed);
    const moved = edit(first.after, ...edits);
    // Where table 1's block is now, found the way a person would: by its header texts.
    const t = checkWorkbook(moved, SETTINGS)
      .tables.map((c) => c.table)
      .find((x) => x.name === "办公用品采购")!;
    const h = headersOn(moved, t.header.row);
    const rows = t.indicators.map((i) => i.row);
    const schedule = headersOn(moved, t.schedule[0].labelCell.row);
    const col = (text: string) => (h.get(text) ?? [])[0];
    typed = [
      { kind: "type", sheet: S, row: rows[0], col: col("实际完成值"), value: 40 }, // an input cell
      { kind: "type", sheet: S, row: rows[1], col: col("状态"), value: "我改的状态" }, // a computed cell of ours
      { kind: "type", sheet: S, row: t.header.row, col: Math.max(...[...h.values()].flat()) + 1, value: "我的列" }, // right of the block
      {
        kind: "type",
        sheet: S,
        row: t.schedule[0].percentCell.row,
        col: Math.max(...(schedule.get("进度预警") ?? [20])) + 1,
        value: "旁注",
      },
      { kind: "type", sheet: S, row: rows[2] + 1, col: col("预警"), value: "块下方" }, // below a light cell
      { kind: "type", sheet: S, row: 2, col: 20, value: "远处" },
    ];
    // The user's workbook: the same edits and typing on the workbook as it was before any run.
    user = edit(seed, ...edits, ...typed);
    second = run(edit(first.after, ...edits, ...typed));
  });

  test("no cell of the user's changes, and what was kept is said", () => {
    const after = contents(second.after);
    for (const [k, v] of contents(user)) expect([k, after.get(k)]).toEqual([k, v]);
    expect(second.plan.messages.join("\n")).toMatch(/我改的状态|已保留/);
  });

  test("the block is found again: no second block, the user's column stays outside it", () => {
    const count = (snapshot: WorkbookSnapshot) =>
      [...contents(snapshot).values()].filter((v) => v === '"状态"|').length;
    expect(count(second.after)).toBe(count(first.after));
    const t = checkWorkbook(second.after, SETTINGS)
      .tables.map((c) => c.table)
      .find((x) => x.name === "办公用品采购")!;
    expect(headersOn(second.after, t.header.row).get("状态")).toHaveLength(1);
  });

  test("checking again changes nothing", () => {
    const third = run(second.after);
    expect(contents(third.after)).toEqual(contents(second.after));
    expect(third.plan.ops.filter((o) => o.op === "clear")).toEqual([]);
  });

  test("Clear marks leaves exactly the user's workbook (and the input column they typed into)", () => {
    const cleared = clear(second.after).after;
    const left = contents(cleared);
    const mine = contents(user);
    for (const [k, v] of mine) expect([k, left.get(k)]).toEqual([k, v]);
    const extra = [...left].filter(([k]) => !mine.has(k)).map(([, v]) => v);
    expect(extra).toEqual(['"实际完成值"|']);
    expect(cleared.marks).toBeNull();
    expect(cleared.sheets.map((s) => s.name)).toEqual(seed.sheets.map((s) => s.name));
    // Checking again after the clear is a fresh first run on the user's workbook.
    const again = run(cleared);
    expect(contents(again.after)).toEqual(contents(run({ ...cleared, marks: null }).after));
  });
});

test("a value typed right of a table does not push the block along (J→K→L→M)", () => {
  let workbook = run(seed).after;
  const lightCol = () => headersOn(workbook, 43).get("预警");
  const before = lightCol();
  for (let i = 0; i < 4; i++) {
    const right = Math.max(...[...headersOn(workbook, 43).values()].flat()) + 1;
    workbook = run(edit(workbook, { kind: "type", sheet: S, row: 40, col: right + i, value: `旁 ${i}` })).after;
  }
  expect(lightCol()).toEqual(before);
});

test("a forged record (our marks naming the user's cells and sheet) changes nothing of the user's", () => {
  const forged = JSON.stringify({
    version: 2,
    sheets: [S],
    names: ["用户的名称"],
    charts: [],
    cells: { [S]: "A1:G60" },
    prints: { [S]: "zzzz".repeat(7 * 60) },
    inputs: {},
    conditionalFormats: [],
    validations: {},
    blocks: {},
  });
  const workbook = { ...seed, marks: forged };
  const checked = run(workbook);
  const after = contents(checked.after);
  for (const [k, v] of contents(seed)) expect([k, after.get(k)]).toEqual([k, v]);
  const cleared = clear(checked.after);
  expect(cleared.plan.ops).not.toContainEqual({ op: "deleteSheet", sheet: S });
  expect(cleared.plan.ops).not.toContainEqual({ op: "removeName", name: "用户的名称" });
  const left = contents(cleared.after);
  for (const [k, v] of contents(seed)) expect([k, left.get(k)]).toEqual([k, v]);
});

test("Clear marks keeps 监控汇总 when the user wrote on it, without our cells, and says so", () => {
  const first = run(seed).after;
  const noted = edit(first, { kind: "type", sheet: "监控汇总", row: 20, col: 1, value: "我的批注" });
  const cleared = clear(noted);
  expect(cleared.plan.ops).not.toContainEqual({ op: "deleteSheet", sheet: "监控汇总" });
  expect(cellOf(cleared.after, "监控汇总", 20, 1).value).toBe("我的批注");
  expect(contents(cleared.after).size).toBe(contents(seed).size + 1);
  expect(cleared.plan.messages.join("\n")).toMatch(/监控汇总.*已保留/);
  expect(cleared.plan.ops).toContainEqual({ op: "removeChart", sheet: "监控汇总", name: "PerfTargetsChart" });
});
