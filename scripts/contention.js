"use strict";
/**
 * How much of a bench's swing is the host, not the code (docs/performance.md, session 70): in one warm process,
 * alternately our read + judge of a snapshot and ExcelJS loading a workbook, each between two runs of a fixed probe
 * (a random walk in 256 KB, which lives in the core's L2, plus an L1-resident loop of independent adds). The probe
 * does the same work every time, so its swings are what the host's other tenants leave of the core (its L1/L2 and
 * execution units); a dependent chain of multiplies or a walk through DRAM does not swing. Prints each job's range,
 * its correlation with the probe and its elasticity (d ln time / d ln probe, at the means): how strongly it follows.
 *
 *   chrt -r 10 node scripts/contention.js <snapshot.json> <lib dir> <workbook.xlsx> [rounds]
 *
 * Settings for the check come from BENCH_CORE_SETTINGS (JSON), as scripts/bench-core.js takes them.
 */
const fs = require("node:fs");
const path = require("node:path");

const [snapshotFile, libDir, workbookFile, roundsArg] = process.argv.slice(2);
if (!snapshotFile || !libDir || !workbookFile) {
  console.error("usage: chrt -r 10 node scripts/contention.js <snapshot.json> <lib dir> <workbook.xlsx> [rounds]");
  process.exit(2);
}
const rounds = Number(roundsArg) || 26;
const warm = 12; // as bench item 1 after perf68b: the check's code is compiled by then
const snapshot = JSON.parse(fs.readFileSync(snapshotFile, "utf8"));
const settings = JSON.parse(process.env.BENCH_CORE_SETTINGS ?? "{}");
const { checkWorkbook } = require(path.resolve(libDir, "core", "check.js"));
const ExcelJS = require("exceljs");
const workbook = fs.readFileSync(workbookFile);

// A random cycle through 64 Ki int32 (256 KB): each load waits for the one before, from L2 when the core's L2 is ours.
const CYCLE = 64 * 1024;
const next = new Int32Array(CYCLE);
{
  const order = Int32Array.from({ length: CYCLE }, (_, i) => i);
  let seed = 7;
  for (let i = CYCLE - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (let i = 0; i < CYCLE; i++) next[order[i]] = order[(i + 1) % CYCLE];
}
const l1 = Int32Array.from({ length: 4096 }, (_, i) => i * 7);
function probe() {
  const start = now();
  let x = 0;
  for (let i = 0; i < 3e6; i++) x = next[x];
  let a = 0,
    b = 0,
    c = 0,
    d = 0;
  for (let k = 0; k < 3000; k++)
    for (let i = 0; i < l1.length; i += 4) {
      a = (a + l1[i]) | 0;
      b = (b ^ l1[i + 1]) | 0;
      c = (c + l1[i + 2]) | 0;
      d = (d ^ l1[i + 3]) | 0;
    }
  if ((x ^ a ^ b ^ c ^ d) === 0.5) console.log("never");
  return now() - start;
}
function now() {
  return Number(process.hrtime.bigint()) / 1e6;
}

async function main() {
  const runs = { "read + judge": [], "ExcelJS load": [] };
  for (let i = 0; i < warm + rounds; i++) {
    const before = probe();
    let start = now();
    checkWorkbook(snapshot, settings);
    const check = now() - start;
    const between = probe();
    start = now();
    await new ExcelJS.Workbook().xlsx.load(workbook);
    const load = now() - start;
    const after = probe();
    if (i < warm) continue;
    runs["read + judge"].push([(before + between) / 2, check]);
    runs["ExcelJS load"].push([(between + after) / 2, load]);
  }
  for (const [job, pairs] of Object.entries(runs)) {
    const n = pairs.length;
    const meanProbe = pairs.reduce((s, [p]) => s + p, 0) / n;
    const meanTime = pairs.reduce((s, [, t]) => s + t, 0) / n;
    let sxy = 0,
      sxx = 0,
      syy = 0;
    for (const [p, t] of pairs) {
      sxy += (p - meanProbe) * (t - meanTime);
      sxx += (p - meanProbe) ** 2;
      syy += (t - meanTime) ** 2;
    }
    const times = pairs.map(([, t]) => t).sort((x, y) => x - y);
    const probes = pairs.map(([p]) => p).sort((x, y) => x - y);
    console.log(
      `${job}: ${times[0].toFixed(0)}–${times[n - 1].toFixed(0)} ms (median ${times[n >> 1].toFixed(0)}); ` +
        `probe ${probes[0].toFixed(1)}–${probes[n - 1].toFixed(1)} ms; r ${(sxy / Math.sqrt(sxx * syy)).toFixed(2)}, ` +
        `elasticity ${(((sxy / sxx) * meanProbe) / meanTime).toFixed(2)}`,
    );
  }
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
