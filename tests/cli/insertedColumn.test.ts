/**
 * The bundled sample checked, then a column inserted inside its first table (in Excel, or LibreOffice: breaker41 found
 * it there), then checked again. The table's own 1-7月执行数 / 1-7月完成值 column stands right beside it, so the insert
 * moves the clerk's cells into the places our 执行率 and 全年预计完成值 were written. The second check found our block
 * again one column right, yet said "上次写入的 3 个单元格内容已改变……'1 办公用品采购'!I6:I7、I10": cells of theirs that
 * moved, taken for cells of ours they changed. Clear marks said the same of them.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildClearPlan } from "../../src/core/plan/buildPlan";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { editXlsx } from "../scenarios/xlsxEdit";
import { ROOT, runCli } from "./runCli";

jest.setTimeout(120_000);

const SAMPLE = path.join(ROOT, "assets", "sample.xlsx");
const SHEET = "1 办公用品采购";
const CHANGED = /不再视为本工具的内容|no longer treated as ours/;

test("a column inserted in the table: the clerk's cells that moved beside it are not called changed cells of ours", async () => {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-inserted-column-"));
  try {
    const first = await runCli(["check", SAMPLE, "--out", "a", "--as-of", "2024-07-31"], work);
    expect(first.code).toBe(0);
    const checked = new Uint8Array(await fs.readFile(path.join(work, "a", "sample.checked.xlsx")));
    // 插入 → 整列 at D (0-based 3): the table's 执行数 / 完成值 column H goes to I, our block from I to J.
    const edited = editXlsx(checked, [{ sheet: SHEET, axis: "col", at: 3, count: 1 }]);
    await fs.writeFile(path.join(work, "edited.xlsx"), edited);

    const second = await runCli(["check", "edited.xlsx", "--out", "b", "--as-of", "2024-07-31"], work);
    expect(second.code).toBe(0);
    expect(second.stdout).not.toMatch(CHANGED);
    // The block was found again where the insert put it, the clerk's cells kept as they are.
    const copy = readWorkbookBytes(new Uint8Array(await fs.readFile(path.join(work, "b", "edited.checked.xlsx"))));
    const rows = copy.snapshot.sheets.find((s) => s.name === SHEET)!.values;
    expect([rows[5][8], rows[6][8], rows[9][8]]).toEqual(["1-7月执行数（万元）", 20, "1-7月完成值"]);
    expect([rows[5][9], rows[9][9], rows[9][10]]).toEqual(["执行率", "全年预计完成值", "状态"]);

    // Clear marks (清除标记) on the edited workbook instead clears our cells and does not list the clerk's among
    // cells "not written by the add-in (or changed)" either.
    const cleared = buildClearPlan(readWorkbookBytes(edited).snapshot, "zh");
    expect(cleared.messages.join("\n")).not.toMatch(/'1 办公用品采购'!I(6|7|10)\b/);
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
});

// The clerk types a note in the new column beside the first indicator (review42, by hand on the CLI copy): the header
// row stays blank over it, the row under it does not, and the table was no longer found — silently (8 tables read,
// then 7), our block beside it said changed ("上次写入的 21 个单元格内容已改变……"), the project gone from the summary.
test("a column inserted in the table and a note typed in it beside the first indicator: the table is still read", async () => {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-inserted-column-typed-"));
  try {
    const first = await runCli(["check", SAMPLE, "--out", "a", "--as-of", "2024-07-31"], work);
    expect(first.code).toBe(0);
    const checked = new Uint8Array(await fs.readFile(path.join(work, "a", "sample.checked.xlsx")));
    // 插入 → 整列 at D, then "新列的说明" typed in D11, beside 保障办公人数 (row 11).
    const edited = editXlsx(checked, [
      { sheet: SHEET, axis: "col", at: 3, count: 1 },
      { sheet: SHEET, type: "新列的说明", row: 10, col: 3 },
    ]);
    await fs.writeFile(path.join(work, "edited.xlsx"), edited);

    const second = await runCli(["check", "edited.xlsx", "--out", "b", "--as-of", "2024-07-31"], work);
    expect(second.code).toBe(0);
    expect(first.stdout).toMatch(/8 张目标表 · 49 项指标/);
    expect(second.stdout).toMatch(/8 张目标表 · 49 项指标/);
    expect(second.stdout).not.toMatch(CHANGED);
    expect(second.stdout).toMatch(/办公用品采购 {2}预算 63.14 万元/);
    const copy = readWorkbookBytes(new Uint8Array(await fs.readFile(path.join(work, "b", "edited.checked.xlsx"))));
    const rows = copy.snapshot.sheets.find((s) => s.name === SHEET)!.values;
    expect(rows[10][3]).toBe("新列的说明");
    expect([rows[9][8], rows[9][9], rows[9][10]]).toEqual(["1-7月完成值", "全年预计完成值", "状态"]);
    expect([rows[10][10], rows[10][11]]).toEqual(["正常", "绿"]);
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
});
