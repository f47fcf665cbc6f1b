/**
 * reader40 — a money matrix (年初预算数 | 全年预算数 | 全年执行数 over 年度资金总额 / 其中 …) whose total row leaves a column
 * blank, and a 其中 row there showing an error value (#N/A, #REF!: a formula over a sheet the clerk deleted). Session
 * 37 made an error on the total row said at its cell; here the total is blank, so the matrix sums its 其中 rows — and
 * the error row dropped out of the sum unseen: with a single 其中 row the 执行数 read as not filled (nothing said, the
 * CLI's “未填执行数”) and the budget as “未找到本年度预算数”; with two, the other part alone was judged as the whole.
 * Now the error is said at its cell as on the total row, the amount is not judged, and no sum stands in for it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkWorkbook } from "../../../src/core/check";
import { DEFAULT_SETTINGS, type CellValue, type WorkbookSnapshot } from "../../../src/core/types";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";
import { concat, openPackage, packPackage, partText, setPartText } from "../../../src/host/xlsx/zip";
import { sheet, workbook } from "./grid";

const FIXTURE = path.join(__dirname, "../../fixtures/real/yunnan-lincang-wildlife-shelter-self-eval-2023.xlsx");
const PART = "xl/worksheets/sheet1.xml";

/** 临翔 2023 with `blank` emptied (its style kept) and `broken` a formula showing `error`. */
function edited(blank: string, broken: string, error: string): WorkbookSnapshot {
  const pkg = openPackage(new Uint8Array(readFileSync(FIXTURE)));
  const cell = (ref: string) => new RegExp(`<c r="${ref}"( s="\\d+")?[^>]*>.*?</c>`);
  const xml = partText(pkg, PART)!
    .replace(cell(blank), (_, s: string | undefined) => `<c r="${blank}"${s ?? ""}/>`)
    .replace(
      cell(broken),
      (_, s: string | undefined) => `<c r="${broken}"${s ?? ""} t="e"><f>明细!F7</f><v>${error}</v></c>`,
    );
  setPartText(pkg, PART, xml);
  return readWorkbookBytes(concat(packPackage(pkg))).snapshot;
}

function judged(snapshot: WorkbookSnapshot, asOf = "2023-12-31") {
  const check = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf });
  const { table, result } = check.tables[0];
  return {
    budget: table.budget,
    spent: table.spent?.value ?? null,
    light: result.execution?.light ?? null,
    said: check.diagnostics
      .filter((d) => /资金|错误值|执行数|预算/.test(d.message))
      .map((d) => `${d.cell ? `${d.cell.row},${d.cell.col} ` : ""}${d.message}`),
  };
}

test.each(["#N/A", "#REF!"])(
  "全年执行数 blank on the total row, %s on 其中：当年财政拨款: said at that cell, not judged",
  (error) => {
    expect(judged(edited("F6", "F7", error))).toEqual({
      budget: 32.4,
      spent: { error },
      light: null,
      said: [`6,5 执行数显示错误值 ${error}：请检查该单元格的公式，执行进度未判断`],
    });
  },
);

test("全年预算数 blank on the total row, #N/A on its 其中 row: said at that cell, no “未找到本年度预算数”", () => {
  expect(judged(edited("E6", "E7", "#N/A"))).toEqual({
    budget: null,
    spent: 31.69,
    light: null,
    said: ["6,4 预算数显示错误值 #N/A：请检查该单元格的公式，该金额未判断"],
  });
});

/** A matrix of two 其中 rows under a blank total: 财政拨款 and 其他资金. */
function twoParts(fiscalSpent: CellValue, otherSpent: CellValue): WorkbookSnapshot {
  return workbook(
    sheet("自评表", [
      ["2024年度项目支出绩效自评表", "", "", "", ""],
      ["项目名称", "设备采购", "<", "<", "<"],
      ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数"],
      ["^", "年度资金总额", 50, 50, null],
      ["^", "其中：财政拨款", 40, 40, fiscalSpent],
      ["^", "其他资金", 10, 10, otherSpent],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
      ["产出指标", "数量指标", "设备数量", "≥5台", "5台"],
    ]),
  );
}

test("two 其中 rows, one showing #REF!: not judged on the other part alone", () => {
  expect(judged(twoParts({ error: "#REF!" }, 9), "2024-12-31")).toEqual({
    budget: 50,
    spent: { error: "#REF!" },
    light: null,
    said: ["4,4 执行数显示错误值 #REF!：请检查该单元格的公式，执行进度未判断"],
  });
});

test("the control: two 其中 rows both filled under a blank total are summed, as before", () => {
  const got = judged(twoParts(38, 9), "2024-12-31");
  expect(got).toMatchObject({ budget: 50, spent: 47, light: "green" });
  expect(got.said).toEqual([expect.stringContaining("按其中各项资金合计")]);
});
