#!/usr/bin/env node
"use strict";
/**
 * The CLI's job on one workbook, step by step, for profiling the whole process (docs/performance.md, sessions
 * 34–36): the compiled lib/ of the tree given (so two builds can be alternated), loaded as bin/perf-targets.js loads
 * it (its code cache, fflate only on first use, the same V8 flag set at the same point), the young generation sized
 * as src/cli/checkFile.ts sizes it; per step the wall time, the main thread's CPU
 * (/proc/self/task/<pid>/stat, 10 ms ticks), the whole process's CPU (background threads included) and the heap /
 * external memory at its end.
 *
 *   node scripts/phases.js <lib dir> <workbook.xlsx> [--json] [--profile read|judge|plan|write] [--thread] [--tasks]
 *
 * --thread deflates the copy's parts as the CLI has since session 63: on the thread bin/perf-targets.js starts while the
 * modules load (src/cli/zlibCodec.ts), the writer deflating only what the thread cannot take. Without it every part is
 * deflated on the main thread, which puts ~100–150 ms more into the write step than the CLI pays (session 65).
 *
 * --tasks adds, per step, each thread's CPU (/proc/self/task/<tid>/schedstat, ns): "main", "deflate" (the thread
 * --thread starts), "v8" (the threads Node had before our modules loaded: V8's platform workers, which run TurboFan's
 * concurrent compiles and the concurrent/parallel garbage collection, and its delayed-task thread) and "other" (any
 * thread started since, such as libuv's pool). On a 2-core machine the whole process follows the sum (session 65).
 *
 * --profile samples one step with node:inspector (100 µs) and writes <step>.cpuprofile in the working folder.
 * Prints one line per step, or (--json) one JSON object. The copy is written to a temporary folder and removed.
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const [libDir, file] = process.argv.slice(2);
const json = process.argv.includes("--json");
// --live (with node --expose-gc): a full collection after each step, so the heap figures are what stays alive.
const liveOnly = process.argv.includes("--live");
// --marks: "PHASE <step> <epoch ms> <monotonic s>" on stderr as each step ends, for an outside sampler of the process's
// memory, or to cut a `perf record -k CLOCK_MONOTONIC` of the process into steps (its sample times are that clock's).
const marks = process.argv.includes("--marks");
const profileAt = process.argv.indexOf("--profile");
const profiled = profileAt > 0 ? process.argv[profileAt + 1] : null;
const thread = process.argv.includes("--thread");
const tasks = process.argv.includes("--tasks");
if (!libDir || !file) {
  console.error("usage: node scripts/phases.js <lib dir> <workbook.xlsx> [--json] [--profile step]");
  process.exit(2);
}

const ticks = 100; // USER_HZ on Linux
function mainThreadCpuMs() {
  const stat = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticks;
}
const processCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

// Each thread's time on a CPU so far (ns), by the kinds named above; the deflate thread is known once started.
const startTids = new Set(fs.readdirSync("/proc/self/task"));
let deflateTids = new Set();
function threadKind(tid) {
  if (tid === String(process.pid)) return "main";
  if (deflateTids.has(tid)) return "deflate";
  return startTids.has(tid) ? "v8" : "other";
}
const lastSeenNs = new Map(); // a thread that has ended (the deflate thread after the write) keeps its last figure
function threadCpuNs() {
  for (const tid of fs.readdirSync("/proc/self/task"))
    try {
      lastSeenNs.set(tid, Number(fs.readFileSync(`/proc/self/task/${tid}/schedstat`, "utf8").split(" ")[0]));
    } catch {
      // ended meanwhile
    }
  const byKind = { main: 0, deflate: 0, v8: 0, other: 0 };
  for (const [tid, ns] of lastSeenNs) byKind[threadKind(tid)] += ns;
  return byKind;
}

let session = null;
function startProfile() {
  const inspector = require("node:inspector");
  session = new inspector.Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 100 });
  session.post("Profiler.start");
}
function stopProfile(step) {
  session.post("Profiler.stop", (error, { profile }) => {
    if (error) throw error;
    fs.writeFileSync(`${step}.cpuprofile`, JSON.stringify(profile));
  });
}

const steps = [];
let last = { wall: process.hrtime.bigint(), main: mainThreadCpuMs(), cpu: processCpuMs(), threads: threadCpuNs() };
async function step(name, fn) {
  if (profiled === name) startProfile();
  const value = await fn();
  if (profiled === name) stopProfile(name);
  const now = { wall: process.hrtime.bigint(), main: mainThreadCpuMs(), cpu: processCpuMs(), threads: threadCpuNs() };
  if (liveOnly) global.gc();
  const mem = process.memoryUsage();
  steps.push({
    step: name,
    wallMs: Number(now.wall - last.wall) / 1e6,
    mainMs: now.main - last.main,
    cpuMs: now.cpu - last.cpu,
    threadMs: Object.fromEntries(
      Object.keys(now.threads).map((kind) => [kind, Math.round((now.threads[kind] - last.threads[kind]) / 1e6)]),
    ),
    heapMb: mem.heapUsed / 2 ** 20,
    externalMb: (mem.external + mem.arrayBuffers) / 2 ** 20,
    rssMb: mem.rss / 2 ** 20,
  });
  last = now;
  if (marks) {
    process.stderr.write(`PHASE ${name} ${Date.now()} ${(Number(process.hrtime.bigint()) / 1e9).toFixed(6)}\n`);
    for (const tid of lastSeenNs.keys()) process.stderr.write(`THREAD ${tid} ${threadKind(tid)}\n`);
  }
  return value;
}

const lib = path.resolve(libDir);
async function main() {
  const m = await step("load", () => {
    // As bin/perf-targets.js: modules from the build's code cache, fflate only if something uses it, htmlparser2's Tokenizer alone.
    const cache = require(path.join(lib, "cli/codeCache.js"));
    cache.useCodeCache(path.dirname(lib), path.join(lib, "code-cache.bin"));
    cache.loadFflateOnFirstUse?.(); // (a build before session 57 had it in bin/perf-targets.js)
    cache.loadTokenizerAlone?.(); // (session 58)
    const codec = require(path.join(lib, "cli/zlibCodec.js"));
    if (thread) {
      const before = new Set(fs.readdirSync("/proc/self/task"));
      codec.startDeflateWorker?.(); // (a build before session 63 has no thread: all on the main thread)
      deflateTids = new Set(fs.readdirSync("/proc/self/task").filter((tid) => !before.has(tid)));
    }
    return {
      read: require(path.join(lib, "host/xlsx/read.js")),
      container: require(path.join(lib, "host/xlsx/container.js")),
      pipeline: require(path.join(lib, "core/pipeline.js")),
      write: require(path.join(lib, "host/xlsx/write.js")),
      codec,
      young: require(path.join(lib, "cli/youngGeneration.js")),
    };
  });
  // As bin/perf-targets.js: once the modules are loaded, so Node's own still load from its code cache.
  require("node:v8").setFlagsFromString("--interrupt-budget=200000 --max-inlined-bytecode-size-cumulative=460");
  const data = await step("file", () => fs.readFileSync(file));
  // As checkFile.ts: the thread's codec before the young generation is sized (each new isolate resets its growth).
  const codec = thread && m.codec.deflatingElsewhere ? m.codec.deflatingElsewhere({ last: true }) : m.codec.ZLIB_CODEC;
  m.young.sizeYoungGenerationFor(data.length); // as checkFile.ts
  const { snapshot, pkg } = await step("read", () => {
    if (m.container.containerProblem(data)) throw new Error("not a workbook");
    return m.read.readWorkbookBytes(data, codec, { keepText: true }); // as the CLI reads it
  });
  const settings = m.pipeline.settingsFor(snapshot, { asOf: "2024-07-31", lang: "zh" }, "2024-07-31");
  const check = await step("judge", () => require(path.join(lib, "core/check.js")).checkWorkbook(snapshot, settings));
  const plan = await step("plan", () =>
    require(path.join(lib, "core/plan/buildPlan.js")).buildPlan(snapshot, check, {
      formulas: false,
      lang: settings.lang,
      rules: settings,
      settings: undefined,
      wholeFile: true,
    }),
  );
  const copy = await step("write", () => m.write.writeCheckedCopyChunks(pkg, plan));
  await step("disk", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "phases-"));
    // As the CLI writes it: the pieces as they are, gathered (writev) 1,024 at a time.
    const fd = fs.openSync(path.join(dir, "copy.xlsx"), "w");
    const pieces = copy.filter((c) => c.length > 0);
    for (let i = 0; i < pieces.length; i += 1024) fs.writevSync(fd, pieces.slice(i, i + 1024));
    fs.closeSync(fd);
    fs.rmSync(dir, { recursive: true });
  });
  const peakMb = process.resourceUsage().maxRSS / 1024;
  // Committed memory of each V8 heap space at the end (MB), to tell the heap from malloc'ed memory in the peak.
  const spaces = Object.fromEntries(
    require("node:v8")
      .getHeapSpaceStatistics()
      .map((s) => [s.space_name.replace(/_space$/, ""), +(s.physical_space_size / 2 ** 20).toFixed(1)]),
  );
  if (json) console.log(JSON.stringify({ steps, peakMb, spaces }));
  else {
    for (const s of steps)
      console.log(
        `${s.step.padEnd(6)} wall ${s.wallMs.toFixed(0).padStart(5)} ms  main ${s.mainMs.toFixed(0).padStart(5)} ms  ` +
          `cpu ${s.cpuMs.toFixed(0).padStart(5)} ms  heap ${s.heapMb.toFixed(1)} MB  external ${s.externalMb.toFixed(1)} MB  rss ${s.rssMb.toFixed(1)} MB` +
          (tasks ? `  threads ${JSON.stringify(s.threadMs)}` : ""),
      );
    console.log(`peak rss ${peakMb.toFixed(1)} MB; heap spaces at the end (MB committed): ${JSON.stringify(spaces)}`);
  }
  process.exit(0);
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
