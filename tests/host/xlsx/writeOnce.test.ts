/**
 * What the writer works out once per run instead of once per part (docs/performance.md, session 54): the empty
 * comments part a sheet's first notes start from, split once; the namespace prefixes of a VML root seen before; the
 * largest rId of a relationships part as the last addRel left it. Each must give what working it out afresh gives.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { patchNotes } from "../../../src/host/xlsx/notes";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";
import { writeCheckedCopy } from "../../../src/host/xlsx/write";
import { splitDoc, splitTemplate } from "../../../src/host/xlsx/xmlEdit";
import { openPackage, partText } from "../../../src/host/xlsx/zip";
import type { PlanOp } from "../../../src/core/plan/types";

const TEMPLATE = `<?xml version="1.0"?>\n<comments xmlns="urn:x"><authors></authors><commentList></commentList></comments>`;

test("a template split once: each caller gets splitDoc's document as its own copy to edit", () => {
  const first = splitTemplate(TEMPLATE);
  expect(first).toEqual(splitDoc(TEMPLATE));
  first.children[0].xml = "<authors><author>x</author></authors>";
  first.children.push({ name: "extLst", xml: "<extLst/>" });
  first.head = "";
  expect(splitTemplate(TEMPLATE)).toEqual(splitDoc(TEMPLATE));
});

/** patchNotes in a module loaded anew: nothing worked out by earlier calls. */
function freshPatchNotes(...args: Parameters<typeof patchNotes>): ReturnType<typeof patchNotes> {
  let result: ReturnType<typeof patchNotes> = null;
  jest.isolateModules(() => {
    const notes = jest.requireActual<typeof import("../../../src/host/xlsx/notes")>("../../../src/host/xlsx/notes");
    result = notes.patchNotes(...args);
  });
  return result;
}

test("sheets without notes, one after another: each one's notes are what a first call writes", () => {
  const sheets = [
    { ops: [{ row: 4, col: 11, text: "执行率 31.68%" }], block: 1 },
    {
      ops: [
        { row: 6, col: 11, text: "滞后 <19.63> & 个百分点" },
        { row: 9, col: 11, text: "未达标" },
        { row: 6, col: 11, text: "" },
      ],
      block: 2,
    },
    { ops: [{ row: 2, col: 3, text: "a" }], block: 3 },
  ];
  for (const { ops, block } of sheets)
    expect(patchNotes(null, null, ops, block)).toEqual(freshPatchNotes(null, null, ops, block));
});

test("VML parts whose roots name the namespaces differently: each part's own prefixes, whichever came before", () => {
  const root = (attrs: string) => `<xml ${attrs}></xml>`;
  const NS = `xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"`;
  const parts = [
    root(`${NS} xmlns:x="urn:schemas-microsoft-com:office:excel"`),
    root(
      `xmlns:ns0="urn:schemas-microsoft-com:vml" xmlns:ns1="urn:schemas-microsoft-com:office:office" xmlns:ns2="urn:schemas-microsoft-com:office:excel"`,
    ),
    root(NS), // no Excel prefix: our shapes declare all three themselves
    root(`${NS} xmlns:x="urn:schemas-microsoft-com:office:excel"`),
  ];
  const op = [{ row: 1, col: 1, text: "n" }];
  for (const vml of parts) expect(patchNotes(null, vml, op, 1)).toEqual(freshPatchNotes(null, vml, op, 1));
  expect(patchNotes(null, parts[1], op, 1)!.vml).toContain("<ns0:shape id=");
  expect(patchNotes(null, parts[2], op, 1)!.vml).toContain('<v:shape xmlns:v="urn:schemas-microsoft-com:vml"');
});

test("a sheet added, another added and deleted, a third added: the third takes the rId the deleted one freed", () => {
  const seed = readFileSync(path.join(__dirname, "../../fixtures/seed-one-sheet.xlsx"));
  const { pkg, snapshot } = readWorkbookBytes(seed);
  const ops: PlanOp[] = [
    { op: "addSheet", sheet: "甲", visibility: "visible" },
    { op: "addSheet", sheet: "乙", visibility: "visible" },
    { op: "deleteSheet", sheet: "乙" },
    { op: "addSheet", sheet: "丙", visibility: "visible" },
  ];
  const copy = openPackage(writeCheckedCopy(pkg, { ops } as never));
  const rels = partText(copy, "xl/_rels/workbook.xml.rels") ?? "";
  const ridOf = (sheet: string) =>
    new RegExp(`<sheet name="${sheet}" sheetId="\\d+" r:id="(rId\\d+)"`).exec(
      partText(copy, "xl/workbook.xml") ?? "",
    )?.[1];
  const before = Math.max(
    ...[...(partText(pkg, "xl/_rels/workbook.xml.rels") ?? "").matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1])),
  );
  expect(snapshot.sheets.some((s) => s.name === "乙")).toBe(false);
  expect(ridOf("甲")).toBe(`rId${before + 1}`);
  expect(ridOf("乙")).toBeUndefined();
  expect(ridOf("丙")).toBe(`rId${before + 2}`); // the rId 乙 had, free again
  expect(rels.match(/Id="rId\d+"/g)).toHaveLength(new Set(rels.match(/Id="rId\d+"/g)).size);
});
