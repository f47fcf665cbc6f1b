/**
 * 执行数 in a money matrix (年初预算数 | 全年预算数 | 全年执行数 over 年度资金总额 / 其中：财政拨款 …) as a formula showing an
 * error value: session 37 made such a 执行数 beside its label the clerk's filled cell, said in one line; in a matrix it
 * was still read as blank — and worse, the matrix then summed its 其中 rows instead (“资金表没有总额行，按其中各项资金合计
 * 读取”) and judged 31.69 of 32.4 green. Now the matrix says it as the label does: one line at the cell, execution not
 * judged, no sum of parts in its stead; a budget cell showing an error likewise. The real 临翔 2023 自评表 (round
 * sixteen) with F6 (全年执行数 on the 年度资金总额 row, 31.69) made to show the error; then the clerk fixes it and checks
 * again: the workbook is what one check of the fixed workbook gives (CLI checked copy).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkWorkbook } from "../../src/core/check";
import { DEFAULT_SETTINGS, type WorkbookSnapshot } from "../../src/core/types";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { concat, openPackage, packPackage, partText, setPartText } from "../../src/host/xlsx/zip";
import { xlsxDriver } from "./drivers";

jest.setTimeout(60_000);

const FIXTURE = path.join(__dirname, "../fixtures/real/yunnan-lincang-wildlife-shelter-self-eval-2023.xlsx");
const AS_OF = "2023-12-31";
const PART = "xl/worksheets/sheet1.xml";

/** The workbook with one cell as the clerk left it (its style kept): a formula and what Excel saved for it. */
function withCell(bytes: Uint8Array, ref: string, formula: string, saved: string, type = ""): Uint8Array {
  const pkg = openPackage(bytes);
  const xml = partText(pkg, PART)!;
  const edited = xml.replace(
    new RegExp(`<c r="${ref}"( s="\\d+")?[^>]*>.*?</c>`),
    (_, style: string | undefined) => `<c r="${ref}"${style ?? ""}${type}><f>${formula}</f><v>${saved}</v></c>`,
  );
  expect(edited).not.toBe(xml);
  setPartText(pkg, PART, edited);
  return concat(packPackage(pkg));
}
const fixture = () => new Uint8Array(readFileSync(FIXTURE));
const showing = (bytes: Uint8Array, ref: string, error: string) => withCell(bytes, ref, "E6/0", error, ' t="e"');
const fixedIn = (bytes: Uint8Array) => withCell(bytes, "F6", "E6-0.71", "31.69");

function judged(snapshot: WorkbookSnapshot) {
  const check = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: AS_OF });
  const { table, result } = check.tables[0];
  const spent = table.spent?.value ?? null;
  return {
    budget: table.budget,
    spent,
    light: result.execution?.light ?? null,
    said: check.diagnostics.filter((d) => /资金|错误值|执行数|预算/.test(d.message)).map((d) => d.message),
  };
}

test.each(["#DIV/0!", "#REF!", "#N/A"])(
  "全年执行数 on the total row showing %s: said at its cell, not judged, no sum of parts instead",
  (error) => {
    const { snapshot } = readWorkbookBytes(showing(fixture(), "F6", error));
    expect(judged(snapshot)).toEqual({
      budget: 32.4,
      spent: { error },
      light: null,
      said: [`执行数显示错误值 ${error}：请检查该单元格的公式，执行进度未判断`],
    });
  },
);

test("全年预算数 on the total row showing an error: said at its cell, no budget (its 其中 rows do not stand in)", () => {
  const { snapshot } = readWorkbookBytes(showing(fixture(), "E6", "#REF!"));
  expect(judged(snapshot)).toEqual({
    budget: null,
    spent: 31.69,
    light: null,
    said: ["预算数显示错误值 #REF!：请检查该单元格的公式，该金额未判断"],
  });
});

test("the table as published: read as before (32.4, 31.69, green), nothing said about its money", () => {
  expect(judged(readWorkbookBytes(fixture()).snapshot)).toEqual({
    budget: 32.4,
    spent: 31.69,
    light: "green",
    said: [],
  });
});

test("checked with the error, the formula fixed, checked again = one check of the fixed workbook", async () => {
  const broken = (await xlsxDriver.check(showing(fixture(), "F6", "#DIV/0!"), false, AS_OF)).workbook;
  const again = (await xlsxDriver.check(fixedIn(broken), false, AS_OF)).workbook;
  const fresh = (await xlsxDriver.check(fixedIn(fixture()), false, AS_OF)).workbook;
  expect(await xlsxDriver.held(again)).toEqual(await xlsxDriver.held(fresh));
  expect(judged(await xlsxDriver.snapshot(again))).toMatchObject({ spent: 31.69, light: "green" });
});

/** The workbook with one cell holding what the clerk typed (text), or emptied (null); its style kept. */
function withTyped(bytes: Uint8Array, ref: string, typed: string | null): Uint8Array {
  const pkg = openPackage(bytes);
  const xml = partText(pkg, PART)!;
  const edited = xml.replace(new RegExp(`<c r="${ref}"( s="\\d+")?[^>]*>.*?</c>`), (_, style: string | undefined) =>
    typed === null
      ? `<c r="${ref}"${style ?? ""}/>`
      : `<c r="${ref}"${style ?? ""} t="inlineStr"><is><t>${typed}</t></is></c>`,
  );
  expect(edited).not.toBe(xml);
  setPartText(pkg, PART, edited);
  return concat(packPackage(pkg));
}

// breaker50: the clerk leaves 全年执行数 on the 年度资金总额 row blank, or writes 待定 there, before the year's figures are in.
// The matrix reads the sum of its 其中 rows (as before), but said “资金表没有总额行” of a table whose total row is right
// there, at a 其中 row's cell. Now it says what the total row's cell holds, at that cell.
test.each([
  ["待定", "资金表总额行的这一格“待定”不是金额，按其中各项资金合计读取"],
  [null, "资金表总额行的这一格是空的，按其中各项资金合计读取"],
])(
  "全年执行数 on the total row %p: the sum of its parts, said at the total row's cell as what it holds",
  (typed, line) => {
    const { snapshot } = readWorkbookBytes(withTyped(fixture(), "F6", typed));
    const check = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: AS_OF });
    const said = check.diagnostics.filter((d) => /资金/.test(d.message));
    // F6: row 5, column 5 counted from 0.
    expect(said.map((d) => [d.cell?.row, d.cell?.col, d.message])).toEqual([[5, 5, line]]);
    expect(check.tables[0].table.spent?.value).toBe(31.69); // 其中：财政拨款 31.69, 其他资金 blank
  },
);
