import { exactNumber, roundedNumber } from "../../src/core/numbers";

test("exactNumber: no float noise, no -0, no separators", () => {
  expect(exactNumber(0.1 + 0.2)).toBe("0.3");
  expect(exactNumber(1.8)).toBe("1.8");
  expect(exactNumber(1234567)).toBe("1234567");
  expect(exactNumber(-0)).toBe("0");
  expect(exactNumber(0.123456789)).toBe("0.123456789");
});

test("roundedNumber: at most `digits` decimals, no trailing zeros", () => {
  expect(roundedNumber(50.1666)).toBe("50.17");
  expect(roundedNumber(86)).toBe("86");
  expect(roundedNumber(45.2345, 1)).toBe("45.2");
  expect(roundedNumber(19.6300001)).toBe("19.63");
  expect(roundedNumber(-0.001)).toBe("0");
});
