import { assertNever } from "../../src/core/assertNever";
import type { PlanOp } from "../../src/core/plan/types";

test("assertNever names what it did not expect", () => {
  const op = { op: "newKind" } as unknown as never;
  expect(() => assertNever(op, "plan operation")).toThrow('Unexpected plan operation: {"op":"newKind"}');
});

test("an exhaustive switch over plan operations compiles with assertNever as its default", () => {
  const kind = (op: PlanOp): string => {
    switch (op.op) {
      case "addSheet":
      case "deleteSheet":
        return "sheet";
      case "setValue":
      case "setFormula":
      case "setNumberFormat":
      case "fill":
      case "note":
      case "clear":
        return "cell";
      case "conditionalFormat":
      case "removeConditionalFormat":
      case "validationList":
      case "removeValidation":
        return "rule";
      case "defineName":
      case "removeName":
      case "recalculateOnOpen":
        return "name";
      case "chart":
      case "removeChart":
      case "removeChartIfEmptied":
      case "columnWidth":
        return "layout";
      default:
        return assertNever(op, "plan operation");
    }
  };
  expect(kind({ op: "removeName", name: "监控时点" })).toBe("name");
});
