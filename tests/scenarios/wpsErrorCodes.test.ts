/**
 * review39: the clerk's 执行数 is a formula showing #DIV/0! (review37's case), checked in WPS. The WPS reader took an
 * error cell only as the text Value2 might give ("#DIV/0!"); WPS's pages do not say what Value2 gives for one, and the
 * object model's contract (an Error variant, CVErr) reaches a script as a number: -2146826281 for #DIV/0!. Read as a
 * number, the 执行数 was −2,146,826,281 万元 — a project judged on money it never spent. Whichever form WPS gives, the
 * check must say at the cell that the 执行数 shows an error, as the CLI and the Excel add-in do (spentFormulaError).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkWorkbook } from "../../src/core/check";
import { whyNoExecution } from "../../src/core/evaluate/evaluate";
import { DEFAULT_SETTINGS } from "../../src/core/types";
import { runCheck } from "../../src/host/wps/actions";
import { readWorkbook } from "../../src/host/wps/read";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { concat, openPackage, packPackage, partText, setPartText } from "../../src/host/xlsx/zip";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";

const AS_OF = "2024-07-31";
const SHEET = "1 办公用品采购";
const PART = "xl/worksheets/sheet1.xml";

/** The sample with H7 (1-7月执行数) a formula showing `error`, as Excel or WPS saved it. */
function sampleWithError(error: string): Uint8Array {
  const pkg = openPackage(new Uint8Array(readFileSync(path.join(__dirname, "../../assets/sample.xlsx"))));
  const xml = partText(pkg, PART)!;
  const edited = xml.replace(
    /<c r="H7"( s="\d+")?[^>]*>.*?<\/c>/,
    (_, style: string | undefined) => `<c r="H7"${style ?? ""} t="e"><f>C4/0</f><v>${error}</v></c>`,
  );
  expect(edited).not.toBe(xml);
  setPartText(pkg, PART, edited);
  return concat(packPackage(pkg));
}

describe.each(["text", "code"] as const)("WPS giving an error cell's Value2 as its %s", (errorsAs) => {
  test.each(["#DIV/0!", "#REF!", "#N/A"])("执行数 showing %s is said at its cell, not read as an amount", (error) => {
    const fake = new FakeWps({ ...modelFromSnapshot(readWorkbookBytes(sampleWithError(error)).snapshot), errorsAs });
    const { check } = runCheck(fake.app, { asOf: AS_OF }, AS_OF);
    const { table, result } = check!.tables.find((t) => t.table.sheet === SHEET)!;
    expect(result.execution).toBeNull();
    expect(whyNoExecution(table, result.execution)).toBe("spent-error");
    expect(check!.diagnostics.map((d) => d.message)).toContain(
      `执行数显示错误值 ${error}：请检查该单元格的公式，执行进度未判断`,
    );
    // Read again after the check: the same error value, as the core's own reading of the file gives it.
    const again = checkWorkbook(readWorkbook(fake.app).snapshot, { ...DEFAULT_SETTINGS, asOf: AS_OF });
    expect(again.tables.find((t) => t.table.sheet === SHEET)!.result.execution).toBeNull();
  });
});
