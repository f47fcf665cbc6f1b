/**
 * The functions inside the custom-functions runtime (a stand-in for the globals office.js defines):
 * problems become CustomFunctions.Error(#VALUE!, message), registration associates every id,
 * and no input whatsoever makes a function throw.
 */
import fc from "fast-check";
import { FUNCTIONS, registerFunctions } from "../../src/functions/functions";
import { FunctionError } from "../../src/functions/errors";

class FakeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const associated: Record<string, unknown> = {};
const fakeRuntime = {
  Error: FakeError,
  ErrorCode: { invalidValue: "#VALUE!" },
  associate(mappings: Record<string, unknown>) {
    Object.assign(associated, mappings);
  },
};

describe("without the runtime (jest, Node, the standalone page)", () => {
  it("registration is a no-op and problems are plain FunctionError values", () => {
    expect(registerFunctions()).toBe(false);
    expect(FUNCTIONS.EXECRATE(1, 0)).toEqual(new FunctionError("#VALUE!", "预算数为 0，无法计算执行率"));
  });
});

describe("inside the runtime", () => {
  beforeAll(() => {
    (globalThis as Record<string, unknown>).CustomFunctions = fakeRuntime;
  });
  afterAll(() => {
    delete (globalThis as Record<string, unknown>).CustomFunctions;
  });

  it("associates every function under its id", () => {
    expect(registerFunctions()).toBe(true);
    expect(Object.keys(associated).sort()).toEqual(Object.keys(FUNCTIONS).sort());
    expect(associated.STATUS).toBe(FUNCTIONS.STATUS);
  });

  it("maps problems to CustomFunctions.Error(invalidValue, Chinese message)", () => {
    const error = FUNCTIONS.STATUS([["≥90%"]], 95, "明天") as FakeError;
    expect(error).toBeInstanceOf(FakeError);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("日期无法识别：明天");
  });

  it("ignores the invocation object Excel appends after the declared arguments", () => {
    const invocation = { address: "Sheet1!A1" };
    expect(FUNCTIONS.GRADE(95, undefined, invocation)).toBe("优");
    // STATUS declares 9 arguments (… budgetYear, bands, strict, exceededForLevels): the invocation comes after them.
    const declared = [undefined, undefined, undefined, undefined, undefined, undefined, undefined];
    expect(FUNCTIONS.STATUS([["≥90%"]], 95, ...declared, invocation)).toBe("达标");
  });
});

/** Anything a cell, a range or a host might hand over. */
const cellValue = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(""),
  fc.double(),
  fc.integer({ min: -100, max: 100_000 }),
  fc.boolean(),
  fc.string(),
  fc.constantFrom(
    "≥90%",
    "≤1.8%",
    "100人",
    "及时保障",
    "3月底",
    "2024-07-31",
    "2024年7月31日",
    "en",
    "达成",
    "**",
    "≥",
    "%",
  ),
  fc.record({ error: fc.constantFrom("#N/A", "#DIV/0!") }),
  fc.record({ code: fc.constant("#VALUE!") }),
);
const argument = fc.oneof(cellValue, fc.array(fc.array(cellValue, { maxLength: 4 }), { maxLength: 4 }));

describe("robustness", () => {
  it.each(Object.keys(FUNCTIONS))("%s never throws and returns a cell value or #VALUE!", (id) => {
    const fn = FUNCTIONS[id];
    fc.assert(
      fc.property(fc.array(argument, { maxLength: 7 }), (args) => {
        const out = fn(...args);
        const ok =
          typeof out === "string" ||
          (typeof out === "number" && Number.isFinite(out)) ||
          (out instanceof FunctionError && out.code === "#VALUE!" && out.message.length > 0);
        if (!ok) throw new Error(`${id}(${JSON.stringify(args)}) → ${String(out)}`);
      }),
      { numRuns: 300 },
    );
  });
});
