import { promises as fs } from "node:fs";
import os from "node:os";
import zlib from "node:zlib";
import path from "node:path";
import { parseCliArgs, UsageError } from "../../src/cli/args";
import { checkFile } from "../../src/cli/checkFile";
import { outputPaths } from "../../src/cli/files";
import { checkedCopyName, isCheckedCopy, nextCheckedName } from "../../src/host/xlsx/container";
import { ZLIB_CODEC } from "../../src/cli/zlibCodec";
import { openPackage, partBytes, STORE_BELOW } from "../../src/host/xlsx/zip";

const SEED = path.join(__dirname, "..", "fixtures", "seed-one-sheet.xlsx");

describe("parseCliArgs --as-of", () => {
  test("a real calendar date is accepted", () => {
    expect(parseCliArgs(["check", "--as-of", "2024-02-29"]).asOf).toBe("2024-02-29");
  });

  test("an impossible date such as 2024-02-30 is a usage error, not a silent 1 March", () => {
    expect(() => parseCliArgs(["check", "--as-of", "2024-02-30"])).toThrow(UsageError);
    // Written right, so the message says the day does not exist (not that the writing is wrong), and why.
    expect(() => parseCliArgs(["check", "--as-of", "2024-02-30"])).toThrow(
      "--as-of “2024-02-30”没有这一天：2024年2月只有 29 天",
    );
    expect(() => parseCliArgs(["check", "--as-of", "2023-02-29"])).toThrow(
      "--as-of “2023-02-29”没有这一天：2023年2月只有 28 天",
    );
    expect(() => parseCliArgs(["check", "--as-of", "2/3/2024"])).toThrow("--as-of “2/3/2024”不是日期");
    // As the pane's date box takes them (src/core/asOf.ts).
    expect(parseCliArgs(["check", "--as-of", "2024-2-3"]).asOf).toBe("2024-02-03");
    expect(parseCliArgs(["check", "--as-of", "2024年6月30日"]).asOf).toBe("2024-06-30");
    expect(parseCliArgs(["check", "--as-of", "20240630"]).asOf).toBe("2024-06-30");
  });
});

describe("outputPaths", () => {
  test("same-named inputs get -2, -3 …", () => {
    expect(outputPaths(["a/x.xlsx", "b/x.xlsx", "c/X.xlsx"], "o")).toEqual([
      path.join("o", "x.checked.xlsx"),
      path.join("o", "x-2.checked.xlsx"),
      path.join("o", "X-3.checked.xlsx"),
    ]);
  });

  test("no two inputs share an output, even when one is really named x-2.xlsx", () => {
    const outs = outputPaths(["a/x.xlsx", "b/x.xlsx", "c/x-2.xlsx"], "o");
    expect(new Set(outs.map((o) => o.toLowerCase())).size).toBe(3);
    expect(outs[0]).toBe(path.join("o", "x.checked.xlsx"));
  });

  test("a checked copy given again is named as its workbook's copy (the page's rule, checkedCopyName), never as another input's", () => {
    expect(
      outputPaths(["in/x.checked.xlsx", "in/y.checked-2.XLTM", "in/z.checked.checked.xlsx", "名称.xls"], "o"),
    ).toEqual([
      path.join("o", "x.checked.xlsx"),
      path.join("o", "y.checked.xltm"),
      path.join("o", "z.checked.xlsx"),
      path.join("o", "名称.xls.checked.xlsx"),
    ]);
    for (const name of ["x.checked.xlsx", "y.checked-2.XLTM", "z.checked.checked.xlsx"])
      expect(path.basename(outputPaths([name], "o")[0])).toBe(checkedCopyName(name));
    // The workbook and its copy in one run: the workbook's copy, and its next copy, whichever is named first.
    expect(outputPaths(["a/x.xlsx", "a/x.checked.xlsx"], "o")).toEqual([
      path.join("o", "x.checked.xlsx"),
      path.join("o", "x.checked-2.xlsx"),
    ]);
    expect(outputPaths(["a/x.checked.xlsx", "b/x.checked-5.xlsx", "a/x.xlsx"], "o")).toEqual([
      path.join("o", "x.checked-2.xlsx"),
      path.join("o", "x.checked-3.xlsx"),
      path.join("o", "x.checked.xlsx"),
    ]);
  });

  test("a name with nothing before .checked gets the page's name, not a hidden file", () => {
    expect(outputPaths(["a/.checked.xlsx"], "o")).toEqual([path.join("o", "workbook.checked.xlsx")]);
    // .checked.xlsx is by its name the copy an earlier version wrote of a workbook named .xlsx.
    expect(outputPaths(["a/.checked.xlsx", "b/.xlsx"], "o")).toEqual([
      path.join("o", "workbook.checked-2.xlsx"),
      path.join("o", "workbook.checked.xlsx"),
    ]);
    expect(checkedCopyName(".checked.xlsx")).toBe("workbook.checked.xlsx");
  });

  test("a copy's name numbered on keeps its extension and stays a checked copy's name", () => {
    expect(nextCheckedName("o/x.checked.xlsx")).toBe("o/x.checked-2.xlsx");
    expect(nextCheckedName("o/x.checked-2.XLTM")).toBe("o/x.checked-3.XLTM");
    expect(nextCheckedName("o/x-2.checked-9.xlsx")).toBe("o/x-2.checked-10.xlsx");
    expect(isCheckedCopy(path.basename(nextCheckedName("x.checked-2.xlsx")))).toBe(true);
  });
});

describe("checkFile", () => {
  let work: string;
  beforeEach(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-cli-unit-"));
  });
  afterEach(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  test("an output folder that cannot be made is this file's error, not an exception", async () => {
    const blocker = path.join(work, "out");
    await fs.writeFile(blocker, "a file where the folder should be");
    const outcome = await checkFile(SEED, {
      outPath: path.join(blocker, "seed.checked.xlsx"),
      asOf: "2024-07-31",
      today: "2024-07-31",
      formulas: false,
      lang: "zh",
    });
    expect(outcome.output).toBeNull();
    expect(outcome.error).toMatch(/无法写出/);
    expect(outcome.check?.tables.length).toBeGreaterThan(0);
    expect(await fs.readFile(blocker, "utf8")).toBe("a file where the folder should be");
  });

  test("the parts the copy deflates are flagged super fast, as Excel flags its own; small ones are stored; the others keep their entry", async () => {
    const outcome = await checkFile(SEED, {
      outPath: path.join(work, "seed.checked.xlsx"),
      asOf: "2024-07-31",
      today: "2024-07-31",
      formulas: false,
      lang: "zh",
    });
    const before = openPackage(await fs.readFile(SEED), ZLIB_CODEC);
    const after = openPackage(await fs.readFile(outcome.output as string), ZLIB_CODEC);
    let written = 0;
    let stored = 0;
    for (const [name, entry] of after.parts) {
      const old = before.parts.get(name);
      const kept = old !== undefined && Buffer.from(old.data).equals(Buffer.from(entry.data));
      // APPNOTE 4.4.4: bits 1–2 of a deflated entry's flag, 11 = super fast (zipinfo shows defS).
      // (Only bits 1–2 are kept: the original's data descriptor, bit 3, was its writer's; ours has none, pack.test.ts.)
      if (kept) expect((entry.flag >> 1) & 3).toBe((old.flag >> 1) & 3);
      else if (entry.originalSize < STORE_BELOW) {
        stored++;
        expect(entry.compression).toBe(0); // APPNOTE 4.4.5: stored
        expect(entry.data.length).toBe(entry.originalSize);
        expect(zlib.crc32(partBytes(after, name)!)).toBe(entry.crc);
      } else {
        written++;
        expect(entry.compression).toBe(8);
        expect((entry.flag >> 1) & 3).toBe(3);
        expect(partBytes(after, name)?.length).toBe(entry.originalSize);
      }
    }
    expect(written).toBeGreaterThan(0);
    expect(stored).toBeGreaterThan(0); // the copy's sheet relationships, at least
  });
});
