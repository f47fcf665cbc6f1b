/** Test helper: everything a file-level comparison looks at, as plain data. */
import ExcelJS from "exceljs";
import { snapshotFromExcelJs } from "../../../src/host/xlsx/snapshot";

export function workbookState(workbook: ExcelJS.Workbook) {
  const sheets = workbook.worksheets.map((ws) => ({
    name: ws.name,
    state: ws.state,
    conditionalFormats: (
      ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }
    ).conditionalFormattings.map((cf) => ({
      ref: cf.ref,
      rules: cf.rules.map((r) => ({
        type: r.type,
        formulae: "formulae" in r ? r.formulae : undefined,
        style: r.style,
      })),
    })),
    validations: (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model,
  }));
  const names = (workbook.definedNames as unknown as { model: unknown }).model;
  return { snapshot: snapshotFromExcelJs(workbook), sheets, names };
}

export async function reload(buffer: Buffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}
