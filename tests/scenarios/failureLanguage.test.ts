/**
 * A failure speaks the language the clerk chose, in WPS (the ribbon's line, the pane's error on the strict fake) and on
 * the command line (--lang en): all English when English is chosen, all Chinese otherwise. Before (session 41) the
 * hosts' reasons were bilingual constants or Chinese only ("Not done: 工作簿结构受保护… / The workbook's structure…",
 * "Not done: 这个版本的 WPS 不支持任务窗格"), a deep error reached an English line in Chinese, and the usage text after
 * an English usage error was half Chinese.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkFile } from "../../src/cli/checkFile";
import { main } from "../../src/cli/main";
import { say, WordedError, type Lang } from "../../src/core/locale/messages";
import { DEFAULT_STORED, serializeSettings } from "../../src/core/settings";
import { saveSettings } from "../../src/host/wps/actions";
import { createRibbon, RIBBON_BUTTONS } from "../../src/host/wps/ribbon";
import * as xlsxWrite from "../../src/host/xlsx/write";
import { snapshotFromXlsx } from "../../src/host/xlsx/snapshot";
import type { WorkbookSnapshot } from "../../src/core/types";
import { errorDetail } from "../../src/taskpane/host";
import { createWpsHost } from "../../src/taskpane/hosts/wpsHost";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/** English words of ours in a Chinese line: what is left without names (WPS, options) and the user's sheet names. */
const englishIn = (line: string) =>
  line.replace(/「[^」]*」|“[^”]*”|\b(Excel|WPS|CreateTaskPane)\b|--[a-z-]+/g, "").match(/[A-Za-z]{3,}/g) ?? [];

const FIXTURES = path.join(__dirname, "../fixtures");
const TODAY = "2024-08-15";

describe("WPS", () => {
  let seed: WorkbookSnapshot;
  beforeAll(async () => {
    seed = (await snapshotFromXlsx(readFileSync(path.join(FIXTURES, "seed-per-sheet.xlsx")))).snapshot;
  });

  /** The seed in WPS with its third sheet renamed "Services" and hidden, the settings choosing `lang`. */
  function wpsWith(lang: Lang): FakeWps {
    const sheets = seed.sheets.map((s, i) => (i === 2 ? { ...s, name: "Services", hidden: true } : s));
    const fake = new FakeWps(modelFromSnapshot({ ...seed, sheets }));
    saveSettings(fake.app, serializeSettings({ ...DEFAULT_STORED, lang }));
    return fake;
  }

  function ribbonOn(fake: FakeWps | null) {
    const alerts: string[] = [];
    const ribbon = createRibbon({
      app: () => fake?.app,
      alert: (m) => void alerts.push(m),
      paneUrl: () => "https://perf.example.gov.cn/addin/wps/taskpane.html",
      today: () => TODAY,
      now: () => new Date(`${TODAY}T08:00:00Z`),
    });
    return { ribbon, alerts };
  }

  /** Checked once, then the clerk protects the structure (审阅 → 保护工作簿): the re-check must show the hidden sheet. */
  function structureLocked(lang: Lang) {
    const fake = wpsWith(lang);
    const { ribbon, alerts } = ribbonOn(fake);
    ribbon.OnAction({ Id: RIBBON_BUTTONS.check });
    fake.model.structureProtected = true;
    ribbon.OnAction({ Id: RIBBON_BUTTONS.check });
    expect(alerts).toHaveLength(2);
    return { fake, failure: alerts[1] };
  }

  test("the ribbon: a protected structure, all English when chosen, all Chinese by default", () => {
    const english = structureLocked("en").failure;
    expect(english).toMatch(/^Not done: The workbook's structure is protected .* the check needs to show the hidden/);
    expect(english).toContain("sheet “Services”");
    expect(english).not.toMatch(CJK);

    const chinese = structureLocked("zh").failure;
    expect(chinese).toMatch(
      /^操作未完成：工作簿结构受保护（审阅 → 保护工作簿），检查需要临时显示隐藏的工作表「Services」/,
    );
    expect(englishIn(chinese)).toEqual([]);
  });

  test("the ribbon: a WPS without task panes", () => {
    for (const [lang, line] of [
      ["en", "Not done: This version of WPS does not support task panes (CreateTaskPane)."],
      ["zh", "操作未完成：这个版本的 WPS 不支持任务窗格（CreateTaskPane）。"],
    ] as const) {
      const fake = wpsWith(lang);
      const { ribbon, alerts } = ribbonOn(fake);
      delete (fake.app as { CreateTaskPane?: unknown }).CreateTaskPane;
      ribbon.OnAction({ Id: RIBBON_BUTTONS.pane });
      expect(alerts).toEqual([line]);
    }
  });

  test("outside WPS no workbook says the language chosen: both, Chinese first, each whole", () => {
    const { ribbon, alerts } = ribbonOn(null);
    ribbon.OnAction({ Id: RIBBON_BUTTONS.check });
    expect(alerts).toHaveLength(1);
    const [chinese, english, ...more] = alerts[0].split("\n");
    expect(more).toEqual([]);
    expect(chinese).toBe("没有找到 WPS 表格的 Application 对象：请在 WPS 表格中使用本加载项。");
    expect(english).toBe(
      "WPS Spreadsheets' Application object was not found: use this add-in inside WPS Spreadsheets.",
    );
  });

  test("the pane's WPS host: its error carries the words, shown in the pane's language", async () => {
    for (const lang of ["en", "zh"] as const) {
      const { fake } = structureLocked(lang);
      const error = await createWpsHost(fake.app, () => TODAY)
        .check({ ...DEFAULT_STORED, lang, asOf: TODAY })
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(error).not.toBeNull();
      const detail = errorDetail(error, lang);
      if (lang === "en") {
        expect(detail).toMatch(/^The workbook's structure is protected/);
        expect(detail).not.toMatch(CJK);
      } else {
        expect(detail).toMatch(/^工作簿结构受保护/);
        expect(englishIn(detail)).toEqual([]);
      }
    }
  });
});

describe("the command line", () => {
  async function run(args: string[]) {
    let stdout = "";
    let stderr = "";
    const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } };
    const code = await main(args, io as unknown as Parameters<typeof main>[1]);
    return { code, stdout, stderr };
  }

  test("a usage error with --lang en: the error and the usage after it, all English", async () => {
    const english = await run(["check", "--lang", "en", "--as-of", "3/2/2024"]);
    expect(english.code).toBe(2);
    expect(english.stderr).toMatch(
      /^--as-of: “3\/2\/2024” is no date: write it as 2024-06-30 or 2024\/6\/30\n\nUsage:/,
    );
    expect(english.stderr).not.toMatch(CJK);
    const help = await run(["--help", "--lang", "en"]);
    expect(help.stdout).toContain("--lang      the report's language: zh (the default) or en");
    expect(help.stdout).not.toMatch(CJK);

    // Without --lang: Chinese, and the usage in both languages (where an English reader finds --lang en).
    const chinese = await run(["check", "--as-of", "3/2/2024"]);
    expect(chinese.stderr).toMatch(
      /^--as-of “3\/2\/2024”不是日期：请写成 2024-06-30 或 2024年6月30日\n\n用法 \/ Usage:/,
    );
  });

  test("an error thrown deep in the writer is worded in the language chosen", async () => {
    const deep = jest.spyOn(xlsxWrite, "writeCheckedCopyChunks").mockImplementation(() => {
      throw new WordedError(say("host.sheet-missing", { sheet: "Goals" }));
    });
    try {
      const out = mkdtempSync(path.join(tmpdir(), "perf-lang-"));
      const check = (lang: Lang) =>
        checkFile(path.join(FIXTURES, "seed-one-sheet.xlsx"), {
          outPath: path.join(out, "seed-one-sheet.checked.xlsx"),
          asOf: TODAY,
          today: TODAY,
          formulas: false,
          lang,
        });
      expect((await check("en")).error).toBe("Error while checking: Sheet “Goals” does not exist");
      expect((await check("zh")).error).toBe("检查时出错：工作表「Goals」不存在");
    } finally {
      deep.mockRestore();
    }
  });
});
