/**
 * A generated big workbook for the pane's responsiveness test: the sample's goal tables copied onto
 * `count` sheets (values, number formats and merges), each project renamed so every sheet is its own
 * project. Written with ExcelJS in Node; the pane reads it like any user file.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";

export async function bigWorkbook(samplePath: string, count: number): Promise<Buffer> {
  const sample = new ExcelJS.Workbook();
  await sample.xlsx.load(readFileSync(samplePath) as unknown as ArrayBuffer);
  const sources = sample.worksheets.filter((w) => w.state === "visible");
  const out = new ExcelJS.Workbook();
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length];
    const sheet = out.addWorksheet(`${String(i + 1).padStart(3, "0")} ${source.name}`.slice(0, 31));
    source.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const target = sheet.getCell(r, c);
        // Rename the project (the value right of 项目名称) so the 300 tables are 300 projects.
        const left = c > 1 ? row.getCell(c - 1).value : null;
        target.value =
          typeof cell.value === "string" && typeof left === "string" && /项目名称/.test(left)
            ? `${cell.value}（${i + 1}）`
            : cell.value;
        if (cell.numFmt) target.numFmt = cell.numFmt;
      });
    });
    const merges = (source.model as unknown as { merges?: string[] }).merges ?? [];
    for (const range of merges) sheet.mergeCells(range);
  }
  return Buffer.from(await out.xlsx.writeBuffer());
}

/**
 * The sample with its first project named as a 通知 names one (`name`, some 100 characters) and that project's sheet given
 * a long name (`sheet`, at most 31 characters as Excel allows): the pane's long texts at 320 px and 200 %.
 */
export async function longNamesWorkbook(samplePath: string, name: string, sheet: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(samplePath) as unknown as ArrayBuffer);
  const named = book.worksheets.find((w) => {
    let found = false;
    w.eachRow((row) =>
      row.eachCell((cell, c) => {
        const left = c > 1 ? row.getCell(c - 1).value : null;
        if (found || typeof cell.value !== "string" || typeof left !== "string" || !/项目名称/.test(left)) return;
        cell.value = name;
        found = true;
      }),
    );
    return found;
  });
  if (!named) throw new Error("no 项目名称 in the sample");
  named.name = sheet;
  return Buffer.from(await book.xlsx.writeBuffer());
}
