/** @jest-environment jsdom */
/**
 * pane67: check → the clerk types actuals into the sheet → the pane went on listing the earlier findings with no word
 * that the sheet had changed (only inserted or deleted rows warned). Now a cell of a checked sheet changed by the user
 * says “结果可能已过时” with 再次检查, in Excel (worksheets.onChanged; only from ExcelApi 1.14, whose triggerSource tells
 * the add-in's own writes apart — the fake raises onChanged for those too, as Excel does) and in WPS (SheetChange, which
 * fires for the check's own writes as well). The check's own writes, a change of another sheet and another workbook's
 * change say nothing; a new check clears it. Also: a check from Excel's ribbon is compared with the one shown.
 */
import "../taskpane/jsdomSetup";
import "./jsdomTextCoding";
import { act, cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkedIndicators } from "../../src/core/checked";
import { cellName, keyCol, keyRow } from "../../src/core/a1";
import type { CheckResult } from "../../src/core/types";
import { overridesOf } from "../../src/core/settings";
import { publishOutcome } from "../../src/commands/shared-state";
import { checkTargets } from "../../src/host/excel/actions";
import { snapshotFromXlsx } from "../../src/host/xlsx/snapshot";
import { Root } from "../../src/taskpane/components/Root/Root";
import { createExcelHost } from "../../src/taskpane/hosts/excelHost";
import { createWpsHost, SHIFT_SETTLE_MS } from "../../src/taskpane/hosts/wpsHost";
import { recording } from "./recording";
import { FakeExcel, modelFromSnapshot } from "../host/excel/fake";
import { FakeWps, FakeWpsWindow, modelFromSnapshot as wpsModel } from "../host/wps/fake";
import { AS_OF } from "./drivers";
import { excelPaneGlobals } from "./excelPane";

jest.setTimeout(120_000);

const openInPane = excelPaneGlobals();

async function sampleSnapshot() {
  const file = readFileSync(path.join(__dirname, "../../assets/sample.xlsx"));
  return (await snapshotFromXlsx(file)).snapshot;
}

/** A green indicator with its actual typed in a cell: its sheet, address and value. */
function greenActual(result: CheckResult) {
  for (const checked of result.tables)
    for (const { indicator, result: r } of checkedIndicators(checked))
      if (r.light === "green" && indicator.actual?.cell !== undefined && typeof indicator.actual.value === "string")
        return {
          sheet: checked.table.sheet,
          address: cellName(keyRow(indicator.actual.cell), keyCol(indicator.actual.cell)),
          value: indicator.actual.value,
        };
  throw new Error("no green indicator with an actual typed");
}

async function settle(): Promise<void> {
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

describe("Excel", () => {
  async function excelPane(level: number) {
    const fake = new FakeExcel(modelFromSnapshot(await sampleSnapshot()));
    openInPane(fake);
    fake.apiLevel = level;
    const office = (globalThis as unknown as { Office: { context: { requirements: unknown } } }).Office;
    office.context.requirements = { isSetSupported: (set: string, v?: string) => fake.isSetSupported(set, v) };
    const { host, seen, asked } = recording(createExcelHost());
    const user = userEvent.setup();
    render(<Root host={host} today={AS_OF} />);
    const button = await screen.findByRole("button", { name: "检查目标" });
    await user.click(button);
    await screen.findAllByTestId("project");
    await settle(); // the events of the check's own writes, told after its syncs
    return { fake, seen, asked, user, button };
  }

  test("an actual typed after the check says the results may be out of date; the check's own writes do not", async () => {
    const { fake, seen, user, button } = await excelPane(18);
    expect(screen.queryByTestId("cells-edited")).toBeNull(); // the check wrote its columns: its own events
    expect(screen.queryByTestId("edits-untracked")).toBeNull(); // edits are told here
    const summary = fake.model.sheets.find((s) => !seen[0].tables.some((t) => t.table.sheet === s.name))!;
    await act(() => fake.userChanged(summary.name, "RangeEdited", "B3")); // a sheet holding no checked table
    expect(screen.queryByTestId("cells-edited")).toBeNull();
    const typed = greenActual(seen[0]);
    await act(() => fake.userChanged(typed.sheet, "RangeEdited", typed.address));
    const warning = await screen.findByTestId("cells-edited");
    expect(warning.textContent).toContain("检查之后表中的单元格有改动：下面的结果可能已过时，请重新检查。");
    await user.click(button);
    await screen.findAllByTestId("project");
    await settle();
    expect(screen.queryByTestId("cells-edited")).toBeNull(); // checked again: the list is the sheet's again
  });

  test("ExcelApi 1.13 (the manifest's): the add-in's writes cannot be told apart, so no edit is said", async () => {
    const { fake, seen } = await excelPane(13);
    const typed = greenActual(seen[0]);
    await act(() => fake.userChanged(typed.sheet, "RangeEdited", typed.address));
    expect(screen.queryByTestId("cells-edited")).toBeNull();
    // … and says so under the results (before, pane68: it said nothing, as if no warning meant nothing changed).
    expect(screen.getByTestId("edits-untracked").textContent).toBe(
      "此版本的 Excel 不告诉本面板检查之后改动了哪些单元格：改过实际完成值等内容后，请重新检查再看结果。",
    );
  });

  test("the pane's React tree gone, its handler is removed from Excel", async () => {
    const { fake } = await excelPane(18);
    expect(fake.changedHandlers).toHaveLength(1);
    await act(async () => cleanup()); // the pane's React tree goes: its listeners unsubscribe
    await settle();
    expect(fake.changedHandlers).toHaveLength(0); // before (pane68): still 1, for as long as the page lived
  });

  test("a check from the ribbon is compared with the one shown", async () => {
    const { fake, seen, asked } = await excelPane(18);
    const typed = greenActual(seen[0]);
    const sheet = fake.context.workbook.worksheets.getItem(typed.sheet);
    sheet.getRange(typed.address).values = [["见附件"]]; // the clerk's answer, not an amount: a problem
    await fake.sync();
    // The ribbon's 检查目标 runs the same check and publishes what it found (commands.ts).
    const { check } = await checkTargets(overridesOf(asked[0]));
    const at = new Date().toISOString();
    await act(async () => publishOutcome({ command: "checkTargets", ok: true, result: check, message: "", at }));
    expect((await screen.findByTestId("notice")).textContent).toContain(
      "与上次检查相比：新出现 1 项问题，已解决 0 项。",
    );
  });
});

describe("WPS", () => {
  test("an actual typed after the check says the results may be out of date; another workbook's change does not", async () => {
    const fake = new FakeWps(wpsModel(await sampleSnapshot()));
    const other = new FakeWps(wpsModel(await sampleSnapshot()), "D:\\绩效监控\\乙单位.xlsx");
    const window = new FakeWpsWindow([fake, other]);
    window.activate(fake);
    const { host, seen } = recording(createWpsHost(window.app, () => AS_OF));
    const user = userEvent.setup();
    render(<Root host={host} today={AS_OF} />);
    const button = await screen.findByRole("button", { name: "检查目标" });
    await user.click(button);
    await screen.findAllByTestId("project");
    await act(async () => new Promise((resolve) => setTimeout(resolve, SHIFT_SETTLE_MS + 50)));
    expect(screen.queryByTestId("cells-edited")).toBeNull(); // the check's own writes raised SheetChange
    const typed = greenActual(seen[0]);
    window.activate(other);
    await act(
      async () => void (window.app.ActiveWorkbook!.Worksheets.Item(typed.sheet).Range(typed.address).Value2 = "见附件"),
    );
    expect(screen.queryByTestId("cells-edited")).toBeNull(); // 乙单位's workbook: not the one checked
    window.activate(fake);
    const sheet = window.app.ActiveWorkbook!.Worksheets.Item(typed.sheet);
    await act(async () => void (sheet.Range(typed.address).Value2 = "见附件"));
    expect((await screen.findByTestId("cells-edited")).textContent).toContain("可能已过时");
    await user.click(button);
    await screen.findAllByTestId("project");
    expect(screen.queryByTestId("cells-edited")).toBeNull();
  });
});
