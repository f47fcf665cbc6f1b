/** @jest-environment jsdom */
/**
 * pane45: after a check in Excel the clerk inserts or deletes rows or columns above or left of a finding, or sorts the
 * table, then clicks the finding in the pane. The real pane, the real Excel pane host and actions over the strict Excel
 * fake (Excel.run hands them its context); the edits are Office.js's own (Range.insert / delete, RangeSort.apply).
 * Before: the jump went to the check's address — after 38 rows inserted above 检察业务费, 司法救助's 预算执行率 click landed
 * on 检察业务费's 预算执行率, which had moved there; the pane only warned that cells may have moved.
 * Promise: the jump lands on the indicator clicked, where the reader finds it now; where its row cannot be told (the name
 * gone, or held a different number of times), the check's address with one line saying so.
 */
import "../taskpane/jsdomSetup";
import "./jsdomTextCoding";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { cellName, keyCol, keyRow } from "../../src/core/a1";
import { checkWorkbook } from "../../src/core/check";
import { DEFAULT_SETTINGS, type CellRef } from "../../src/core/types";
import { Root } from "../../src/taskpane/components/Root/Root";
import { createExcelHost } from "../../src/taskpane/hosts/excelHost";
import type { FakeExcel } from "../host/excel/fake";
import { AS_OF, excelDriver } from "./drivers";
import { excelPaneGlobals } from "./excelPane";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(60_000);

const openInPane = excelPaneGlobals();
const TABLE = "司法救助";
const NAME = "预算执行率";

/**
 * Where the reader finds the indicator's target now: the cell the pane's item for it points to (the check's result has
 * no actual yet: the 实际完成值 column is the one it writes).
 */
async function whereNow(fake: FakeExcel, name = NAME, tableName = TABLE): Promise<CellRef> {
  const check = checkWorkbook(await excelDriver.snapshot(fake), { ...DEFAULT_SETTINGS, asOf: AS_OF });
  const table = check.tables.find((c) => c.table.name === tableName)!.table;
  const indicator = table.indicators.find((i) => i.name === name)!;
  const key = indicator.targetCell;
  return { sheet: table.sheet, row: keyRow(key), col: keyCol(key) };
}

const selected = (cell: CellRef) => ({ sheet: cell.sheet, address: cellName(cell.row, cell.col) });

/** The workbook checked from the pane; the clerk's edits; a click on 司法救助's 预算执行率 (or another) in the pane. */
async function checkEditClick(edits: (fake: FakeExcel) => Promise<UserEdit[]>, name = NAME, tableName = TABLE) {
  const fake = await excelDriver.open();
  openInPane(fake);
  const user = userEvent.setup();
  render(<Root host={createExcelHost()} today={AS_OF} />);
  await user.click(await screen.findByRole("button", { name: "检查目标" }));
  await screen.findAllByTestId("project");
  const before = await whereNow(fake, name, tableName);
  await excelDriver.edit(fake, await edits(fake));
  const project = screen
    .getAllByTestId("project")
    .find((p) => within(p).getByTestId("project-name").textContent === tableName)!;
  await user.click(within(project).getByTestId("project-toggle"));
  const item = within(project)
    .getAllByTestId("indicator")
    .find((i) => i.textContent!.includes(name))!;
  fake.selected = null;
  await user.click(item);
  return { fake, before };
}

const sheetOf = (fake: FakeExcel) => fake.model.sheets[0].name;

test("38 rows inserted above 检察业务费: the click lands on 司法救助's 预算执行率, not on 检察业务费's now at the old address", async () => {
  const { fake, before } = await checkEditClick(async (f) => [{ sheet: sheetOf(f), axis: "row", at: 51, count: 38 }]);
  const now = await whereNow(fake);
  expect(now.row).toBe(before.row + 38);
  expect(fake.selected).toEqual(selected(now));
  expect(screen.queryByText(/已跳到检查时的地址/)).toBeNull();
});

test("a value typed at A1048576 besides: the click still lands, reading no more than the part of the sheet it needs", async () => {
  // The used range is then 1,048,576 rows deep: read at once, more than the five million cells Excel reads in one get.
  const { fake, before } = await checkEditClick(async (f) => [
    { sheet: sheetOf(f), axis: "row", at: 51, count: 38 },
    { sheet: sheetOf(f), row: 1_048_575, col: 0, type: "x" },
  ]);
  // A check reads the sheet by the cells it holds (session 48; before, it refused a sheet spanning A1:O1048576): the
  // row is where the 38 rows put it, and the jump reads only its window.
  const now = await whereNow(fake);
  expect(now.row).toBe(before.row + 38);
  expect(fake.selected).toEqual(selected(now));
  expect(screen.queryByText(/已跳到检查时的地址/)).toBeNull();
});

test("rows deleted above the table: the click lands on the indicator where it is now", async () => {
  // The two empty rows between 办公用品采购 and 检察业务费, and 检察业务费's 工作合格率(%) row.
  const { fake, before } = await checkEditClick(async (f) => [
    { sheet: sheetOf(f), axis: "row", at: 62, count: -1 },
    { sheet: sheetOf(f), axis: "row", at: 49, count: -2 },
  ]);
  const now = await whereNow(fake);
  expect(now.row).toBe(before.row - 3);
  expect(fake.selected).toEqual(selected(now));
});

test("a column inserted left of the tables: the click lands one column right", async () => {
  const { fake, before } = await checkEditClick(async (f) => [{ sheet: sheetOf(f), axis: "col", at: 0, count: 1 }]);
  const now = await whereNow(fake);
  expect(now).toEqual({ ...before, col: before.col + 1 });
  expect(fake.selected).toEqual(selected(now));
});

test("the table's rows sorted by the actuals typed since: the click follows 预算执行率 to its new row", async () => {
  const { fake, before } = await checkEditClick(async (f) => {
    const sheet = sheetOf(f);
    const check = checkWorkbook(await excelDriver.snapshot(f), { ...DEFAULT_SETTINGS, asOf: AS_OF });
    const table = check.tables.find((c) => c.table.name === TABLE)!.table;
    // 工作合格率(%) and 预算执行率 (one 二级指标: the merged 一级 column left out, as Excel refuses other merged sizes)
    const rows = table.indicators.slice(1, 3).map((i) => i.row);
    const actual = keyCol(table.indicators[0].actual!.cell);
    const right = Math.max(...check.tables.filter((c) => c.table.sheet === sheet).map((c) => c.table.range.right)) + 8;
    return [
      { sheet, row: rows[0], col: actual, type: 100 },
      { sheet, row: rows[1], col: actual, type: 95 },
      {
        sheet,
        sort: { top: rows[0], left: table.range.left + 1, bottom: rows[1], right },
        by: actual,
        ascending: true,
      },
    ];
  });
  const now = await whereNow(fake);
  expect(now.row).toBe(before.row - 1);
  expect(fake.selected).toEqual(selected(now));
});

test("the indicator's name retyped since: the check's address, and one line saying it is not in the table", async () => {
  const [name, table] = ["福利发放标准", "劳务费"];
  const { fake, before } = await checkEditClick(
    async (f) => {
      const at = await whereNow(f, name, table);
      const check = checkWorkbook(await excelDriver.snapshot(f), { ...DEFAULT_SETTINGS, asOf: AS_OF });
      const indicator = check.tables
        .find((c) => c.table.name === table)!
        .table.indicators.find((i) => i.name === name)!;
      return [{ sheet: at.sheet, row: at.row, col: keyCol(indicator.nameCell), type: "福利发放办法" }];
    },
    name,
    table,
  );
  expect(fake.selected).toEqual(selected(before));
  const address = `'${before.sheet}'!${cellName(before.row, before.col)}`;
  await screen.findByText(
    `表中已找不到指标「${name}」：已跳到检查时的地址 ${address}，那里可能已是别的内容，请重新检查。`,
  );
});

test("another table's row of the same name deleted: four where the check found five, not guessed", async () => {
  const { fake, before } = await checkEditClick(async (f) => [{ sheet: sheetOf(f), axis: "row", at: 63, count: -1 }]);
  expect(fake.selected).toEqual(selected(before));
  await screen.findByText(/^指标「预算执行率」在表中出现的次数与检查时不同，无法确定是哪一行：已跳到检查时的地址 /);
});

test("two indicators of one name in the table, swapped by a sort: the click lands on the one clicked", async () => {
  // Before the check the clerk retyped 工作合格率(%) (质量指标, 100%) as 预算执行率, above 预算执行率 (成本指标, ≥90%).
  const fake = await excelDriver.open();
  const sheet = sheetOf(fake);
  const two = async () => {
    const check = checkWorkbook(await excelDriver.snapshot(fake), { ...DEFAULT_SETTINGS, asOf: AS_OF });
    const table = check.tables.find((c) => c.table.name === TABLE)!.table;
    const right = Math.max(...check.tables.filter((c) => c.table.sheet === sheet).map((c) => c.table.range.right));
    return { table, rows: table.indicators.slice(1, 3), right };
  };
  const { table, rows } = await two();
  await excelDriver.edit(fake, [{ sheet, row: rows[0].row, col: keyCol(rows[0].nameCell), type: NAME }]);
  openInPane(fake);
  const user = userEvent.setup();
  render(<Root host={createExcelHost()} today={AS_OF} />);
  await user.click(await screen.findByRole("button", { name: "检查目标" }));
  await screen.findAllByTestId("project");
  const clicked = { sheet, row: rows[1].row, col: keyCol(rows[1].targetCell) }; // the ≥90% one
  // The actuals typed since, then the two rows sorted by them: the ≥90% one (95) goes above the other (100).
  const checked = await two();
  const actual = keyCol(checked.table.indicators[0].actual!.cell);
  const right = checked.right + 8;
  await excelDriver.edit(fake, [
    { sheet, row: rows[0].row, col: actual, type: 100 },
    { sheet, row: rows[1].row, col: actual, type: 95 },
    {
      sheet,
      sort: { top: rows[0].row, left: table.range.left + 1, bottom: rows[1].row, right },
      by: actual,
      ascending: true,
    },
  ]);
  const now = (await two()).rows;
  expect(now.map((i) => i.targetText)).toEqual(["≥90%", "100%"]);
  const project = screen
    .getAllByTestId("project")
    .find((p) => within(p).getByTestId("project-name").textContent === TABLE)!;
  await user.click(within(project).getByTestId("project-toggle"));
  const address = `'${sheet}'!${cellName(clicked.row, clicked.col)}`;
  const item = within(project)
    .getAllByTestId("indicator")
    .find((i) => i.getAttribute("title")!.includes(address))!;
  expect(item.textContent).toContain(NAME);
  fake.selected = null;
  await user.click(item);
  expect(fake.selected).toEqual(selected({ ...clicked, row: now[0].row }));
  expect(screen.queryByText(/已跳到检查时的地址/)).toBeNull();
});

describe("findings on rows that are no indicator's (pane46)", () => {
  /**
   * The workbook checked from the pane; with `spent`, 司法救助's 执行数 typed into our column (the cell under its header,
   * on the row of its schedule's percentages) and checked again, so the project has an execution line; then the
   * clerk's edits.
   */
  async function checkAndEdit(edits: (sheet: string) => UserEdit[], spent = false) {
    const fake = await excelDriver.open();
    openInPane(fake);
    const user = userEvent.setup();
    render(<Root host={createExcelHost()} today={AS_OF} />);
    await user.click(await screen.findByRole("button", { name: "检查目标" }));
    await screen.findAllByTestId("project");
    const sheet = sheetOf(fake);
    let execution: CellRef | null = null;
    if (spent) {
      // Our block after the check: 执行数（万元） over the cell the clerk types it in (spentLabelOnOurRow).
      const schedule = (await tableNow(fake)).schedule[0];
      execution = { sheet, row: keyRow(schedule.percentCell), col: 7 };
      await excelDriver.edit(fake, [{ sheet, row: execution.row, col: execution.col, type: 3 }]);
      await user.click(screen.getByRole("button", { name: "检查目标" }));
      await screen.findAllByTestId("project");
      const table = await tableNow(fake);
      expect(table.spent && { row: keyRow(table.spent.cell), col: keyCol(table.spent.cell) }).toEqual({
        row: execution.row,
        col: execution.col,
      });
    }
    await excelDriver.edit(fake, edits(sheet));
    fake.selected = null;
    return { fake, user, sheet, execution };
  }

  async function tableNow(fake: FakeExcel) {
    const check = checkWorkbook(await excelDriver.snapshot(fake), { ...DEFAULT_SETTINGS, asOf: AS_OF });
    return check.tables.find((c) => c.table.name === TABLE)!.table;
  }

  const clickExecution = async (user: ReturnType<typeof userEvent.setup>) => {
    const project = screen
      .getAllByTestId("project")
      .find((p) => within(p).getByTestId("project-name").textContent === TABLE)!;
    await user.click(within(project).getByTestId("project-toggle"));
    await user.click(within(project).getByTestId("execution"));
  };

  const clickFinding = async (user: ReturnType<typeof userEvent.setup>, address: string) => {
    await user.click(screen.getByTestId("tab-review"));
    const finding = screen.getAllByTestId("finding").find((f) => f.textContent!.includes(`(${address})`));
    expect(finding).toBeDefined();
    await user.click(finding!);
  };

  test("38 rows inserted above 检察业务费: 司法救助's execution line lands on its 执行数, not on what moved to the old address", async () => {
    const { fake, user, execution } = await checkAndEdit((sheet) => [{ sheet, axis: "row", at: 51, count: 38 }], true);
    await clickExecution(user);
    expect(fake.selected).toEqual(selected({ ...execution!, row: execution!.row + 38 }));
    expect(screen.queryByText(/已跳到检查时的地址/)).toBeNull();
  });

  test("a column inserted left of the tables: the execution line follows its row across", async () => {
    const { fake, user, execution } = await checkAndEdit((sheet) => [{ sheet, axis: "col", at: 0, count: 1 }], true);
    await clickExecution(user);
    expect(fake.selected).toEqual(selected({ ...execution!, col: execution!.col + 1 }));
  });

  test("rows inserted above and a column left: a review finding on the header row lands on the header's cell", async () => {
    // 办公用品采购 has no 满意度指标: the finding is at its header row's 一级指标 caption, A44.
    const { fake, user, sheet } = await checkAndEdit((s) => [
      { sheet: s, axis: "row", at: 33, count: 3 },
      { sheet: s, axis: "col", at: 0, count: 1 },
    ]);
    await clickFinding(user, `'${sheet}'!A44`);
    expect(fake.selected).toEqual({ sheet, address: "B47" });
    expect(screen.queryByText(/已跳到检查时的地址/)).toBeNull();
  });

  test("another table's schedule row deleted: seven such rows where the check found eight, not guessed", async () => {
    const { fake, user, execution } = await checkAndEdit(
      (sheet) => [{ sheet, axis: "row", at: 56, count: -1 }], // 检察业务费's 资金支出计划（%） row
      true,
    );
    await clickExecution(user);
    expect(fake.selected).toEqual(selected(execution!));
    await screen.findByText(
      `「资金支出计划（%）」这样的行在表中的行数与检查时不同，无法确定是哪一行：已跳到检查时的地址 '${execution!.sheet}'!${cellName(execution!.row, execution!.col)}，请重新检查。`,
    );
  });
});
