/**
 * Utf8Writer: a part written piece by piece comes out as the UTF-8 of the whole text, whatever the pieces
 * (Chinese, characters beyond the BMP, parts larger than its first buffer), and one writer serves part
 * after part.
 */
import fc from "fast-check";
import { Utf8Writer } from "../../../src/host/xlsx/xmlEdit";

const utf8 = (s: string) => new TextEncoder().encode(s);

test("the bytes are the UTF-8 of the pieces joined, part after part", () => {
  const writer = new Utf8Writer();
  fc.assert(
    fc.property(fc.array(fc.string({ unit: "grapheme", maxLength: 40 }), { maxLength: 60 }), (pieces) => {
      writer.reset();
      for (const piece of pieces) writer.text(piece);
      expect(writer.bytes()).toEqual(utf8(pieces.join("")));
    }),
  );
});

test("a part larger than the first buffer grows it; the next part starts empty", () => {
  const writer = new Utf8Writer();
  const row = '<row r="1"><c r="A1" t="inlineStr"><is><t>执行率 𠀋</t></is></c></row>';
  const rows = Array.from({ length: 5000 }, () => row);
  for (const r of rows) writer.text(r);
  expect(Buffer.from(writer.bytes()).equals(utf8(rows.join("")))).toBe(true); // 600 KB: no element-wise diff
  writer.reset().text("<a/>");
  expect(writer.bytes()).toEqual(utf8("<a/>"));
});
