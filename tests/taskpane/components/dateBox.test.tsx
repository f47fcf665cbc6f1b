/** @jest-environment jsdom */
/**
 * pane45: the 监控时点 box shows and takes 2024-06-30, and takes 2024年6月30日, typed key by key as a clerk does. Before it
 * was a date input, whose text the browser's language sets (06/30/2024 in an English browser) and which takes typing in
 * that order only (the Chromium test: tests/browser/dateBox). Text that is no date says how to write one and keeps the
 * date.
 */
import "../jsdomSetup";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Root } from "../../../src/taskpane/components/Root/Root";
import { readAsOf } from "../../../src/taskpane/model/format";
import { fakeHost } from "../fixtures";

// userEvent types one key at a time; on a busy 2-core machine a few keystrokes take seconds.
jest.setTimeout(30_000);

const box = () => screen.getByLabelText("监控时点") as HTMLInputElement;

async function typeDate(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.clear(box());
  await user.type(box(), text);
  await user.tab();
}

test("reads 2024-06-30, 2024年6月30日, 2024/6/30 and full-width digits; not 6/30/2024, 2024-02-30 or a year far off", () => {
  for (const text of ["2024-06-30", "2024年6月30日", "2024/6/30", "2024.6.30", "２０２４年６月３０日", " 2024-6-30 "])
    expect([text, readAsOf(text)]).toEqual([text, "2024-06-30"]);
  for (const text of ["6/30/2024", "2024-02-30", "6月30日", "", "明天", "1900-06-30"])
    expect([text, readAsOf(text)]).toEqual([text, null]);
});

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
  expect(screen.getByText("“6/30/2024”不是日期：请写成 2024-06-30 或 2024年6月30日。")).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "检查目标" }));
  expect(host.check).toHaveBeenLastCalledWith(expect.objectContaining({ asOf: "2024-08-15" }), expect.any(Function));
  await typeDate(user, "2024年9月30日");
  expect(screen.queryByText(/不是日期/)).toBeNull();
  expect(box().value).toBe("2024-09-30");
});
