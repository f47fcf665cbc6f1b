import fc from "fast-check";
import { decodeXstring, encodeXstring } from "../../../src/host/xlsx/parts";

/** encodeXstring as it was before its one-pass check for text needing nothing (session 61): three regular expressions. */
function byExpressions(s: string): string {
  const notInXml =
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be encoded
    /[\x00-\x08\x0b-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
  const hex = (c: string) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0")}_`;
  return s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(notInXml, hex)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

// Characters around every edge the one-pass check tests: controls, tab / line feed, & < > _, both UTF-16 halves,
// U+FFFE / U+FFFF, and plain text (ASCII, CJK, a character outside the BMP).
const edgy = fc.constantFrom(
  ..."\u0000\u0008\u0009\u000a\u000b\u000d\u001f\u0020&<>\"'_x0041AZaz09".split(""),
  "\ud7ff",
  "\ud800",
  "\udbff",
  "\udc00",
  "\udfff",
  "\ue000",
  "\ufffd",
  "\ufffe",
  "\uffff",
  "绿",
  "达标",
  "😀",
);

describe("encodeXstring", () => {
  it("writes every text as the three expressions did", () => {
    fc.assert(
      fc.property(fc.array(edgy, { maxLength: 12 }), (chars) => {
        const s = chars.join("");
        expect(encodeXstring(s)).toBe(byExpressions(s));
      }),
      { numRuns: 5000 },
    );
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => expect(encodeXstring(s)).toBe(byExpressions(s))));
  });

  it("returns plain text itself, and reads back what it wrote", () => {
    for (const s of ["绿", "正常", "1.中央政府1", "", "a b\tc"]) expect(encodeXstring(s)).toBe(s);
    expect(decodeXstring(encodeXstring("_x0041_ \u0001 😀"))).toBe("_x0041_ \u0001 😀");
  });
});
