/**
 * breaker48: a monitoring date before the tables' budget year has begun (a year mistyped: --as-of 2023-07-31 for the
 * sample's 2024 tables) was judged without a word: every plan and time progress 0 %, every project “领先” and green.
 * The check now says it in one line under the file's summary (Chinese, or English with --lang en), and in --json's
 * diagnostics; a date in the budget year, or after it (a year-end review in spring), says nothing. A date in the year
 * before may be next year's 申报表 checked for its review: the line says that too (lead49).
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "./runCli";

let work: string;
beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-as-of-year-"));
});
afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

const LINE = /监控时点 2023-07-31 在表的预算年度 2024 年开始之前/;

test("--as-of in the year before the sample's budget year: one line under the summary, in both languages", async () => {
  const zh = await runCli(["check", "--as-of", "2023-07-31", "--out", "zh"], work);
  expect(zh.code).toBe(0);
  const lines = zh.stdout.split("\n");
  const at = lines.findIndex((l) => LINE.test(l));
  expect(lines[at]).toBe(
    "  监控时点 2023-07-31 在表的预算年度 2024 年开始之前（8 张表）：计划进度和序时进度都按 0% 判断。如是下一年度的申报表，尚无进度可监控，审核意见仍然适用；如年份写错，请改用 2024 年的日期（如 2024-07-31）",
  );
  expect(at).toBe(2); // right under the summary line
  const en = await runCli(["check", "--as-of", "2023-07-31", "--out", "en", "--lang", "en"], work);
  expect(en.stdout).toContain(
    "The monitoring date 2023-07-31 is before the tables' budget year 2024 has begun (8 tables): planned and time progress are judged as 0%. For next year's proposed targets nothing is due yet; the review of the targets still applies. If the year is mistyped, use a date in 2024 (such as 2024-07-31)",
  );
});

test("--as-of two years before the budget year: only the mistyped year is suggested (no next year's 申报表)", async () => {
  const r = await runCli(["check", "--as-of", "2022-07-31", "--out", "two"], work);
  expect(r.stdout.split("\n").filter((l) => /预算年度 2024 年开始之前/.test(l))).toEqual([
    "  监控时点 2022-07-31 在表的预算年度 2024 年开始之前（8 张表）：计划进度和序时进度都按 0% 判断。如年份写错，请改用 2024 年的日期（如 2024-07-31）",
  ]);
});

test.each(["2024-07-31", "2025-03-31"])("--as-of %s (in or after the budget year) says nothing of it", async (asOf) => {
  const r = await runCli(["check", "--json", "--as-of", asOf, "--out", `o${asOf}`], work);
  const doc = JSON.parse(r.stdout) as { files: { diagnostics: { message: string }[] }[] };
  expect(doc.files[0].diagnostics.filter((d) => /预算年度/.test(d.message))).toEqual([]);
});

test("--json carries the line as a warning of the file", async () => {
  const r = await runCli(["check", "--json", "--as-of", "2023-07-31", "--out", "json"], work);
  const doc = JSON.parse(r.stdout) as { files: { diagnostics: { cell: string | null; message: string }[] }[] };
  expect(doc.files[0].diagnostics.filter((d) => LINE.test(d.message))).toHaveLength(1);
});
