/**
 * Utf8Writer: a part written piece by piece comes out as the UTF-8 of the whole text, whatever the pieces
 * (Chinese, characters beyond the BMP, parts larger than its first buffer), and one writer serves part
 * after part.
 */
import fc from "fast-check";
import { sliceSink, Utf8Writer } from "../../../src/host/xlsx/xmlEdit";

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

test("the file's text between our Chinese cells, in pieces long and short, comes out as the pieces joined", () => {
  const writer = new Utf8Writer();
  const ascii = fc.string({ unit: fc.constantFrom("<", "c", ' r="A1"', "/>", "0", "é"), maxLength: 400 });
  const wide = fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }).map((s) => `<t>执行${s}</t>`);
  fc.assert(
    fc.property(fc.array(fc.oneof(ascii, wide), { maxLength: 80 }), (pieces) => {
      writer.reset();
      for (const piece of pieces)
        if (piece.startsWith("<t>执行")) writer.text(piece);
        else writer.narrowText(piece);
      expect(Buffer.from(writer.bytes()).equals(utf8(pieces.join("")))).toBe(true);
    }),
  );
});

test("a long stretch of the file's one-byte text is encoded apart from the Chinese around it (two-byte text encodes ~20× slower)", () => {
  const encodeInto = jest.spyOn(TextEncoder.prototype, "encodeInto");
  try {
    const writer = new Utf8Writer();
    const cells = '<c r="A1" s="3"><v>12345</v></c>'.repeat(20); // 660 characters of the file's own
    const ours = '<c r="L7" t="inlineStr"><is><t xml:space="preserve">超额</t></is></c>';
    for (const piece of [ours, cells, ours, cells, ours])
      if (piece === cells) writer.narrowText(piece);
      else writer.text(piece);
    const bytes = writer.bytes();
    expect(Buffer.from(bytes).equals(utf8([ours, cells, ours, cells, ours].join("")))).toBe(true);
    const encoded = encodeInto.mock.calls.map(([text]) => text as string);
    expect(encoded).toContain(cells);
    expect(encoded.filter((text) => /[\u0100-\uffff]/.test(text)).every((text) => !text.includes(cells))).toBe(true);
  } finally {
    encodeInto.mockRestore();
  }
});

test("slices of a text without Chinese go in untested; of one with Chinese, tested; the bytes are the same either way", () => {
  const taken: string[] = [];
  const out = {
    text: (s: string) => void taken.push(`text:${s}`),
    narrowText: (s: string) => void taken.push(`narrow:${s}`),
  };
  sliceSink(out, '<row r="1"><c r="A1"><v>1</v></c></row>')("<row");
  sliceSink(out, '<row r="1"><c r="A1" t="inlineStr"><is><t>执行率</t></is></c></row>')("<row");
  expect(taken).toEqual(["narrow:<row", "text:<row"]);
  const writer = new Utf8Writer();
  writer.narrowText("<t>执行率</t>"); // taken wrongly: only slower
  writer.text("<t>超额</t>");
  writer.narrowText('<c r="A1"/>');
  expect(Buffer.from(writer.bytes()).equals(utf8('<t>执行率</t><t>超额</t><c r="A1"/>'))).toBe(true);
});
