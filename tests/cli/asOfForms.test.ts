/**
 * pane47: --as-of takes a date as a finance officer writes it, the same writings as the pane's date box (one parser,
 * src/core/asOf.ts): 2024/6/30, 2024.6.30, 2024年6月30日 and 20240630 all check as of 2024-06-30. Before, anything but
 * 2024-06-30 was a usage error. A day that does not exist gets one Chinese line saying why, and exit code 2.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "./runCli";

let work: string;
beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-as-of-"));
});
afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

test.each(["2024/6/30", "2024.6.30", "2024年6月30日", "20240630"])(
  "--as-of %s checks as of 2024-06-30",
  async (form) => {
    const r = await runCli(["check", "--json", "--as-of", form, "--out", `out-${form.replace(/\D/g, "")}`], work);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
    const doc = JSON.parse(r.stdout) as { asOf: string; files: { asOf: string }[] };
    expect([doc.asOf, doc.files[0].asOf]).toEqual(["2024-06-30", "2024-06-30"]);
  },
);

test("a day that does not exist, and a date in another order: one Chinese line each, exit code 2", async () => {
  const first = async (asOf: string) => {
    const r = await runCli(["check", "--as-of", asOf, "--out", "o"], work);
    return { code: r.code, first: r.stderr.split("\n")[0] };
  };
  expect(await first("2024-02-30")).toEqual({ code: 2, first: "--as-of “2024-02-30”没有这一天：2024年2月只有 29 天" });
  expect(await first("2024年2月30日")).toEqual({
    code: 2,
    first: "--as-of “2024年2月30日”没有这一天：2024年2月只有 29 天",
  });
  expect(await first("6/30/2024")).toEqual({
    code: 2,
    first: "--as-of “6/30/2024”不是日期：请写成 2024-06-30 或 2024年6月30日",
  });
  // Nothing was written for a command that was not understood.
  await expect(fs.access(path.join(work, "o"))).rejects.toThrow();
});
