/**
 * A unit's workbook kept as a legacy shared workbook (审阅 → 共享工作簿, or 修订 turned on), so that several clerks fill
 * it on the office share: the package holds a revision log (xl/revisions/revisionHeaders.xml, ECMA-376 Part 1 “Shared Workbook
 * Revision Headers Part”: “each of the editing sessions … worksheets added and rearranged in each
 * session”, each header's sheetIdMap listing the sheets). Microsoft (office.microsoft.com/en-gb/help/HP052622941033.aspx): “The following features can't be changed after a
 * workbook is shared: merged cells, conditional formats, data validation, charts, …” — a check adds all of those and
 * two sheets no revision header lists. main wrote such a copy (breaker65 left it: what Excel makes of it is on no
 * page); now no copy is written and one line says why and what to do.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { checkFile, type CheckFileOptions } from "../../src/cli/checkFile";
import { sampleOptions } from "./checkOptions";

jest.setTimeout(120_000);

const SAMPLE = path.join(__dirname, "..", "..", "assets", "sample.xlsx");
const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

let work: string;
beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-shared-"));
});
afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

const options = (name: string, lang: "zh" | "en" = "zh"): CheckFileOptions => ({
  ...sampleOptions(work, lang, name),
  force: true,
});

/** The sample as Excel saves it shared: a revision header per session (its sheets listed), an empty log, the users. */
function shared(parts: Record<string, Uint8Array>): Record<string, Uint8Array> {
  const text = (name: string) => new TextDecoder().decode(parts[name]);
  const ids = [...text("xl/workbook.xml").matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const header =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<headers xmlns="${NS}" xmlns:r="${NS_R}"` +
    ` guid="{A84A6777-8908-4CB9-9EB6-625CEFF419D3}"><header guid="{A84A6777-8908-4CB9-9EB6-625CEFF419D3}"` +
    ` dateTime="2024-07-14T13:42:54" maxSheetId="${Math.max(...ids) + 1}" userName="张会计" r:id="rId1">` +
    `<sheetIdMap count="${ids.length}">${ids.map((id) => `<sheetId val="${id}"/>`).join("")}</sheetIdMap></header></headers>`;
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="${NS_R}/${type}" Target="${target}"/>`;
  return {
    ...parts,
    "xl/revisions/revisionHeaders.xml": strToU8(header),
    "xl/revisions/revisionLog1.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<revisions xmlns="${NS}" xmlns:r="${NS_R}"/>`,
    ),
    "xl/revisions/_rels/revisionHeaders.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel("rId1", "revisionLog", "revisionLog1.xml")}</Relationships>`,
    ),
    "xl/revisions/userNames.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<users xmlns="${NS}" xmlns:r="${NS_R}" count="1"><userInfo guid="{00000000-0000-0000-0000-000000000001}" name="张会计" id="1" dateTime="2024-07-14T13:42:54"/></users>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      text("xl/_rels/workbook.xml.rels").replace(
        "</Relationships>",
        `${rel("rIdRev1", "revisionHeaders", "revisions/revisionHeaders.xml")}${rel("rIdRev2", "usernames", "revisions/userNames.xml")}</Relationships>`,
      ),
    ),
    "[Content_Types].xml": strToU8(
      text("[Content_Types].xml").replace(
        "</Types>",
        '<Override PartName="/xl/revisions/revisionHeaders.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.revisionHeaders+xml"/>' +
          '<Override PartName="/xl/revisions/revisionLog1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.revisionLog+xml"/>' +
          '<Override PartName="/xl/revisions/userNames.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.userNames+xml"/></Types>',
      ),
    ),
  };
}

async function check(name: string, parts: Record<string, Uint8Array>, lang: "zh" | "en" = "zh") {
  const file = path.join(work, `${name}.xlsx`);
  await fs.writeFile(file, zipSync(parts));
  return checkFile(file, options(name, lang));
}

test("breaker66: a legacy shared workbook gets no checked copy Excel never could have made, and one line saying to stop sharing it", async () => {
  const sample = unzipSync(await fs.readFile(SAMPLE));
  const outcome = await check("shared", shared(sample));
  expect(outcome.output).toBeNull();
  expect(outcome.error).toMatch(/^这是共享工作簿/);
  expect(outcome.error).toContain("未写出检查后的副本");
  expect(outcome.error).toContain("共享工作簿");
  expect(outcome.error).not.toContain("\n");
  await expect(fs.readdir(path.join(work, "out")).catch(() => [])).resolves.not.toContain("shared.checked.xlsx");
  const en = await check("shared-en", shared(sample), "en");
  expect(en.output).toBeNull();
  expect(en.error).toMatch(/^This is a shared workbook/);
  // Sharing stopped (Excel drops the revision parts): checked as before.
  const plain = await check("plain", sample);
  expect(plain.error).toBeNull();
  expect(plain.output).not.toBeNull();
});
