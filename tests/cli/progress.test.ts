/**
 * The progress bar on a terminal (review44): a bureau's files have Chinese names, two columns each. A bar longer than
 * the terminal wraps, and \r returns only to the start of its last row: on an 80-column terminal every file left a
 * new line behind, and the bar's tail stayed beside the report's first line. Each update now fits the terminal.
 */
import { progressBar } from "../../src/cli/progress";

/** A terminal's columns taken by a text: East Asian wide characters (and the bar's own) two, the rest one. */
const shownWidth = (text: string) =>
  [...text].reduce(
    (n, c) =>
      n +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2026\u2580-\u259f]/.test(
        c,
      )
        ? 2
        : 1),
    0,
  );

/** A terminal of some width, keeping what is written. */
function terminal(columns: number) {
  const written: string[] = [];
  const stream = { isTTY: true, columns, write: (s: string) => written.push(s) > 0 };
  return { stream: stream as unknown as NodeJS.WriteStream, written };
}

/** The text of each redraw: what follows the last erase (escape sequences and \r taken out). */
const redraws = (written: string[]) =>
  written
    .join("")
    .split("\x1b[2K")
    .slice(1)
    // eslint-disable-next-line no-control-regex -- the cursor's escape sequences are what is taken out
    .map((s) => s.replace(/\x1b\[\d*G|\r/g, ""));

const LONG = "各单位/市检察院/关于下达检察机关2023年中央政法转移支付资金（第二批）的通知（办案业务费）绩效目标表.xlsx";

test.each([80, 120, 40])(
  "on a %i-column terminal every redraw fits on one row, the name cut from the left",
  (columns) => {
    const { stream, written } = terminal(columns);
    const bar = progressBar(3, stream);
    bar.update(0, LONG);
    bar.update(1, "各单位/乙单位.xlsx");
    bar.update(2, "a\nb\x1b[31m.xlsx");
    bar.finish();
    const lines = redraws(written);
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(shownWidth(line)).toBeLessThan(columns);
    expect(lines[0]).toMatch(/^\[-{24}\] 0\/3 …/);
    expect(lines[0].endsWith(columns >= 80 ? "绩效目标表.xlsx" : ".xlsx")).toBe(true);
    expect(lines[1]).toBe(`[########----------------] 1/3 ${columns >= 80 ? "各单位/乙单位.xlsx" : "….xlsx"}`);
    // A name's control characters cannot move the cursor or recolour the terminal.
    if (columns >= 80) expect(lines[2]).toContain("a\\nb\\x1b[31m.xlsx");
    expect(lines[3]).toBe(""); // the bar erased before the report is printed
  },
);

test("no bar when stderr is not a terminal, or for one file", () => {
  const pipe = { isTTY: false, columns: 80, write: jest.fn() };
  progressBar(3, pipe as unknown as NodeJS.WriteStream).update(0, LONG);
  const { stream, written } = terminal(80);
  progressBar(1, stream).update(0, LONG);
  expect([pipe.write.mock.calls, written]).toEqual([[], []]);
});
