/**
 * The bundled sample checked, then a row inserted inside the indicator rows of '2 检察业务费' (in Excel, or LibreOffice:
 * breaker41 found it there), then checked again. Our note on 服务对象满意度's 状态 (实际 85%，目标 ≥ 90%) moves down a row
 * with its cell. The block's header had not moved, so the second check did not count the sheet as moved and took our
 * note, no longer on the cell the record names, for the clerk's: it said "1 个单元格已有您写的批注……您的批注保留未改",
 * and once the clerk typed 95% it left the stale note on a 正常 / 绿 row (a later Clear marks would have kept it too).
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { editXlsx, type UserEdit } from "../scenarios/xlsxEdit";
import { ROOT, runCli } from "./runCli";

jest.setTimeout(120_000);

const SAMPLE = path.join(ROOT, "assets", "sample.xlsx");
const SHEET = "2 检察业务费";
/** 0-based: 服务对象满意度 on row 16 (15), its 实际 in H, our 状态 in J; a row inserted at 13 (12) puts it on row 17. */
const INSERT: UserEdit = { sheet: SHEET, axis: "row", at: 12, count: 1 };
const NOTE = "实际 85%，目标 ≥ 90%";

async function checkedAgain(work: string, edits: UserEdit[]) {
  const first = await runCli(["check", SAMPLE, "--out", "a", "--as-of", "2024-07-31"], work);
  expect(first.code).toBe(0);
  const checked = new Uint8Array(await fs.readFile(path.join(work, "a", "sample.checked.xlsx")));
  const edited = editXlsx(checked, edits);
  const notesBefore = readWorkbookBytes(edited).snapshot.sheets.find((s) => s.name === SHEET)!.notes;
  expect(notesBefore).toEqual([{ row: 16, col: 9, text: NOTE }]); // moved with its cell
  await fs.writeFile(path.join(work, "edited.xlsx"), edited);
  const second = await runCli(["check", "edited.xlsx", "--out", "b", "--as-of", "2024-07-31"], work);
  expect(second.code).toBe(0);
  const copy = readWorkbookBytes(new Uint8Array(await fs.readFile(path.join(work, "b", "edited.checked.xlsx"))));
  return { stdout: second.stdout, sheet: copy.snapshot.sheets.find((s) => s.name === SHEET)! };
}

let work: string;
beforeEach(async () => (work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-inserted-row-"))));
afterEach(() => fs.rm(work, { recursive: true, force: true }));

test("a row inserted among the indicators: our note that moved with its cell is still ours, nothing said of it", async () => {
  const { stdout, sheet } = await checkedAgain(work, [INSERT]);
  expect(stdout).not.toMatch(/已有您写的批注/);
  expect(sheet.notes).toEqual([{ row: 16, col: 9, text: NOTE }]);
});

test("…and once the clerk types 95%, the row is 正常 and our note that no longer holds goes", async () => {
  const { stdout, sheet } = await checkedAgain(work, [INSERT, { sheet: SHEET, type: "95%", row: 16, col: 7 }]);
  expect(stdout).not.toMatch(/已有您写的批注/);
  const row = sheet.values[16 - sheet.originRow];
  expect([row[7 - sheet.originCol], row[9 - sheet.originCol], row[10 - sheet.originCol]]).toEqual([
    "95%",
    "正常",
    "绿",
  ]);
  expect(sheet.notes ?? []).toEqual([]);
});
