import { buildPlan, type Plan } from "../../../src/core/plan/buildPlan";
import { emptyMarks } from "../../../src/core/plan/marks";
import { checkWorkbook } from "../../../src/core/check";
import {
  DEFAULT_SETTINGS,
  MARKS_SHEET,
  type CellRange,
  type CellValue,
  type WorkbookSnapshot,
} from "../../../src/core/types";
import { runCheck, runClear } from "../../../src/host/excel/actions";
import { explain, PerfTargetsError } from "../../../src/host/excel/errors";
import { readWorkbook } from "../../../src/host/excel/read";
import { applyPlan } from "../../../src/host/excel/write";
import { seedOneSheet, SETTINGS, TODAY } from "./workbookState";
import { FakeExcel, PropertyNotLoadedError, installExcelGlobals, modelFromSnapshot, type FakeModel } from "./fake";

installExcelGlobals();
let seed: WorkbookSnapshot;

beforeAll(async () => {
  seed = await seedOneSheet();
});

/** Cells of the fake workbook as "sheet!row,col" → value|formula (formulas with "=", as Excel gives them). */
function cells(model: FakeModel): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sheet of model.sheets)
    for (const [k, c] of sheet.cells)
      if (c.value !== null || c.formula) out[`${sheet.name}!${k}`] = `${JSON.stringify(c.value)}|${c.formula ?? ""}`;
  return out;
}

const structure = (model: FakeModel) => ({
  sheets: model.sheets.map((s) => ({
    name: s.name,
    visibility: s.visibility,
    cfs: s.cfs.map(({ ranges, formula, fill, font }) => ({ ranges, formula, fill, font })),
    charts: s.charts.map((c) => c.name),
    validations: [...s.validations],
  })),
  names: [...model.names],
});

test("the fake behaves like Excel: nothing can be read before it was loaded and synced", async () => {
  const fake = new FakeExcel(modelFromSnapshot(seed));
  const sheets = fake.context.workbook.worksheets;
  expect(() => sheets.items).toThrow(PropertyNotLoadedError);
  sheets.load("items/name");
  expect(() => sheets.items).toThrow(PropertyNotLoadedError);
  await fake.context.sync();
  expect(sheets.items.map((s) => s.name)).toEqual(seed.sheets.map((s) => s.name));
  expect(() => sheets.items[0].visibility).toThrow(PropertyNotLoadedError);
  const range = sheets.items[0].getRange("A1");
  range.values = [["x"]];
  expect(fake.model.sheets[0].cells.get("0,0")?.value).not.toBe("x"); // queued, not yet done
  await fake.context.sync();
  expect(fake.model.sheets[0].cells.get("0,0")?.value).toBe("x");
  expect(fake.syncs).toBe(2);
});

test("the fake's Worksheet.shapes (RULES: SHAPES): names and types once loaded and synced, nothing else", async () => {
  const model = modelFromSnapshot(seed);
  model.sheets[0].shapes = [
    { name: "文本框 2", type: "GeometricShape" },
    { name: "图片 3", type: "Image" },
  ];
  const fake = new FakeExcel(model);
  const shapes = fake.context.workbook.worksheets.getItem(seed.sheets[0].name).shapes;
  expect(() => shapes.items).toThrow(PropertyNotLoadedError);
  shapes.load("items/name,items/type");
  expect(() => shapes.items).toThrow(PropertyNotLoadedError);
  await fake.context.sync();
  expect(shapes.items.map((s) => [s.name, s.type])).toEqual([
    ["文本框 2", "GeometricShape"],
    ["图片 3", "Image"],
  ]);
  expect(() => shapes.items[0].left).toThrow(PropertyNotLoadedError);
  shapes.load("items/left");
  await expect(fake.context.sync()).rejects.toThrow("fake: shape.left");
});

test("the read names each sheet's pictures and shapes beside its charts, in the syncs it made before", async () => {
  const model = modelFromSnapshot(seed);
  model.sheets[0].shapes = [{ name: "图片 3", type: "Image" }];
  model.sheets[0].charts.push({ name: "图表 1", type: "ColumnClustered" });
  const fake = new FakeExcel(model);
  const reading = await readWorkbook(fake.context);
  expect(reading.snapshot.sheets[0].shapes).toEqual(["图表 1", "图片 3"]);
  expect(fake.syncs).toBe(3);
});

test("the read gives the same snapshot as the ExcelJS reader", async () => {
  const fake = new FakeExcel(modelFromSnapshot(seed));
  const reading = await readWorkbook(fake.context);
  const check = (s: WorkbookSnapshot) => checkWorkbook(s, { ...DEFAULT_SETTINGS, asOf: "2024-08-15" });
  expect(check(reading.snapshot).tables).toEqual(check(seed).tables);
  // The sheet list; used ranges, rules and charts; the cells in bands (one sync for a workbook this size).
  expect(fake.syncs).toBe(3);
});

test("Check targets on the seed workbook: 5 syncs (3 to read, 1 for the lists, 1 to write), and the cells ExcelJS would write", async () => {
  const fake = new FakeExcel(modelFromSnapshot(seed));
  const report = await runCheck(fake.context, SETTINGS, TODAY, true);
  // The lists on the cells the plan sets ours on (a clerk's list there stays: listCells.ts unreadListCells).
  expect(fake.syncs).toBe(5);
  const plan = buildPlan(seed, checkWorkbook(seed, { ...DEFAULT_SETTINGS, ...SETTINGS }), {
    formulas: true,
    lang: "zh",
    rules: DEFAULT_SETTINGS,
  });
  for (const op of plan.ops) {
    if ((op.op !== "setValue" && op.op !== "setFormula") || op.cell.sheet === MARKS_SHEET) continue;
    const cell = fake.sheet(op.cell.sheet).cells.get(`${op.cell.row},${op.cell.col}`);
    if (op.op === "setFormula") expect([op.cell, cell?.formula]).toEqual([op.cell, `=${op.formula}`]);
    else expect([op.cell, cell?.value ?? null]).toEqual([op.cell, op.value === "" ? null : op.value]);
  }
  const summary = fake.sheet("监控汇总");
  expect(summary.charts.map((c) => c.name)).toEqual(["PerfTargetsChart"]);
  expect(fake.model.names.get("监控时点")).toEqual({ sheet: "监控汇总", address: "B3:B3" });
  expect(fake.sheet(MARKS_SHEET).visibility).toBe("VeryHidden");
  expect(fake.sheet(seed.sheets[0].name).cfs.length).toBeGreaterThan(0);
  console.log(
    `seed: ${fake.syncs} syncs; request bytes ${fake.requests.join(" / ")}; response bytes ${fake.responses.join(" / ")}; write batches ${report.write.syncs}`,
  );
});

test("a second run updates in place and Clear marks restores the original", async () => {
  const original = modelFromSnapshot(seed);
  const fake = new FakeExcel(modelFromSnapshot(seed));
  await runCheck(fake.context, SETTINGS, TODAY, true);
  const afterFirst = { cells: cells(fake.model), structure: structure(fake.model) };
  fake.syncs = 0;
  await runCheck(fake.context, SETTINGS, TODAY, true);
  // As the first run (the drop-down lists on our list columns, read with the workbook: read.ts listCellsNow), and two
  // more: the rows of 监控汇总 the clerk hid or coloured and its filter (read.ts readRowMarks); our chart's place, title
  // and series, and the cells we last put it over, before the batch (write.ts lookOfOurHeaders, chart58).
  expect(fake.syncs).toBe(7);
  expect(cells(fake.model)).toEqual(afterFirst.cells);
  expect(structure(fake.model)).toEqual(afterFirst.structure);

  fake.syncs = 0;
  await runClear(fake.context, true);
  // As a check; two to read the look of the sheets we made (their used range, then each cell's fill and bold: a
  // summary the clerk formatted is kept); one to read our headers' look (only what is still ours goes); one for the
  // drop-down lists on our input cells (a list of the clerk's stays); one for those on the other cells it empties (a
  // list of the clerk's there stays, and is said: clearReadingLists).
  expect(fake.syncs).toBe(9);
  expect(cells(fake.model)).toEqual(cells(original));
  expect(structure(fake.model)).toEqual(structure(original));
  expect(fake.model.sheets.every((s) => s.notes.size === 0)).toBe(true);
});

test("1,000 tables, 40 to a sheet (over 512 merged areas a sheet): read in bands, every request and response under 5 MB", async () => {
  const table = seedTable();
  const perSheet = 40;
  const height = table.rows.length + 2;
  const sheets = Array.from({ length: 1000 / perSheet }, (_, s) => {
    const values: CellValue[][] = [];
    const merges: CellRange[] = [];
    for (let t = 0; t < perSheet; t++) {
      values.push(...table.rows.map((row) => [...row]), [], []);
      merges.push(...table.merges.map((m) => ({ ...m, top: m.top + t * height, bottom: m.bottom + t * height })));
    }
    return { name: `表 ${s + 1}`, originRow: 0, originCol: 0, values, merges };
  });
  const big: WorkbookSnapshot = { sheets, marks: null, settings: null };
  const fake = new FakeExcel(modelFromSnapshot(big));
  const report = await runCheck(fake.context, SETTINGS, TODAY, true);
  expect(report.check?.tables.length).toBe(1000);
  console.log(
    `1,000 tables: ${fake.syncs} syncs; request bytes ${fake.requests.join(" / ")}; response bytes ${fake.responses.join(" / ")}; estimated write payload bytes per batch ${report.write.payloads.join(" / ")}`,
  );
  expect(big.sheets[0].merges.length).toBeGreaterThan(512);
  expect(report.check?.tables.length).toBe(1000);
  // 3 syncs to read when every band fits, more when the measured budget splits them; the write in as few
  // requests as 5 MB allows (the record goes out twice: provisional first, final last).
  expect(report.readSyncs).toBeGreaterThanOrEqual(3);
  expect(report.write.syncs).toBeGreaterThanOrEqual(1);
  for (const bytes of [...fake.requests, ...fake.responses]) expect(bytes).toBeLessThan(5_000_000);

  // The clerk writes a line on our 监控汇总, so Clear marks keeps that sheet and reads the look of each of our cells
  // there (only what is still ours goes): those reads too stay within the limits, in as many requests as needed.
  const summary = fake.sheet("监控汇总");
  const below = Math.max(...[...summary.cells.keys()].map((k) => Number(k.split(",")[0]))) + 2;
  summary.cells.set(`${below},0`, { value: "已核对", formula: null, numberFormat: "General" });
  fake.requests = [];
  fake.responses = [];
  await runClear(fake.context, true);
  expect(summary.cells.get(`${below},0`)?.value).toBe("已核对");
  expect([...summary.cells.values()].filter((c) => c.value !== null)).toHaveLength(1);
  for (const bytes of [...fake.requests, ...fake.responses]) expect(bytes).toBeLessThan(5_000_000);
  console.log(`Clear marks, 1,000 tables, 监控汇总 kept: request bytes ${fake.requests.join(" / ")}`);
}, 120_000);

test("the fake refuses a write to a protected sheet, as Excel does", async () => {
  const model = modelFromSnapshot(seed);
  model.sheets[0].protected = true;
  const fake = new FakeExcel(model);
  const ws = fake.context.workbook.worksheets.getItem(model.sheets[0].name);
  ws.getRange("Z1").values = [["x"]];
  await expect(fake.context.sync()).rejects.toThrow(/AccessDenied/);
  ws.getRange("Z1").dataValidation.clear();
  await expect(fake.context.sync()).rejects.toThrow(/AccessDenied/);
  expect(model.sheets[0].cells.get("0,25")).toBeUndefined();
});

test("a protected sheet gets nothing written; its tables are judged and listed on the summary, with one line on how to get marks there; twice is once", async () => {
  const model = modelFromSnapshot(seed);
  const name = model.sheets[0].name;
  model.sheets[0].protected = true;
  const fake = new FakeExcel(model);
  const sheetState = () => {
    const s = fake.model.sheets.find((x) => x.name === name)!;
    return JSON.stringify([[...s.cells], [...s.validations], [...s.notes], s.cfs, s.charts, [...s.widths]]);
  };
  const before = sheetState();
  const report = await runCheck(fake.context, SETTINGS, TODAY, true);
  expect(sheetState()).toEqual(before);
  const lines = report.plan.messages.filter((m) => m.includes(`工作表「${name}」受保护`));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain("撤销工作表保护");
  const summary = fake.model.sheets.find((s) => s.name === "监控汇总")!;
  const links = [...summary.cells.values()].filter((c) => c.formula?.includes(`#'${name}'!`) ?? false);
  expect(links).toHaveLength(report.check!.tables.filter((t) => t.table.kind !== "unit").length);
  const once = cells(fake.model);
  await runCheck(fake.context, SETTINGS, TODAY, true);
  expect(cells(fake.model)).toEqual(once);
  expect(sheetState()).toEqual(before);
  // Unprotected, the next check writes its monitoring columns.
  fake.model.sheets.find((s) => s.name === name)!.protected = false;
  const unlocked = await runCheck(fake.context, SETTINGS, TODAY, true);
  expect(sheetState()).not.toEqual(before);
  expect(unlocked.plan.messages.join("\n")).not.toContain("受保护");
});

test("a clear that leaves a protected sheet's marks says so in both languages, for a pane switched to the other (pane66)", async () => {
  // Before: the clear plan said its lines in the workbook's language only, so the pane switched to English said
  // “Clear marks: 工作表「…」受保护…”.
  const fake = new FakeExcel(modelFromSnapshot(seed));
  await runCheck(fake.context, SETTINGS, TODAY, true);
  const name = fake.model.sheets[0].name;
  fake.model.sheets[0].protected = true;
  const report = await runClear(fake.context, true);
  expect(report.plan.said!.zh).toEqual(report.plan.messages);
  expect(report.plan.said!.zh.join("\n")).toContain(`工作表「${name}」受保护`);
  const english = report.plan.said!.en.join("\n");
  expect(english).toContain(name);
  expect(english).toContain(`Sheet "${name}" is protected; the add-in's marks on it were not cleared`);
  expect(report.plan.said!.en).toHaveLength(report.plan.said!.zh.length);
});

test("no table found and cell edit mode become clear Chinese messages", async () => {
  const empty = new FakeExcel(
    modelFromSnapshot({ sheets: [{ name: "Sheet1", originRow: 0, originCol: 0, values: [["hello"]], merges: [] }] }),
  );
  await expect(runCheck(empty.context, SETTINGS, TODAY, true)).rejects.toThrow(/没有找到绩效目标表/);

  const fake = new FakeExcel(modelFromSnapshot(seed));
  fake.failNextSyncWith = "InvalidOperationInCellEditMode";
  const error = await runCheck(fake.context, SETTINGS, TODAY, true).catch((e) => explain(e));
  expect(error).toBeInstanceOf(PerfTargetsError);
  expect((error as PerfTargetsError).message).toMatch(/正在编辑单元格/);
});

/** The rows and merged areas of the seed's first table (from the fixture), for the synthetic workbook. */
function seedTable(): { rows: CellValue[][]; merges: CellRange[] } {
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

test("where the PERF functions cannot run, the monitoring cells get the core's values, not formulas", async () => {
  const fake = new FakeExcel(modelFromSnapshot(seed));
  await runCheck(fake.context, SETTINGS, TODAY, true, false);
  const formulas = fake.model.sheets
    .flatMap((s) => [...s.cells.values()].map((c) => c.formula ?? ""))
    .filter((f) => f.includes("PERF."));
  expect(formulas).toEqual([]);
  const plan = buildPlan(seed, checkWorkbook(seed, { ...DEFAULT_SETTINGS, ...SETTINGS }), {
    formulas: false,
    lang: "zh",
    rules: DEFAULT_SETTINGS,
  });
  const values = plan.ops.filter(
    (op) =>
      op.op === "setValue" &&
      op.cell.sheet !== MARKS_SHEET &&
      typeof op.value === "string" &&
      /^(达标|正常|滞后|未达标|超额|待填报)$/.test(op.value),
  );
  expect(values.length).toBeGreaterThan(0);
  for (const op of values)
    if (op.op === "setValue")
      expect(fake.sheet(op.cell.sheet).cells.get(`${op.cell.row},${op.cell.col}`)?.value).toBe(op.value);
});

test("a cell written without a look of ours keeps its number format beside one that gets ours (null in the 2-D array)", async () => {
  const fake = new FakeExcel(modelFromSnapshot(seed));
  const reading = await readWorkbook(fake.context);
  const sheet = fake.model.sheets[0];
  // The clerk's format on a cell of ours (a light count, say), written again in the same rectangle as a new rate.
  sheet.cells.set("400,0", { value: 3, formula: null, numberFormat: "#,##0.00" });
  const cell = { sheet: sheet.name, row: 400, col: 0 };
  const plan: Plan = {
    ops: [
      { op: "setValue", cell, value: 4 },
      { op: "setValue", cell: { ...cell, col: 1 }, value: 0.5, style: { numberFormat: "0.00%" } },
    ],
    marks: emptyMarks(),
    messages: [],
  };
  await applyPlan(fake.context, plan, reading, true);
  expect([sheet.cells.get("400,0")?.numberFormat, sheet.cells.get("400,0")?.value]).toEqual(["#,##0.00", 4]);
  expect(sheet.cells.get("400,1")?.numberFormat).toBe("0.00%");
  // The fake refuses null for the whole property, as Excel does.
  sheet.cells.clear();
  const range = fake.context.workbook.worksheets.getItem(sheet.name).getRange("A1");
  (range as unknown as { numberFormat: unknown }).numberFormat = null;
  await expect(fake.context.sync()).rejects.toThrow(/InvalidArgument/);
});

// review55. A column the clerk hid at the standard width (the self-evaluation's score columns on our summary, as in
// WPS: tests/scenarios/wpsHiddenColumns) is left: whether a width set shows it again is on no page (the fake refuses
// it). On int55 the width was set, as useStandardWidth alone was asked.
test("a width given only at the standard width leaves a hidden column alone, and widens the one beside it", async () => {
  const fake = new FakeExcel(modelFromSnapshot(seed));
  const reading = await readWorkbook(fake.context);
  const sheet = fake.model.sheets[0];
  sheet.hiddenColumns.add(13);
  const plan: Plan = {
    ops: [13, 14].map((col) => ({ op: "columnWidth", sheet: sheet.name, col, width: 10, ifStandard: true }) as const),
    marks: emptyMarks(),
    messages: [],
  };
  await applyPlan(fake.context, plan, reading, true);
  expect([...sheet.hiddenColumns]).toEqual([13]);
  expect(sheet.widths.has(13)).toBe(false);
  expect(sheet.widths.has(14)).toBe(true);
});
