/**
 * A workbook passed around the office for years holds tens of thousands of cell formats (every paste from another
 * workbook brings its own): Excel stops adding formats near its limit ("Office requires that the combined quantity of
 * xf records inside cellXfs and non-built-in xf records inside CellStyleXfs must not exceed 65430 elements",
 * MS-OI29500 2.1.700), and a file past it opens with the repair prompt, which takes formats away from the clerk's cells.
 * - a first check that would need formats of ours past the limit writes no copy and says so in one line (the old main
 *   wrote a copy with 65,432 cell formats);
 * - the clerk pastes sheets into a checked workbook until it is at the limit and checks again: our formats are there
 *   already, nothing is added, the copy is written; a further check gives the same workbook.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { checkFile, type CheckFileOptions } from "../../src/cli/checkFile";
import { sampleOptions } from "./checkOptions";
import { CELL_FORMAT_LIMIT } from "../../src/host/xlsx/styles";

jest.setTimeout(120_000);

const SAMPLE = path.join(__dirname, "..", "..", "assets", "sample.xlsx");
const STYLES = "xl/styles.xml";

let work: string;
beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-formats-"));
});
afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

const options = (name: string, lang: "zh" | "en" = "zh"): CheckFileOptions => ({
  ...sampleOptions(work, lang, name),
  force: true,
});

/** The i-th of many distinct, valid cell formats (alignments), as pasted cells bring them. */
function pastedFormat(i: number): string {
  const rotation = i % 181;
  const vertical = ["top", "center", "bottom", "justify", "distributed"][Math.floor(i / 181) % 5];
  const indent = Math.floor(i / 905) % 16;
  const horizontal = Math.floor(i / 14_480) % 2 ? "right" : "left";
  const wrap = Math.floor(i / 28_960) % 2;
  const shrink = Math.floor(i / 57_920) % 2;
  return (
    `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="${horizontal}"` +
    ` vertical="${vertical}" textRotation="${rotation}" indent="${indent}" wrapText="${wrap}" shrinkToFit="${shrink}"/></xf>`
  );
}

const cellXfsCount = (styles: string) => Number(/<cellXfs count="(\d+)"/.exec(styles)?.[1]);

/** `parts` with cell formats appended until cellXfs holds `total`. */
function bloated(parts: Record<string, Uint8Array>, total: number): Record<string, Uint8Array> {
  const styles = strFromU8(parts[STYLES]!);
  const count = cellXfsCount(styles);
  let extra = "";
  for (let i = 0; i < total - count; i++) extra += pastedFormat(i);
  const out = styles
    .replace(/<cellXfs count="\d+">/, `<cellXfs count="${total}">`)
    .replace("</cellXfs>", `${extra}</cellXfs>`);
  expect(cellXfsCount(out)).toBe(total);
  return { ...parts, [STYLES]: strToU8(out) };
}

async function check(name: string, parts: Record<string, Uint8Array>, lang: "zh" | "en" = "zh") {
  const file = path.join(work, `${name}.xlsx`);
  await fs.writeFile(file, zipSync(parts));
  const outcome = await checkFile(file, options(name, lang));
  const copy = outcome.output ? unzipSync(await fs.readFile(outcome.output)) : null;
  return { outcome, copy };
}

test("a first check that would take the workbook past Excel's cell formats: no copy, one line", async () => {
  const sample = unzipSync(await fs.readFile(SAMPLE));
  // The sample's first check adds 4 cell formats; 65,428 + 4 would be past the limit.
  const { outcome, copy } = await check("full", bloated(sample, CELL_FORMAT_LIMIT - 2));
  expect(copy).toBeNull();
  expect(outcome.output).toBeNull();
  expect(outcome.error).toContain("65428 种单元格格式");
  expect(outcome.error).toContain("上限 65430");
  expect(outcome.error).not.toContain("\n");
  const en = await check("full-en", bloated(sample, CELL_FORMAT_LIMIT - 2), "en");
  expect(en.outcome.error).toContain("limit of 65430");
});

test("custom cell styles count against the limit, built-in ones do not", async () => {
  const sample = unzipSync(await fs.readFile(SAMPLE));
  const withStyles = (parts: Record<string, Uint8Array>, custom: boolean) => {
    const styles = strFromU8(parts[STYLES]!)
      .replace(
        /<cellStyleXfs count="1">(.*?)<\/cellStyleXfs>/,
        (_, xf: string) =>
          `<cellStyleXfs count="11">${xf}${pastedFormat(0).replace(' xfId="0"', "").repeat(10)}</cellStyleXfs>`,
      )
      .replace(
        /<cellStyles count="1">(.*?)<\/cellStyles>/,
        (_, normal: string) =>
          `<cellStyles count="11">${normal}${Array.from(
            { length: 10 },
            (_, i) =>
              `<cellStyle name="${custom ? `样式 ${i + 1}` : `Heading ${i + 1}`}" xfId="${i + 1}"${custom ? "" : ` builtinId="${16 + (i % 4)}"`}/>`,
          ).join("")}</cellStyles>`,
      );
    expect(styles).toContain('<cellStyleXfs count="11">');
    expect(styles).toContain('<cellStyles count="11">');
    return { ...parts, [STYLES]: strToU8(styles) };
  };
  // 65,420 cell formats and 4 of ours: under the limit with built-in styles, past it with 10 custom ones.
  const base = bloated(sample, CELL_FORMAT_LIMIT - 10);
  const builtIn = await check("builtin", withStyles(base, false));
  expect(builtIn.outcome.error).toBeNull();
  expect(cellXfsCount(strFromU8(builtIn.copy![STYLES]!))).toBe(CELL_FORMAT_LIMIT - 6);
  const custom = await check("custom", withStyles(base, true));
  expect(custom.copy).toBeNull();
  expect(custom.outcome.error).toContain("65430 种单元格格式");
});

test("a checked workbook filled to the limit by pasted sheets: checked again, nothing added; twice = once", async () => {
  const first = await check("first", unzipSync(await fs.readFile(SAMPLE)));
  expect(first.outcome.error).toBeNull();
  const full = bloated(first.copy!, CELL_FORMAT_LIMIT);
  const again = await check("again", full);
  expect(again.outcome.error).toBeNull();
  expect(strFromU8(again.copy![STYLES]!)).toBe(strFromU8(full[STYLES]!));
  const third = await check("third", again.copy!);
  expect(third.outcome.error).toBeNull();
  for (const [name, bytes] of Object.entries(again.copy!))
    expect([name, strFromU8(third.copy![name]!)]).toEqual([name, strFromU8(bytes)]);
  // The copy reads back (ExcelJS), its 65,430 formats with it.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(zipSync(again.copy!) as unknown as ArrayBuffer);
  expect(wb.getWorksheet("1 办公用品采购")?.getCell("J11").value).toBe("正常");
});
