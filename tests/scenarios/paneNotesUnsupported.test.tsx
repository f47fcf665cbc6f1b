/** @jest-environment jsdom */
/**
 * pane66: Excel below ExcelApi 1.18 has no Worksheet.notes, so a check puts none of its explanations on the cells
 * (write.ts skips them). Before: nothing said so, and the clerk looked for notes that never came. Now the pane says it in
 * one line after the check, and everything else is written as before.
 */
import "../taskpane/jsdomSetup";
import "./jsdomTextCoding";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Root } from "../../src/taskpane/components/Root/Root";
import { createExcelHost } from "../../src/taskpane/hosts/excelHost";
import { readFileSync } from "node:fs";
import path from "node:path";
import { snapshotFromXlsx } from "../../src/host/xlsx/snapshot";
import { FakeExcel, modelFromSnapshot } from "../host/excel/fake";
import { AS_OF } from "./drivers";
import { excelPaneGlobals } from "./excelPane";

jest.setTimeout(60_000);

const openInPane = excelPaneGlobals();

test.each([
  [17, true],
  [18, false],
])("ExcelApi 1.%i: the pane says the explanations were not put on the cells: %s", async (level, said) => {
  // The add-in's sample: red and yellow findings, each explained in a note on its status cell.
  const file = readFileSync(path.join(__dirname, "../../assets/sample.xlsx"));
  const fake = new FakeExcel(modelFromSnapshot((await snapshotFromXlsx(file)).snapshot));
  openInPane(fake);
  fake.apiLevel = level;
  const office = (globalThis as unknown as { Office: { context: { requirements: unknown } } }).Office;
  office.context.requirements = { isSetSupported: (set: string, v?: string) => fake.isSetSupported(set, v) };
  const user = userEvent.setup();
  render(<Root host={createExcelHost()} today={AS_OF} />);
  await user.click(await screen.findByRole("button", { name: "检查目标" }));
  await screen.findAllByTestId("project");
  const notes = fake.model.sheets.reduce((n, s) => n + s.notes.size, 0);
  expect(notes > 0).toBe(!said);
  const line = "此版本的 Excel 不能给单元格添加批注（需要 ExcelApi 1.18）";
  if (said) expect((await screen.findByTestId("notice")).textContent).toContain(line);
  else expect(screen.queryByTestId("notice")?.textContent ?? "").not.toContain(line);
});
