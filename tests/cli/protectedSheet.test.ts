/**
 * A batch of hundreds of workbooks, one of which has a protected sheet (审阅 → 保护工作表) or a locked structure
 * (审阅 → 保护工作簿). The CLI's copy used to write into the protected sheet (Excel and WPS refuse that). Now:
 * - a protected sheet: the copy is written, that sheet's part as it was, its table still on 监控汇总, and one line (in
 *   the chosen language) names it and says how to get marks there;
 * - a locked structure: the copy would add sheets (the summary, our record), which the lock forbids: no copy, one line.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { checkFile, type CheckFileOptions, type FileOutcome } from "../../src/cli/checkFile";
import { renderMessage } from "../../src/core/locale/messages";
import { sampleOptions } from "./checkOptions";

const SAMPLE = path.join(__dirname, "..", "..", "assets", "sample.xlsx");
const SHEET_PART = "xl/worksheets/sheet1.xml"; // 1 办公用品采购
const LOCKED = '<sheetProtection algorithmName="SHA-512" sheet="1" objects="1" scenarios="1"/>';

let work: string;
let sample: Record<string, Uint8Array>;
const options = (lang: "zh" | "en" = "zh"): CheckFileOptions => sampleOptions(work, lang);

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-protected-"));
  sample = unzipSync(await fs.readFile(SAMPLE));
});
afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

/** The sample with `edit` applied to its parts, checked; the copy's parts (null when none was written). */
async function check(edit: (parts: Record<string, Uint8Array>) => void, lang: "zh" | "en" = "zh") {
  const parts = { ...sample };
  edit(parts);
  const file = path.join(work, "x.xlsx");
  await fs.writeFile(file, zipSync(parts));
  const outcome = await checkFile(file, options(lang));
  const copy = outcome.output ? unzipSync(await fs.readFile(outcome.output)) : null;
  await fs.rm(path.join(work, "out"), { recursive: true, force: true });
  return { outcome, copy, input: parts };
}

const protect = (protection: string) => (parts: Record<string, Uint8Array>) => {
  const xml = strFromU8(parts[SHEET_PART]!).replace("</sheetData>", `</sheetData>${protection}`);
  expect(xml).toContain(protection);
  parts[SHEET_PART] = strToU8(xml);
};

const notes = (outcome: FileOutcome, lang: "zh" | "en" = "zh") =>
  (outcome.check?.diagnostics ?? []).filter((d) => d.text.code === "plan.note").map((d) => renderMessage(d.text, lang));

test("a protected sheet: the copy is written, that sheet as it was, its table on the summary, one line naming it", async () => {
  const { outcome, copy, input } = await check(protect(LOCKED));
  expect(outcome.error).toBeNull();
  expect(copy).not.toBeNull();
  expect(strFromU8(copy![SHEET_PART]!)).toBe(strFromU8(input[SHEET_PART]!));
  expect(strFromU8(copy!["xl/worksheets/sheet2.xml"]!)).not.toBe(strFromU8(input["xl/worksheets/sheet2.xml"]!));
  const summary = Object.entries(copy!).find(
    ([name, bytes]) =>
      name.startsWith("xl/worksheets/") && /#(?:'|&apos;)1 办公用品采购(?:'|&apos;)!/.test(strFromU8(bytes)),
  );
  expect(summary).toBeDefined();
  const lines = notes(outcome).filter((n) => n.includes("受保护"));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain("工作表「1 办公用品采购」受保护");
  expect(lines[0]).toContain("撤销工作表保护");
});

test("the same line in English when English is chosen", async () => {
  const { outcome } = await check(protect(LOCKED), "en");
  expect(outcome.error).toBeNull();
  expect(notes(outcome, "en").filter((n) => n.includes('Sheet "1 办公用品采购" is protected'))).toHaveLength(1);
});

test('a sheetProtection element without sheet="1" protects nothing: the sheet is written', async () => {
  const { outcome, copy, input } = await check(protect('<sheetProtection objects="1"/>'));
  expect(outcome.error).toBeNull();
  expect(strFromU8(copy![SHEET_PART]!)).not.toBe(strFromU8(input[SHEET_PART]!));
  expect(notes(outcome).join("\n")).not.toContain("受保护");
});

test("a locked workbook structure: no copy (it would add the summary sheet), one line", async () => {
  const lockStructure = (parts: Record<string, Uint8Array>) => {
    const xml = strFromU8(parts["xl/workbook.xml"]!).replace(
      "<sheets>",
      '<workbookProtection lockStructure="1"/><sheets>',
    );
    parts["xl/workbook.xml"] = strToU8(xml);
  };
  const { outcome, copy } = await check(lockStructure);
  expect(copy).toBeNull();
  expect(outcome.output).toBeNull();
  expect(outcome.error).toContain("工作簿结构受保护");
  expect(outcome.error).not.toContain("\n");
  const en = await check(lockStructure, "en");
  expect(en.outcome.error).toContain("structure is protected");
});
