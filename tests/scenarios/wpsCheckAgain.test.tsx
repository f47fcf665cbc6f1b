/** @jest-environment jsdom */
/**
 * pane66: a finance officer checks in WPS, types actuals, checks again. Before, the pane swapped one list for the other
 * without a word: whether the clerk's typing made a new problem, or cleared one, was to be found by comparing 600
 * indicators by eye. The pane now says how many problems appeared and how many were resolved since the last check.
 */
import "../taskpane/jsdomSetup";
import "./jsdomTextCoding";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { checkedIndicators } from "../../src/core/checked";
import { cellName, keyCol, keyRow } from "../../src/core/a1";
import type { CheckResult } from "../../src/core/types";
import { Root } from "../../src/taskpane/components/Root/Root";
import { createWpsHost } from "../../src/taskpane/hosts/wpsHost";
import { readFileSync } from "node:fs";
import path from "node:path";
import { snapshotFromXlsx } from "../../src/host/xlsx/snapshot";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import { recording } from "./recording";
import { TODAY } from "./wpsClerk";

jest.setTimeout(120_000);

/** The add-in's sample workbook: 8 projects with actuals typed (assets/sample.xlsx). */
async function sample(): Promise<FakeWps> {
  const file = readFileSync(path.join(__dirname, "../../assets/sample.xlsx"));
  return new FakeWps(modelFromSnapshot((await snapshotFromXlsx(file)).snapshot));
}

/** A green indicator with its actual typed in a cell: where it is and what it holds. */
function greenActual(result: CheckResult) {
  for (const checked of result.tables)
    for (const { indicator, result: r } of checkedIndicators(checked))
      if (r.light === "green" && indicator.actual?.cell !== undefined && typeof indicator.actual.value === "string")
        return { sheet: checked.table.sheet, cell: indicator.actual.cell, value: indicator.actual.value };
  throw new Error("no green indicator with an actual typed");
}

test("checked again after the clerk's typing, the pane says how many problems appeared and how many were resolved", async () => {
  const fake = await sample();
  const { host, seen } = recording(createWpsHost(fake.app, () => TODAY));
  const user = userEvent.setup();
  render(<Root host={host} today={TODAY} />);
  const button = await screen.findByRole("button", { name: "检查目标" });
  await user.click(button);
  await screen.findAllByTestId("project");
  expect(screen.queryByTestId("notice")).toBeNull(); // a first check has nothing to compare with
  const typed = greenActual(seen[0]);
  const address = cellName(keyRow(typed.cell), keyCol(typed.cell));
  const sheet = fake.app.ActiveWorkbook!.Worksheets.Item(typed.sheet);
  sheet.Range(address).Value2 = "见附件"; // not an amount: not understood, a problem
  await user.click(button);
  await act(async () => undefined);
  expect((await screen.findByTestId("notice")).textContent).toContain("与上次检查相比：新出现 1 项问题，已解决 0 项。");
  sheet.Range(address).Value2 = typed.value; // typed back
  await user.click(button);
  await screen.findByText(/新出现 0 项问题，已解决 1 项/);
  await user.click(button);
  await screen.findByText("与上次检查相比，没有新出现或已解决的问题。");
});

test("a sheet protected: the pane's check says in one line that it was left unmarked and how to mark it (pane66)", async () => {
  // Before: the plan's note went into the result as an info diagnostic, which 读表 does not list: the pane said nothing,
  // and the clerk took the unmarked sheet for one with nothing to mark.
  const fake = await sample();
  const sheet = fake.model.sheets[1];
  sheet.protected = true;
  const user = userEvent.setup();
  render(<Root host={createWpsHost(fake.app, () => TODAY)} today={TODAY} />);
  await user.click(await screen.findByRole("button", { name: "检查目标" }));
  await screen.findAllByTestId("project");
  const notice = await screen.findByTestId("notice");
  expect(notice.textContent).toContain(`工作表「${sheet.name}」受保护`);
  expect(notice.textContent).toContain("撤销工作表保护");
  expect(notice.textContent!.match(/受保护/g)).toHaveLength(1);
});
