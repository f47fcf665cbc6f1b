/**
 * A sheet of 10,000 PERF.STATUS formulas from cold memos gives real, varied results, and the benchmark
 * scripts/bench.ts calls reports consistent numbers. How fast is measured by `npm run bench`, not here:
 * timed assertions flake on a busy machine.
 */
import { benchStatus } from "../../scripts/bench-functions";
import { isoToSerial } from "../../src/core/dates";
import { status } from "../../src/functions/functions";
import { clearMemos } from "../../src/functions/implemented";

const TARGETS = [[["≥90%"]], [["≤1.8%"]], [["100人"]], [["≥", 95, "%"]], [["及时保障"]], [["2024年12月31日前"]]];

it("10,000 distinct rows recalculate from cold memos", () => {
  clearMemos();
  const asOf = isoToSerial("2024-07-31");
  const results = new Set<unknown>();
  for (let i = 0; i < 10_000; i++) results.add(status(TARGETS[i % TARGETS.length], 40 + (i % 997) / 10, asOf));
  // The rows were really judged: several different statuses came out, all of them words.
  expect(results.size).toBeGreaterThan(2);
  for (const r of results) expect(typeof r).toBe("string");
});

it("benchStatus reports evaluations, medians and rates that agree", () => {
  const r = benchStatus(2_000, 1);
  expect(r.evaluations).toBe(2_000);
  expect(r.medianMs).toBeGreaterThan(0);
  expect(r.perSecond).toBe(Math.round((2_000 / r.medianMs) * 1000));
  expect(r.meetsGoal).toBe(r.perSecond >= 1_000_000);
  expect(r.distinctPerSecond).toBe(Math.round((2_000 / r.distinctMedianMs) * 1000));
  expect(r.cpuPerSecond).toBeGreaterThan(0);
});
