/**
 * @jest-environment jsdom
 *
 * A failure in Excel speaks the language the clerk chose (the pane's 中文 / English, stored in the workbook): the
 * ribbon's line and the pane's error, over the real actions on the strict Excel fake. Before (session 41), the host's
 * reasons were bilingual constants ("Excel 正在编辑单元格… / Finish editing the cell first."): an English line held
 * Chinese, and a Chinese one an English tail.
 */
import "../taskpane/jsdomSetup";
import "./textEncoder";
import { readFileSync } from "node:fs";
import path from "node:path";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { commandWork, runCommand } from "../../src/commands/commands";
import { lastOutcome } from "../../src/commands/shared-state";
import { DEFAULT_STORED, serializeSettings } from "../../src/core/settings";
import type { Lang } from "../../src/core/locale/messages";
import { runCheck, runSaveSettings } from "../../src/host/excel/actions";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { Root } from "../../src/taskpane/components/Root/Root";
import { createExcelHost } from "../../src/taskpane/hosts/excelHost";
import { FakeExcel, installExcelGlobals, modelFromSnapshot } from "../host/excel/fake";

jest.setTimeout(60_000);

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/** English words of ours in a Chinese line: what is left without names (Excel, keys) and the user's sheet names. */
const englishIn = (line: string) =>
  line.replace(/「[^」]*」|\b(Excel|WPS|Enter|Esc)\b/g, "").match(/[A-Za-z]{3,}/g) ?? [];

const SEED = path.join(__dirname, "../fixtures/seed-one-sheet.xlsx");
const TODAY = "2024-08-15";

type Globals = { Excel?: Record<string, unknown>; Office?: unknown };
const globals = globalThis as unknown as Globals;

/** The seed open in Excel (its goal sheet named `sheet`), the workbook's settings choosing `lang`, Excel.run on it. */
async function excelWith(lang: Lang, sheet = "Goals"): Promise<FakeExcel> {
  const { snapshot } = readWorkbookBytes(readFileSync(SEED));
  snapshot.sheets[0].name = sheet;
  const fake = new FakeExcel(modelFromSnapshot(snapshot));
  await runSaveSettings(fake.context, serializeSettings({ ...DEFAULT_STORED, lang }));
  globals.Excel!.run = (work: (context: unknown) => Promise<unknown>) => work(fake.context);
  return fake;
}

/** Protect the goal sheet just before the check's first write (after its reads), as a co-author might. */
async function protectBeforeTheWrite(fake: FakeExcel): Promise<void> {
  const { snapshot } = readWorkbookBytes(readFileSync(SEED));
  snapshot.sheets[0].name = "Goals";
  const reads = (await runCheck(new FakeExcel(modelFromSnapshot(snapshot)).context, {}, TODAY, true, true)).readSyncs;
  const context = fake.context as unknown as { sync: () => Promise<void> };
  const sync = context.sync.bind(context);
  let syncs = 0;
  context.sync = () => {
    if (syncs++ === reads) fake.model.sheets.find((s) => s.name === "Goals")!.protected = true;
    return sync();
  };
}

async function ribbonCheck(): Promise<string> {
  const ui = { showPane: jest.fn(async () => undefined), now: () => new Date(`${TODAY}T08:00:00Z`) };
  await runCommand("checkTargets", commandWork.checkTargets, { completed: () => undefined }, ui);
  const outcome = lastOutcome()!;
  expect(outcome.ok).toBe(false);
  return outcome.message;
}

beforeEach(() => {
  installExcelGlobals();
  globals.Office = {
    context: { document: { settings: { get: () => null } }, requirements: { isSetSupported: () => true } },
  };
});

afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
});

describe("the Excel ribbon's failure line", () => {
  test("Excel editing a cell: English when chosen, Chinese by default", async () => {
    (await excelWith("en")).failNextSyncWith = "InvalidOperationInCellEditMode";
    expect(await ribbonCheck()).toBe(
      "Not done: Excel is editing a cell: press Enter or Esc to finish editing, then click Check targets again.",
    );
    (await excelWith("zh")).failNextSyncWith = "InvalidOperationInCellEditMode";
    expect(await ribbonCheck()).toBe(
      "操作未完成：Excel 正在编辑单元格：请先按 Enter 或 Esc 结束编辑，再点“检查目标”。",
    );
  });

  test("a sheet protected while the check ran: the sheet named, all English or all Chinese", async () => {
    await protectBeforeTheWrite(await excelWith("en"));
    const english = await ribbonCheck();
    expect(english).toMatch(/^Not done: Sheet “Goals” is protected and Excel refused to write, so the check did not/);
    expect(english).not.toMatch(CJK);

    await protectBeforeTheWrite(await excelWith("zh"));
    const chinese = await ribbonCheck();
    expect(chinese).toMatch(/^操作未完成：工作表「Goals」受保护，Excel 拒绝写入，检查未完成/);
    expect(englishIn(chinese)).toEqual([]);
  });
});

describe("the pane's error in Excel", () => {
  async function failedPaneCheck(fake: FakeExcel, button: string): Promise<string> {
    render(<Root host={createExcelHost()} today={TODAY} />);
    const check = await screen.findByRole("button", { name: button }); // the stored language, loaded
    fake.failNextSyncWith = "InvalidOperationInCellEditMode";
    await userEvent.setup().click(check);
    return (await screen.findByTestId("error")).textContent ?? "";
  }

  test("English chosen: what happened, what to do and the detail, all English", async () => {
    const text = await failedPaneCheck(await excelWith("en"), "Check targets");
    expect(text).toContain("Excel is editing a cell: press Enter or Esc to finish editing");
    expect(text).not.toMatch(CJK);
  });

  test("Chinese: all Chinese", async () => {
    const text = await failedPaneCheck(await excelWith("zh"), "检查目标");
    expect(text).toContain("Excel 正在编辑单元格：请先按 Enter 或 Esc 结束编辑");
    expect(englishIn(text)).toEqual([]);
  });
});
