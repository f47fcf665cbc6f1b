import fs from "node:fs";
import Module, { createRequire } from "node:module";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import zlib from "node:zlib";
import { restoreYoungGenerationDefault } from "./youngGeneration";

/**
 * V8's code cache for the CLI's modules (lib/ and the libraries it loads): the bytecode of every function the
 * build's warm-up check compiled, so a run starts without parsing and compiling them again. Node 22 does this
 * itself (`module.enableCompileCache`); Node 20, which we support, does not. On the bench's 1,000-table
 * workbook the main thread's CPU falls by ~0.1–0.2 s (docs/performance.md, session 38); on a unit's own small
 * workbook compiling is a larger share of the run.
 *
 * Made at build time (`npm run build:cli`, and `npm ci` through `prepare`): scripts/code-cache.js runs the CLI on
 * the bundled sample with PERF_TARGETS_CODE_CACHE=record. Node's vm documents what makes this safe
 * (doc/api/vm.md): "The code cache of the Script doesn't contain any JavaScript observable states", and a
 * `cachedData` that does not fit is refused by V8 (`script.cachedDataRejected`), after which V8 compiles the
 * source as usual. V8 recognises its own version and flags but only the length of the source, so each entry also
 * keeps a CRC-32 of the module's text: an edited module is compiled from its text, never from an old cache.
 *
 * PERF_TARGETS_CODE_CACHE: unset → use the cache; `off` → compile as Node does (to compare); `report` → use it
 * and say on stderr how many modules came from it; `record` → compile fresh and write the cache at the end.
 */
export type CodeCache = {
  /** Modules compiled from the cache, refused by V8, and compiled from their text (no entry or changed). */
  readonly counts: { used: number; rejected: number; compiled: number };
  /** At the end of a run: write the cache (record mode) or the counts (report mode). */
  finish(): void;
};

type Entry = { crc: number; data: Uint8Array };

const MODE = process.env.PERF_TARGETS_CODE_CACHE ?? "";

/**
 * Load every module under `root` (the package: lib/ and node_modules/) through the code cache in `file`.
 * Call once, before the CLI's modules are required. Without zlib.crc32 (Node before 20.15) it does nothing.
 */
export function useCodeCache(root: string, file: string): CodeCache {
  const counts = { used: 0, rejected: 0, compiled: 0 };
  const recorded = new Map<string, { crc: number; script: vm.Script }>();
  const idle: CodeCache = { counts, finish: () => undefined };
  if (MODE === "off" || typeof zlib.crc32 !== "function") return idle;
  const crc32 = zlib.crc32;
  const entries = MODE === "record" ? new Map<string, Entry>() : readCache(file);
  const inside = root.endsWith(path.sep) ? root : root + path.sep;

  // Node's own step that compiles and runs a CommonJS module's text (the hook v8-compile-cache and pirates use);
  // anything outside the package, and text Node treats specially (a #! line), goes through it unchanged.
  const proto = Module.prototype as unknown as { _compile(content: string, filename: string): unknown };
  const compile = proto._compile;
  proto._compile = function (this: NodeJS.Module, content: string, filename: string): unknown {
    if (!filename.startsWith(inside) || content.startsWith("#!")) return compile.call(this, content, filename);
    const key = filename.slice(inside.length); // path.relative(root, filename), without normalising both again
    const crc = crc32(content);
    const entry = entries.get(key);
    entries.delete(key); // each module compiles once: its bytes need not stay
    const cachedData = entry && entry.crc === crc ? entry.data : undefined;
    const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${content}\n})`, {
      filename,
      cachedData,
      // import() inside a module resolves as in any module of the program (Node ≥ 20.13; before, as vm's default).
      ...(vm.constants ? { importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER } : {}),
    });
    if (!cachedData) counts.compiled++;
    else if (script.cachedDataRejected) counts.rejected++;
    else counts.used++;
    if (MODE === "record") recorded.set(key, { crc, script });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, path.dirname(filename));
  };

  return {
    counts,
    finish() {
      if (MODE === "report")
        process.stderr.write(
          `code cache: ${counts.used} used, ${counts.rejected} rejected, ${counts.compiled} compiled\n`,
        );
      if (MODE !== "record") return;
      // V8 refuses a cache made under other flags: put back the one the check changed, as a new run starts.
      restoreYoungGenerationDefault();
      const out: Record<string, Entry> = {};
      for (const [key, { crc, script }] of recorded) out[key] = { crc, data: script.createCachedData() };
      const temp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(temp, v8.serialize(out));
      fs.renameSync(temp, file);
    },
  };
}

/** The cache's entries; none when it is missing or unreadable (a run then compiles as Node does). */
function readCache(file: string): Map<string, Entry> {
  try {
    const stored = v8.deserialize(fs.readFileSync(file)) as Record<string, Entry>;
    return new Map(Object.entries(stored));
  } catch {
    return new Map();
  }
}

/**
 * fflate is the standalone page's zip codec; the CLI inflates and deflates with Node's zlib (zlibCodec.ts) and calls
 * fflate only on a Node without zlib.crc32 (before 20.15). Loading it builds its Huffman tables, ~12% of a start's
 * instructions (docs/performance.md, session 56), so it loads when one of its functions is first used. Called before
 * the CLI's modules load (bin/perf-targets.js, scripts/phases.js).
 */
export function loadFflateOnFirstUse(): void {
  const here = createRequire(__filename); // resolves fflate as the CLI's modules do (lib/ beside bin/)
  standIn(here, here.resolve("fflate"), {});
}

/**
 * The CLI uses htmlparser2's Tokenizer alone (host/xlsx/parts.ts), but the package's entry also loads its Parser and
 * the DOM libraries (domhandler, domutils, dom-serializer, entities' encoder): 23 of the 31 modules the CLI loaded from
 * node_modules, ~44 M of a start's main-thread instructions (docs/performance.md, session 58). The Tokenizer comes from
 * its own file, the one the entry re-exports; a package laid out otherwise (no such file, or no class in it) loads
 * whole, as does any other export asked for. Called where loadFflateOnFirstUse is.
 */
export function loadTokenizerAlone(): void {
  const here = createRequire(__filename);
  const entry = here.resolve("htmlparser2");
  const file = path.join(path.dirname(entry), "Tokenizer.js");
  if (!fs.existsSync(file)) return;
  // Loaded now, with the CLI's modules: V8 refuses a code cache (ours and Node's) under the flag set after them.
  const Tokenizer = (here(file) as { default?: unknown }).default;
  if (typeof Tokenizer === "function") standIn(here, entry, { Tokenizer });
}

/**
 * Put a stand-in for the module `file` in require.cache (Node documents that its entries may be added or replaced:
 * "Adding or replacing entries is also possible", doc/api/modules.md, `require.cache`): it gives the exports in
 * `early`; reading any other loads the module itself, which then replaces the stand-in.
 */
function standIn(here: NodeRequire, file: string, early: Record<string, unknown>): void {
  let module: Record<string | symbol, unknown> | null = null;
  const whole = () => {
    if (!module) {
      delete here.cache[file];
      module = here(file) as Record<string | symbol, unknown>;
    }
    return module;
  };
  const own = (name: string | symbol): name is string => typeof name === "string" && Object.hasOwn(early, name);
  const exports = new Proxy(
    {},
    {
      get: (_, name) => (own(name) ? early[name] : whole()[name]),
      has: (_, name) => own(name) || name in whole(),
    },
  );
  here.cache[file] = { id: file, filename: file, loaded: true, exports } as NodeJS.Module;
}
