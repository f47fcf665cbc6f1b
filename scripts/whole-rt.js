#!/usr/bin/env node
"use strict";
/**
 * Bench item 4 (the whole CLI job against ExcelJS merely loading the workbook) on a machine other jobs keep busy: run
 * it as `chrt -r 10 node scripts/whole-rt.js <workbook.xlsx> [rounds] [tree …]`. The children inherit the real-time
 * policy (SCHED_RR), so the machine's other jobs wait while each one runs: at load 13–18 ExcelJS then took
 * 1,550–1,650 ms and the CLI 1,620–1,700 ms, near what an idle machine gives, where plain runs took 8–30 s
 * (docs/performance.md, session 60). Not the same as idle: our threads share the cores in 100 ms turns, and
 * real-time tasks get at most 95% of each second (sched_rt_runtime_us). Trees default to this one; each is run
 * through its own bin/perf-targets.js (its lib/ built), in turn with ExcelJS, and medians are printed.
 */
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const [file, roundsArg, ...trees] = process.argv.slice(2);
if (!file) {
  console.error("usage: chrt -r 10 node scripts/whole-rt.js <workbook.xlsx> [rounds] [tree …]");
  process.exit(2);
}
const rounds = Number(roundsArg) || 7;
const roots = trees.length ? trees.map((t) => path.resolve(t)) : [path.join(__dirname, "..")];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "whole-rt-"));
// As bench.ts: the child reports its peak itself; and its main thread's CPU (10 ms ticks) and the whole process's (all
// its threads, those ended included: on 2 cores the process's time follows the sum, docs/performance.md, session 65).
const preload = path.join(dir, "report.js");
fs.writeFileSync(
  preload,
  `process.on("exit", () => {
  const stat = require("fs").readFileSync("/proc/self/task/" + process.pid + "/stat", "utf8");
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // Time the main thread was ready to run but waited for a core (schedstat's second field, ns): what the other threads cost it.
  const waited = Number(require("fs").readFileSync("/proc/thread-self/schedstat", "utf8").split(" ")[1]);
  const usage = process.resourceUsage();
  const cpu = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
  process.stderr.write("\\nSTAT main=" + (Number(f[11]) + Number(f[12])) * 10 + " cpu=" + cpu + " waited=" + Math.round(waited / 1e6) + " rss=" + usage.maxRSS + "\\n");
});\n`,
);
const excel = [
  "--eval",
  `const E=require(${JSON.stringify(require.resolve("exceljs"))});new E.Workbook().xlsx.readFile(${JSON.stringify(path.resolve(file))})`,
];
const variants = [["ExcelJS load", excel]];
for (const root of roots)
  variants.push([
    root,
    [
      path.join(root, "bin", "perf-targets.js"),
      "check",
      path.resolve(file),
      "--out",
      path.join(dir, "out"),
      "--as-of",
      "2024-07-31",
    ],
  ]);

const runs = new Map(variants.map(([name]) => [name, []]));
for (let round = 0; round < rounds; round++)
  for (const [name, args] of variants) {
    fs.rmSync(path.join(dir, "out"), { recursive: true, force: true });
    const start = process.hrtime.bigint();
    const child = spawnSync(process.execPath, ["--require", preload, ...args], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const stat = /STAT main=(\d+) cpu=(\d+) waited=(\d+) rss=(\d+)/.exec(child.stderr ?? "");
    if (child.status !== 0 || !stat) throw new Error(`${name} failed: ${child.stderr}`);
    runs
      .get(name)
      .push({ ms, main: Number(stat[1]), cpu: Number(stat[2]), waited: Number(stat[3]), mb: Number(stat[4]) / 1024 });
  }
fs.rmSync(dir, { recursive: true, force: true });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = median(runs.get("ExcelJS load").map((r) => r.ms));
// The host's speed drifts by tens of percent over a minute (a fresh machine, other VMs): each round's run over ExcelJS's
// run in the same round cancels what all runs of a round share, so its median ("paired") is steadier than the ratio
// of the medians; same for CPU (docs/performance.md, session 68).
const excelRuns = runs.get("ExcelJS load");
const paired = (list, key) => median(list.map((r, i) => r[key] / excelRuns[i][key])).toFixed(2);
for (const [name, list] of runs) {
  const ms = median(list.map((r) => r.ms));
  console.log(
    `${name}: ${ms.toFixed(0)} ms (${(ms / load).toFixed(2)}×; paired ${paired(list, "ms")}×, CPU ${paired(list, "cpu")}×), ` +
      `main thread ${median(list.map((r) => r.main))} ms, ` +
      `process ${median(list.map((r) => r.cpu))} ms CPU, main waited ${median(list.map((r) => r.waited))} ms, ` +
      `${median(list.map((r) => r.mb)).toFixed(0)} MB peak; each: ${list.map((r) => r.ms.toFixed(0)).join(" ")}`,
  );
}
