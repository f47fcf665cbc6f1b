/**
 * pane47: the monitoring date as a finance officer types it, read by one parser for the command line's --as-of and the
 * pane's date box (src/core/asOf.ts). The writings a clerk uses all give the date; a day the calendar does not have, a
 * year far off and anything else each get one line, in Chinese and in English.
 */
import fc from "fast-check";
import { readAsOf } from "../../src/core/asOf";
import { makeIso } from "../../src/core/dates";
import { renderMessage } from "../../src/core/locale/messages";

/** The date read, or the line said (Chinese and English). */
function read(text: string): string | { zh: string; en: string } {
  const r = readAsOf(text);
  return "iso" in r ? r.iso : { zh: renderMessage(r.error, "zh"), en: renderMessage(r.error, "en") };
}

test("2024-06-30, 2024/6/30, 2024.6.30, 2024年6月30日, 20240630 and their look-alikes are one date", () => {
  const forms = [
    "2024-06-30",
    "2024/6/30",
    "2024.6.30",
    "2024年6月30日",
    "20240630",
    "2024-6-30",
    "2024/06/30",
    "2024年6月30号",
    "2024年6月30",
    " 2024-06-30 ",
    "２０２４－０６－３０",
    "２０２４年６月３０日",
    "2024 年 6 月 30 日",
  ];
  for (const text of forms) expect([text, read(text)]).toEqual([text, "2024-06-30"]);
});

test("a month alone is its last day", () => {
  for (const text of ["2024年6月", "2024-06", "2024/6", "2024年6月底", "2024年6月末"])
    expect([text, read(text)]).toEqual([text, "2024-06-30"]);
  expect(read("2024年2月")).toBe("2024-02-29");
});

test("a day the calendar does not have, a year far off, and anything else: one line each", () => {
  expect(read("2024-02-30")).toEqual({
    zh: "“2024-02-30”没有这一天：2024年2月只有 29 天",
    en: "“2024-02-30” is no day: February 2024 has 29 days",
  });
  expect(read("2023年2月29日")).toEqual({
    zh: "“2023年2月29日”没有这一天：2023年2月只有 28 天",
    en: "“2023年2月29日” is no day: February 2023 has 28 days",
  });
  expect(read("20240631")).toEqual({
    zh: "“20240631”没有这一天：2024年6月只有 30 天",
    en: "“20240631” is no day: June 2024 has 30 days",
  });
  expect(read("2024-13-01")).toEqual({
    zh: "“2024-13-01”没有这一天：没有 13 月",
    en: "“2024-13-01” is no day: there is no month 13",
  });
  expect(read("1800-01-01")).toEqual({
    zh: "“1800-01-01”的年份应在 1990–2100 之间",
    en: "“1800-01-01”: the year must be in 1990–2100",
  });
  expect(read("")).toEqual({
    zh: "没有写日期：请写成 2024-06-30 或 2024年6月30日",
    en: "No date written: write it as 2024-06-30 or 2024/6/30",
  });
  for (const text of ["6/30/2024", "30.6.2024", "2024-06/30", "年底", "6月30日", "2024-06-30前", "明天", "2024063"])
    expect([text, read(text)]).toEqual([
      text,
      {
        zh: `“${text}”不是日期：请写成 2024-06-30 或 2024年6月30日`,
        en: `“${text}” is no date: write it as 2024-06-30 or 2024/6/30`,
      },
    ]);
});

test("every day of 1990–2100 reads the same in each of the five writings", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1990, max: 2100 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
      (y, m, d) => {
        const iso = makeIso(y, m, d);
        const pad = (n: number) => String(n).padStart(2, "0");
        const forms = [
          `${y}-${pad(m)}-${pad(d)}`,
          `${y}/${m}/${d}`,
          `${y}.${m}.${d}`,
          `${y}年${m}月${d}日`,
          `${y}${pad(m)}${pad(d)}`,
        ];
        for (const text of forms) {
          const r = readAsOf(text);
          // A real day is that day; any other is the no-such-day line, never another day (no rolling over).
          expect("iso" in r ? r.iso : r.error.code).toBe(iso ?? "asOf.no-such-day");
        }
      },
    ),
  );
});
