/**
 * Column widths: the plan says characters; the add-in sets points (Office.js), the CLI writes the file's
 * `<col width>`. The same plan must give the same columns on screen in both: pixels from the points the
 * fake received equal the pixels Excel draws for the copy's width (ECMA-376 §18.3.1.13, core/plan/columnWidth).
 */
import { columnPixels } from "../../src/core/plan/columnWidth";
import { workbookMap } from "../../src/host/xlsx/parts";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { partText } from "../../src/host/xlsx/zip";
import { excelDriver, xlsxDriver } from "./drivers";

test("the same plan gives the same column widths in Excel (points) and in the checked copy (characters)", async () => {
  const copy = (await xlsxDriver.check(await xlsxDriver.open())).workbook;
  const fake = (await excelDriver.check(await excelDriver.open())).workbook;
  const { pkg } = readWorkbookBytes(copy);
  let compared = 0;
  for (const sheet of fake.model.sheets) {
    if (sheet.widths.size === 0) continue;
    const part = workbookMap(pkg).sheets.find((s) => s.name === sheet.name)!.part!;
    const xml = partText(pkg, part) ?? "";
    const fileWidth = (col: number) => {
      for (const m of xml.matchAll(/<col\b[^>]*?\bmin="(\d+)"[^>]*?\bmax="(\d+)"[^>]*?\bwidth="([\d.]+)"/g))
        if (Number(m[1]) <= col + 1 && col + 1 <= Number(m[2])) return Number(m[3]);
      return null;
    };
    for (const [col, points] of sheet.widths) {
      const width = fileWidth(col);
      expect([sheet.name, col, width === null ? null : columnPixels(width)]).toEqual([sheet.name, col, points / 0.75]);
      compared++;
    }
  }
  expect(compared).toBeGreaterThan(10);
});
