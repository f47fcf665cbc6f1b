import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { parseXml } from "../../../src/host/xlsx/parts";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";
import { UnreadableWorkbookError } from "../../../src/host/xlsx/zip";

/** Every event parseXml gives, in order. */
function events(xml: string): string[] {
  const out: string[] = [];
  let text = "";
  const flush = () => {
    if (text) out.push(`text ${text}`);
    text = "";
  };
  parseXml(xml, {
    open: (name, attrs) => {
      flush();
      out.push(`open ${name} ${JSON.stringify(attrs.toObject())}`);
    },
    close: (name) => {
      flush();
      out.push(`close ${name}`);
    },
    text: (t) => (text += t),
  });
  return out;
}

describe("parseXml", () => {
  it("reads what Office writes: declaration, prefixes, self-closing tags, entities, character references, CDATA", () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<x:sst xmlns:x="urn:x"><x:si><x:t xml:space="preserve">a &amp; b &lt;&#x4E2D;&#25991;&gt;</x:t></x:si>' +
      '<x:si r:id="q&quot;1"/><x:si><x:t><![CDATA[<c>&amp;]]></x:t></x:si></x:sst>';
    expect(events(xml)).toEqual([
      'open sst {"xmlns:x":"urn:x"}',
      "open si {}",
      'open t {"xml:space":"preserve"}',
      "text a & b <中文>",
      "close t",
      "close si",
      'open si {"r:id":"q\\"1"}',
      "close si",
      "open si {}",
      "open t {}",
      "text <c>&amp;",
      "close t",
      "close si",
      "close sst",
    ]);
  });

  it("gives an attribute by its exact name, or by local name with the exact one first; values in pieces are joined", () => {
    const seen: Record<string, string | undefined>[] = [];
    parseXml('<a x:id="p" id="q" r:ref="s" v="1&amp;2&#51;" e="" w="a&lt;"><b r:id="t"/></a>', {
      open: (name, a) =>
        seen.push({
          name,
          id: a.get("id"),
          local: a.local("id"),
          ref: a.get("ref"),
          refLocal: a.local("ref"),
          v: a.get("v"),
          e: a.get("e"),
          w: a.get("w"),
          missing: a.get("d"),
        }),
    });
    expect(seen).toEqual([
      { name: "a", id: "q", local: "q", ref: undefined, refLocal: "s", v: "1&23", e: "", w: "a<", missing: undefined },
      {
        name: "b",
        id: undefined,
        local: "t",
        ref: undefined,
        refLocal: undefined,
        v: undefined,
        e: undefined,
        w: undefined,
        missing: undefined,
      },
    ]);
  });

  it("skips comments and processing instructions, keeps the first of a repeated attribute", () => {
    expect(events('<?xml version="1.0"?><!-- note --><a k="1" k="2" j="x&lt;&#65;"><?pi x?><b/></a>')).toEqual([
      'open a {"k":"1","j":"x<A"}',
      "open b {}",
      "close b",
      "close a",
    ]);
  });

  it("reads a large part whole", () => {
    const cells = Array.from({ length: 60_000 }, (_, i) => `<c r="A${i + 1}"><v>${i}</v></c>`).join("");
    let values = 0;
    parseXml(`<sheetData><row>${cells}</row></sheetData>`, { close: (name) => void (name === "v" && values++) });
    expect(values).toBe(60_000);
  });

  it.each([
    ["cut off", '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c>'],
    ["closed out of order", "<worksheet><sheetData><row></sheetData></worksheet>"],
    ["with a closing tag nothing opened", "<worksheet><sheetData></row></sheetData></worksheet>"],
    ["cut off inside its root's opening tag", '<?xml version="1.0"?>\n<worksheet xmlns="http://schemas.openxmlformats'],
    ["cut off inside an attribute", '<worksheet><sheetData><row r="1"><c t="'],
    ["closed twice", "<worksheet></worksheet></worksheet>"],
  ])("refuses a part %s with the one-line corrupt-file message", (_, xml) => {
    expect(() => parseXml(xml, {})).toThrow(UnreadableWorkbookError);
    expect(() => parseXml(xml, {})).toThrow(/^文件已损坏：XML 无法解析（.+）$/);
  });

  it("names what is wrong: the element left open, or a closing tag nothing opened", () => {
    const reason = (xml: string) => {
      try {
        parseXml(xml, {});
      } catch (e) {
        return [(e as UnreadableWorkbookError).message, (e as UnreadableWorkbookError).in("en")];
      }
      return null;
    };
    expect(reason("<x:worksheet><x:sheetData></x:worksheet>")).toEqual([
      "文件已损坏：XML 无法解析（<x:sheetData> 没有正确结束）",
      "The file is damaged: its XML cannot be read (<x:sheetData> is not closed properly)",
    ]);
    expect(reason("<worksheet><sheetData></row></sheetData></worksheet>")?.[0]).toBe(
      "文件已损坏：XML 无法解析（多余的结束标签 </row>）",
    );
    expect(reason("<worksheet></worksheet></worksheet>")?.[1]).toBe(
      "The file is damaged: its XML cannot be read (unexpected closing tag </worksheet>)",
    );
  });

  // Cut inside the data, or inside the root's own opening tag (the sheet would otherwise read as empty).
  it.each([["</sheetData>"], ["schemas.openxmlformats.org/spreadsheetml"]])(
    "refuses a workbook whose sheet was cut off before %s, instead of reading part of it",
    async (cutBefore) => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("表1").getCell("A1").value = "三级指标";
      const parts = unzipSync(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
      const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"]);
      parts["xl/worksheets/sheet1.xml"] = strToU8(sheet.slice(0, sheet.indexOf(cutBefore)));
      expect(() => readWorkbookBytes(zipSync(parts))).toThrow(
        /^文件已损坏：工作表「表1」的部件 xl\/worksheets\/sheet1\.xml 无法解析（<(sheetData|worksheet)> 没有正确结束）$/,
      );
    },
  );
});

describe("Strict Open XML workbooks", () => {
  /** A workbook as Excel's "Strict Open XML Spreadsheet" saves it: the same parts in the ISO Strict namespaces. */
  async function strictCopy(edit: (name: string, xml: string) => string): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("表1").getCell("A1").value = "三级指标";
    const parts = unzipSync(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    for (const name of Object.keys(parts))
      if (/\.(xml|rels)$/.test(name)) parts[name] = strToU8(edit(name, strFromU8(parts[name])));
    return zipSync(parts);
  }
  const STRICT_MESSAGE = /^这是 Strict Open XML 格式的工作簿，暂不支持：请在 Excel 中另存为/;

  it("are refused with what to do, not read as an empty workbook", async () => {
    const bytes = await strictCopy((_, xml) =>
      xml
        .replace(
          /http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g,
          "http://purl.oclc.org/ooxml/officeDocument/relationships",
        )
        .replace(
          /http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g,
          "http://purl.oclc.org/ooxml/spreadsheetml/main",
        ),
    );
    expect(() => readWorkbookBytes(bytes)).toThrow(STRICT_MESSAGE);
  });

  it("are recognised by the workbook's conformance attribute too", async () => {
    const bytes = await strictCopy((name, xml) =>
      name === "xl/workbook.xml" ? xml.replace(/<workbook /, '<workbook conformance="strict" ') : xml,
    );
    expect(() => readWorkbookBytes(bytes)).toThrow(STRICT_MESSAGE);
  });
});
