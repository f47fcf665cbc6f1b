/** @jest-environment jsdom */
/**
 * pane45: the 监控时点 box shows and takes 2024-06-30, and takes 2024年6月30日, typed key by key as a clerk does. Before it
 * was a date input, whose text the browser's language sets (06/30/2024 in an English browser) and which takes typing in
 * that order only (the Chromium test: tests/browser/dateBox). Text that is no date says how to write one and keeps the
 * date. pane47: the box reads with the core's parser, as the command line's --as-of does (tests/core/asOf): 20240630 is
 * taken too, and 2024-02-30 is said as a day that February does not have.
 */
import "../jsdomSetup";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Root } from "../../../src/taskpane/components/Root/Root";
import { fakeHost } from "../fixtures";

// userEvent types one key at a time; on a busy 2-core machine a few keystrokes take seconds.
jest.setTimeout(30_000);

const box = () => screen.getByLabelText("监控时点") as HTMLInputElement;

async function typeDate(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.clear(box());
  await user.type(box(), text);
  await user.tab();
}

test("2024年6月30日 typed is checked as 2024-06-30 and shown so; 2024-07-31 typed is checked as it is", async () => {
  const user = userEvent.setup();
  const host = fakeHost();
  render(<Root host={host} today="2024-08-15" />);
  expect(box().value).toBe("2024-08-15");
  await typeDate(user, "2024年6月30日");
  expect(box().value).toBe("2024-06-30");
  await user.click(screen.getByRole("button", { name: "检查目标" }));
  await screen.findAllByTestId("project");
  expect(host.check).toHaveBeenLastCalledWith(expect.objectContaining({ asOf: "2024-06-30" }), expect.any(Function));

  await typeDate(user, "2024-07-31");
  expect(box().value).toBe("2024-07-31");
  await user.click(screen.getByRole("button", { name: "检查目标" }));
  expect(host.check).toHaveBeenLastCalledWith(expect.objectContaining({ asOf: "2024-07-31" }), expect.any(Function));
});

test("a date in another order says how to write one; the date stays the last one read", async () => {
  const user = userEvent.setup();
  const host = fakeHost();
  render(<Root host={host} today="2024-08-15" />);
  await typeDate(user, "6/30/2024");
  expect(box().value).toBe("6/30/2024");
  expect(screen.getByText("“6/30/2024”不是日期：请写成 2024-06-30 或 2024年6月30日")).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "检查目标" }));
  expect(host.check).toHaveBeenLastCalledWith(expect.objectContaining({ asOf: "2024-08-15" }), expect.any(Function));
  await typeDate(user, "2024年9月30日");
  expect(screen.queryByText(/不是日期/)).toBeNull();
  expect(box().value).toBe("2024-09-30");
});

test("20240630 typed is checked as 2024-06-30; 2024-02-30 says February 2024 has 29 days and keeps the date", async () => {
  const user = userEvent.setup();
  const host = fakeHost();
  render(<Root host={host} today="2024-08-15" />);
  await typeDate(user, "20240630");
  expect(box().value).toBe("2024-06-30");
  await user.click(screen.getByRole("button", { name: "检查目标" }));
  await screen.findAllByTestId("project");
  expect(host.check).toHaveBeenLastCalledWith(expect.objectContaining({ asOf: "2024-06-30" }), expect.any(Function));

  await typeDate(user, "2024-02-30");
  expect(box().value).toBe("2024-02-30");
  expect(screen.getByText("“2024-02-30”没有这一天：2024年2月只有 29 天")).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "检查目标" }));
  expect(host.check).toHaveBeenLastCalledWith(expect.objectContaining({ asOf: "2024-06-30" }), expect.any(Function));
});
