/**
 * Cell edits spliced into <sheetData>: rows as files really hold them (cells without "r", out of column
 * order, whitespace between cells, a column named twice) keep every cell the plan does not name.
 */
import fc from "fast-check";
import { parseCellRef } from "../../../src/core/a1";
import { cellRefColumn } from "../../../src/host/xlsx/ranges";
import { parseXml } from "../../../src/host/xlsx/parts";
import { patchSheetData, type CellEdit } from "../../../src/host/xlsx/sheetData";
import type { StyleChange } from "../../../src/host/xlsx/styles";

/** A stand-in for the styles part: the base format plus 100 for bold, 10 for a fill. */
const resolve = (base: number, change: StyleChange) => base + (change.bold ? 100 : 0) + (change.fill ? 10 : 0);

function patch(xml: string, edits: [number, [number, CellEdit][]][]): string {
  const pieces: string[] = [];
  const out = { text: (s: string) => void pieces.push(s) };
  patchSheetData(xml, new Map(edits.map(([row, cells]) => [row, new Map(cells)])), resolve, "", out);
  return pieces.join("");
}

const text = (value: string): CellEdit => ({ content: { kind: "value", value }, style: {} });

test("cells go in column order; a cell without r is the next column and gets its r; whitespace stays after the cells", () => {
  const xml = '<sheetData><row r="2"><c r="A2" s="3"><v>1</v></c>\n  <c r="C2"/><c><v>x</v></c></row></sheetData>';
  expect(
    patch(xml, [
      [
        1,
        [
          [1, text("新")],
          [3, { content: { kind: "value", value: 5 }, style: { bold: true } }],
        ],
      ],
    ]),
  ).toBe(
    '<sheetData><row r="2"><c r="A2" s="3"><v>1</v></c><c r="B2" t="inlineStr"><is><t xml:space="preserve">新</t></is></c><c r="C2"/><c r="D2" s="100"><v>5</v></c>\n  </row></sheetData>',
  );
});

test("a row whose cells are out of order comes back in column order, the span hint dropped", () => {
  const xml =
    '<sheetData><row r="1" spans="1:3"><c r="C1"><v>3</v></c><c r="A1" s="2"><v>1</v></c><c r="B1"/></row></sheetData>';
  expect(
    patch(xml, [
      [
        0,
        [
          [1, { content: { kind: "value", value: 2 }, style: {} }],
          [3, { style: { fill: "FF0000" } }],
          [0, { style: { bold: true } }],
        ],
      ],
    ]),
  ).toBe(
    '<sheetData><row r="1"><c r="A1" s="102"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c><c r="D1" s="10"/></row></sheetData>',
  );
});

test("a column named twice: the last of them is written, the first kept; rows without r and new rows", () => {
  const xml =
    '<sheetData><row r="1"><c r="B1"><v>1</v></c><c r="B1"><v>2</v></c></row><row><c r="A2"/></row></sheetData>';
  expect(
    patch(xml, [
      [0, [[1, text("dup")]]],
      [1, [[0, { content: { kind: "formula", formula: "1+1", value: 2 }, style: {} }]]],
      [5, [[2, { content: { kind: "value", value: true }, style: {} }]]],
    ]),
  ).toBe(
    '<sheetData><row r="1"><c r="B1"><v>1</v></c><c r="B1" t="inlineStr"><is><t xml:space="preserve">dup</t></is></c></row><row r="2"><c r="A2"><f>1+1</f><v>2</v></c></row><row r="6"><c r="C6" t="b"><v>1</v></c></row></sheetData>',
  );
});

test("lower-case, padded and escaped references and style indexes; a cleared cell goes; an unreadable r counts on", () => {
  const xml =
    '<sheetData><row r="3"><c r="a3" s="&#49;"><v>1</v></c><c r=" B3 "><v>2</v></c><c r="ZZZZ3"/></row></sheetData>';
  expect(
    patch(xml, [
      [
        2,
        [
          [0, { style: { bold: true } }],
          [1, { content: { kind: "value", value: null }, cleared: true, style: { reset: true } }],
          [2, text("q")],
        ],
      ],
    ]),
  ).toBe(
    '<sheetData><row r="3"><c r="a3" s="101"><v>1</v></c><c r="C3" t="inlineStr"><is><t xml:space="preserve">q</t></is></c></row></sheetData>',
  );
});

test("cellRefColumn reads a reference in place exactly as parseCellRef reads it cut out", () => {
  const refArb = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc
      .tuple(
        fc.constantFrom("", "$", " "),
        fc.stringMatching(/^[A-Za-z]{0,4}$/),
        fc.constantFrom("", "$"),
        fc.stringMatching(/^[0-9]{0,8}$/),
        fc.constantFrom("", " ", "\u3000", "x"),
      )
      .map((parts) => parts.join("")),
  );
  fc.assert(
    fc.property(fc.string({ maxLength: 4 }), refArb, fc.string({ maxLength: 4 }), (before, ref, after) => {
      const s = before + ref + after;
      const from = before.length;
      if (ref === "") return;
      expect(cellRefColumn(s, from, from + ref.length)).toBe(parseCellRef(ref)?.col ?? -1);
    }),
    { numRuns: 2000 },
  );
});

test("a cell's text keeps its quotes as written (only & < > are escaped in element text) and reads back the same", () => {
  const written = "他说\"好\" & <b> '单'";
  const xml = patch('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>', [[0, [[1, text(written)]]]]);
  expect(xml).toContain('<t xml:space="preserve">他说"好" &amp; &lt;b&gt; \'单\'</t>');
  let read = "";
  parseXml(xml, { text: (t) => void (read += t) });
  expect(read).toBe(`1${written}`);
});

test("breaker51: a shared formula's master rewritten or cleared: each cell left sharing it gets its own formula", () => {
  // ECMA-376 §18.3.1.40: the master holds the text and ref; the others only t="shared" si and read it from the master.
  const xml =
    '<sheetData><row r="1"><c r="A1"><f t="shared" ref="A1:C3" si="0">B$9+$C9&amp;"x"</f><v>1</v></c>' +
    '<c r="B1"><f t="shared" si="0"/><v>2</v></c><c r="C1"><f ca="1" t="shared" si="0"></f><v>3</v></c></row>' +
    '<row r="2"><c r="A2"><f t="shared" si="0"/><v>4</v></c><c r="B2"><f t="shared" si="1" ref="B2:B3">D1</f></c></row>' +
    '<row r="3"><c r="A3"><f t="shared" si="0"/></c><c r="B3"><f t="shared" si="1"/></c></row></sheetData>';
  expect(patch(xml, [[0, [[0, text("我们的")]]]])).toBe(
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">我们的</t></is></c>' +
      '<c r="B1"><f>C$9+$C9&amp;"x"</f><v>2</v></c><c r="C1"><f ca="1">D$9+$C9&amp;"x"</f><v>3</v></c></row>' +
      '<row r="2"><c r="A2"><f>B$9+$C10&amp;"x"</f><v>4</v></c><c r="B2"><f t="shared" si="1" ref="B2:B3">D1</f></c></row>' +
      '<row r="3"><c r="A3"><f>B$9+$C11&amp;"x"</f></c><c r="B3"><f t="shared" si="1"/></c></row></sheetData>',
  );
  // Only the master restyled: the formula stays shared.
  expect(patch(xml, [[0, [[0, { style: { bold: true } }]]]])).toContain(
    '<c r="A1" s="100"><f t="shared" ref="A1:C3" si="0">',
  );
  expect(patch(xml, [[0, [[0, { style: { bold: true } }]]]])).toContain('<c r="A3"><f t="shared" si="0"/></c>');
});

test("a patched row goes out in pieces: the file's own cells apart from ours in Chinese (the writer keeps them one-byte)", () => {
  const own = Array.from({ length: 10 }, (_, c) => `<c r="${String.fromCharCode(65 + c)}5" s="3"><v>${c}</v></c>`).join(
    "",
  );
  const xml = `<sheetData><row r="5">${own}</row></sheetData>`;
  const pieces: string[] = [];
  patchSheetData(xml, new Map([[4, new Map([[11, text("超额")]])]]), resolve, "", { text: (s) => void pieces.push(s) });
  expect(pieces.join("")).toBe(
    `<sheetData><row r="5">${own}<c r="L5" t="inlineStr"><is><t xml:space="preserve">超额</t></is></c></row></sheetData>`,
  );
  expect(pieces).toContain(own);
  expect(pieces.filter((p) => p.includes("超额"))).toEqual([
    '<c r="L5" t="inlineStr"><is><t xml:space="preserve">超额</t></is></c>',
  ]);
});
