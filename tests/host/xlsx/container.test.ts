import { readFileSync } from "node:fs";
import path from "node:path";
import { renderMessage } from "../../../src/core/locale/messages";
import { strToU8, zipSync } from "fflate";
import { containerProblem } from "../../../src/host/xlsx/container";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";
import { UnreadableWorkbookError } from "../../../src/host/xlsx/zip";

const bytes = (...parts: string[]) => new Uint8Array(readFileSync(path.join(__dirname, "..", "..", "..", ...parts)));
const problem = (data: Uint8Array) => {
  const found = containerProblem(data);
  return found && renderMessage(found, "zh");
};

describe("what a file is before the reader opens it", () => {
  test("a workbook (a zip) goes on to the reader", () => {
    expect(containerProblem(bytes("assets", "sample.xlsx"))).toBeNull();
  });

  test("a real old binary .xls is told to be saved as .xlsx", () => {
    expect(problem(bytes("tests", "fixtures", "bad", "legacy.xls"))).toBe(
      "这是旧版二进制格式（.xls 或 WPS 的 .et）：请在 Excel 或 WPS 中另存为 .xlsx 后再检查",
    );
  });

  test("a real password-protected .xlsx is told to have its password removed, not to be saved as .xlsx", () => {
    expect(problem(bytes("tests", "fixtures", "bad", "password.xlsx"))).toBe(
      "文件设有打开密码（已加密）：请在 Excel 或 WPS 中取消密码后再检查",
    );
  });

  test("a web page or an XML Spreadsheet 2003 saved under .xls (as finance systems export) is told to be saved as .xlsx", () => {
    const text = (t: string) => new TextEncoder().encode(t);
    const html =
      '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>一级指标</td></tr></table>';
    const xml2003 =
      '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n' +
      '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="目标表"/></Workbook>';
    const said =
      "这是网页（HTML）或 XML 2003 格式的表格（财务系统导出的 .xls 常是这样）：请在 Excel 或 WPS 中打开后另存为 .xlsx 再检查";
    expect(problem(text(html))).toBe(said);
    expect(problem(text("\ufeff\r\n  <TABLE border=1><TR><TD>指标值</TD></TR></TABLE>"))).toBe(said);
    expect(problem(text(xml2003))).toBe(said);
    // Other XML is no table Excel opens.
    expect(problem(text('<?xml version="1.0"?><note>一级指标</note>'))).toBe("不是 Excel 工作簿（.xlsx / .xlsm）");
  });

  test("empty, text and a bare compound-file signature", () => {
    expect(problem(new Uint8Array(0))).toBe("文件是空的（0 字节）");
    expect(problem(new TextEncoder().encode("一级指标,二级指标\n"))).toBe("不是 Excel 工作簿（.xlsx / .xlsm）");
    const signatureOnly = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(problem(signatureOnly)).toMatch(/^这是旧版二进制格式/);
    // The name split across the end of the data is not a match.
    const cut = new Uint8Array([...signatureOnly, ...Array.from("Encrypted").flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(problem(cut)).toMatch(/^这是旧版二进制格式/);
  });
});

describe("a zip holding another spreadsheet format, as its own program saves it", () => {
  /** What the reader says of the bytes, in both languages. */
  const said = (data: Uint8Array) => {
    try {
      readWorkbookBytes(data);
    } catch (e) {
      if (e instanceof UnreadableWorkbookError) return [e.in("zh"), e.in("en")];
      throw e;
    }
    throw new Error("read as a workbook");
  };

  test("an .xlsb (its workbook part binary, MS-XLSB 2.1.7.61) is named as .xlsb, not as damaged", () => {
    const xlsb = zipSync({
      "[Content_Types].xml": strToU8(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.bin" ' +
          'ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>',
      ),
      "_rels/.rels": strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ' +
          'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
      ),
      "xl/workbook.bin": new Uint8Array([0x83, 0x01, 0x00, 0x84, 0x01, 0x00]), // BrtBeginBook, BrtEndBook
    });
    expect(said(xlsb)).toEqual([
      ".xlsb 格式不是 .xlsx / .xlsm：请在 Excel 或 WPS 中另存为 .xlsx 后再检查",
      "The .xlsb format is not .xlsx / .xlsm: save it as .xlsx in Excel or WPS, then check it",
    ]);
  });

  test("an .ods (its mimetype stream first) is named as .ods, with the remedy", () => {
    const ods = zipSync({
      mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
      "content.xml": strToU8(
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
      ),
      "META-INF/manifest.xml": strToU8(
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
      ),
    });
    expect(said(ods)[0]).toBe(".ods 格式不是 .xlsx / .xlsm：请在 Excel 或 WPS 中另存为 .xlsx 后再检查");
  });
});
