/** Office.js addresses ("'My Sheet'!B3:C4", "Sheet1!A1:B2,Sheet1!C3:D4") ↔ 0-based ranges. */
import { parseA1Range, rangeToA1 } from "../../core/a1";
import type { CellRange } from "../../core/types";

/** Split an address list on the commas that are not inside a quoted sheet name. */
export function splitAddresses(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted; // a doubled '' toggles twice: still right
    if (ch === "," && !quoted) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** "'O''Brien 表 1'!B3:C4" → the range without its sheet. */
export function rangeOfAddress(address: string): CellRange | null {
  const bang = address.lastIndexOf("!");
  return parseA1Range(bang >= 0 ? address.slice(bang + 1) : address);
}

/** An Office.js address (one range or several, comma-separated) as ranges; a part that is not one is dropped. */
export function rangesOfAddress(address: string | null | undefined): CellRange[] {
  if (!address) return [];
  return splitAddresses(address)
    .map(rangeOfAddress)
    .filter((r): r is CellRange => r !== null);
}

/** Local address for Worksheet.getRange / getRanges. */
export function localAddress(r: CellRange): string {
  return rangeToA1(r);
}
