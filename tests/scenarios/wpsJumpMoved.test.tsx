/** @jest-environment jsdom */
/**
 * pane45: after a check in WPS 表格 the clerk inserts or deletes rows or columns above or left of a finding, or sorts the
 * table, then clicks the finding in the pane. The real pane and WPS host over the strict WPS fake (右键 → 插入 / 删除 as
 * the fake's insertRows / deleteRows / insertColumns; the fake imitates no sort, so a sort is made as its result: the
 * rows' cells written back in the new order, as in wpsSortedColumns).
 * Before: the jump went to the check's address (after 38 rows inserted above 检察业务费, onto 检察业务费's 预算执行率 when
 * 司法救助's was clicked); the pane only warned that cells may have moved.
 * Promise: the jump lands on the indicator clicked, where the reader finds it now; where its row cannot be told, the
 * check's address with one line saying so.
 */
import "../taskpane/jsdomSetup";
import "./jsdomTextCoding";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { cellName, keyCol, keyRow } from "../../src/core/a1";
import { checkWorkbook } from "../../src/core/check";
import { DEFAULT_SETTINGS, type CellRef, type GoalTable } from "../../src/core/types";
import { readWorkbook } from "../../src/host/wps/read";
import { Root } from "../../src/taskpane/components/Root/Root";
import { createWpsHost } from "../../src/taskpane/hosts/wpsHost";
import type { FakeWps } from "../host/wps/fake";
import { TODAY, wpsClerk } from "./wpsClerk";

jest.setTimeout(60_000);

const clerk = wpsClerk("seed-one-sheet.xlsx");
const TABLE = "司法救助";
const NAME = "预算执行率";

/** The table as the reader finds it in the workbook now. */
function tableNow(fake: FakeWps, name = TABLE): GoalTable {
  const check = checkWorkbook(readWorkbook(fake.app).snapshot, { ...DEFAULT_SETTINGS, asOf: TODAY });
  return check.tables.find((c) => c.table.name === name)!.table;
}

/** Where the reader finds the indicator's target now (the cell the pane's item points to: no actual at the check). */
function whereNow(fake: FakeWps, name = NAME, table = TABLE): CellRef {
  const t = tableNow(fake, table);
  const key = t.indicators.find((i) => i.name === name)!.targetCell;
  return { sheet: t.sheet, row: keyRow(key), col: keyCol(key) };
}

/** The active cell WPS shows, as Address() gives it ("$F$102"). */
const activeCell = (fake: FakeWps) => `${fake.app.ActiveSheet!.Name}!${fake.app.ActiveCell!.Address()}`;
const shown = (cell: CellRef) => `${cell.sheet}!$${cellName(cell.row, cell.col).replace(/(\d+)$/, "$$$1")}`;

async function checkEditClick(edit: (fake: FakeWps) => void, name = NAME, table = TABLE) {
  const fake = clerk.open();
  const user = userEvent.setup();
  render(<Root host={createWpsHost(fake.app, () => TODAY)} today={TODAY} />);
  await user.click(await screen.findByRole("button", { name: "检查目标" }));
  await screen.findAllByTestId("project");
  const before = whereNow(fake, name, table);
  edit(fake);
  const project = screen
    .getAllByTestId("project")
    .find((p) => within(p).getByTestId("project-name").textContent === table)!;
  await user.click(within(project).getByTestId("project-toggle"));
  await user.click(
    within(project)
      .getAllByTestId("indicator")
      .find((i) => i.textContent!.includes(name))!,
  );
  return { fake, before };
}

test("38 rows inserted above 检察业务费: the click lands on 司法救助's 预算执行率, not on 检察业务费's at the old address", async () => {
  const { fake, before } = await checkEditClick((f) => f.insertRows(clerk.user, 51, 38));
  const now = whereNow(fake);
  expect(now.row).toBe(before.row + 38);
  expect(activeCell(fake)).toBe(shown(now));
  expect(screen.queryByText(/已跳到检查时的地址/)).toBeNull();
});

test("rows deleted above the table: the click lands on the indicator where it is now", async () => {
  const { fake, before } = await checkEditClick((f) => {
    f.deleteRows(clerk.user, 62, 1); // 检察业务费's 工作合格率(%)
    f.deleteRows(clerk.user, 49, 2); // the two empty rows above 检察业务费
  });
  const now = whereNow(fake);
  expect(now.row).toBe(before.row - 3);
  expect(activeCell(fake)).toBe(shown(now));
});

test("a column inserted left of the tables: the click lands one column right", async () => {
  const { fake, before } = await checkEditClick((f) => f.insertColumns(clerk.user, 0, 1));
  const now = whereNow(fake);
  expect(now).toEqual({ ...before, col: before.col + 1 });
  expect(activeCell(fake)).toBe(shown(now));
});

test("the table's rows sorted: the click follows 预算执行率 to its new row", async () => {
  const { fake, before } = await checkEditClick((f) => {
    const t = tableNow(f);
    // 工作合格率(%) and 预算执行率 change places, each row's cells from the 二级指标 to the table's right edge and ours
    const rows = t.indicators.slice(1, 3).map((i) => i.row);
    const ws = f.app.ActiveWorkbook!.Worksheets.Item(clerk.user);
    const cell = (row: number, col: number) => ws.Range(cellName(row, col));
    const right = t.range.right + 8;
    const read = (row: number) =>
      Array.from({ length: right - t.range.left }, (_, k) => cell(row, t.range.left + 1 + k).Value2);
    const [a, b] = rows.map(read);
    // Text with the leading "'" that keeps it text (the fake reads entered text as typed input: "100%" would be 1).
    const entered = (value: unknown) => (typeof value === "string" ? `'${value}` : value);
    const write = (row: number, values: unknown[]) =>
      values.forEach((v, k) => (cell(row, t.range.left + 1 + k).Value2 = entered(v) as never));
    write(rows[0], b);
    write(rows[1], a);
  });
  const now = whereNow(fake);
  expect(now.row).toBe(before.row - 1);
  expect(activeCell(fake)).toBe(shown(now));
});

test("another table's row of the same name deleted: not guessed, the check's address and one line", async () => {
  const { fake, before } = await checkEditClick((f) => f.deleteRows(clerk.user, 63, 1));
  expect(activeCell(fake)).toBe(shown(before));
  await screen.findByText(/^指标「预算执行率」在表中出现的次数与检查时不同，无法确定是哪一行：已跳到检查时的地址 /);
});

test("two indicators of one name in the table, swapped by a sort: the click lands on the one clicked", async () => {
  // Before the check the clerk retyped 工作合格率(%) (质量指标, 100%) as 预算执行率, above 预算执行率 (成本指标, ≥90%).
  const fake = clerk.open();
  const ws = fake.app.ActiveWorkbook!.Worksheets.Item(clerk.user);
  const cell = (row: number, col: number) => ws.Range(cellName(row, col));
  const [renamed, clickedRow] = tableNow(fake).indicators.slice(1, 3);
  cell(renamed.row, keyCol(renamed.nameCell)).Value2 = NAME;
  const user = userEvent.setup();
  render(<Root host={createWpsHost(fake.app, () => TODAY)} today={TODAY} />);
  await user.click(await screen.findByRole("button", { name: "检查目标" }));
  await screen.findAllByTestId("project");
  const clicked = { sheet: clerk.user, row: clickedRow.row, col: keyCol(clickedRow.targetCell) }; // the ≥90% one
  // The two rows sorted (by actuals typed since): their cells from the 二级指标 to the table's right edge and ours.
  const t = tableNow(fake);
  const right = t.range.right + 8;
  const read = (row: number) =>
    Array.from({ length: right - t.range.left }, (_, k) => cell(row, t.range.left + 1 + k).Value2);
  const [a, b] = [renamed.row, clickedRow.row].map(read);
  const entered = (value: unknown) => (typeof value === "string" ? `'${value}` : value);
  const write = (row: number, values: unknown[]) =>
    values.forEach((v, k) => (cell(row, t.range.left + 1 + k).Value2 = entered(v) as never));
  write(renamed.row, b);
  write(clickedRow.row, a);
  expect(
    tableNow(fake)
      .indicators.slice(1, 3)
      .map((i) => i.targetText),
  ).toEqual(["≥90%", "100%"]);
  const project = screen
    .getAllByTestId("project")
    .find((p) => within(p).getByTestId("project-name").textContent === TABLE)!;
  await user.click(within(project).getByTestId("project-toggle"));
  const address = `'${clerk.user}'!${cellName(clicked.row, clicked.col)}`;
  const item = within(project)
    .getAllByTestId("indicator")
    .find((i) => i.getAttribute("title")!.includes(address))!;
  expect(item.textContent).toContain(NAME);
  await user.click(item);
  expect(activeCell(fake)).toBe(shown({ ...clicked, row: renamed.row }));
  expect(screen.queryByText(/已跳到检查时的地址/)).toBeNull();
});

describe("the sheet renamed since the check (右键 → 重命名; found by its code name, which a rename leaves)", () => {
  const perSheet = wpsClerk("seed-per-sheet.xlsx");
  const RENAMED = "办公（改名）";

  async function checkRenameClick(edit: (fake: FakeWps) => void = () => {}) {
    const fake = perSheet.open();
    const user = userEvent.setup();
    render(<Root host={createWpsHost(fake.app, () => TODAY)} today={TODAY} />);
    await user.click(await screen.findByRole("button", { name: "检查目标" }));
    await screen.findAllByTestId("project");
    const before = whereNow(fake, "运转保障率", "办公用品采购");
    fake.app.ActiveWorkbook!.Worksheets.Item(perSheet.user).Name = RENAMED;
    edit(fake);
    fake.app.ActiveWorkbook!.Worksheets.Item(2).Activate();
    const project = screen
      .getAllByTestId("project")
      .find((p) => within(p).getByTestId("project-name").textContent === "办公用品采购")!;
    await user.click(within(project).getByTestId("project-toggle"));
    const all = within(project).queryByRole("button", { name: /^显示全部/ });
    if (all) await user.click(all);
    await user.click(
      within(project)
        .getAllByTestId("indicator")
        .find((i) => i.textContent!.includes("运转保障率"))!,
    );
    return { fake, before };
  }

  test("the one sheet the check read no table on that holds the indicator's row: the jump lands there and says so", async () => {
    const { fake, before } = await checkRenameClick((f) => f.insertRows(RENAMED, 2, 3));
    expect(activeCell(fake)).toBe(shown({ ...before, sheet: RENAMED, row: before.row + 3 }));
    await screen.findByText(
      `工作表「${perSheet.user}」检查之后改名为「${RENAMED}」：已跳到 '${RENAMED}'!${cellName(before.row + 3, before.col)}；结果中的地址要重新检查才会更新。`,
    );
  });

  test("the indicator's row not there either (its name retyped): the check's address on the renamed sheet, said so (as Excel)", async () => {
    const { fake, before } = await checkRenameClick((f) => {
      const t = checkWorkbook(readWorkbook(f.app).snapshot, { ...DEFAULT_SETTINGS, asOf: TODAY }).tables.find(
        (c) => c.table.sheet === RENAMED,
      )!.table;
      const i = t.indicators.find((x) => x.name === "运转保障率")!;
      f.app.ActiveWorkbook!.Worksheets.Item(RENAMED).Range(cellName(i.row, keyCol(i.nameCell))).Value2 = "运转保障";
    });
    await screen.findByText(
      `表中已找不到指标「运转保障率」：已跳到检查时的地址 '${RENAMED}'!${cellName(before.row, before.col)}，那里可能已是别的内容，请重新检查。`,
    );
    expect(activeCell(fake)).toBe(shown({ ...before, sheet: RENAMED }));
  });
});
