/**
 * Before / after: two checkouts of this repository (each with its CLI built to lib/) check every fixture workbook
 * and the sample, values and formulas mode. Their `--json` reports must be the same text, their checked copies the
 * same parts in the same order with the same uncompressed bytes; copies whose zip bytes differ (a deflate level,
 * the entries' times) are also read back by ExcelJS and by our own reader, which must read both alike.
 *
 *   npx tsx scripts/compare-builds.ts <before-root> <after-root>
 *
 * One line per difference, then a summary; exit code 1 when anything differs.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { ZLIB_CODEC } from "../src/cli/zlibCodec";
import { readWorkbookBytes } from "../src/host/xlsx/read";
import { openPackage, partBytes } from "../src/host/xlsx/zip";

const ROOT = path.join(__dirname, "..");
const FIXTURES = path.join(ROOT, "tests", "fixtures");

function workbooks(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const f = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== "bad") workbooks(f, out);
    } else if (/\.xls[xm]$/.test(e.name)) out.push(f);
  }
  return out;
}

/** What ExcelJS reads of a copy: every cell's value, style and note, merges, rules, validations, names. */
async function excelView(bytes: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const out: string[] = [];
  wb.eachSheet((ws) => {
    out.push(`#${ws.name} ${ws.state}`);
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (c, k) =>
        out.push(`${r},${k}=${JSON.stringify(c.value)} ${JSON.stringify(c.style)} ${JSON.stringify(c.note ?? null)}`),
      ),
    );
    const model = ws.model as unknown as { merges?: unknown; conditionalFormattings?: unknown };
    out.push(JSON.stringify(model.merges ?? null), JSON.stringify(model.conditionalFormattings ?? null));
    out.push(
      JSON.stringify((ws as unknown as { dataValidations?: { model?: unknown } }).dataValidations?.model ?? null),
    );
  });
  out.push(JSON.stringify(wb.definedNames.model));
  return out.join("\n");
}

function run(root: string, file: string, dir: string, mode: string[]): { json: string; copies: Buffer[] } {
  fs.rmSync(dir, { recursive: true, force: true });
  const bin = path.join(root, "bin", "perf-targets.js");
  const args = [bin, "check", file, "--out", dir, "--as-of", "2024-07-31", "--json", ...mode];
  let json: string;
  try {
    json = execFileSync(process.execPath, args, { maxBuffer: 1 << 28 }).toString();
  } catch (e) {
    const failed = e as { status: number; stdout?: Buffer };
    json = `exit ${failed.status}\n${failed.stdout?.toString() ?? ""}`;
  }
  const copies = fs.existsSync(dir) ? fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f))) : [];
  return { json: json.replaceAll(dir, "<out>"), copies };
}

async function main(): Promise<number> {
  const [before, after] = process.argv.slice(2).map((r) => path.resolve(r));
  if (!before || !after) throw new Error("usage: compare-builds.ts <before-root> <after-root>");
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "compare-builds-"));
  const files = [...workbooks(FIXTURES), path.join(ROOT, "assets", "sample.xlsx")];
  let runs = 0;
  let differences = 0;
  const differs = (what: string) => {
    differences++;
    console.log(what);
  };
  for (const file of files)
    for (const mode of [[], ["--formulas"]]) {
      const tag = `${path.relative(ROOT, file)} ${mode.join("") || "values"}`;
      const [a, b] = [run(before, file, path.join(work, "a"), mode), run(after, file, path.join(work, "b"), mode)];
      runs++;
      if (a.json !== b.json) differs(`${tag}: --json differs`);
      if (a.copies.length !== b.copies.length) {
        differs(`${tag}: ${a.copies.length} vs ${b.copies.length} copies`);
        continue;
      }
      for (const [i, x] of a.copies.entries()) {
        const y = b.copies[i];
        if (x.equals(y)) continue;
        const [px, py] = [openPackage(x, ZLIB_CODEC), openPackage(y, ZLIB_CODEC)];
        if ([...px.parts.keys()].join("\n") !== [...py.parts.keys()].join("\n")) differs(`${tag}: parts differ`);
        for (const name of px.parts.keys()) {
          const [ux, uy] = [partBytes(px, name), partBytes(py, name)];
          if (!ux || !uy || !Buffer.from(ux).equals(Buffer.from(uy))) differs(`${tag}: ${name} differs`);
        }
        if ((await excelView(x)) !== (await excelView(y))) differs(`${tag}: ExcelJS reads them differently`);
        const [sx, sy] = [readWorkbookBytes(x, ZLIB_CODEC).snapshot, readWorkbookBytes(y, ZLIB_CODEC).snapshot];
        if (JSON.stringify(sx) !== JSON.stringify(sy)) differs(`${tag}: our reader reads them differently`);
      }
    }
  fs.rmSync(work, { recursive: true, force: true });
  console.log(`${runs} runs compared, ${differences} differences`);
  return differences ? 1 : 0;
}

main().then((code) => (process.exitCode = code));
