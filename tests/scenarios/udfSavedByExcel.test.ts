/**
 * breaker51 — a workbook checked by the add-in (our columns as PERF.* formulas, its default) and saved by Excel, then
 * checked by the command line. Excel saves a JavaScript custom function with the prefix _xldudf_ (Microsoft,
 * OfficeDev/Excel-Custom-Functions #108: "For Javascript Custom Functions, we by default save out with a different
 * prefix _xldudf"), the namespace's dot an underscore (OfficeDev/office-js #877; files in the wild hold e.g.
 * `_xldudf_CX_PUSH(…)`): PERF.STATUS(…) is `_xldudf_PERF_STATUS(…)` in the file. Read as written, none of our formulas
 * was the one we recorded, so every cell of ours counted as the clerk's: 130 cells "有您写入的内容", never updated again —
 * a light stayed 绿 after the clerk typed an actual far below the target.
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import { runPipeline, settingsFor } from "../../src/core/pipeline";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { writeCheckedCopy } from "../../src/host/xlsx/write";
import { workbookMap } from "../../src/host/xlsx/parts";
import { concat, openPackage, packPackage, partText, setPartText } from "../../src/host/xlsx/zip";
import { editXlsx } from "./xlsxEdit";

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const AS_OF = "2024-07-31";
const S = "1 办公用品采购";

function check(bytes: Uint8Array, formulas: boolean) {
  const { snapshot, pkg } = readWorkbookBytes(bytes);
  const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: AS_OF }, AS_OF), { formulas });
  if (run.outcome !== "planned") throw new Error("no tables");
  return { messages: run.plan.messages, copy: writeCheckedCopy(pkg, run.plan) };
}

/** The add-in's formulas as Excel writes them into the file it saves. */
function savedByExcel(bytes: Uint8Array): Uint8Array {
  const pkg = openPackage(bytes);
  let renamed = 0;
  for (const { part } of workbookMap(pkg).sheets) {
    const xml = partText(pkg, part!)!;
    const saved = xml.replace(/\bPERF\.([A-Z]+)\(/g, (_, name: string) => (renamed++, `_xldudf_PERF_${name}(`));
    setPartText(pkg, part!, saved);
  }
  expect(renamed).toBeGreaterThan(100);
  return concat(packPackage(pkg));
}

const cell = (bytes: Uint8Array, row: number, col: number) => {
  const sheet = readWorkbookBytes(bytes).snapshot.sheets.find((s) => s.name === S)!;
  return sheet.values[row - sheet.originRow]?.[col - sheet.originCol];
};

test.each([false, true])(
  "checked by the command line (formulas: %s): our cells are ours, the light follows the actual typed",
  (formulas) => {
    const checked = check(new Uint8Array(readFileSync(SAMPLE)), true).copy;
    // The clerk then types 50% as 运转保障率's actual (target 100%): H12.
    const typing = (bytes: Uint8Array) => editXlsx(bytes, [{ sheet: S, row: 11, col: 7, type: 0.5 }]);
    const { messages, copy } = check(typing(savedByExcel(checked)), formulas);
    // main: "130 个单元格中有您写入的内容（不是本工具上次写入的），已保留未改：…", K12 still 绿.
    expect(messages.filter((m) => m.includes("您写入的内容"))).toEqual([]);
    expect(cell(copy, 11, 10)).not.toBe("绿");
    // As for the same workbook with our formulas as the add-in shows them.
    expect(cell(copy, 11, 10)).toBe(cell(check(typing(checked), formulas).copy, 11, 10));
  },
);
