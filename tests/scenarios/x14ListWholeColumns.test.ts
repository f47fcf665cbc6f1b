/**
 * review38 — the clerk's drop-down list set on whole columns (select columns A:Z → 数据验证 → 序列, source on another
 * sheet): Excel saves it as one <x14:dataValidation> with <xm:sqref>A1:Z1048576</xm:sqref>. Since session 37 the
 * xlsx reader reads x14 lists (safety37), and SheetContents.hasTheirList (src/core/plan/sheetContents.ts) expands every
 * list's range into a Map of one entry per CELL: 27 million entries → "RangeError: Map maximum size exceeded".
 * The CLI spends ~38 s and ~1 GB, then says "无法检查：检查时出错：Map maximum size exceeded": the file is not checked
 * at all (before session 37 it was, the x14 list being skipped). One whole column (M:M) already costs ~4.7 s against
 * ~0.5 s. A classic <dataValidation> list over whole columns takes the same path.
 * Expected: the file is checked; the clerk's list is kept and said once (as on M11:M13 in x14List.test.ts).
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import { runPipeline, settingsFor } from "../../src/core/pipeline";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { writeCheckedCopy } from "../../src/host/xlsx/write";
import { concat, openPackage, packPackage, partText, setPartText } from "../../src/host/xlsx/zip";

jest.setTimeout(180_000);

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const SHEET_PART = "xl/worksheets/sheet1.xml"; // 1 办公用品采购
const AS_OF = "2024-07-31";
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";
const WHOLE_COLUMNS = "A1:Z1048576";
const THEIR_LIST =
  `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" ` +
  `xmlns:xm="${XM}"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1">` +
  `<x14:formula1><xm:f>'2 检察业务费'!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>${WHOLE_COLUMNS}</xm:sqref>` +
  `</x14:dataValidation></x14:dataValidations></ext></extLst>`;

test("a list of the clerk's on whole columns A:Z (x14): the copy is written, their list kept byte for byte", () => {
  const pkg0 = openPackage(new Uint8Array(readFileSync(SAMPLE)));
  setPartText(pkg0, SHEET_PART, partText(pkg0, SHEET_PART)!.replace("</worksheet>", `${THEIR_LIST}</worksheet>`));
  const { snapshot, pkg } = readWorkbookBytes(concat(packPackage(pkg0)));
  let copy: Uint8Array | undefined;
  let messages: string[] = [];
  expect(() => {
    const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: AS_OF }, AS_OF), { formulas: false });
    if (run.outcome !== "planned") throw new Error("no tables");
    messages = run.plan.messages;
    copy = writeCheckedCopy(pkg, run.plan);
  }).not.toThrow();
  expect(partText(openPackage(copy!), SHEET_PART)).toContain(THEIR_LIST);
  expect(messages.join("\n")).toMatch(/下拉列表/);
});
