import fc from "fast-check";
import { cellPrecision, exactNumber, roundTo, roundedNumber } from "../../src/core/numbers";

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

test("roundTo: half away from zero on the decimal the number stands for, as by hand and Excel's ROUND", () => {
  // Each product is a decimal ending in 5 that binary floating point holds just below it.
  expect((95.5 / 100) * 5).toBeLessThan(4.775);
  expect(roundTo((95.5 / 100) * 5)).toBe(4.78);
  expect(roundTo((86.55 / 100) * 10)).toBe(8.66);
  expect(roundTo((20.15 / 100) * 10)).toBe(2.02);
  expect(roundTo(1.005)).toBe(1.01);
  expect(roundTo(-2.675)).toBe(-2.68);
  expect(roundTo(45.25, 1)).toBe(45.3);
  expect(roundTo(4.7749)).toBe(4.77);
  expect(roundTo(-0.001)).toBe(0);
  expect(roundedNumber((95.5 / 100) * 5)).toBe("4.78");
});

test("roundTo: skipping the 15-digit reading away from a half rounds exactly as always reading it", () => {
  const alwaysRead = (value: number, digits: number): number => {
    if (!Number.isFinite(value)) return value;
    const scale = 10 ** digits;
    const rounded = (Math.sign(value) * Math.round(Number((Math.abs(value) * scale).toPrecision(15)))) / scale;
    return Object.is(rounded, -0) ? 0 : rounded;
  };
  const digits = fc.integer({ min: 0, max: 4 });
  // Any double, and decimals written with up to six places (the values whose halves float noise hides).
  const decimal = fc
    .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }))
    .map(([n, places]) => n / 10 ** places);
  const product = fc.tuple(decimal, decimal).map(([a, b]) => (a / 100) * b);
  fc.assert(
    fc.property(fc.oneof(fc.double(), decimal, product), digits, (value, d) => {
      expect(Object.is(roundTo(value, d), alwaysRead(value, d))).toBe(true);
    }),
    { numRuns: 20_000 },
  );
});

test("roundedNumber: the same text as String(roundTo(value, digits)) for any number", () => {
  const decimal = fc
    .tuple(fc.integer({ min: -3e9, max: 3e9 }), fc.integer({ min: 0, max: 6 }))
    .map(([n, places]) => n / 10 ** places);
  const product = fc.tuple(decimal, decimal).map(([a, b]) => (a / 100) * b);
  const edges = fc.constantFrom(
    0,
    -0,
    0.005,
    -0.005,
    0.01,
    0.1,
    1e-7,
    21474836.47,
    21474836.475,
    2 ** 31,
    1e21,
    NaN,
    Infinity,
  );
  fc.assert(
    fc.property(fc.oneof(fc.double(), decimal, product, edges), fc.integer({ min: 0, max: 6 }), (value, d) => {
      expect(roundedNumber(value, d)).toBe(String(roundTo(value, d)));
    }),
    { numRuns: 50_000 },
  );
  expect(roundedNumber(0.1 + 0.2)).toBe("0.3");
  expect(roundedNumber(-1.005)).toBe("-1.01");
  expect(roundedNumber(7.0001, 4)).toBe("7.0001");
  expect(roundedNumber(12.5, 0)).toBe("13");
  expect(roundedNumber(1234.5, -1)).toBe("1230");
});

test("exactNumber: whole numbers take no trip through text, with the same answer as the 12-digit reading", () => {
  const read = (v: number) => {
    const r = Number(v.toPrecision(12));
    return Object.is(r, -0) ? "0" : String(r);
  };
  const whole = fc.oneof(
    fc.integer(),
    fc.integer({ min: -1e12, max: 1e12 }),
    fc.constantFrom(-0, 0, 999999999999, 1e12, -1e12, 2 ** 53, 1e21),
  );
  fc.assert(
    fc.property(fc.oneof(whole, fc.double()), (v) => expect(exactNumber(v)).toBe(read(v))),
    { numRuns: 20_000 },
  );
});

test("cellPrecision: whole numbers as their 15-digit reading, without the trip through text", () => {
  const read = (n: number) => (Number.isFinite(n) ? Number(n.toPrecision(15)) : n);
  const whole = fc.oneof(fc.integer(), fc.constantFrom(-0, 0, 1e15 - 1, 1e15, -1e15, 2 ** 53 + 2, 1e21));
  fc.assert(
    fc.property(fc.oneof(whole, fc.double()), (n) => expect(Object.is(cellPrecision(n), read(n))).toBe(true)),
    { numRuns: 20_000 },
  );
});
