/** `--lang en`: the report's own words are English; the user's names stay as written. */
import { strToU8, zipSync } from "fflate";
import { mkdtempSync, promises, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { checkFile } from "../../src/cli/checkFile";
import { main } from "../../src/cli/main";
import { fileReport } from "../../src/cli/report";
import { checkWorkbook } from "../../src/core/check";
import { DEFAULT_SETTINGS } from "../../src/core/types";
import { snapshotFromXlsx } from "../../src/host/xlsx/snapshot";
import { ourWords } from "../core/locale/ourWords";

const HAN = /[\u3400-\u9fff\uf900-\ufaff\uff01-\uff5e]/;

test("the English report holds no Chinese but the workbook's own text", async () => {
  const { snapshot } = await snapshotFromXlsx(readFileSync(join(__dirname, "..", "..", "assets", "sample.xlsx")));
  const check = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, lang: "en", asOf: "2024-12-31" });
  const lines = fileReport("sample.xlsx", "sample.checked.xlsx", check, "en");
  const theirs = [
    ...new Set(snapshot.sheets.flatMap((s) => [s.name, ...s.values.flat().filter((v) => typeof v === "string")])),
  ]
    .map((t) => String(t).trim())
    .filter((t) => HAN.test(t))
    .sort((a, b) => b.length - a.length);
  const ours = lines
    // Quoted text counts as theirs only when it is part of one of their cells.
    .map((line) =>
      line.replace(/“([^”]*)”/g, (whole, q: string) => (theirs.some((t) => t.includes(q)) ? "“…”" : whole)),
    )
    .map((line) => theirs.reduce((rest, t) => rest.split(t).join("…"), line))
    .filter((rest) => HAN.test(rest));
  expect(lines.some((l) => /target (≥|≤|Qualitative|by )/.test(l))).toBe(true);
  expect(ours).toEqual([]);
});

test("--json --lang en: review and reading messages are English but the workbook's own text", async () => {
  const file = join(__dirname, "..", "..", "assets", "sample.xlsx");
  const { snapshot } = await snapshotFromXlsx(readFileSync(file));
  const theirs = [...new Set(snapshot.sheets.flatMap((s) => s.values.flat().filter((v) => typeof v === "string")))]
    .map((t) => String(t).trim())
    .filter((t) => HAN.test(t))
    .sort((a, b) => b.length - a.length);
  let stdout = "";
  const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true } };
  const out = mkdtempSync(join(tmpdir(), "perf-en-"));
  await main(["check", file, "--json", "--lang", "en", "--out", out], io as unknown as Parameters<typeof main>[1]);
  const [report] = (
    JSON.parse(stdout) as { files: { review: { message: string }[]; diagnostics: { message: string }[] }[] }
  ).files;
  const messages = [...report.review, ...report.diagnostics].map((m) => m.message);
  expect(messages.length).toBeGreaterThan(3);
  const ours = messages
    .map((m) => m.replace(/“([^”]*)”/g, (whole, q: string) => (theirs.some((t) => t.includes(q)) ? "“…”" : whole)))
    .map((m) => theirs.reduce((rest, t) => rest.split(t).join("…"), m))
    .filter((rest) => HAN.test(rest));
  expect(ours).toEqual([]);
});

test("--json --lang en over the real tables: why a target was read as it was is English, user text quoted", async () => {
  const real = join(__dirname, "..", "fixtures", "real");
  let stdout = "";
  const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true } };
  const out = mkdtempSync(join(tmpdir(), "perf-en-"));
  await main(["check", real, "--json", "--lang", "en", "--out", out], io as unknown as Parameters<typeof main>[1]);
  type Report = {
    files: { tables: { indicators: { parsed: { reason?: string } }[] }[]; review: { message: string }[] }[];
  };
  const files = (JSON.parse(stdout) as Report).files;
  const reasons = files.flatMap((f) => f.tables.flatMap((t) => t.indicators.map((i) => i.parsed.reason ?? "")));
  const texts = [...reasons, ...files.flatMap((f) => f.review.map((r) => r.message))].filter(Boolean);
  expect(reasons.filter(Boolean).length).toBeGreaterThan(10);
  const ours = texts.map(ourWords).filter((t) => HAN.test(t));
  expect(ours).toEqual([]);
});

describe("--lang en: files that cannot be checked are explained in English", () => {
  /** Run the CLI in-process on `files` (name → bytes, or null for a name never written) in a fresh folder. */
  async function runEnglish(files: Record<string, Uint8Array | string | null>, extra: string[] = []) {
    const dir = mkdtempSync(join(tmpdir(), "perf-en-"));
    for (const [name, bytes] of Object.entries(files)) if (bytes !== null) writeFileSync(join(dir, name), bytes);
    let stdout = "";
    let stderr = "";
    const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } };
    const args = ["check", ...Object.keys(files).map((n) => join(dir, n)), "--out", join(dir, "out"), "--lang", "en"];
    const code = await main([...args, ...extra], io as unknown as Parameters<typeof main>[1]);
    return { code, stdout, stderr };
  }

  const notAWorkbook = zipSync({ "hello.txt": strToU8("hi") });
  const FILES = {
    "empty.xlsx": "",
    // A CSV export renamed .xlsx (a line of a table: a few bytes without one read as a file cut short, breaker59).
    "text.xlsx": "project,budget\n",
    "zip.xlsx": notAWorkbook,
    "missing.xlsx": null,
  };

  it("prints each reason in English, one line per file", async () => {
    const { code, stderr } = await runEnglish(FILES);
    expect(code).toBe(1);
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(5); // four files, then the run's tally
    expect(lines[4]).toBe("4 files: 0 checked, 4 could not be checked (the lines above say why)");
    expect(stderr).toContain("The file is empty (0 bytes)");
    expect(stderr).toContain("text.xlsx: cannot check: Not an Excel workbook but text (CSV or tab-separated");
    expect(stderr).toContain("Not an Excel workbook: the package holds no workbook part (xl/workbook.xml)");
    expect(stderr).toContain("No such file");
    expect(stderr).not.toMatch(HAN);
  });

  it("gives the same English reasons in --json", async () => {
    const { stdout } = await runEnglish(FILES, ["--json"]);
    const errors = (JSON.parse(stdout) as { files: { error: string | null }[] }).files.map((f) => f.error);
    expect(errors).toHaveLength(4);
    for (const error of errors) expect(error).toMatch(/^[\x20-\x7e]+$/); // English, one line
  });

  it("says in English that a folder holds no workbook", async () => {
    const dir = mkdtempSync(join(tmpdir(), "perf-en-"));
    let stderr = "";
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) } };
    const code = await main(["check", dir, "--lang", "en"], io as unknown as Parameters<typeof main>[1]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^No \.xlsx \/ \.xlsm \/ \.xltx \/ \.xltm files found: /);
    let stdout = "";
    const json = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true } };
    await main(["check", dir, "--json", "--as-of", "2024-07-31"], json as unknown as Parameters<typeof main>[1]);
    expect(JSON.parse(stdout)).toEqual({ schemaVersion: 1, asOf: "2024-07-31", files: [] }); // one document, as always
  });
});

test("a file the user may not read is named as such, in either language", async () => {
  const dir = mkdtempSync(join(tmpdir(), "perf-en-"));
  const file = join(dir, "locked.xlsx");
  writeFileSync(file, zipSync({ "hello.txt": strToU8("hi") }));
  // Running as root here, no mode bit stops a read: the open fails as it does for an ordinary user.
  const open = jest
    .spyOn(promises, "open")
    .mockRejectedValue(Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: "EACCES" }));
  try {
    const options = { outPath: join(dir, "out.xlsx"), asOf: null, today: "2024-07-31", formulas: false };
    expect((await checkFile(file, { ...options, lang: "en" })).error).toBe("Cannot open it (permission denied)");
    expect((await checkFile(file, { ...options, lang: "zh" })).error).toBe("无法访问（没有权限）");
  } finally {
    open.mockRestore();
  }
});

test("usage errors are worded in the language asked for", async () => {
  const usage = async (args: string[]) => {
    let stderr = "";
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) } };
    const code = await main(args, io as unknown as Parameters<typeof main>[1]);
    return { code, first: stderr.split("\n")[0] };
  };
  expect(await usage(["check", "--lang", "en", "--as-of", "12/01/2024"])).toEqual({
    code: 2,
    first: "--as-of: “12/01/2024” is no date: write it as 2024-06-30 or 2024/6/30",
  });
  expect(await usage(["check", "--lang", "en", "--as-of", "2024-13-01"])).toEqual({
    code: 2,
    first: "--as-of: “2024-13-01” is no day: there is no month 13",
  });
  expect(await usage(["check", "--lang", "en", "--as-of", "2024-02-30"])).toEqual({
    code: 2,
    first: "--as-of: “2024-02-30” is no day: February 2024 has 29 days",
  });
  expect(await usage(["check", "--lang", "en", "--as-of", "1800-01-01"])).toEqual({
    code: 2,
    first: "--as-of: “1800-01-01”: the year must be in 1990–2100",
  });
  expect((await usage(["check", "--as-of", "1800-01-01"])).first).toBe("--as-of “1800-01-01”的年份应在 1990–2100 之间");
  expect(await usage(["check", "--fail-on", "blue", "--lang=en"])).toEqual({
    code: 2,
    first: "--fail-on must be red or yellow, got “blue”",
  });
  expect((await usage(["check", "--fail-on", "blue"])).first).toBe("--fail-on 只能是 red 或 yellow，收到 “blue”");
});
