/**
 * The writer clears ranges from a sheet's data validations through an index of their boxes by bands of rows
 * (ValidationList), so a sheet with thousands of our lists is not gone over once per list. Cleared and added in any
 * mix, it must leave exactly what going over every validation for each range leaves (the writer's way before).
 */
import fc from "fast-check";
import { rangeToA1 } from "../../../src/core/a1";
import type { CellRange } from "../../../src/core/types";
import { validationOf, validationWithout, ValidationList, type Validation } from "../../../src/host/xlsx/validations";

/** Rows across several bands of the index (64 rows each), a few up to the whole column. */
const range: fc.Arbitrary<CellRange> = fc
  .record({
    top: fc.integer({ min: 0, max: 700 }),
    height: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 200 }), fc.constant(1_048_576)),
    left: fc.integer({ min: 0, max: 3 }),
    width: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ top, height, left, width }) => ({
    top,
    bottom: Math.min(top + height - 1, 1_048_575),
    left,
    right: left + width - 1,
  }));

/** A validation of one or more pieces (an sqref such as "A1:B3 D7"), or one without a readable piece. */
const validation: fc.Arbitrary<Validation> = fc
  .oneof(
    { weight: 9, arbitrary: fc.array(range, { minLength: 1, maxLength: 3 }).map((rs) => rs.map(rangeToA1).join(" ")) },
    { weight: 1, arbitrary: fc.constantFrom("", "ZZZZ", "A0") },
  )
  .map((sqref) => validationOf({ name: "dataValidation", xml: `<dataValidation sqref="${sqref}"/>` }, sqref));

const step = fc.oneof(
  range.map((r) => ({ clear: r })),
  validation.map((v) => ({ add: v })),
);

test("clearing ranges through the index leaves what going over every validation leaves", () => {
  fc.assert(
    fc.property(fc.array(validation, { maxLength: 30 }), fc.array(step, { maxLength: 40 }), (start, steps) => {
      const indexed = new ValidationList(start);
      let plain: Validation[] = [...start];
      for (const s of steps)
        if ("clear" in s) {
          indexed.clear(s.clear);
          plain = plain.map((v) => validationWithout(v, s.clear)).filter((v): v is Validation => v !== null);
        } else {
          indexed.add(s.add);
          plain.push(s.add);
        }
      expect(indexed.nodes().map((n) => n.xml)).toEqual(plain.map((v) => v.node.xml));
    }),
    { numRuns: 1000 },
  );
});
