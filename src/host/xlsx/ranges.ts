/**
 * A1 references as the package's XML holds them, read in place (parsing them is core/a1's). No workbook library, so
 * every host may import it without pulling one into its bundle.
 */
import { parseCellRef } from "../../core/a1";

/**
 * The column of the cell reference s[from, to) (as parseCellRef reads it), or -1 when it is none; read in
 * place, for every cell of every row the writer patches. Whitespace around it, which parseCellRef trims, is
 * rare: that text goes through parseCellRef.
 */
export function cellRefColumn(s: string, from: number, to: number): number {
  const first = s.charCodeAt(from);
  const last = s.charCodeAt(to - 1);
  if (from >= to || first <= 0x20 || first >= 0x80 || last <= 0x20 || last >= 0x80)
    return parseCellRef(s.slice(from, to))?.col ?? -1;
  let i = first === 0x24 ? from + 1 : from; // "$"
  let col = 0;
  const lettersStart = i;
  for (let ch = s.charCodeAt(i) | 0x20; i < to && ch >= 0x61 && ch <= 0x7a; ch = s.charCodeAt(++i) | 0x20)
    col = col * 26 + (ch - 0x60);
  if (i === lettersStart || i - lettersStart > 3) return -1;
  if (i < to && s.charCodeAt(i) === 0x24) i++;
  const digitsStart = i;
  while (i < to && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39) i++;
  return i === digitsStart || i !== to ? -1 : col - 1;
}
