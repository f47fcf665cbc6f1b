import { isoToSerial, lastDayOfMonth, makeIso, serialToIso, daysBetween } from "../../src/core/dates";

test("Excel serials map to the dates Excel shows", () => {
  expect(serialToIso(44561)).toBe("2021-12-31");
  expect(serialToIso(45657)).toBe("2024-12-31");
  expect(isoToSerial("2024-12-31")).toBe(45657);
  expect(serialToIso(61)).toBe("1900-03-01");
  expect(serialToIso(60)).toBeNull();
  expect(serialToIso(Number.NaN)).toBeNull();
});

test("calendar helpers", () => {
  expect(lastDayOfMonth(2024, 2)).toBe("2024-02-29");
  expect(makeIso(2024, 2, 30)).toBeNull();
  expect(daysBetween("2024-06-30", "2024-08-15")).toBe(46);
});
