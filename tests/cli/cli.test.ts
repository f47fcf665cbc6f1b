import { execFile, spawn } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import Ajv from "ajv";
import ExcelJS from "exceljs";
import schema from "../../schemas/check-report.schema.json";
import { BIN, ROOT, runCli, type Run } from "./runCli";

const FIXTURES = path.join(ROOT, "tests", "fixtures");

const run = runCli;

const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);

let work: string;
beforeEach(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-cli-"));
});
afterEach(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

jest.setTimeout(120_000);

test("with no file it checks the bundled sample and writes the checked copy", async () => {
  const r = await run([], work);
  expect(r.stderr).toContain("2024-07-31");
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("办公用品采购");
  expect(r.stdout).toMatch(/\[红\]|\[黄\]/);
  const out = path.join(work, "perf-out", "sample.checked.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.getWorksheet("监控汇总")).toBeDefined();
});

test("run from the package folder, the sample is named as the README shows it (assets/sample.xlsx)", async () => {
  const r = await run(["check", "--out", work], ROOT);
  expect(r.code).toBe(0);
  expect(r.stderr).toContain("检查自带示例 assets/sample.xlsx（");
  expect(r.stdout.split("\n")[0]).toBe(`assets/sample.xlsx → ${path.join(work, "sample.checked.xlsx")}`);
  // Outside that folder it is named in full, never as ../../…
  const elsewhere = await run(["check", "--out", "o"], work);
  expect(elsewhere.stderr).toContain(`检查自带示例 ${path.join(ROOT, "assets", "sample.xlsx")}（`);
});

test("the README's quick-start report is what `npx perf-targets check` prints, line for line up to its …", async () => {
  const readme = await fs.readFile(path.join(ROOT, "README.md"), "utf8");
  const after = readme.slice(readme.indexOf("`npx perf-targets check` 打印"));
  const start = after.indexOf("```\n") + 4;
  const [said, ...printed] = after.slice(start, after.indexOf("\n```", start)).split("\n");
  const shown = printed.slice(0, printed.indexOf("  …"));
  expect(shown.length).toBeGreaterThan(5);
  const r = await run(["check", "--out", work], ROOT);
  expect(r.code).toBe(0);
  expect(r.stderr.trim()).toBe(said);
  const lines = r.stdout.replace(path.join(work, "sample.checked.xlsx"), "perf-out/sample.checked.xlsx").split("\n");
  expect(lines.slice(0, shown.length)).toEqual(shown);
});

test("--json prints one document that follows the schema, in percent units and 万元", async () => {
  const input = path.join(FIXTURES, "seed-one-sheet.xlsx");
  const r = await run(["check", input, "--json", "--as-of", "2024-07-31", "--out", "o"], work);
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.stdout);
  expect(validate(doc)).toBe(true);
  expect(doc.asOf).toBe("2024-07-31");
  const [file] = doc.files;
  expect(file.error).toBeNull();
  const projects = file.tables.filter((t: { kind: string }) => t.kind === "project");
  expect(projects).toHaveLength(8);
  // Part 1's unit-wide goals, written as sentences, are read too.
  expect(file.tables.filter((t: { kind: string }) => t.kind === "unit").length).toBeGreaterThan(0);
  const office = file.tables.find((t: { name: string }) => t.name === "办公用品采购");
  expect(office.budget).toBeCloseTo(63.14);
  expect(office.schedule.map((c: { percent: number }) => c.percent)).toEqual([0, 45, 70, 100]);
  expect(office.schedule.map((c: { date: string }) => c.date)).toEqual([
    "2024-03-31",
    "2024-06-30",
    "2024-10-31",
    "2024-12-31",
  ]);
  const satisfied = projects[1].indicators.find((i: { name: string }) => i.name === "服务对象满意度");
  expect(satisfied.parsed).toMatchObject({ kind: "number", op: ">=", value: 90, unit: "%" });
});

test("a directory mixing good and bad files: every bad file named, the good ones still checked, exit 1", async () => {
  const dir = path.join(work, "in");
  await fs.mkdir(dir);
  const bad = ["not-a-workbook.xlsx", "corrupt.xlsx", "empty.xlsx", "no-tables.xlsx", "legacy.xls", "password.xlsx"];
  for (const f of bad) await fs.copyFile(path.join(FIXTURES, "bad", f), path.join(dir, f));
  await fs.copyFile(path.join(FIXTURES, "seed-per-sheet.xlsx"), path.join(dir, "good.xlsx"));
  const before = await fs.readFile(path.join(dir, "good.xlsx"));

  const r = await run(["check", dir, "--out", "out", "--as-of", "2024-07-31"], work);
  expect(r.code).toBe(1);
  for (const f of bad) expect(r.stderr).toContain(f);
  // One line per bad file, then the run's tally.
  expect(r.stderr.trim().split("\n")).toHaveLength(bad.length + 1);
  expect(r.stderr.trim().split("\n").pop()).toBe("共 7 个文件：已检查 1 个，无法检查 6 个（见上面各行的原因）");
  // Each with the clerk's remedy: an old .xls found in the folder is saved as .xlsx, a password is removed.
  expect(r.stderr).toContain(
    `${path.join(dir, "legacy.xls")}: 无法检查：.xls 格式不是 .xlsx / .xlsm / .xltx / .xltm：`,
  );
  expect(r.stderr).toContain(`${path.join(dir, "password.xlsx")}: 无法检查：文件设有打开密码（已加密）`);
  expect(await fs.readdir(path.join(work, "out"))).toEqual(["good.checked.xlsx"]);
  expect(await fs.readFile(path.join(dir, "good.xlsx"))).toEqual(before);

  const json = await run(["check", dir, "--json", "--out", "out2", "--as-of", "2024-07-31"], work);
  const doc = JSON.parse(json.stdout);
  expect(validate(doc)).toBe(true);
  const errors = doc.files
    .filter((f: { error: string | null }) => f.error)
    .map((f: { file: string }) => path.basename(f.file));
  expect(errors.sort()).toEqual([...bad].sort());
});

test("the checked copy keeps every original cell and adds the monitoring columns", async () => {
  const input = path.join(FIXTURES, "seed-one-sheet.xlsx");
  const r = await run(["check", input, "--out", "o", "--as-of", "2024-07-31"], work);
  expect(r.code).toBe(0);
  const [orig, checked] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
  await orig.xlsx.readFile(input);
  await checked.xlsx.readFile(path.join(work, "o", "seed-one-sheet.checked.xlsx"));
  orig.eachSheet((sheet) => {
    const copy = checked.getWorksheet(sheet.name)!;
    sheet.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        expect(copy.getCell(r, c).value).toEqual(cell.value);
      }),
    );
  });
  const texts: string[] = [];
  checked.eachSheet((s) => s.eachRow((row) => row.eachCell((c) => texts.push(String(c.text)))));
  for (const header of ["实际完成值", "全年预计完成值", "状态", "预警", "偏差原因", "完成可能性"])
    expect(texts).toContain(header);
  expect(checked.getWorksheet("监控汇总")).toBeDefined();
});

test("exit codes: bad usage 2, --fail-on red 3, --help 0", async () => {
  expect((await run(["check", "--as-of", "31/07/2024"], work)).code).toBe(2);
  expect((await run(["check", "--lang", "fr"], work)).code).toBe(2);
  expect((await run(["frobnicate"], work)).code).toBe(2);
  expect((await run(["--help"], work)).code).toBe(0);
  expect((await run(["check", "--fail-on", "yellow", "--out", "o"], work)).code).toBe(3);
  // At year end the sample's unmet targets are missed (red).
  expect((await run(["check", "--fail-on", "red", "--as-of", "2024-12-31", "--out", "o"], work)).code).toBe(3);
});

test("--lang en prints the report in English", async () => {
  const r = await run(["check", "--lang", "en", "--out", "o"], work);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/goal tables/);
  expect(r.stdout).toMatch(/\[(red|yellow)\]/);
});

test("a checked copy checked again reads the same tables, with nothing left unread", async () => {
  const input = path.join(FIXTURES, "seed-one-sheet.xlsx");
  expect((await run(["check", input, "--out", "o1", "--as-of", "2024-07-31"], work)).code).toBe(0);
  const again = await run(
    ["check", path.join(work, "o1", "seed-one-sheet.checked.xlsx"), "--json", "--out", "o2", "--as-of", "2024-07-31"],
    work,
  );
  const [file] = JSON.parse(again.stdout).files;
  expect(file.diagnostics).toEqual([]);
  const projects = file.tables.filter((t: { kind: string }) => t.kind === "project");
  expect(projects).toHaveLength(8);
  // The unit-wide goals from the prose now come from the 部门整体绩效目标 sheet the first check wrote.
  const unit = file.tables.filter((t: { kind: string }) => t.kind === "unit");
  expect(unit).toHaveLength(1);
  expect(unit[0].sheet).toBe("部门整体绩效目标");
  expect(unit[0].indicators.length).toBeGreaterThanOrEqual(15);
});

test("stops quietly when the reader of its output has gone (perf-targets check | true)", async () => {
  const file = path.join(work, "a.xlsx");
  await fs.copyFile(path.join(FIXTURES, "seed-per-sheet.xlsx"), file);
  const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, "check", file, "--out", work, "--as-of", "2024-07-31"]);
    child.stdout.destroy(); // the reader leaves before the report is printed
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code, stderr }));
  });
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  // The copy was written before the report.
  expect((await fs.readdir(work)).filter((f) => f.includes(".checked"))).toEqual(["a.checked.xlsx"]);
});

test("a report larger than its pipe holds reaches a reader that is slow to read it whole, with its exit code", async () => {
  // The command exits once its last write is out, not before and without waiting for Node's teardown
  // (bin/perf-targets.js). Exiting at once would cut this report short (~190 of ~290 KB arrive).
  const files = [..."abcdefgh"].map((n) => path.join(work, `${n}.xlsx`));
  for (const f of files) await fs.copyFile(path.join(FIXTURES, "seed-per-sheet.xlsx"), f);
  await fs.writeFile(path.join(work, "junk.xlsx"), "not a workbook");
  const args = ["check", ...files, path.join(work, "junk.xlsx"), "--out", path.join(work, "out"), "--json"];
  const result = await new Promise<Run>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args, "--as-of", "2024-07-31"]);
    const out: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stdout.pause(); // nothing read for a while: the command's last writes wait in its own process
    setTimeout(() => child.stdout.resume(), 1500);
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString(), stderr }));
  });
  expect(result.stdout.length).toBeGreaterThan(256 * 1024);
  const report = JSON.parse(result.stdout);
  const failed = report.files.map((f: { file: string; error: string | null }) => f.error && path.basename(f.file));
  expect(failed.filter(Boolean)).toEqual(["junk.xlsx"]);
  expect(failed).toHaveLength(9);
  expect(result.code).toBe(1);
});

// Node's recursive mkdir spins forever under /proc (ENOENT for a child that cannot exist).
const linuxProc = process.platform === "linux" ? test : test.skip;
linuxProc("an --out folder that cannot be made is this file's one-line error, not a hang (/proc)", async () => {
  const result = await new Promise<Run & { killed: boolean }>((resolve) => {
    const out = "/proc/perf-targets-test/out";
    execFile(
      process.execPath,
      [BIN, "check", path.join(FIXTURES, "seed-per-sheet.xlsx"), "--out", out],
      { cwd: work, timeout: 20_000 },
      (error, stdout, stderr) =>
        resolve({
          code: typeof error?.code === "number" ? error.code : 0,
          stdout,
          stderr,
          killed: error?.killed ?? false,
        }),
    );
  });
  expect(result.killed).toBe(false);
  expect(result.code).toBe(1);
  expect(result.stderr.trim().split("\n")).toEqual([
    expect.stringMatching(/无法写出检查后的副本：.*\/proc\/perf-targets-test/),
  ]);
});

test("a bureau's folder of units, each file named alike: the copies keep the units' folders, a second run passes over them", async () => {
  const units = path.join(work, "各单位");
  for (const unit of ["甲单位", "乙单位", path.join("乙单位", "二级")]) {
    await fs.mkdir(path.join(units, unit), { recursive: true });
    await fs.copyFile(path.join(FIXTURES, "seed-per-sheet.xlsx"), path.join(units, unit, "绩效监控表.xlsx"));
  }
  await fs.copyFile(path.join(FIXTURES, "seed-per-sheet.xlsx"), path.join(units, "绩效监控表.xlsx"));
  // perf-out inside the folder checked, as when a clerk runs it in the folder itself.
  const r = await run(["check", ".", "--as-of", "2024-07-31"], units);
  expect(r.code).toBe(0);
  const copies = async (dir: string): Promise<string[]> =>
    (await fs.readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name)))
      .sort();
  // Before: one folder, 绩效监控表.checked.xlsx and -2, -3, -4 told apart only on the terminal.
  expect(await copies(path.join(units, "perf-out"))).toEqual(
    [
      "乙单位/二级/绩效监控表.checked.xlsx",
      "乙单位/绩效监控表.checked.xlsx",
      "甲单位/绩效监控表.checked.xlsx",
      "绩效监控表.checked.xlsx",
    ]
      .map((p) => path.join(...p.split("/")))
      .sort(),
  );
  expect(r.stdout).toContain(
    `${path.join("甲单位", "绩效监控表.xlsx")} → ${path.join("perf-out", "甲单位", "绩效监控表.checked.xlsx")}`,
  );
  // The copies under perf-out are ours: passed over, not checked again; the earlier ones kept, new ones beside them.
  const again = await run(["check", ".", "--as-of", "2024-07-31"], units);
  expect(again.code).toBe(0);
  expect(again.stdout).not.toContain(".checked.xlsx →");
  expect((await copies(path.join(units, "perf-out"))).filter((f) => f.includes("checked-2"))).toHaveLength(4);
});
