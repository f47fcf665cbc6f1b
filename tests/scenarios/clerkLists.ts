/**
 * The clerk's own drop-down list (数据验证 → 序列) on a range of a sheet, as each host makes it: in the file, the
 * sheet part's <dataValidation> (an existing one on exactly that range gets the new list; otherwise one is
 * added, into the sheet's <dataValidations> when it has some); in Excel, the range's dataValidation rule (cleared first, as the 数据验证 dialog replaces a rule).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { workbookMap } from "../../src/host/xlsx/parts";
import { excelDriver, xlsxDriver } from "./drivers";
import type { FakeExcel } from "../host/excel/fake";

export type SetList = (w: unknown) => Promise<unknown>;

/** For each driver, an edit setting `source` as the list of `sheet`!`a1`. */
export function clerkList(sheet: string, a1: string, source: string): Record<string, SetList> {
  return {
    [xlsxDriver.name]: async (w) => {
      const part = workbookMap(readWorkbookBytes(w as Uint8Array).pkg).sheets.find((e) => e.name === sheet)!.part!;
      const parts = unzipSync(w as Uint8Array);
      const xml = strFromU8(parts[part]!);
      const ours = new RegExp(`(<dataValidation [^>]*sqref="${a1}"[^>]*><formula1>)[^<]*(</formula1>)`);
      const one = `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${a1}"><formula1>"${source}"</formula1></dataValidation>`;
      const list = `<dataValidations count="1">${one}</dataValidations>`;
      // A sheet that has lists (ours, after a check) gets one more in its <dataValidations> (a second would be invalid).
      const more = /<dataValidations count="(\d+)"([^>]*)>([\s\S]*?)<\/dataValidations>/;
      const edited = ours.test(xml)
        ? xml.replace(ours, `$1"${source}"$2`)
        : more.test(xml)
          ? xml.replace(
              more,
              (_, n: string, rest: string, body: string) =>
                `<dataValidations count="${Number(n) + 1}"${rest}>${body}${one}</dataValidations>`,
            )
          : xml.includes("<dataValidations")
            ? null // not in the form above: say so rather than build a broken file
            : xml.replace("<pageMargins", `${list}<pageMargins`);
      if (edited === null || edited === xml) throw new Error(`clerkList: cannot set a list on ${sheet}!${a1}`);
      return zipSync({ ...parts, [part]: strToU8(edited) });
    },
    [excelDriver.name]: async (w) => {
      const fake = w as FakeExcel;
      const range = fake.context.workbook.worksheets.getItem(sheet).getRange(a1);
      range.dataValidation.clear();
      range.dataValidation.rule = { list: { inCellDropDown: true, source } };
      await fake.context.sync();
      return fake;
    },
  };
}
