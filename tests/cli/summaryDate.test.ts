/**
 * The CLI on a checked copy whose 监控汇总 监控时点 (B3) the clerk changed: without --as-of it judges as of their date;
 * with --as-of it judges as of the date given and says, in one line under the summary (and in --json's diagnostics),
 * that their date was not used; a value that is no date gets one clear line. The same words in English (--lang en).
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { isoToSerial } from "../../src/core/dates";
import { runPipeline, settingsFor } from "../../src/core/pipeline";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { writeCheckedCopy } from "../../src/host/xlsx/write";
import { editXlsx } from "../scenarios/xlsxEdit";
import { ROOT, runCli } from "./runCli";

jest.setTimeout(120_000);

const SEED = path.join(ROOT, "tests", "fixtures", "seed-one-sheet.xlsx");
const B3 = { sheet: "监控汇总", row: 2, col: 1 };

/** The seed checked as of 2024-08-15 (values), then B3 of its summary typed over. */
async function typedCopy(dir: string, name: string, type: string | number): Promise<string> {
  const { snapshot, pkg } = readWorkbookBytes(await fs.readFile(SEED));
  const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: "2024-08-15" }, "2024-08-15"), { formulas: false });
  if (run.outcome !== "planned") throw new Error("the seed has tables");
  const file = path.join(dir, name);
  await fs.writeFile(file, editXlsx(writeCheckedCopy(pkg, run.plan), [{ ...B3, type }]));
  return file;
}

describe("the CLI on a summary whose 监控时点 the clerk typed", () => {
  let work: string;
  let typed: string;
  let bad: string;
  let noYear: string;
  beforeAll(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-summary-date-"));
    typed = await typedCopy(work, "typed.xlsx", isoToSerial("2024-10-31")!);
    bad = await typedCopy(work, "bad.xlsx", "十月底");
    noYear = await typedCopy(work, "no-year.xlsx", "10月31日");
  });
  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  test("without --as-of: judged as of their date, nothing more said of it", async () => {
    const r = await runCli(["check", typed, "--out", "a"], work);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[1]).toContain("监控时点 2024-10-31");
    expect(r.stdout).not.toContain("监控汇总中");
  });

  test("with --as-of: judged as of the date given, one line says their date was not used", async () => {
    const r = await runCli(["check", typed, "--out", "b", "--as-of", "2024-08-15"], work);
    const lines = r.stdout.split("\n");
    expect(lines[1]).toContain("监控时点 2024-08-15");
    expect(lines[2]).toBe("  监控汇总中填写的监控时点 2024-10-31 未采用：本次按指定的监控时点 2024-08-15 判断");
    const json = JSON.parse(
      (await runCli(["check", typed, "--out", "c", "--as-of", "2024-08-15", "--json"], work)).stdout,
    );
    expect(JSON.stringify(json.files[0])).toContain("未采用");
    const en = await runCli(["check", typed, "--out", "d", "--as-of", "2024-08-15", "--lang", "en"], work);
    expect(en.stdout.split("\n")[2]).toBe(
      "  The monitoring date typed on the summary sheet, 2024-10-31, was not used: judged as of the date given, 2024-08-15",
    );
  });

  test("a date without its year (10月31日): judged in the budget year, one line says so", async () => {
    const r = await runCli(["check", noYear, "--out", "f"], work);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[1]).toContain("监控时点 2024-10-31");
    expect(lines[2]).toBe(
      "  监控汇总中的监控时点“10月31日”未写年份：按预算年度 2024 年读作 2024-10-31（如指其他年份，请写明年份，如 2024-10-31）",
    );
  });

  test("a value that is no date: one clear line, judged as of the date given (or today)", async () => {
    const r = await runCli(["check", bad, "--out", "e", "--as-of", "2024-08-15"], work);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[2]).toBe(
      "  监控汇总中的监控时点“十月底”不是可识别的日期（应如 2024-10-31），已按 2024-08-15 判断",
    );
    expect(r.stderr).toBe("");
  });
});
