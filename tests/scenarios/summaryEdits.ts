/**
 * Edits of 监控汇总 the scenario drivers do not imitate, done on the CLI's checked copy as Excel saves them (from the
 * session-32 review, tests/zz on its branch).
 */
import { openPackage, partText, setPartText, packPackage, concat } from "../../src/host/xlsx/zip";
import { workbookMap } from "../../src/host/xlsx/parts";
const SUM = "监控汇总";
/**
 * Data → Sort of 监控汇总 A7:(last)14 by 预算数 (C), descending: Excel moves each row's cells. In values mode the rows
 * hold no reference (B is HYPERLINK(text, text)), so moving the cells is all Excel does.
 */
export function sortSummary(bytes: Uint8Array): Uint8Array {
  const pkg = openPackage(bytes);
  const part = workbookMap(pkg).sheets.find((s) => s.name === SUM)!.part!;
  let xml = partText(pkg, part)!;
  const rows = Array.from({ length: 8 }, (_, i) => 7 + i).map((r) => {
    const m = new RegExp(`<row r="${r}"[^>]*>([\\s\\S]*?)</row>`).exec(xml)!;
    const c = Number(new RegExp(`<c r="C${r}"[^>]*><v>([^<]+)</v>`).exec(m[1])![1]);
    return { r, inner: m[1], c, whole: m[0] };
  });
  const sorted = [...rows].sort((a, b) => b.c - a.c);
  rows.forEach((dst, i) => {
    const src = sorted[i];
    const inner = src.inner.replace(new RegExp(`r="([A-Z]+)${src.r}"`, "g"), `r="$1${dst.r}"`);
    xml = xml.replace(dst.whole, `<row r="${dst.r}">${inner}</row>`); // each original row is unique (its r)
  });
  setPartText(pkg, part, xml);
  return concat(packPackage(pkg));
}

/** Marks the last table part's table as having a totals row one row below its ref (as Excel saves "Total Row"). */
export function withTotals(bytes: Uint8Array, part = "xl/tables/table1.xml"): Uint8Array {
  const pkg = openPackage(bytes);
  let xml = partText(pkg, part)!;
  const ref = /\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/.exec(xml)!;
  const newRef = `${ref[1]}${ref[2]}:${ref[3]}${Number(ref[4]) + 1}`;
  xml = xml
    .replace(/(<table\b[^>]*?)\bref="[^"]+"/, `$1ref="${newRef}" totalsRowCount="1"`)
    .replace(/totalsRowShown="0"/, 'totalsRowShown="1"')
    .replace(/<autoFilter ref="[^"]+"\/>/, `<autoFilter ref="${ref[1]}${ref[2]}:${ref[3]}${ref[4]}"/>`);
  setPartText(pkg, part, xml);
  return concat(packPackage(pkg));
}
