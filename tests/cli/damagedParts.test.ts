/**
 * Every part the reader or the writer parses, damaged three ways (cut off, not XML, empty): the file gets the
 * one damaged-part message naming that part (and its sheet), and no checked copy. The workbook damaged is the
 * sample's checked copy, checked again: it has every kind of part a check reads or edits (notes, their VML
 * boxes, the summary's drawing and their relationships).
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { checkFile, type CheckFileOptions } from "../../src/cli/checkFile";
import { sampleOptions } from "./checkOptions";

const SAMPLE = path.join(__dirname, "..", "..", "assets", "sample.xlsx");

/** Part, its root element, and the sheet it is or belongs to (named in the message). */
const PARTS: [part: string, root: string, sheet?: string][] = [
  // read by the reader
  ["[Content_Types].xml", "Types"],
  ["_rels/.rels", "Relationships"],
  ["xl/workbook.xml", "workbook"],
  ["xl/_rels/workbook.xml.rels", "Relationships"],
  ["xl/sharedStrings.xml", "sst"],
  ["xl/styles.xml", "styleSheet"],
  ["xl/worksheets/sheet1.xml", "worksheet", "1 办公用品采购"],
  ["xl/worksheets/sheet3.xml", "worksheet", "3 劳务费"], // no notes: the plan writes only its columns
  ["xl/worksheets/sheet9.xml", "worksheet", "_PerfTargets"],
  ["xl/worksheets/sheet10.xml", "worksheet", "监控汇总"],
  // read by the writer only, as it puts notes and the chart back
  ["xl/worksheets/_rels/sheet1.xml.rels", "Relationships"],
  ["xl/comments1.xml", "comments", "1 办公用品采购"],
  ["xl/drawings/vmlDrawing1.vml", "xml", "1 办公用品采购"],
  ["xl/worksheets/_rels/sheet10.xml.rels", "Relationships"],
  ["xl/drawings/drawing1.xml", "wsDr"],
  ["xl/drawings/_rels/drawing1.xml.rels", "Relationships"],
];

const DAMAGE: [kind: string, damage: (text: string) => string][] = [
  ["cut off", (text) => text.slice(0, Math.floor(text.length * 0.6))],
  ["not XML", () => "PK\u0003\u0004\u0000\u0001 this is not XML"],
  ["empty", () => ""],
];

let work: string;
let checked: Record<string, Uint8Array>;
const options = (lang: "zh" | "en" = "zh"): CheckFileOptions => sampleOptions(work, lang);

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-damaged-"));
  const first = await checkFile(SAMPLE, options());
  expect(first.error).toBeNull();
  checked = unzipSync(await fs.readFile(first.output as string));
  await fs.rm(path.join(work, "out"), { recursive: true });
});
afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

/** The checked copy with `part` replaced, checked again. */
async function checkDamaged(part: string, text: string, lang: "zh" | "en" = "zh") {
  const file = path.join(work, "x.xlsx");
  await fs.writeFile(file, zipSync({ ...checked, [part]: strToU8(text) }));
  const outcome = await checkFile(file, options(lang));
  const written = await fs.readdir(path.join(work, "out")).catch(() => []);
  return { outcome, written };
}

test("the sample's checked copy holds every part of the table, and checks again cleanly", async () => {
  for (const [part] of PARTS) expect(Object.keys(checked)).toContain(part);
  const { outcome, written } = await checkDamaged(
    "docProps/app.xml",
    new TextDecoder().decode(checked["docProps/app.xml"]),
  );
  expect(outcome.error).toBeNull();
  expect(written).toEqual(["x.checked.xlsx"]);
  await fs.rm(path.join(work, "out"), { recursive: true });
});

describe.each(PARTS)("%s", (part, root, sheet) => {
  const named = `文件已损坏：${sheet ? `工作表「${sheet}」的` : ""}部件 ${part} 无法解析`;
  const escaped = named.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

  test.each(DAMAGE)("%s: the damaged-part message naming it, and no copy", async (kind, damage) => {
    const { outcome, written } = await checkDamaged(part, damage(new TextDecoder().decode(checked[part])));
    if (kind === "cut off") expect(outcome.error).toMatch(new RegExp(`^${escaped}（<[\\w:]+> 没有正确结束）$`));
    else expect(outcome.error).toBe(`${named}（找不到 <${root}> 元素，内容不完整或不是 XML）`);
    expect(outcome.output).toBeNull();
    expect(outcome.check).toBeNull();
    expect(written).toEqual([]);
  });
});

test("in English too, one line naming the part and the sheet", async () => {
  const { outcome } = await checkDamaged("xl/comments1.xml", "", "en");
  expect(outcome.error).toBe(
    "The file is damaged: part xl/comments1.xml (sheet “1 办公用品采购”) cannot be read (no <comments> element: it is incomplete or not XML)",
  );
  const cut = await checkDamaged("xl/styles.xml", "<styleSheet><fonts>", "en");
  expect(cut.outcome.error).toBe(
    "The file is damaged: part xl/styles.xml cannot be read (<fonts> is not closed properly)",
  );
});

test("a part the package needs that is not there: named as missing, no copy", async () => {
  const withoutTypes = { ...checked };
  delete withoutTypes["[Content_Types].xml"];
  const file = path.join(work, "x.xlsx");
  await fs.writeFile(file, zipSync(withoutTypes));
  const noTypes = await checkFile(file, options());
  expect([noTypes.error, noTypes.output]).toEqual(["文件已损坏：缺少部件 [Content_Types].xml", null]);

  const withoutSheet = { ...checked };
  delete withoutSheet["xl/worksheets/sheet3.xml"];
  await fs.writeFile(file, zipSync(withoutSheet));
  const noSheet = await checkFile(file, options("en"));
  expect([noSheet.error, noSheet.output]).toEqual([
    "The file is damaged: part xl/worksheets/sheet3.xml (sheet “3 劳务费”) is missing",
    null,
  ]);
  expect(await fs.readdir(path.join(work, "out")).catch(() => [])).toEqual([]);
});

test("the shared strings the workbook names, not in the package: named as missing (read as blank, no table was found)", async () => {
  const withoutStrings = { ...checked };
  delete withoutStrings["xl/sharedStrings.xml"];
  const file = path.join(work, "x.xlsx");
  await fs.writeFile(file, zipSync(withoutStrings));
  const outcome = await checkFile(file, options());
  expect([outcome.error, outcome.output]).toEqual(["文件已损坏：缺少部件 xl/sharedStrings.xml", null]);
});

test("a part stored twice in the zip (or twice in two cases, which OPC counts as one name): named, no copy", async () => {
  const file = path.join(work, "x.xlsx");
  // fflate's zipSync takes an object, one entry per name: the second entry is added by patching a copy of the name.
  const sheet = "xl/worksheets/sheet3.xml";
  for (const [twin, said] of [
    ["xl/worksheets/sheet3.xmX", sheet], // renamed below to the same name
    ["XL/worksheets/sheet3.xml", "XL/worksheets/sheet3.xml"],
  ]) {
    const bytes = zipSync({ ...checked, [twin]: strToU8("<worksheet/>") });
    const named = twin.endsWith("X") ? patchName(bytes, twin, sheet) : bytes;
    await fs.writeFile(file, named);
    const outcome = await checkFile(file, options());
    expect([outcome.error, outcome.output]).toEqual([`文件已损坏，无法解压（部件 ${said} 出现了两次）`, null]);
  }
  const en = await checkFile(file, options("en"));
  expect(en.error).toBe("The file is damaged and cannot be unzipped (part XL/worksheets/sheet3.xml is there twice)");
});

/** Every occurrence of one entry name (in its local header and the central directory) changed to another as long. */
function patchName(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const out = bytes.slice();
  const [a, b] = [strToU8(from), strToU8(to)];
  for (let i = 0; i + a.length <= out.length; i++) if (a.every((byte, k) => out[i + k] === byte)) out.set(b, i);
  return out;
}
