/**
 * The WPS adapter against the strict fake: the read gives the snapshot the ExcelJS reader gives, and
 * read → plan → apply leaves the same cells, values, formats, drop-downs, notes, highlights and names as the
 * ExcelJS applier given the same plan (the seed, the sample and a 300-table workbook).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../../src/core/check";
import { summariesWeMade } from "../../../src/core/plan/marks";
import { parseA1Range } from "../../../src/core/a1";
import type { Plan } from "../../../src/core/plan/types";
import {
  DEFAULT_SETTINGS,
  MARKS_SHEET,
  type CellRange,
  type CellValue,
  type WorkbookSnapshot,
} from "../../../src/core/types";
import { loadSettings, runCheck, runClear, saveSettings } from "../../../src/host/wps/actions";
import { applyPlan, literal } from "../../../src/host/wps/apply";
import { bgr, rgbHex, XL, type WpsWorksheet } from "../../../src/host/wps/model";
import { readRowMarks, readWorkbook } from "../../../src/host/wps/read";
import { applyPlanToExcelJs } from "../../../src/host/xlsx/apply";
import { snapshotFromExcelJs, snapshotFromXlsx } from "../../../src/host/xlsx/snapshot";
import { FakeWps, modelFromSnapshot, rangeAddress, shiftFormula, WpsError, type FakeModel } from "./fake";

const SETTINGS = { asOf: "2024-08-15" };
const TODAY = "2024-08-15";
const fixture = (name: string) => readFileSync(path.join(__dirname, "../../fixtures", name));
const SAMPLE = readFileSync(path.join(__dirname, "../../../assets/sample.xlsx"));

// ───────────── the fake is strict ─────────────

describe("the fake refuses what WPS refuses", () => {
  const one = (): FakeWps =>
    new FakeWps(
      modelFromSnapshot({
        sheets: [
          {
            name: "表",
            originRow: 0,
            originCol: 0,
            values: [["a", 1]],
            merges: [{ top: 2, left: 0, bottom: 2, right: 1 }],
          },
        ],
      }),
    );
  const sheet = (fake: FakeWps) => fake.app.ActiveWorkbook!.Worksheets.Item(1);

  test("colours are RGB() integers, not #RRGGBB text", () => {
    const fake = one();
    expect(() => (sheet(fake).Range("A1").Interior.Color = "#FF0000" as unknown as number)).toThrow(WpsError);
    sheet(fake).Range("A1").Interior.Color = 255; // RGB(255, 0, 0)
    expect(fake.sheet("表").cells.get("0,0")?.fill).toBe(255);
  });

  test("a 2-D array must have the shape of its range", () => {
    const fake = one();
    expect(() => (sheet(fake).Range("A1:B2").Value2 = [["x", "y"]])).toThrow(/大小/);
    expect(() => (sheet(fake).Range("A1:B1").Value2 = "x")).toThrow(WpsError);
    sheet(fake).Range("A1:B1").Value2 = [["x", 2]];
    expect(sheet(fake).Range("A1:B1").Value2).toEqual([["x", 2]]);
  });

  test("typed-input reading: text that looks like a number or date needs the ' prefix to stay text", () => {
    const fake = one();
    sheet(fake).Range("A1:D1").Value2 = [["2024-07-31", "45%", "'45%", literal("1.办公用品采购")]];
    expect(sheet(fake).Range("A1:D1").Value2).toEqual([[45504, 0.45, "45%", "1.办公用品采购"]]);
  });

  test("a cell holds at most 32,767 characters, a formula at most 8,192", () => {
    const fake = one();
    expect(() => (sheet(fake).Range("A1").Value2 = "字".repeat(32_768))).toThrow(/32767/);
    expect(() => (sheet(fake).Range("A1").Formula = `=LEN("${"x".repeat(8_200)}")`)).toThrow(/8192/);
    sheet(fake).Range("A1").Value2 = "字".repeat(32_767);
    expect(String(sheet(fake).Range("A1").Value2)).toHaveLength(32_767);
  });

  test("NumberFormat is one code or null; MergeArea answers for one cell only", () => {
    const fake = one();
    sheet(fake).Range("B1").NumberFormat = "0.00%";
    expect(sheet(fake).Range("A1:B1").NumberFormat).toBeNull();
    expect(sheet(fake).Range("B1").NumberFormat).toBe("0.00%");
    expect(() => sheet(fake).Range("A3:B3").MergeArea).toThrow(WpsError);
    expect(sheet(fake).Range("B3").MergeArea.Address()).toBe("$A$3:$B$3");
    expect(sheet(fake).Range("A1:B3").MergeCells).toBeNull();
  });

  test("deleting a sheet with DisplayAlerts on, relative names, long lists and a fourth rule on one range fail", () => {
    const fake = one();
    expect(() => sheet(fake).Delete()).toThrow(/对话框/);
    const names = fake.app.ActiveWorkbook!.Names;
    expect(() => names.Add("时点", "=表!B3")).toThrow(/绝对引用/);
    expect(() => names.Add("监控 时点", "=表!$B$3")).toThrow(WpsError);
    const v = sheet(fake).Range("C1:C3").Validation;
    expect(() => v.Add(3, 1, 1, "x".repeat(256))).toThrow(/255/);
    const rules = sheet(fake).Range("A1:A3").FormatConditions;
    for (let i = 0; i < 3; i++) rules.Add(2, undefined, `=A1=${i}`);
    expect(() => rules.Add(2, undefined, "=A1=4")).toThrow(/三个/);
  });

  test("a rule's relative references are read from the active cell", () => {
    const fake = one();
    const ws = sheet(fake);
    ws.Activate();
    ws.Range("C5").Select();
    ws.Range("A1:A3").FormatConditions.Add(2, undefined, '=$B5="红"');
    expect(fake.sheet("表").rules[0].formula).toBe('$B1="红"');
    expect(shiftFormula('OR($L12="红",$L12="red")', 3, 0)).toBe('OR($L15="红",$L15="red")');
  });
});

// ───────────── comparing with the ExcelJS applier ─────────────

type Cells = Record<string, string>;
interface State {
  sheets: [string, string][];
  cells: Cells;
  fills: Cells;
  bold: Cells;
  validations: Cells;
  notes: Cells;
  rules: string[];
  names: Cells;
}

const hex = (bgr: number) =>
  [bgr & 0xff, (bgr >> 8) & 0xff, (bgr >> 16) & 0xff]
    .map((n) => n.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase();

function cellsOf(snapshot: WorkbookSnapshot): Cells {
  const out: Cells = {};
  for (const s of snapshot.sheets)
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = s.formulas?.[r]?.[c] ?? null;
        const fmt = s.numberFormats?.[r]?.[c] ?? null;
        // "" and an empty cell are the same to WPS and Office.js (ExcelJS alone keeps an empty text).
        if ((v === null || v === "") && !f && !fmt) return;
        out[`${s.name}!${r + s.originRow},${c + s.originCol}`] =
          `${f ? `=${f}` : JSON.stringify(v === "" ? null : v)}|${fmt ?? ""}`;
      }),
    );
  return out;
}

function fakeState(model: FakeModel): State {
  const state: State = { sheets: [], cells: {}, fills: {}, bold: {}, validations: {}, notes: {}, rules: [], names: {} };
  for (const s of model.sheets) {
    state.sheets.push([s.name, s.visible === -1 ? "visible" : s.visible === 2 ? "veryHidden" : "hidden"]);
    for (const [k, c] of s.cells) {
      const fmt = c.numberFormat === "General" ? "" : c.numberFormat;
      if (c.value !== null || c.formula || fmt)
        state.cells[`${s.name}!${k}`] = `${c.formula ?? JSON.stringify(c.value)}|${fmt}`;
      if (c.fill !== undefined) state.fills[`${s.name}!${k}`] = hex(c.fill);
      if (c.bold) state.bold[`${s.name}!${k}`] = "bold";
    }
    for (const [k, list] of s.validations) state.validations[`${s.name}!${k}`] = list;
    for (const [k, text] of s.comments) state.notes[`${s.name}!${k}`] = text;
    for (const r of s.rules)
      state.rules.push(
        `${s.name}|${r.ranges.map(rangeAddress).sort().join(" ").replace(/\$/g, "")}|${r.formula}|${hex(r.fill ?? 0)}|${hex(r.font ?? 0)}`,
      );
  }
  for (const [name, ref] of model.names) state.names[name] = ref.replace(/^=/, "").replace(/'/g, "");
  state.rules.sort();
  return state;
}

function xlsxState(workbook: ExcelJS.Workbook): State {
  const state: State = { sheets: [], cells: {}, fills: {}, bold: {}, validations: {}, notes: {}, rules: [], names: {} };
  const snapshot = snapshotFromExcelJs(workbook);
  state.cells = cellsOf(snapshot);
  for (const ws of workbook.worksheets) {
    state.sheets.push([ws.name, ws.state]);
    if (ws.name === "_PerfTargets") {
      // The marks sheet is not in the snapshot: compare its cells directly.
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          state.cells[`${ws.name}!${r - 1},${c - 1}`] = `${JSON.stringify(cell.value)}|`;
        }),
      );
    }
    ws.eachRow((row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const k = `${ws.name}!${r - 1},${c - 1}`;
        const fill = cell.fill as { fgColor?: { argb?: string } } | undefined;
        if (fill?.fgColor?.argb) state.fills[k] = fill.fgColor.argb.slice(2).toUpperCase();
        if (cell.font?.bold) state.bold[k] = "bold";
        const note = cell.note as string | { texts?: { text: string }[] } | undefined;
        if (note) state.notes[k] = typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
      }),
    );
    const model = (ws as unknown as { dataValidations: { model: Record<string, { formulae?: string[] }> } })
      .dataValidations.model;
    for (const [ref, v] of Object.entries(model)) {
      const r = parseA1Range(ref);
      if (!r || !v) continue;
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++)
          state.validations[`${ws.name}!${row},${col}`] = String(v.formulae?.[0] ?? "").replace(/^"|"$/g, "");
    }
    const cfs = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    for (const cf of cfs)
      for (const rule of cf.rules) {
        const style = (
          rule as { style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } } }
        ).style;
        const refs = cf.ref
          .split(/\s+/)
          .map((x) => x.replace(/\$/g, ""))
          .sort()
          .join(" ");
        const formula = "formulae" in rule ? String(rule.formulae?.[0]) : "";
        state.rules.push(
          `${ws.name}|${refs}|${formula}|${(style?.fill?.bgColor?.argb ?? "FF000000").slice(2)}|${(style?.font?.color?.argb ?? "FF000000").slice(2)}`,
        );
      }
  }
  for (const n of (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model)
    state.names[n.name] = n.ranges.join(",").replace(/'/g, "");
  state.rules.sort();
  return state;
}

/** What changed from `before` to `after` (entries added, changed, or removed). */
function delta(before: Cells, after: Cells): Cells {
  const out: Cells = {};
  for (const [k, v] of Object.entries(after)) if (before[k] !== v) out[k] = v;
  for (const k of Object.keys(before)) if (!(k in after)) out[k] = "<removed>";
  return out;
}

function sameAsXlsx(fake: State, fakeBefore: State, xlsx: State, xlsxBefore: State, plan: Plan): void {
  expect(fake.sheets).toEqual(xlsx.sheets);
  expect(fake.cells).toEqual(xlsx.cells);
  for (const part of ["fills", "bold", "validations", "notes", "names"] as const)
    expect([part, delta(fakeBefore[part], fake[part])]).toEqual([part, delta(xlsxBefore[part], xlsx[part])]);
  const newRules = (s: State, b: State) => s.rules.filter((r) => !b.rules.includes(r));
  expect(newRules(fake, fakeBefore)).toEqual(newRules(xlsx, xlsxBefore));
  expect(plan.ops.length).toBeGreaterThan(0);
}

async function compareWithXlsx(label: string, bytes: Buffer | null, built?: ExcelJS.Workbook) {
  const { workbook, snapshot } = built
    ? { workbook: built, snapshot: snapshotFromExcelJs(built) }
    : await snapshotFromXlsx(bytes as Buffer);
  const fake = new FakeWps(modelFromSnapshot(snapshot));

  // The read: the same snapshot as ExcelJS gives (cells, formats, formulas, merges, marks, settings).
  const read = readWorkbook(fake.app).snapshot;
  const readCalls = fake.calls;
  expect(cellsOf(read)).toEqual(cellsOf(snapshot));
  expect(read.sheets.map((s) => [s.name, s.merges, !!s.hidden])).toEqual(
    snapshot.sheets.map((s) => [s.name, s.merges, !!s.hidden]),
  );
  expect([read.marks ?? null, read.settings ?? null]).toEqual([snapshot.marks ?? null, snapshot.settings ?? null]);

  const fakeBefore = fakeState(fake.model);
  const xlsxBefore = xlsxState(workbook);
  fake.calls = 0;
  const report = runCheck(fake.app, SETTINGS, TODAY);
  const checkCalls = fake.calls;
  applyPlanToExcelJs(workbook, report.plan);
  sameAsXlsx(fakeState(fake.model), fakeBefore, xlsxState(workbook), xlsxBefore, report.plan);
  expect(report.write.skipped).toEqual(report.plan.ops.some((op) => op.op === "chart") ? ["chart"] : []);
  console.log(
    `${label}: ${report.check?.tables.length} tables, ${report.plan.ops.length} plan ops; read ${readCalls} calls; ` +
      `check (read + apply) ${checkCalls} calls, ${report.write.blocks} 2-D blocks`,
  );
  return { fake, report };
}

test.each([["seed-one-sheet.xlsx"], ["seed-per-sheet.xlsx"]])(
  "%s: read, check and write give the cells, formats, drop-downs, notes and highlights ExcelJS gives",
  async (name) => {
    await compareWithXlsx(name, fixture(name));
  },
);

test("the sample (stored settings, monitoring date) gives what ExcelJS gives", async () => {
  const { report } = await compareWithXlsx("sample.xlsx", SAMPLE);
  expect(report.check?.asOf).toBe("2024-08-15");
});

test("a workbook of 300 tables: the same result as ExcelJS, in bulk calls", async () => {
  const { snapshot: seed } = await snapshotFromXlsx(fixture("seed-one-sheet.xlsx"));
  const table = seedTable(seed);
  const workbook = new ExcelJS.Workbook();
  const height = table.rows.length + 2;
  for (let s = 0; s < 30; s++) {
    const ws = workbook.addWorksheet(`表 ${s + 1}`);
    for (let t = 0; t < 10; t++) {
      table.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null) ws.getCell(t * height + r + 1, c + 1).value = v as ExcelJS.CellValue;
        }),
      );
      for (const m of table.merges)
        ws.mergeCells(t * height + m.top + 1, m.left + 1, t * height + m.bottom + 1, m.right + 1);
    }
  }
  const { fake, report } = await compareWithXlsx("300 tables", null, workbook);
  expect(report.check?.tables.length).toBe(300);
  expect(fake.calls).toBeGreaterThan(0);
}, 180_000);

// ───────────── running twice, Clear marks, the user's cells ─────────────

describe("safety as in Excel", () => {
  let seed: WorkbookSnapshot;
  beforeAll(async () => {
    seed = (await snapshotFromXlsx(fixture("seed-one-sheet.xlsx"))).snapshot;
  });

  test("a second run gives the same workbook; Clear marks gives back the original", () => {
    const original = fakeState(modelFromSnapshot(seed));
    const fake = new FakeWps(modelFromSnapshot(seed));
    runCheck(fake.app, SETTINGS, TODAY);
    const first = fakeState(fake.model);
    runCheck(fake.app, SETTINGS, TODAY);
    expect(fakeState(fake.model)).toEqual(first);
    runClear(fake.app);
    expect(fakeState(fake.model)).toEqual(original);
    expect(fake.model.names.size).toBe(0);
  });

  test("our record sheet renamed (by a macro): the next run finds it by what it holds and changes nothing", () => {
    const original = fakeState(modelFromSnapshot(seed));
    const fake = new FakeWps(modelFromSnapshot(seed));
    runCheck(fake.app, SETTINGS, TODAY);
    const sheet = fake.model.sheets.find((s) => s.name === MARKS_SHEET)!;
    // The state without the record, by either name (its text changes with each run).
    const record = (name: string) => name === MARKS_SHEET || name === "记录";
    const without = (state: State) => ({
      ...state,
      sheets: state.sheets.filter(([name]) => !record(name)),
      cells: Object.fromEntries(Object.entries(state.cells).filter(([k]) => !record(k.split("!")[0]))),
    });
    const first = fakeState(fake.model);
    fake.app.ActiveWorkbook!.Worksheets.Item(MARKS_SHEET).Name = "记录";
    expect(sheet.name).toBe("记录");
    runCheck(fake.app, SETTINGS, TODAY);
    // Before, no second block beside each table nor 监控汇总 (2); the record stays under its new name.
    expect(without(fakeState(fake.model))).toEqual(without(first));
    expect(fake.model.sheets.map((s) => s.name)).not.toContain(MARKS_SHEET);
    runClear(fake.app);
    expect(fakeState(fake.model)).toEqual(original);
  });

  test("our record renamed: the pane's settings are saved into it (no second record), and the check uses them", () => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    runCheck(fake.app, SETTINGS, TODAY);
    fake.app.ActiveWorkbook!.Worksheets.Item(MARKS_SHEET).Name = "记录";
    const sheets = fake.model.sheets.map((s) => s.name);
    const later = JSON.stringify({ lang: "zh", asOf: "2024-09-30" });
    saveSettings(fake.app, later);
    expect(fake.model.sheets.map((s) => s.name)).toEqual(sheets);
    expect(loadSettings(fake.app)).toBe(later);
    const report = runCheck(fake.app, {}, "2024-10-15");
    expect(report.check?.asOf).toBe("2024-09-30");
    expect(fake.model.sheets.map((s) => s.name)).toEqual(sheets);
  });

  test("the pane's settings are read and saved through our record alone: no user sheet's cells are read", () => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    runCheck(fake.app, SETTINGS, TODAY);
    const saved = JSON.stringify({ lang: "en", asOf: "2024-09-30" });
    fake.usedRangesRead = [];
    fake.calls = 0;
    saveSettings(fake.app, saved);
    expect(loadSettings(fake.app)).toBe(saved);
    expect(new Set(fake.usedRangesRead)).toEqual(new Set([MARKS_SHEET])); // the record's rows 1–2, nothing else
    const settingsCalls = fake.calls;
    fake.calls = 0;
    readWorkbook(fake.app);
    expect(settingsCalls).toBeLessThan(fake.calls / 2); // a read of the whole workbook, for comparison
    expect(runCheck(fake.app, {}, "2024-10-15").check?.asOf).toBe("2024-09-30");
  });

  test("rules whose references moved (rows inserted above) are replaced, not piled up", () => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    runCheck(fake.app, SETTINGS, TODAY);
    const count = () => fake.model.sheets.reduce((n, s) => n + s.rules.length, 0);
    const first = count();
    expect(first).toBeGreaterThan(0);
    // What WPS does to a rule's formula when the user inserts two rows above the table.
    for (const s of fake.model.sheets) for (const r of s.rules) r.formula = shiftFormula(r.formula, 2, 0);
    runCheck(fake.app, SETTINGS, TODAY);
    expect(count()).toBe(first);
  });

  test("a cell written twice in one plan is written in that order (the provisional record before the final one)", () => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    const reading = readWorkbook(fake.app);
    const name = seed.sheets[0].name;
    const writes: unknown[] = [];
    const sheet = fake.app.ActiveWorkbook!.Worksheets.Item(name);
    const original = sheet.Range.bind(sheet);
    const spy = fake.app.ActiveWorkbook!.Worksheets;
    Object.assign(spy, {
      Item: () => ({
        ...sheet,
        Range: (address: string) => {
          const range = original(address);
          return new Proxy(range, {
            set: (target, prop, value) => {
              if (prop === "Value2") writes.push(value);
              return Reflect.set(target, prop, value);
            },
          });
        },
      }),
    });
    const cell = { sheet: name, row: 400, col: 0 };
    const stats = applyPlan(
      fake.app,
      {
        ops: [
          { op: "setValue", cell, value: "provisional" },
          { op: "setValue", cell: { ...cell, col: 1 }, value: "x" },
          { op: "setValue", cell, value: "final" },
        ],
        marks: JSON.parse("{}"),
        messages: [],
      } as Plan,
      reading,
    );
    expect(writes).toEqual([[["provisional", "x"]], "final"]);
    expect(stats.blocks).toBe(2);
    expect(fake.sheet(name).cells.get("400,0")?.value).toBe("final");
  });

  test("text the user typed beside a table between two runs is kept", () => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    runCheck(fake.app, SETTINGS, TODAY);
    const sheet = fake.model.sheets[0];
    const used = [...sheet.cells.keys()].map((k) => k.split(",").map(Number));
    const right = Math.max(...used.map(([, c]) => c)) + 2;
    fake.app.ActiveWorkbook!.Worksheets.Item(1).Range(rangeAddress({ top: 3, left: right, bottom: 3, right })).Value2 =
      "我的备注";
    runCheck(fake.app, SETTINGS, TODAY);
    expect(sheet.cells.get(`3,${right}`)?.value).toBe("我的备注");
    runClear(fake.app);
    expect(sheet.cells.get(`3,${right}`)?.value).toBe("我的备注");
  });

  test("a note the clerk wrote over ours, or rewrote, stays through every check and Clear marks", () => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    runCheck(fake.app, SETTINGS, TODAY);
    const name = seed.sheets[0].name;
    const ws = fake.app.ActiveWorkbook!.Worksheets.Item(name);
    const at = (k: string) => {
      const [row, col] = k.split(",").map(Number);
      return ws.Range(rangeAddress({ top: row, left: col, bottom: row, right: col }));
    };
    // Actuals typed into the first block's input column: rows that miss get a note of ours.
    const header = [...fake.sheet(name).cells].find(([, c]) => c.value === "实际完成值")![0];
    const [hr, hc] = header.split(",").map(Number);
    for (let r = hr + 1; r <= hr + 5; r++) at(`${r},${hc}`).Value2 = 40;
    runCheck(fake.app, SETTINGS, TODAY);
    const ours = new Map(fake.sheet(name).comments);
    expect(ours.size).toBeGreaterThan(1);
    const [replaced, edited] = [...ours.keys()];
    const clerk = "王会计：已电话核实，12月补报佐证材料。";
    const rewritten = `${ours.get(edited)}（已核实）`;
    at(replaced).ClearComments();
    at(replaced).AddComment(clerk);
    at(edited).ClearComments();
    at(edited).AddComment(rewritten);

    const report = runCheck(fake.app, SETTINGS, TODAY);
    const notes = fake.sheet(name).comments;
    expect([notes.get(replaced), notes.get(edited)]).toEqual([clerk, rewritten]);
    for (const [k, text] of ours) if (k !== replaced && k !== edited) expect(notes.get(k)).toBe(text);
    expect(report.plan.messages.join("\n")).toMatch(/批注/);
    const second = new Map(notes);
    runCheck(fake.app, SETTINGS, TODAY);
    expect(new Map(fake.sheet(name).comments)).toEqual(second);
    runClear(fake.app);
    expect(Object.fromEntries(fake.sheet(name).comments)).toEqual({ [replaced]: clerk, [edited]: rewritten });
  });

  test("a format the clerk gave cells of ours (number format, fill, bold) stays through the next checks and Clear marks", () => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    runCheck(fake.app, SETTINGS, TODAY);
    const name = seed.sheets[0].name;
    const ws = fake.app.ActiveWorkbook!.Worksheets.Item(name);
    const cells = fake.sheet(name).cells;
    const at = (k: string) => {
      const [row, col] = k.split(",").map(Number);
      return ws.Range(rangeAddress({ top: row, left: col, bottom: row, right: col }));
    };
    const header = [...cells].find(([, c]) => c.value === "状态")![0];
    const percent = [...cells].find(([, c]) => c.numberFormat === "0.00%")![0];
    const [hr, hc] = header.split(",").map(Number);
    const status = `${hr + 1},${hc}`; // the first indicator's 状态: we wrote it without a look
    at(header).Interior.Color = 65535; // RGB(255, 255, 0)
    at(percent).NumberFormat = "0.0%";
    at(percent).Interior.Color = 14348258; // RGB(226, 239, 218)
    at(status).Font.Bold = true;
    const values = new Map([...cells].map(([k, c]) => [k, c.value]));
    runCheck(fake.app, SETTINGS, TODAY);
    runCheck(fake.app, SETTINGS, TODAY);
    expect([cells.get(header)?.fill, cells.get(percent)?.numberFormat]).toEqual([65535, "0.0%"]);
    expect(new Map([...cells].map(([k, c]) => [k, c.value]))).toEqual(values);
    // Clear marks: our values go; the clerk's look on cells we wrote without one, or over ours, stays.
    runClear(fake.app);
    const look = (k: string) => {
      const c = cells.get(k);
      return c && { value: c.value, numberFormat: c.numberFormat, fill: c.fill, bold: c.bold };
    };
    expect([look(percent), look(status)]).toEqual([
      { value: null, numberFormat: "0.0%", fill: 14348258, bold: undefined },
      { value: null, numberFormat: "General", fill: undefined, bold: true },
    ]);
    // Our header: its text and our bold go, the clerk's yellow stays.
    expect(look(header)).toEqual({ value: null, numberFormat: "General", fill: 65535, bold: false });
  });

  test("Clear marks on a summary the clerk keeps: our look leaves every cell of ours, the empty ones too", () => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    runCheck(fake.app, SETTINGS, TODAY);
    const summary = "监控汇总";
    const ws = fake.app.ActiveWorkbook!.Worksheets.Item(summary);
    const cells = fake.sheet(summary).cells;
    // WPS writes values: the execution cells of tables without data are empty, with our 0.00 / 0.00%.
    const emptyFormatted = [...cells].filter(([, c]) => c.value === null && c.numberFormat !== "General");
    expect(emptyFormatted.length).toBeGreaterThan(20);
    ws.Range("M2").Value2 = "备注：已核"; // their line: the summary stays
    ws.Range("D7").Value2 = 12.5; // their 执行数
    ws.Range("D8").NumberFormat = "0.0"; // their format
    runClear(fake.app);
    const looks = [...cells].filter(([, c]) => c.numberFormat !== "General" || c.fill !== undefined || c.bold);
    expect(Object.fromEntries(looks.map(([k, c]) => [k, c.numberFormat]))).toEqual({ "6,3": "0.00", "7,3": "0.0" });
    expect([cells.get("6,3")?.value, cells.get("1,12")?.value]).toEqual([12.5, "备注：已核"]);
  });

  test("Clear marks on a summary the clerk only formatted (a fill, bold): the sheet stays with their look, ours goes", () => {
    const summary = "监控汇总";
    const cleared = (edit: (ws: WpsWorksheet) => void) => {
      const fake = new FakeWps(modelFromSnapshot(seed));
      runCheck(fake.app, SETTINGS, TODAY);
      edit(fake.app.ActiveWorkbook!.Worksheets.Item(summary));
      const plan = runClear(fake.app).plan;
      return { fake, messages: plan.messages.join("\n") };
    };
    const untouched = cleared(() => undefined);
    expect(untouched.fake.model.sheets.map((s) => s.name)).not.toContain(summary);
    const filled = cleared((ws) => {
      ws.Range("E8").Interior.Color = bgr("FFFF00"); // their yellow on our 执行率
      ws.Range("B2").Font.Bold = true; // bold on an empty cell between our labels
    });
    const cells = filled.fake.sheet(summary).cells;
    const left = [...cells].filter(([, c]) => c.value !== null || c.fill !== undefined || c.bold);
    expect(left.map(([k, c]) => [k, c.value, c.fill && rgbHex(c.fill).toUpperCase(), !!c.bold])).toEqual([
      ["7,4", null, "FFFF00", false],
      ["1,1", null, undefined, true],
    ]);
    expect(filled.messages).toContain(`工作表「${summary}」中有您设置的格式`);
  });

  test("a check reads the marks of 监控汇总 alone, its fills by whole ranges: one read without fills, a few a filled row", () => {
    const summary = "监控汇总";
    const fake = new FakeWps(modelFromSnapshot(seed));
    runCheck(fake.app, SETTINGS, TODAY);
    const marks = () => {
      const { snapshot } = readWorkbook(fake.app, false);
      const before = fake.calls;
      readRowMarks(fake.app, snapshot, summariesWeMade(snapshot));
      const marked = snapshot.sheets.filter((s) => s.rowMarks);
      const font = marked.map((s) => [s.name, s.rowMarks!.font]);
      const bordered = marked.map((s) => [s.name, s.rowMarks!.bordered]);
      return { calls: fake.calls - before, marked: marked.map((s) => [s.name, s.rowMarks!.filled]), font, bordered };
    };
    const height = readWorkbook(fake.app, false).snapshot.sheets.find((s) => s.name === summary)!.values.length;
    const plain = marks();
    // Our own header look (监控时点, 预算年度, the header row) is a fill too, above the projects' rows.
    expect(plain.marked).toEqual([[summary, [2, 3, 5]]]);
    // … and bold, with the title (breaker58: the fonts are read as the fills are).
    expect(plain.font).toEqual([[summary, [0, 2, 3, 5]]]);
    const ws = fake.app.ActiveWorkbook!.Worksheets.Item(summary);
    ws.Range("C9").Interior.Color = bgr("FFFF00"); // their yellow on a project's 预算数
    ws.Range("A9:M9").Interior.Color = bgr("FFFF00");
    ws.Range("K12").Interior.Color = bgr("DDEBF7");
    const filled = marks();
    expect(filled.marked).toEqual([[summary, [2, 3, 5, 8, 11]]]);
    // Per row its Hidden and outline level (Range, Hidden, OutlineLevel: 3 calls); the fills by halves of the block down
    // to each filled row: at most 2·log2(rows) + 1 reads a filled row (Range, Interior, Color: 3 calls), not one a cell
    // (13 cells a row); the fonts alike (Range, Font, Color, Bold: 4 calls), down to each bold or coloured row; the lines
    // alike (Range, Borders, LineStyle: 3 calls), and a row with one its four outer edges (Range, Borders, and Item and
    // LineStyle for each edge: 10 calls). hosts62: the four edges were read on every row (322 calls here, 13 a row).
    console.log(`readRowMarks on ${height} rows: ${plain.calls} calls, ${filled.calls} with two more rows filled`);
    expect(plain.bordered).toEqual([[summary, []]]);
    const reads = 2 * Math.ceil(Math.log2(height)) + 1;
    const bound = (filledRows: number, fontRows: number, linedRows = 0) =>
      3 * height + 2 + (filledRows * 3 + fontRows * 4 + linedRows * 3) * reads + 3 + linedRows * 10;
    expect(plain.calls).toBeLessThanOrEqual(bound(3, 4));
    expect(filled.calls).toBeLessThanOrEqual(bound(5, 4));
    fake.userSheet(summary).Range("A10:M10").Borders.Item(XL.edgeBottom).LineStyle = 1; // 下框线 (xlContinuous)
    const lined = marks();
    expect(lined.bordered).toEqual([[summary, [9]]]);
    expect(lined.calls).toBeLessThanOrEqual(bound(5, 4, 1));
  });

  /** Checked once, then the clerk makes a table (插入 → 表格) of our block: its header and indicator rows. */
  const checkedWithTable = (totals = false) => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    runCheck(fake.app, SETTINGS, TODAY);
    const sheet = fake.model.sheets[0];
    const at = (text: string) =>
      [...sheet.cells]
        .find(([, c]) => c.value === text)![0]
        .split(",")
        .map(Number);
    const [row, left] = at("实际完成值");
    const [, right] = at("备注");
    const [, status] = at("状态");
    let bottom = row;
    while (sheet.cells.get(`${bottom + 1},${status}`)?.value != null) bottom++;
    const table = { top: row, left, bottom, right };
    fake.addTable(sheet.name, table, totals);
    return { fake, sheet, table, status };
  };
  const headerOf = (sheet: FakeModel["sheets"][number], t: CellRange) =>
    Array.from({ length: t.right - t.left + 1 }, (_, i) => sheet.cells.get(`${t.top},${t.left + i}`)?.value);

  test("the sheet's tables are read: header and totals rows (ListObjects)", () => {
    const { fake, sheet, table } = checkedWithTable(true);
    const read = readWorkbook(fake.app).snapshot.sheets.find((s) => s.name === sheet.name)!;
    expect(read.tables).toEqual([
      {
        name: "",
        header: { ...table, bottom: table.top },
        totals: { ...table, top: table.bottom + 1, bottom: table.bottom + 1 },
      },
    ]);
  });

  test("our columns taken into the clerk's table: Clear marks keeps its column names; the next check takes them back", () => {
    const { fake, sheet, table, status } = checkedWithTable();
    const names = headerOf(sheet, table);
    const withTable = fakeState(fake.model);
    const cleared = runClear(fake.app);
    expect(headerOf(sheet, table)).toEqual(names);
    expect(sheet.cells.get(`${table.top + 1},${status}`)?.value ?? null).toBeNull();
    expect(cleared.plan.messages.join("\n")).toContain("表格");
    runCheck(fake.app, SETTINGS, TODAY);
    // Not a second 状态 / 预警 right of the table: the workbook a check without the Clear leaves.
    expect(fakeState(fake.model)).toEqual(withTable);
  });

  test("a check never writes a table's header row: checked in English, the Chinese column names stay", () => {
    const { fake, sheet, table } = checkedWithTable();
    const names = headerOf(sheet, table);
    runCheck(fake.app, { ...SETTINGS, lang: "en" }, TODAY);
    expect(headerOf(sheet, table)).toEqual(names);
    expect(sheet.cells.get(`${table.top},${table.right + 1}`)).toBeUndefined();
  });

  test("the fake refuses a write to a protected sheet, as WPS does", () => {
    const model = modelFromSnapshot(seed);
    model.sheets[0].protected = true;
    const fake = new FakeWps(model);
    const ws = fake.app.ActiveWorkbook!.Worksheets.Item(1);
    expect(() => (ws.Range("Z1").Value2 = "x")).toThrow(/受保护/);
    expect(() => ws.Range("Z1").Validation.Delete()).toThrow(/受保护/);
    expect(() => ws.Range("Z1").ClearContents()).toThrow(/受保护/);
  });

  test("a protected sheet gets nothing written; its tables go on the summary, one line says how to get marks there; twice is once", () => {
    const model = modelFromSnapshot(seed);
    const name = model.sheets[0].name;
    model.sheets[0].protected = true;
    const fake = new FakeWps(model);
    const sheetState = () =>
      JSON.stringify(fakeState({ sheets: fake.model.sheets.filter((s) => s.name === name), names: new Map() }));
    const before = sheetState();
    const report = runCheck(fake.app, SETTINGS, TODAY);
    expect(sheetState()).toEqual(before);
    expect(report.plan.messages.filter((m) => m.includes(`工作表「${name}」受保护`))).toHaveLength(1);
    expect(fake.model.sheets.some((s) => s.name === "监控汇总")).toBe(true);
    const once = fakeState(fake.model);
    runCheck(fake.app, SETTINGS, TODAY);
    expect(fakeState(fake.model)).toEqual(once);
  });

  test("no table, no workbook: one clear Chinese line", () => {
    const empty = new FakeWps(
      modelFromSnapshot({ sheets: [{ name: "Sheet1", originRow: 0, originCol: 0, values: [["hello"]], merges: [] }] }),
    );
    expect(() => runCheck(empty.app, SETTINGS, TODAY)).toThrow(/没有找到绩效目标表/);
    const none = new FakeWps({ sheets: [], names: new Map() });
    Object.defineProperty(none.app, "ActiveWorkbook", { get: () => null });
    expect(() => runCheck(none.app, SETTINGS, TODAY)).toThrow(/没有打开的工作簿/);
  });
});

/** The rows and merged areas of the seed's first table, for the synthetic workbook. */
function seedTable(seed: WorkbookSnapshot): { rows: CellValue[][]; merges: CellRange[] } {
  const check = checkWorkbook(seed, { ...DEFAULT_SETTINGS, asOf: "2024-08-15" });
  const t = check.tables[0].table;
  const s = seed.sheets.find((x) => x.name === t.sheet)!;
  const rows: CellValue[][] = [];
  for (let r = t.range.top; r <= t.range.bottom; r++) {
    const row: CellValue[] = [];
    for (let c = t.range.left; c <= t.range.right; c++) row.push(s.values[r - s.originRow]?.[c - s.originCol] ?? null);
    rows.push(row);
  }
  const merges = s.merges
    .filter((m) => m.top >= t.range.top && m.bottom <= t.range.bottom)
    .map((m) => ({
      top: m.top - t.range.top,
      bottom: m.bottom - t.range.top,
      left: m.left - t.range.left,
      right: m.right - t.range.left,
    }));
  return { rows, merges };
}
