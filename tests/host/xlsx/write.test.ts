import { keyCol, keyRow, parseA1Ranges } from "../../../src/core/a1";
import { readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { checkWorkbook } from "../../../src/core/check";
import { checkedIndicators } from "../../../src/core/checked";
import { buildClearPlan, buildPlan } from "../../../src/core/plan/buildPlan";
import type { PlanOptions } from "../../../src/core/plan/types";
import { UNIT_TABLE_HEADER, UNIT_TABLE_NAME } from "../../../src/core/prose/extractProse";
import { DEFAULT_SETTINGS, MARKS_SHEET, type WorkbookSnapshot } from "../../../src/core/types";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";
import { snapshotFromXlsx } from "../../../src/host/xlsx/snapshot";
import { writeCheckedCopy } from "../../../src/host/xlsx/write";
import { reload, workbookState } from "./workbookState";

const SEED = readFileSync(path.join(__dirname, "../../fixtures/seed-one-sheet.xlsx"));
const SETTINGS = { ...DEFAULT_SETTINGS, asOf: "2024-08-15" };
const OPTIONS: PlanOptions = { formulas: true, lang: "zh" };

/** Read → check → plan → patch the package: one "Check targets" on a file. */
async function runCheck(data: Buffer | Uint8Array, options = OPTIONS) {
  const { pkg, snapshot } = readWorkbookBytes(data);
  const check = checkWorkbook(snapshot, SETTINGS);
  const plan = buildPlan(snapshot, check, options);
  return { before: snapshot, check, plan, output: writeCheckedCopy(pkg, plan) };
}

async function runClear(data: Buffer | Uint8Array) {
  const { pkg, snapshot } = readWorkbookBytes(data);
  return writeCheckedCopy(pkg, buildClearPlan(snapshot));
}

function cells(snapshot: WorkbookSnapshot) {
  const out = new Map<string, { value: unknown; formula: string | null }>();
  for (const s of snapshot.sheets)
    s.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = s.formulas?.[r]?.[c] ?? null;
        if ((value !== null && value !== "") || formula)
          out.set(`${s.name}!${r + s.originRow},${c + s.originCol}`, { value, formula });
      }),
    );
  return out;
}

let first: Awaited<ReturnType<typeof runCheck>>;
beforeAll(async () => {
  first = await runCheck(SEED);
}, 60_000);

test("the seed tables are found and get monitoring columns", () => {
  expect(first.check.tables.length).toBeGreaterThanOrEqual(8);
  expect(first.plan.marks.inputs.length).toBeGreaterThanOrEqual(first.check.tables.length);
});

test("after a run every cell that existed before has the same value and formula", async () => {
  const after = cells((await snapshotFromXlsx(first.output)).snapshot);
  for (const [key, before] of cells(first.before)) expect([key, after.get(key)]).toEqual([key, before]);
});

test("untouched cells keep their styles", async () => {
  const before = await reload(SEED);
  const after = await reload(first.output);
  const written = new Set(
    first.plan.ops.flatMap((o) =>
      o.op === "setValue" || o.op === "setFormula" ? [`${o.cell.sheet}!${o.cell.row},${o.cell.col}`] : [],
    ),
  );
  let compared = 0;
  for (const ws of before.worksheets)
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        if (written.has(`${ws.name}!${r - 1},${c - 1}`)) return;
        expect([cell.address, after.getWorksheet(ws.name)!.getCell(r, c).style]).toEqual([cell.address, cell.style]);
        compared++;
      }),
    );
  expect(compared).toBeGreaterThan(100);
});

test("a second run produces an identical workbook", async () => {
  const second = await runCheck(first.output);
  const a = workbookState(await reload(first.output));
  const b = workbookState(await reload(second.output));
  expect(b).toEqual(a);
  expect(second.plan.marks).toEqual(first.plan.marks);
}, 60_000);

test("Clear marks returns a workbook equal to the original", async () => {
  const cleared = workbookState(await reload(await runClear(first.output)));
  const original = workbookState(await reload(SEED));
  expect(cleared.snapshot).toEqual(original.snapshot);
  expect(cleared.sheets).toEqual(original.sheets);
  expect(cleared.names).toEqual(original.names);
}, 60_000);

test("the summary sheet, the named monitoring date and the marks sheet are there", async () => {
  const wb = await reload(first.output);
  expect(wb.getWorksheet("监控汇总")?.getCell("B3").value).toEqual(new Date(Date.UTC(2024, 7, 15)));
  expect(wb.getWorksheet(MARKS_SHEET)?.state).toBe("veryHidden");
  const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  expect(names).toContainEqual({ name: "监控时点", ranges: ["'监控汇总'!$B$3"] });
});

test("the chart of planned vs actual execution is a real chart part bound to the summary cells", async () => {
  const zip = await JSZip.loadAsync(first.output);
  const chart = await zip.file("xl/charts/chart1.xml")?.async("string");
  expect(chart).toContain("<c:barChart>");
  const projects = first.check.tables.filter((c) => c.table.kind !== "unit").length;
  expect(chart).toContain(`<c:f>'监控汇总'!$F$7:$F$${6 + projects}</c:f>`);
  const types = await zip.file("[Content_Types].xml")!.async("string");
  expect(types).toContain("/xl/charts/chart1.xml");
  // ExcelJS reads the file back without complaint.
  await expect(reload(first.output)).resolves.toBeDefined();
});

test("typed-in actuals get the expected highlights", async () => {
  // Type a small actual into every 实际完成值 cell of the first table.
  const wb = await reload(first.output);
  const actualInput = first.plan.marks.inputs.find(
    (i) => wb.getWorksheet(i.sheet)?.getCell(i.header).value === "实际完成值",
  )!;
  const ws = wb.getWorksheet(actualInput.sheet)!;
  for (const range of parseA1Ranges(actualInput.cells))
    for (let row = range.top; row <= range.bottom; row++) ws.getCell(row + 1, range.left + 1).value = 1;
  const typed = Buffer.from(await wb.xlsx.writeBuffer());
  const run = await runCheck(typed);
  const checked = run.check.tables.find((c) =>
    c.table.indicators.some(
      (i) => i.actual !== null && keyCol(i.actual.cell) === parseA1Ranges(actualInput.cells)[0].left,
    ),
  )!;
  const { table } = checked;
  const lights = checked.results.map((r) => r.light);
  expect(lights.filter((l) => l === "red" || l === "yellow" || l === "blue").length).toBeGreaterThan(0);

  const out = await reload(run.output);
  const sheet = out.getWorksheet(table.sheet)!;
  const cfs = (
    sheet as unknown as {
      conditionalFormattings: {
        ref: string;
        rules: { formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } }[];
      }[];
    }
  ).conditionalFormattings;
  checkedIndicators(checked).forEach(({ indicator, result }) => {
    const light = result.light;
    if (light !== "red" && light !== "yellow" && light !== "blue") return;
    const fill = { red: "FFFFC7CE", yellow: "FFFFEB9C", blue: "FFBDD7EE" }[light];
    const word = { red: "红", yellow: "黄", blue: "蓝" }[light];
    const target = { row: keyRow(indicator.targetCell), col: keyCol(indicator.targetCell) };
    // A rule with that colour covers the target cell and tests the row's 预警 cell, which shows the light word.
    const rule = cfs.find(
      (cf) =>
        parseA1Ranges(cf.ref).some(
          (r) => r.top <= target.row && target.row <= r.bottom && r.left <= target.col && target.col <= r.right,
        ) && cf.rules[0].style?.fill?.bgColor?.argb === fill,
    );
    expect(rule).toBeDefined();
    const lightCol = /\$([A-Z]+)\d+/.exec(rule!.rules[0].formulae![0])![1];
    expect(
      sheet.getCell(`${lightCol}${indicator.row + 1}`).result ?? sheet.getCell(`${lightCol}${indicator.row + 1}`).value,
    ).toBe(word);
  });
}, 60_000);

test("the highlights we add rank above every rule of the sheet's: conditionalFormatting and extLst (x14) alike", async () => {
  // ECMA-376 Part 1, 18.3.1.10 cfRule priority: rules of a sheet are applied lowest number first; ours come after
  // (above) the clerk's, whose numbers stay as they are.
  const zip = await JSZip.loadAsync(SEED);
  const part = "xl/worksheets/sheet1.xml";
  const xml = (await zip.file(part)!.async("string"))
    .replace(
      "<pageMargins",
      `<conditionalFormatting sqref="A1"><cfRule type="expression" priority="7"><formula>FALSE</formula></cfRule></conditionalFormatting><pageMargins`,
    )
    .replace(
      "</worksheet>",
      `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="expression" priority="12" id="{00000000-0000-0000-0000-000000000001}"><xm:f>FALSE</xm:f></x14:cfRule><xm:sqref>B1</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst></worksheet>`,
    );
  zip.file(part, xml);
  const run = await runCheck(await zip.generateAsync({ type: "uint8array" }));
  const sheet = run.before.sheets[0].name; // sheet1.xml (the summary sheet gets rules of its own)
  const added = run.plan.ops.filter((o) => o.op === "conditionalFormat" && o.sheet === sheet).length;
  expect(added).toBeGreaterThan(0);
  const out = await (await JSZip.loadAsync(run.output)).file(part)!.async("string");
  const priorities = [...out.matchAll(/<(?:x14:)?cfRule\b[^>]*?\spriority="(\d+)"/g)].map((m) => Number(m[1]));
  expect(priorities.slice(0, 1)).toEqual([7]); // the clerk's rules keep theirs
  expect(priorities.filter((n) => n !== 7 && n !== 12).sort((a, b) => a - b)).toEqual(
    Array.from({ length: added }, (_, i) => 13 + i),
  );
  expect(priorities.filter((n) => n === 12)).toHaveLength(1);
});

test("value mode writes no custom-function formula into the file", async () => {
  const run = await runCheck(SEED, { formulas: false, lang: "zh" });
  const after = (await snapshotFromXlsx(run.output)).snapshot;
  const formulas = after.sheets.flatMap((s) => (s.formulas ?? []).flat().filter((f): f is string => !!f));
  expect(formulas.filter((f) => f.includes("PERF."))).toEqual([]);
}, 60_000);

test("the unit-wide goals in prose become the 部门整体绩效目标 sheet, which the next check reads instead", async () => {
  const prose = first.check.tables.map((c) => c.table).filter((t) => t.source === "prose");
  const count = prose.reduce((n, t) => n + t.indicators.length, 0);
  expect(count).toBeGreaterThanOrEqual(15);
  const wb = await reload(first.output);
  const unit = wb.getWorksheet(UNIT_TABLE_NAME)!;
  expect(unit.state).toBe("visible");
  expect([1, 2, 3, 4, 5].map((c) => unit.getCell(3, c).value)).toEqual([...UNIT_TABLE_HEADER]);
  expect(unit.getCell(3, 6).value).toBe("实际完成值");

  const second = await runCheck(first.output);
  const tables = second.check.tables.map((c) => c.table);
  expect(tables.filter((t) => t.source === "prose")).toEqual([]);
  const read = tables.filter((t) => t.sheet === UNIT_TABLE_NAME);
  expect(read).toHaveLength(1);
  expect(read[0].indicators).toHaveLength(count);
}, 60_000);

test("settings given to the plan are stored in the file; Clear marks keeps them", async () => {
  const json = JSON.stringify({ lang: "en", asOf: "2024-07-31" });
  const run = await runCheck(SEED, { ...OPTIONS, settings: json });
  const stored = (await snapshotFromXlsx(run.output)).snapshot;
  expect(stored.settings).toBe(json);
  expect(stored.marks).not.toBeNull();
  const cleared = (await snapshotFromXlsx(await runClear(run.output))).snapshot;
  expect(cleared.settings).toBe(json);
  expect(cleared.marks).toBeNull();
  expect(cleared.sheets.map((s) => s.name)).toEqual(first.before.sheets.map((s) => s.name));
}, 60_000);
