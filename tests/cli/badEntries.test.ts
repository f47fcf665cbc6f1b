/**
 * The sample, damaged where a check must not guess (polish58's sweep of the command line): sheets the workbook lists
 * that cannot be told apart or found, and a part in UTF-16. Each gets one line saying what is wrong, and no copy: before,
 * two sheets of one name (or one part) had one's results written onto the other, a sheet without a relationship
 * vanished from the check unsaid, and a UTF-16 part was said as “<\x00> 没有正确结束”. Then what the sweep found
 * handled already, kept so: entity expansion, deep nesting, 100,000 runs in a string, indexes and references out of
 * range, and random damage to the workbook's and a sheet's XML — checked, or one line of ours, never an internal error.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { checkFile, type CheckFileOptions } from "../../src/cli/checkFile";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { sampleOptions } from "./checkOptions";

const SAMPLE = path.join(__dirname, "..", "..", "assets", "sample.xlsx");
const WB = "xl/workbook.xml";
const RELS = "xl/_rels/workbook.xml.rels";
const SHEET1 = "xl/worksheets/sheet1.xml";
const SST = "xl/sharedStrings.xml";

let work: string;
let sample: Record<string, Uint8Array>;
beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-bad-entries-"));
  sample = unzipSync(await fs.readFile(SAMPLE));
});
afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

const options = (lang: "zh" | "en" = "zh"): CheckFileOptions => sampleOptions(work, lang);

/** The sample with `part`'s text edited (`replace` must change it), checked; what was written. */
async function checkEdited(edits: Record<string, (text: string) => string>, lang: "zh" | "en" = "zh") {
  const parts = { ...sample };
  for (const [part, edit] of Object.entries(edits)) {
    const text = edit(strFromU8(parts[part]));
    expect(text).not.toBe(strFromU8(parts[part]));
    parts[part] = strToU8(text);
  }
  return checkParts(parts, lang);
}

async function checkParts(parts: Record<string, Uint8Array>, lang: "zh" | "en" = "zh") {
  const file = path.join(work, "x.xlsx");
  await fs.writeFile(file, zipSync(parts));
  await fs.rm(path.join(work, "out"), { recursive: true, force: true });
  const outcome = await checkFile(file, options(lang));
  const written = await fs.readdir(path.join(work, "out")).catch(() => []);
  return { error: outcome.error, written };
}

describe("sheets the workbook lists that cannot be told apart or found: one line, no copy", () => {
  test.each([
    [
      "two sheets of one name",
      { [WB]: (s: string) => s.replace('name="2 检察业务费"', 'name="1 办公用品采购"') },
      "文件已损坏：有两张工作表都名为「1 办公用品采购」（工作表名称不能重复）",
    ],
    [
      "two names that differ in case only (Excel's names are case-insensitive)",
      { [WB]: (s: string) => s.replace('name="2 检察业务费"', 'name="_perftargets"') },
      "文件已损坏：工作表「_perftargets」和「_PerfTargets」同名（工作表名称不分大小写，不能重复）",
    ],
    [
      "two sheets of one part",
      { [RELS]: (s: string) => s.replace('Target="worksheets/sheet2.xml"', 'Target="worksheets/sheet1.xml"') },
      "文件已损坏：工作表「1 办公用品采购」和「2 检察业务费」指向同一个部件 xl/worksheets/sheet1.xml",
    ],
    [
      "a relationship not in the workbook's relationships",
      { [WB]: (s: string) => s.replace('r:id="rId4"', 'r:id="rId99"') },
      "文件已损坏：工作表「1 办公用品采购」没有对应的部件（关系 rId99 不存在）",
    ],
    [
      "no relationship at all",
      { [WB]: (s: string) => s.replace(' r:id="rId4"', "") },
      "文件已损坏：工作表「1 办公用品采购」没有对应的部件（没有写明关系）",
    ],
  ])("%s", async (_, edits, line) => {
    expect(await checkEdited(edits)).toEqual({ error: line, written: [] });
  });

  test("in English too", async () => {
    const same = await checkEdited({ [WB]: (s) => s.replace('name="2 检察业务费"', 'name="1 办公用品采购"') }, "en");
    expect(same.error).toBe("The file is damaged: two sheets are named “1 办公用品采购” (sheet names are unique)");
    const none = await checkEdited({ [WB]: (s) => s.replace('r:id="rId4"', 'r:id="rId99"') }, "en");
    expect(none.error).toBe(
      "The file is damaged: sheet “1 办公用品采购” has no part (its relationship “rId99” is not there)",
    );
  });
});

// Found by the random damage below: the reader's parser read past the quote out of place, the writer's found no
// <sheets> to add the summary to (“检查时出错：Cannot read properties of undefined (reading 'xml')”).
test("a quote out of place in the workbook part before its sheets: named as damaged, no copy", async () => {
  const { error, written } = await checkEdited({ [WB]: (s) => s.replace('appName="xl"', 'appName="xl</sheetData>') });
  expect({ error, written }).toEqual({
    error: "文件已损坏：部件 xl/workbook.xml 无法解析（找不到 <sheets> 元素，内容不完整或不是 XML）",
    written: [],
  });
});

test("a sheet in UTF-16 (with or without its byte order mark): said so, with what to do, no copy", async () => {
  const text = strFromU8(sample[SHEET1]).replace('encoding="UTF-8"', 'encoding="UTF-16"');
  for (const bytes of [Buffer.from(`\ufeff${text}`, "utf16le"), Buffer.from(text, "utf16le")])
    expect(await checkParts({ ...sample, [SHEET1]: new Uint8Array(bytes) })).toEqual({
      error:
        "部件 xl/worksheets/sheet1.xml 是 UTF-16 编码，本工具只能读取 UTF-8：请在 Excel 或 WPS 中打开并另存为 .xlsx 后再检查",
      written: [],
    });
});

// A cell naming a shared string or a cell format the workbook does not hold: Excel reports a problem with the content
// and removes it. Read as blank / General (before), a percentage read as its fraction or our column written over a
// cell the clerk sees once Excel repaired it: a copy silently unlike the file. One line naming the cell, no copy.
describe("a cell naming a shared string or a cell format the workbook does not hold: one line, no copy", () => {
  const STRINGS =
    "工作簿只有 131 个共享字符串（Excel 打开时也会报告内容有问题并删去它）：请在 Excel 或 WPS 中打开、修复并另存后再检查";
  const FORMATS =
    "工作簿只有 6 种单元格格式（Excel 打开时也会报告内容有问题并删去它）：请在 Excel 或 WPS 中打开、修复并另存后再检查";
  test.each([
    ["past the strings", '<c r="B1" t="s"><v>99999</v></c>', `B1 引用的共享字符串（编号 99999）不存在，${STRINGS}`],
    [
      "just past the last string",
      '<c r="B1" t="s"><v>131</v></c>',
      `B1 引用的共享字符串（编号 131）不存在，${STRINGS}`,
    ],
    ["a negative index", '<c r="B1" t="s"><v>-1</v></c>', `B1 引用的共享字符串（编号 -1）不存在，${STRINGS}`],
    ["no number", '<c r="B1" t="s"><v>abc</v></c>', `B1 引用的共享字符串（编号 abc）不存在，${STRINGS}`],
    ["a fraction", '<c r="B1" t="s"><v>1.5</v></c>', `B1 引用的共享字符串（编号 1.5）不存在，${STRINGS}`],
    ["a format past the formats", '<c r="B1" s="99999"/>', `B1 引用的单元格格式（编号 99999）不存在，${FORMATS}`],
    ["just past the last format", '<c r="B1" s="6"/>', `B1 引用的单元格格式（编号 6）不存在，${FORMATS}`],
    ["a negative format", '<c r="B1" s="-1"/>', `B1 引用的单元格格式（编号 -1）不存在，${FORMATS}`],
  ])("%s", async (_, cell, line) => {
    const checked = await checkEdited({ [SHEET1]: (s) => s.replace('<c r="B1"/>', cell) });
    expect(checked).toEqual({ error: `文件已损坏：工作表「1 办公用品采购」的单元格 ${line}`, written: [] });
  });

  test("the last string and the last format are read; in English the line says the same", async () => {
    const last = await checkEdited({
      [SHEET1]: (s) => s.replace('<c r="B1"/>', '<c r="B1" s="5" t="s"><v>130</v></c>'),
    });
    expect(last).toEqual({ error: null, written: ["x.checked.xlsx"] });
    const en = await checkEdited({ [SHEET1]: (s) => s.replace('<c r="B1"/>', '<c r="B1" t="s"><v>131</v></c>') }, "en");
    expect(en.error).toBe(
      "The file is damaged: cell B1 of sheet “1 办公用品采购” refers to shared string 131, which does not exist (the workbook holds 131) (Excel, too, reports a problem with its content and removes it): open it in Excel or WPS, let it repair the file, save it, then check it",
    );
  });
});

// A string cell whose <v> is empty (a vendor's export Excel opens; EPPlus #1 of rimland/EPPlus): nothing, as before
// an index past the strings did — not the first string (Number("") is 0: its text was read into B1, the title here).
test("a string cell without an index reads as blank, not as the first shared string", () => {
  const parts = {
    ...sample,
    // H1: outside the title's merged A1:G1 (whose other cells read as empty anyway).
    [SHEET1]: strToU8(strFromU8(sample[SHEET1]).replace('<c r="G1"/>', '<c r="G1"/><c r="H1" t="s"><v></v></c>')),
  };
  const { snapshot } = readWorkbookBytes(zipSync(parts));
  const sheet = snapshot.sheets.find((s) => s.name === "1 办公用品采购")!;
  expect(sheet.values[0 - sheet.originRow]?.[7 - sheet.originCol] ?? null).toBeNull();
  expect(sheet.values[0 - sheet.originRow]?.[0 - sheet.originCol]).toBe("1.办公用品采购绩效目标表"); // A1 still read
});

// The XML parser expands no entity a DOCTYPE declares (billion laughs), nests nothing on the stack (200,000 levels),
// and an error cell holding text or a string cell without its index reads as what it can be: checked as without them.
const LAUGHS =
  '<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">' +
  '<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>';
const deep = (n: number) => "<a>".repeat(n) + "</a>".repeat(n);
test.each([
  [
    "billion laughs in a sheet",
    {
      [SHEET1]: (s: string) =>
        s.replace("?>", `?>${LAUGHS}`).replace('<c r="B1"/>', '<c r="B1" t="inlineStr"><is><t>&e;</t></is></c>'),
    },
  ],
  [
    "billion laughs in the strings",
    { [SST]: (s: string) => s.replace("?>", `?>${LAUGHS}`).replace("<si>", "<si><t>&e;</t></si><si>") },
  ],
  [
    "a DOCTYPE naming a file",
    { [SHEET1]: (s: string) => s.replace("?>", '?><!DOCTYPE x SYSTEM "file:///etc/passwd">') },
  ],
  ["200,000 levels in sheetData", { [SHEET1]: (s: string) => s.replace("<sheetData>", `<sheetData>${deep(200_000)}`) }],
  [
    "200,000 levels in a string",
    { [SST]: (s: string) => s.replace("<si>", `<si><r>${deep(200_000)}<t>x</t></r></si><si>`) },
  ],
  [
    "100,000 runs in a string",
    { [SST]: (s: string) => s.replace("<si>", `<si>${"<r><rPr><b/></rPr><t>x</t></r>".repeat(100_000)}</si><si>`) },
  ],
  [
    "an error cell holding text",
    { [SHEET1]: (s: string) => s.replace('<c r="B1"/>', '<c r="B1" t="e"><v>not an error</v></c>') },
  ],
])("%s: checked as without it", async (_, edits) => {
  const { error, written } = await checkEdited(edits);
  expect({ error, written }).toEqual({ error: null, written: ["x.checked.xlsx"] });
});

// Anything else a slip or a tool could leave in the workbook's or a sheet's XML: a check, or one line of ours (the
// reader's 文件已损坏 …) — never “检查时出错：” with a JavaScript error's words.
test("random damage to the workbook's and a sheet's XML: checked, or one line of ours", async () => {
  const CUTS = ['r:id="rId', 'name="', 'r="', 't="', 's="', "<v>", "</row>", "<sheet ", "/>", ">", '"'];
  const INSERTS = [
    "",
    "<",
    "&",
    "&#0;",
    "]]>",
    '"',
    "<x>",
    "</sheetData>",
    "-1",
    "99999999999",
    "XFE1",
    "\u0000",
    "&e;",
  ];
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(WB, SHEET1, RELS, SST),
      fc.constantFrom(...CUTS),
      fc.nat(30),
      fc.constantFrom(...INSERTS),
      async (part, at, nth, insert) => {
        const text = strFromU8(sample[part]);
        let i = -1;
        for (let k = 0; k <= nth; k++) {
          const next = text.indexOf(at, i + 1);
          if (next < 0) break;
          i = next;
        }
        fc.pre(i >= 0);
        const damaged = text.slice(0, i) + insert + text.slice(i + at.length);
        const { error } = await checkParts({ ...sample, [part]: strToU8(damaged) });
        expect(error ?? "").not.toMatch(/^检查时出错/);
      },
    ),
    { numRuns: 100 },
  );
});
