/** @jest-environment jsdom */
/**
 * wps43: a clerk collecting the units' workbooks, all made from one template (the same sheet names, the same layout),
 * with 甲单位's and 乙单位's open in one WPS window. WPS keeps one task pane for the window (README: 一个窗口一个任务窗格),
 * so the pane may show 甲's results while 乙 is in front. Before: a click on one of 甲's findings selected the same
 * address in 乙 — the clerk would then type 甲's actual into 乙's table; 甲 closed or a sheet renamed since the check gave
 * "WPS 报告错误：" and WPS's own words; typing in 乙 was looked at as if it were 甲 (the moved-cells warning).
 * Promises: a click shows 甲 again with its cell selected and leaves 乙's selection alone; when it cannot, one Chinese
 * line says why and what to do; 乙's edits do not warn about 甲's results.
 */
import "../taskpane/jsdomSetup";
import "./jsdomTextCoding";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DEFAULT_SETTINGS, type CheckResult } from "../../src/core/types";
import { createRibbon, RIBBON_BUTTONS, RIBBON_WRITING_KEY } from "../../src/host/wps/ribbon";
import { Root } from "../../src/taskpane/components/Root/Root";
import { createWpsHost, SHIFT_SETTLE_MS } from "../../src/taskpane/hosts/wpsHost";
import { FakeWps, FakeWpsWindow } from "../host/wps/fake";
import { TODAY, wpsClerk } from "./wpsClerk";

jest.setTimeout(60_000);

const clerk = wpsClerk("seed-one-sheet.xlsx");
const REQUEST = { ...DEFAULT_SETTINGS, asOf: TODAY };

/** 甲's and 乙's workbooks from the one template, 甲 in front (the clerk on C5:E9 with D7 active in both). */
function twoUnits() {
  const jia = new FakeWps(clerk.open().model, "D:\\绩效监控\\甲单位.xlsx");
  const yi = new FakeWps(clerk.open().model, "D:\\绩效监控\\乙单位.xlsx");
  const window = new FakeWpsWindow([jia, yi]);
  return { jia, yi, window };
}

/** Where the clerk is in a workbook: its active sheet and active cell. */
const where = (book: FakeWps) => `${book.app.ActiveSheet!.Name}!${book.app.ActiveCell!.Address()}`;

/** A finding of the result with a cell (the first indicator of the first table read from cells). */
function findingCell(result: CheckResult) {
  const table = result.tables.find((t) => t.table.source !== "prose")!.table;
  return { sheet: table.sheet, row: table.indicators[0].row, col: table.range.left };
}

test("a finding of 甲's clicked while 乙 is in front shows 甲 again with the cell selected, 乙 untouched", async () => {
  const { jia, yi, window } = twoUnits();
  const host = createWpsHost(window.app, () => TODAY);
  const result = await host.check(REQUEST);
  const cell = findingCell(result);
  const yiBefore = where(yi);

  yi.app.ActiveWorkbook!.Activate(); // the clerk switches to 乙
  expect(window.app.ActiveWorkbook!.Name).toBe("乙单位.xlsx");
  await host.selectCell(cell);
  expect(window.app.ActiveWorkbook!.Name).toBe("甲单位.xlsx");
  expect(where(jia)).toBe(`${cell.sheet}!$${String.fromCharCode(65 + cell.col)}$${cell.row + 1}`);
  expect(where(yi)).toBe(yiBefore);
});

test("a finding of 甲's on a sheet hidden since: 甲 is shown (where the copied address goes), the sheet stays hidden", async () => {
  const { jia, yi, window } = twoUnits();
  const host = createWpsHost(window.app, () => TODAY);
  const cell = findingCell(await host.check(REQUEST));
  jia.app.ActiveWorkbook!.Worksheets.Item(cell.sheet).Visible = 0; // 右键 → 隐藏
  yi.app.ActiveWorkbook!.Activate();
  expect(await host.selectCell(cell)).toEqual(expect.objectContaining({ sheetHidden: true }));
  expect(window.app.ActiveWorkbook!.Name).toBe("甲单位.xlsx");
  expect(jia.sheet(cell.sheet).visible).toBe(0);
});

test("a ribbon check of 甲: the pane opened over 乙 waits for 甲 to be in front before showing it, then jumps to 甲", () => {
  jest.useFakeTimers();
  try {
    const { jia, yi, window } = twoUnits();
    createRibbon({
      app: () => window.app,
      alert: () => undefined,
      paneUrl: () => "https://perf.example.gov.cn/addin/perftargets/taskpane.html?mode=wps",
      today: () => TODAY,
      now: () => new Date(`${TODAY}T08:00:00Z`),
    }).OnAction({ Id: RIBBON_BUTTONS.check });
    yi.app.ActiveWorkbook!.Activate();
    const host = createWpsHost(window.app, () => TODAY);
    const shown: CheckResult[] = [];
    const stop = host.subscribeResults!((r) => shown.push(r));
    jest.advanceTimersByTime(5_000);
    expect(shown).toHaveLength(0); // 甲's results are not shown over 乙

    jia.app.ActiveWorkbook!.Activate();
    jest.advanceTimersByTime(2_000);
    expect(shown).toHaveLength(1);
    yi.app.ActiveWorkbook!.Activate();
    const yiBefore = where(yi);
    void host.selectCell(findingCell(shown[0]));
    expect(window.app.ActiveWorkbook!.FullName).toBe(jia.fullName);
    expect(where(yi)).toBe(yiBefore);
    jest.advanceTimersByTime(5_000);
    expect(shown).toHaveLength(1); // once
    stop();
  } finally {
    jest.useRealTimers();
  }
});

test("甲 closed: one Chinese line, nothing selected; a sheet renamed since the check: found by its code name, said, never its namesake", async () => {
  const { jia, yi, window } = twoUnits();
  const host = createWpsHost(window.app, () => TODAY);
  const user = userEvent.setup();
  render(<Root host={host} today={TODAY} />);
  await user.click(await screen.findByRole("button", { name: "检查目标" }));
  await screen.findAllByTestId("project");
  const yiBefore = where(yi);
  // The 审核 tab lists the most serious first: the finding at `cell` (any, when none is named) is looked for by its address.
  const clickFinding = async (cell = "") => {
    await user.click(screen.getByTestId("tab-review"));
    await user.click(
      screen.getAllByTestId("finding").find((f) => f.tagName === "BUTTON" && f.textContent!.includes(cell))!,
    );
  };

  window.close(jia);
  await clickFinding();
  expect(
    await screen.findByText(
      "无法定位单元格：这些结果来自工作簿「甲单位.xlsx」，现在没有打开它（已关闭，或另存为了别的名字）：请在当前工作簿上重新检查，或重新打开它",
    ),
  ).toBeTruthy();
  expect(where(yi)).toBe(yiBefore);

  // 乙 checked in the pane, then the clerk renames the sheet the findings are on (右键 → 重命名).
  await user.click(screen.getByRole("button", { name: "检查目标" }));
  await user.click(screen.getByTestId("tab-projects"));
  await screen.findAllByTestId("project");
  const sheet = yi.app.ActiveWorkbook!.Worksheets.Item(clerk.user);
  sheet.Name = "办公（改名）";
  await clickFinding("!A44)");
  // The sheet is found by its code name, which a rename leaves as it was (src/host/wps/read.ts sheetIds).
  expect(
    await screen.findByText(
      `工作表「${clerk.user}」检查之后改名为「办公（改名）」：已跳到 '办公（改名）'!A44；结果中的地址要重新检查才会更新。`,
    ),
  ).toBeTruthy();
  expect(where(yi)).toBe("办公（改名）!$A$44");
  // A new sheet given the checked one's old name (it becomes the active one): not jumped into.
  yi.app.ActiveWorkbook!.Worksheets.Add().Name = clerk.user;
  expect(where(yi)).toMatch(new RegExp(`^${clerk.user}!`));
  await clickFinding("!A44)");
  expect(where(yi)).toBe("办公（改名）!$A$44");
});

test("typing in 乙 does not warn that 甲's results moved; rows inserted in 甲 still do", async () => {
  jest.useFakeTimers();
  try {
    const { jia, yi, window } = twoUnits();
    yi.insertRows(clerk.user, 0, 3); // 乙's tables stand three rows lower than 甲's
    const host = createWpsHost(window.app, () => TODAY);
    let warnings = 0;
    host.onCellsShifted!(() => warnings++);
    await host.check(REQUEST);
    jest.advanceTimersByTime(SHIFT_SETTLE_MS + 1);

    yi.app.ActiveWorkbook!.Activate();
    yi.app.ActiveWorkbook!.Worksheets.Item(clerk.user).Range("Z300").Value2 = "乙的备注";
    jest.advanceTimersByTime(SHIFT_SETTLE_MS + 1);
    expect(warnings).toBe(0);

    jia.app.ActiveWorkbook!.Activate();
    jia.insertRows(clerk.user, 0, 2);
    jest.advanceTimersByTime(SHIFT_SETTLE_MS + 1);
    expect(warnings).toBe(1);
  } finally {
    jest.useRealTimers();
  }
});

test("a ribbon run of 甲 that died mid-write holds 甲's changes as its own for the lapse, never the clerk's typing in 乙 (wps71)", async () => {
  const { jia, yi, window } = twoUnits();
  // The add-in's page runs 检查目标 on 甲 and dies at its first write: its word that it writes, as it was then, stays.
  const ribbon = createRibbon({
    app: () => window.app,
    alert: () => undefined,
    paneUrl: () => "https://perf.example.gov.cn/addin/perftargets/taskpane.html?mode=wps",
    today: () => TODAY,
    now: () => new Date(),
  });
  let left: unknown = null;
  const died = () => void (left ??= jia.storage.get(RIBBON_WRITING_KEY));
  jia.app.ApiEvent!.AddApiEventListener("SheetChange", died);
  ribbon.OnAction({ Id: RIBBON_BUTTONS.check });
  jia.app.ApiEvent!.RemoveApiEventListener("SheetChange", died);
  expect(left).toEqual(expect.any(String));

  // The pane shows 乙's check; the clerk types 乙's actual while 甲's dead word still holds.
  yi.app.ActiveWorkbook!.Activate();
  const host = createWpsHost(window.app, () => TODAY);
  const edited: string[] = [];
  host.onCellsEdited!((e) => edited.push(e.name ?? ""));
  await host.check(REQUEST);
  jia.storage.set(RIBBON_WRITING_KEY, left);
  yi.app.ActiveWorkbook!.Worksheets.Item(clerk.user).Range("H8").Value2 = "95%";
  expect(edited).toEqual([clerk.user]); // the clerk's, heard at once

  // A change in 甲 while its word holds is the ribbon's: the pane shown over 甲 hears none.
  jia.app.ActiveWorkbook!.Activate();
  await host.check(REQUEST);
  jia.storage.set(RIBBON_WRITING_KEY, left);
  jia.app.ActiveWorkbook!.Worksheets.Item(clerk.user).Range("H8").Value2 = "95%";
  expect(edited).toEqual([clerk.user]);
});

test("the fake window refuses what WPS refuses: two open workbooks of one name, a workbook not open", () => {
  const one = new FakeWps(clerk.open().model, "D:\\甲\\绩效目标表.xlsx");
  const other = new FakeWps(clerk.open().model, "E:\\乙\\绩效目标表.xlsx");
  expect(() => new FakeWpsWindow([one, other])).toThrow(/同名的工作簿/);
  const { window } = twoUnits();
  expect(() => window.app.Workbooks.Item("丙单位.xlsx")).toThrow(/下标越界/);
  expect(window.app.Workbooks.Count).toBe(2);
});
