#!/usr/bin/env node
"use strict";
// Runs the CLI compiled to lib/ (built by `npm ci` through the `prepare` script), so a start costs no
// TypeScript compilation. When the sources are newer than that build (a developer editing src/), it runs
// the sources through tsx instead, so an edit is never silently ignored.
const v8 = require("node:v8");
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const compiled = path.join(root, "lib", "cli", "main.js");
const CODE_CACHE = path.join(root, "lib", "code-cache.bin");

// Whether lib/ is older than any source it was compiled from: each compiled module's own source (src/x.ts for
// lib/x.js), so the files the CLI never loads (the add-in's pane, functions …) are not looked at: 113 instead of 188
// files. A source added or removed since is seen through the one that imports it, which was edited; a copy of the
// package without its sources (none to be newer) runs lib/.
// Joined by hand: path.join normalises every name it is given, and on a start, before anything is optimised, the
// ~240 joins of this walk cost ~6 of its ~10 ms CPU (a fresh process, docs/performance.md, session 40).
const NO_THROW = { throwIfNoEntry: false };
function newestSourceOf(lib, src) {
  let newest = 0;
  for (const entry of fs.readdirSync(lib, { withFileTypes: true })) {
    if (entry.isDirectory())
      newest = Math.max(newest, newestSourceOf(lib + path.sep + entry.name, src + path.sep + entry.name));
    else if (entry.name.endsWith(".js"))
      newest = Math.max(newest, fs.statSync(src + path.sep + entry.name.slice(0, -3) + ".ts", NO_THROW)?.mtimeMs ?? 0);
  }
  return newest;
}

function compiledIsCurrent() {
  try {
    return fs.statSync(compiled).mtimeMs >= newestSourceOf(path.join(root, "lib"), path.join(root, "src"));
  } catch {
    return false;
  }
}

// `perf-targets check | head`: a reader that stops reading early is not an error, so stop quietly as other
// command-line tools do, once every copy is written: --json writes each file's entry as it is checked, and a reader
// gone mid-run must not leave the folder's other workbooks unchecked or a copy half written (what is still written
// to that stream is dropped).
let running = true;
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (error) => {
    if (error && error.code === "EPIPE") {
      if (!running) process.exit(process.exitCode ?? 0);
      return;
    }
    throw error;
  });

let main, exitCleanlyOnSignals;
// The compiled CLI loads through V8's code cache made by the build (lib/cli/codeCache.js says why and how).
let codeCache = null;
if (compiledIsCurrent()) {
  const cache = require(path.join(root, "lib", "cli", "codeCache.js"));
  codeCache = cache.useCodeCache(root, CODE_CACHE);
  cache.loadFflateOnFirstUse();
  cache.loadTokenizerAlone();
  // The thread that deflates the copy's parts starts now, on the core module loading leaves idle (zlibCodec.ts).
  require(path.join(root, "lib", "cli", "zlibCodec.js")).startDeflateWorker();
  ({ main, exitCleanlyOnSignals } = require(compiled));
} else {
  require("tsx/cjs/api").register();
  ({ main, exitCleanlyOnSignals } = require("../src/cli/main.ts"));
}
// A check is a short batch job: by default V8 optimises a function after little use, and on the 1,000-table
// bench workbook compiling (on the second core) cost more CPU than the optimised code saved. Tripling the
// budget a function runs before it is optimised changes only when code is compiled, never what it computes:
// whole-process CPU 2.6–3.0 s → 2.0–2.3 s and peak memory 162–164 → 155–157 MB (idle machine, 3 runs each).
// Set only now that the modules are loaded: V8 refuses a code cache made under other flags, ours and also the one
// built into Node for its own modules (zlib, crypto, streams, readline …), which were then parsed and compiled
// from their text on every start (docs/performance.md, session 53). The build's recording run
// (PERF_TARGETS_CODE_CACHE=record) leaves it at V8's default, under which the next start loads the cache.
// Half of V8's budget of callee bytecode inlined into one optimised function (920 → 460), for the same reason: most of
// what TurboFan compiles here is a big per-sheet function whose optimised code then runs a few milliseconds, and its
// compile's cost grows with what it inlines. On 2 cores the whole run follows all threads' CPU: on the bench workbook
// TurboFan −85 ms and the main thread −35 ms, the run 1,643 → 1,579 ms (docs/performance.md, session 66).
// 200,000 since session 68 (400,000 before): on that machine (AMD EPYC) code not yet optimised cost more than on the
// one 400,000 was chosen on. Bench workbook, 21 alternated rounds: quicker in 17, 1.26× → 1.18× of ExcelJS's load,
// main thread 2,130 → 1,940 ms, the process's CPU unchanged (3,120 ms); 67,584 and 800,000 were both slower.
if (process.env.PERF_TARGETS_CODE_CACHE !== "record")
  v8.setFlagsFromString("--interrupt-budget=200000 --max-inlined-bytecode-size-cumulative=460");

// Ctrl-C or a kill mid-run removes our unfinished copy and exits with 130 / 143 (not Node's silent default).
exitCleanlyOnSignals(process.argv.slice(2));

main(process.argv.slice(2)).then(
  (code) => {
    running = false;
    if (codeCache) codeCache.finish();
    exitOnceWritten(code);
  },
  (error) => {
    console.error(`perf-targets: ${error && error.stack ? error.stack : error}`);
    process.exitCode = 1;
  },
);

/**
 * Every copy is in place and the report written: exit as soon as stdout and stderr have handed everything
 * written to the system (a write's callback runs once its data is out, also through a slow pipe), without
 * waiting for Node to tear down the heap of a big check: main done → process gone 40 → 29 ms on the bench's
 * 1,000-table workbook (docs/performance.md, session 34).
 */
function exitOnceWritten(code) {
  process.exitCode = code;
  let open = 2;
  const written = () => {
    if (--open === 0) process.exit(code);
  };
  process.stdout.write("", written);
  process.stderr.write("", written);
}
