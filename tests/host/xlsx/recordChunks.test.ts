/**
 * breaker51 — our record (the marks JSON in row 1 of _PerfTargets) is cut into cells of MARKS_CHUNK characters. A cut
 * between the two halves of a character beyond U+FFFF (a CJK Extension B character such as 𠮷 in a name, an emoji)
 * left each half alone in its cell; written to the file as UTF-8 each became U+FFFD, and the record read back named a
 * sheet or text that is not there (our cells on it then counted as the clerk's).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { chunkMarks, emptyMarks, MARKS_CHUNK } from "../../../src/core/plan/marks";
import type { Plan } from "../../../src/core/plan/types";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";
import { writeCheckedCopy } from "../../../src/host/xlsx/write";

const SAMPLE = path.join(__dirname, "../../../assets/sample.xlsx");
const S = "1 办公用品采购";
const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

test.each([MARKS_CHUNK - 1, MARKS_CHUNK, 2 * MARKS_CHUNK - 1])(
  "a record with 𠮷 at %i: each cell holds whole characters, and the file reads back the same text",
  (at) => {
    const text = `${"x".repeat(at)}𠮷${"y".repeat(40_000)}`;
    const chunks = chunkMarks(text);
    expect(chunks.join("")).toBe(text);
    expect(chunks.filter((c) => lone.test(c))).toEqual([]); // main: the first cell ends with half of 𠮷
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(MARKS_CHUNK);
    const plan: Plan = {
      ops: chunks.map((value, col) => ({ op: "setValue" as const, cell: { sheet: S, row: 40, col }, value })),
      marks: emptyMarks(),
      messages: [],
    };
    const sheet = readWorkbookBytes(writeCheckedCopy(new Uint8Array(readFileSync(SAMPLE)), plan)).snapshot.sheets.find(
      (s) => s.name === S,
    )!;
    const row = sheet.values[40 - sheet.originRow].filter((v) => typeof v === "string");
    expect(row.join("")).toBe(text); // main: 𠮷 read back as two U+FFFD
  },
);
