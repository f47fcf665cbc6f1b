/**
 * The workbook's language changes between two checks (one colleague uses the pane in English, another in 中文; the
 * CLI's --lang): the second check must read the same tables as the first, and leave the workbook as one check in the
 * new language leaves it. Our own headers, in whatever language they were written, are never the clerk's content.
 *
 * It did not: the reader knows headers by their Chinese words, so our English headers read back as the clerk's. On the
 * sample, table 8 (执行数 not filled yet) went from "no spending entered" to "amount spent not understood" (our
 * "Spent (万元)" taken for the amount spent), and ~90 "表头“Full-year forecast”未识别" notes on our own cells appeared,
 * after an English check, whether the next one was English or Chinese (review34 finding 4).
 *
 * Both appliers: the CLI's checked copy and the add-in on the strict Excel fake; the language is the one stored in the
 * workbook's settings (the pane's 中文 / English, saved).
 */
import path from "node:path";
import { checkWorkbook } from "../../src/core/check";
import { cellName } from "../../src/core/a1";
import { DEFAULT_SETTINGS, MARKS_SHEET, type CheckResult } from "../../src/core/types";
import { BOTH_DRIVERS, AS_OF, type Driver } from "./drivers";

jest.setTimeout(300_000);

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
type Lang = "zh" | "en";

/** What a check judged: each table's execution and light, each indicator's status, and what reading said. */
function judged(check: CheckResult) {
  return {
    tables: check.tables.map((t) => ({
      execution: t.result.execution?.status ?? "none",
      light: t.result.light,
      statuses: t.results.map((r) => r.status),
    })),
    diagnostics: check.diagnostics.map(
      (d) => `${d.cell ? `${d.cell.sheet}!${cellName(d.cell.row, d.cell.col)}` : ""} ${d.message}`,
    ),
  };
}

/** A check in `lang` (saved as the workbook's language first), with what it judged on the workbook it was given. */
async function checkIn<W>(driver: Driver<W>, w: W, lang: Lang) {
  const saved = await driver.saveSettings(w, JSON.stringify({ lang }));
  const snapshot = await driver.snapshot(saved);
  const seen = judged(checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, lang, asOf: AS_OF }));
  const { workbook } = await driver.check(saved, false);
  return { workbook, seen };
}

/** Run checks in the given languages on a fresh copy of the sample: what each judged, and the workbook after. */
async function runs<W>(driver: Driver<W>, langs: Lang[]) {
  let w: W = await driver.open(SAMPLE);
  const seen = [];
  for (const lang of langs) {
    const run = await checkIn(driver, w, lang);
    seen.push(run.seen);
    w = run.workbook;
  }
  return { w, seen };
}

/** Every filled cell the user sees (our record sheet left out): "sheet!A1" → formula and value. */
async function cells<W>(driver: Driver<W>, w: W) {
  const out = new Map<string, string>();
  for (const s of (await driver.snapshot(w)).sheets) {
    if (s.name === MARKS_SHEET) continue;
    s.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = s.formulas?.[r]?.[c] ?? null;
        if (formula === null && (value === null || value === "")) return;
        out.set(`${s.name}!${cellName(r + s.originRow, c + s.originCol)}`, JSON.stringify([formula, value]));
      }),
    );
  }
  return out;
}

const TABLE8 = "8 中央政法转移支付办案业务费";

describe.each(BOTH_DRIVERS.map((d) => [d.name, d] as const))("%s", (_name, driver) => {
  it("en, en: the second check judges what the first did, and changes nothing", async () => {
    const { w, seen } = await runs(driver, ["en", "en"]);
    expect(seen[0].tables[7].execution).toBe("none"); // 执行数 not filled yet: nothing to judge
    expect(seen[1]).toEqual(seen[0]);
    expect(await cells(driver, w)).toEqual(await cells(driver, (await runs(driver, ["en"])).w));
  });

  it("zh, en, zh: every check judges what a first check judges; the workbook ends as after one check", async () => {
    const { w, seen } = await runs(driver, ["zh", "en", "zh"]);
    const enOnce = await runs(driver, ["en"]);
    const zhOnce = await runs(driver, ["zh"]);
    // The reading (and its notes) does not depend on the language: a first check's, every time.
    for (const s of seen) expect(s).toEqual(zhOnce.seen[0]);
    expect(enOnce.seen[0]).toEqual(zhOnce.seen[0]);
    expect(await cells(driver, w)).toEqual(await cells(driver, zhOnce.w));
    // And the English check in the middle left what one English check leaves.
    const { w: zhEn } = await runs(driver, ["zh", "en"]);
    expect(await cells(driver, zhEn)).toEqual(await cells(driver, enOnce.w));
  });

  it("a header of ours the clerk retyped stays theirs when the language changes", async () => {
    let { w } = await runs(driver, ["en"]);
    const held = await cells(driver, w);
    const notes = [...held].find(([k, v]) => k.startsWith(`${TABLE8}!`) && v === JSON.stringify([null, "Notes"]));
    expect(notes).toBeDefined();
    const [, a1] = notes![0].split("!");
    const col = a1.charCodeAt(0) - 65;
    const row = Number(a1.slice(1)) - 1;
    w = await driver.edit(w, [{ sheet: TABLE8, row, col, type: "Notes（经办人）" }]);
    w = (await checkIn(driver, w, "zh")).workbook;
    const after = await cells(driver, w);
    expect(after.get(notes![0])).toBe(JSON.stringify([null, "Notes（经办人）"]));
    // The others are ours still: Chinese now.
    const headerRow = [...after].filter(([k]) => k.startsWith(`${TABLE8}!`) && k.endsWith(String(row + 1)));
    expect(headerRow.map(([, v]) => JSON.parse(v)[1])).toEqual(
      expect.arrayContaining(["全年预计完成值", "状态", "预警", "偏差原因", "完成可能性"]),
    );
    expect(headerRow.map(([, v]) => JSON.parse(v)[1])).not.toContain("Status");
  });
});
