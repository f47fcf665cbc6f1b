import { StylesEditor } from "../../../src/host/xlsx/styles";

const stylesWith = (fonts: string) =>
  `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1">${fonts}</fonts>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`;

const fontsOf = (xml: string) => /<fonts[^>]*>([\s\S]*)<\/fonts>/.exec(xml)?.[1] ?? "";

describe("the bold font derived from a cell's font", () => {
  test("is written in the order Excel requires, whatever order the file's font was in (MS-OI29500 2.1.706)", () => {
    // As openpyxl and some generators save it: colour and family before the size.
    const editor = new StylesEditor(
      stylesWith(
        '<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>',
      ),
    );
    expect(editor.cellFormat(0, { bold: true })).toBe(1);
    expect(fontsOf(editor.toXml() as string)).toBe(
      '<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>' +
        '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
    );
  });

  test("replaces an explicit not-bold, keeps italic before the size, and keeps a font already bold", () => {
    const editor = new StylesEditor(stylesWith('<font><sz val="12"/><i/><b val="0"/><name val="宋体"/></font>'));
    editor.cellFormat(0, { bold: true });
    expect(fontsOf(editor.toXml() as string)).toContain('<font><b/><i/><sz val="12"/><name val="宋体"/></font>');
    const bold = new StylesEditor(stylesWith('<font><b/><sz val="11"/></font>'));
    bold.cellFormat(0, { bold: true });
    expect(fontsOf(bold.toXml() as string)).toBe('<font><b/><sz val="11"/></font>');
  });
});
