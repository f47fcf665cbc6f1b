import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ZLIB_CODEC } from "../../src/cli/zlibCodec";
import { openPackage, partBytes } from "../../src/host/xlsx/zip";

const ROOT = path.join(__dirname, "..", "..");
const HOOK = path.join(ROOT, "src", "cli", "codeCache.ts");

/**
 * A package of two modules loaded through useCodeCache in a fresh Node process (as bin/perf-targets.js does), with
 * PERF_TARGETS_CODE_CACHE set to `mode`: what the modules computed and the counts the hook reports on stderr.
 */
function load(pkg: string, mode: string, node: string[] = []): { value: string; counts: string } {
  const script = `
    const cache = require(${JSON.stringify(HOOK)}).useCodeCache(${JSON.stringify(pkg)}, ${JSON.stringify(path.join(pkg, "cache.bin"))});
    process.stdout.write(String(require(${JSON.stringify(path.join(pkg, "lib", "a.js"))}).value()));
    cache.finish();`;
  const child = spawnSync(process.execPath, [...node, "--import", "tsx", "-e", script], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, PERF_TARGETS_CODE_CACHE: mode },
  });
  if (child.status !== 0) throw new Error(child.stderr);
  return { value: child.stdout, counts: /code cache: (.*)/.exec(child.stderr)?.[1] ?? "" };
}

function tempPackage(): string {
  const pkg = fs.mkdtempSync(path.join(os.tmpdir(), "code-cache-"));
  fs.mkdirSync(path.join(pkg, "lib"));
  fs.writeFileSync(
    path.join(pkg, "lib", "a.js"),
    '"use strict";\nconst b = require("./b.js");\nexports.value = () => `${b.name}:${b.twice(21)}`;\n',
  );
  fs.writeFileSync(
    path.join(pkg, "lib", "b.js"),
    '"use strict";\nexports.name = "乙";\nexports.twice = (n) => n * 2;\n',
  );
  return pkg;
}

describe("the CLI's code cache (src/cli/codeCache.ts)", () => {
  let pkg: string;
  beforeEach(() => (pkg = tempPackage()));
  afterEach(() => fs.rmSync(pkg, { recursive: true, force: true }));

  it("is made by a recording run and then used for every module, which behave as compiled from their text", () => {
    expect(load(pkg, "record").value).toBe("乙:42");
    expect(fs.statSync(path.join(pkg, "cache.bin")).size).toBeGreaterThan(0);
    expect(load(pkg, "report")).toEqual({ value: "乙:42", counts: "2 used, 0 rejected, 0 compiled" });
  });

  it("never runs an edited module from its old cache, even when the edit keeps the text's length", () => {
    load(pkg, "record");
    const b = path.join(pkg, "lib", "b.js");
    const edited = fs.readFileSync(b, "utf8").replace("n * 2", "n * 3");
    fs.writeFileSync(b, edited);
    expect(load(pkg, "report")).toEqual({ value: "乙:63", counts: "1 used, 0 rejected, 1 compiled" });
  });

  it("compiles from the text when V8 refuses the cache (other V8 flags) or the cache file is damaged", () => {
    load(pkg, "record");
    expect(load(pkg, "report", ["--max-lazy"])).toEqual({ value: "乙:42", counts: "0 used, 2 rejected, 0 compiled" });
    fs.writeFileSync(path.join(pkg, "cache.bin"), "not a cache");
    expect(load(pkg, "report")).toEqual({ value: "乙:42", counts: "0 used, 0 rejected, 2 compiled" });
  });

  it("is not used when turned off", () => {
    load(pkg, "record");
    expect(load(pkg, "off")).toEqual({ value: "乙:42", counts: "" });
  });
});

/**
 * The real CLI built into a folder of its own (tsc, then scripts/code-cache.js as `npm run build:cli` runs them), so
 * the test never depends on whether this checkout's lib/ is current. The cache must be accepted under the V8 flags
 * bin/perf-targets.js sets (a flag the check changes and does not put back would make V8 refuse all of it), and a
 * check through it gives the same copy and report as one without it.
 */
describe("the CLI as built", () => {
  let copy: string;
  beforeAll(() => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), "code-cache-cli-"));
    for (const part of ["bin", "assets", "scripts"])
      fs.cpSync(path.join(ROOT, part), path.join(copy, part), { recursive: true });
    fs.copyFileSync(path.join(ROOT, "package.json"), path.join(copy, "package.json"));
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"));
    fs.mkdirSync(path.join(copy, "src"));
    execFileSync(
      process.execPath,
      [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json", "--outDir", path.join(copy, "lib")],
      {
        cwd: ROOT,
      },
    );
    execFileSync(process.execPath, [path.join(copy, "scripts", "code-cache.js"), copy]);
  }, 180_000);
  afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

  function check(mode: string, out: string) {
    return spawnSync(
      process.execPath,
      [
        path.join(copy, "bin", "perf-targets.js"),
        "check",
        path.join(copy, "assets", "sample.xlsx"),
        "--out",
        out,
        "--json",
      ],
      { cwd: copy, encoding: "utf8", env: { ...process.env, PERF_TARGETS_CODE_CACHE: mode } },
    );
  }

  it("loads every module it needs from the cache and checks exactly as without it", () => {
    const withCache = check("report", path.join(copy, "with"));
    const without = check("off", path.join(copy, "without"));
    const counts = /code cache: (\d+) used, (\d+) rejected, (\d+) compiled/.exec(withCache.stderr);
    expect(counts?.slice(2)).toEqual(["0", "0"]);
    expect(Number(counts?.[1])).toBeGreaterThan(50); // every module the check loads: none compiled, none refused
    expect(withCache.status).toBe(without.status);
    expect(withCache.stdout.replaceAll("/with/", "/without/")).toBe(without.stdout);
    // The same parts with the same bytes (the zip entries' times differ between two runs).
    const parts = (dir: string) => {
      const pkg = openPackage(fs.readFileSync(path.join(copy, dir, "sample.checked.xlsx")), ZLIB_CODEC);
      return [...pkg.parts.keys()].map((name) => [name, Buffer.from(partBytes(pkg, name) ?? [])]);
    };
    expect(parts("with")).toEqual(parts("without"));
  });

  it("leaves Node's own modules to load from Node's code cache: its V8 flag is set only once they are loaded", () => {
    // Node keeps, per built-in module, whether it compiled from its built-in code cache (getCacheUsage, read as
    // Node's own test/parallel/test-code-cache.js does); V8 refuses that cache once a flag differs from Node's build.
    const usage = path.join(copy, "cache-usage.js");
    fs.writeFileSync(
      usage,
      `process.on("exit", () => {
        const { internalBinding } = require("internal/test/binding");
        const { compiledWithCache, compiledWithoutCache } = internalBinding("builtins").getCacheUsage();
        process.stderr.write("builtins from cache: " + JSON.stringify([...compiledWithCache]) + "\\n");
        process.stderr.write("builtins compiled: " + JSON.stringify([...compiledWithoutCache]) + "\\n");
      });`,
    );
    const out = path.join(copy, "usage");
    const run = spawnSync(
      process.execPath,
      ["--expose-internals", "-r", usage, path.join(copy, "bin", "perf-targets.js"), "check", "--out", out],
      { cwd: copy, encoding: "utf8", env: { ...process.env, PERF_TARGETS_CODE_CACHE: "report" } },
    );
    expect(run.status).toBe(0);
    expect(/code cache: (\d+) used, 0 rejected, 0 compiled/.exec(run.stderr)).not.toBeNull(); // ours still used
    const fromCache = JSON.parse(/builtins from cache: (.*)/.exec(run.stderr)?.[1] ?? "[]") as string[];
    // What the CLI's own modules require (checkFile, progress, codeCache, zlibCodec); not node:crypto, whose loading
    // cost a start ~4 ms CPU for the temporary file's name alone (checkFile.ts createTemp).
    expect(fromCache).toEqual(expect.arrayContaining(["fs/promises", "readline", "vm", "zlib"]));
    expect(fromCache).not.toContain("crypto");
    // Nor one Node loads on first use (fs.promises, util.parseArgs, fs.rm's own module): none after the flag is set.
    const compiled = JSON.parse(/builtins compiled: (.*)/.exec(run.stderr)?.[1] ?? "null") as string[];
    expect(compiled.filter((m) => m !== "internal/test/binding")).toEqual([]); // that one is this probe's own
  });

  /** A check of the sample through the built CLI, node `flags` first: its status, stderr and the library files it read. */
  function checkReading(flags: string[], out: string) {
    const spy = path.join(copy, "reads.js");
    fs.writeFileSync(
      spy,
      `const fs = require("node:fs"); const read = fs.readFileSync; const seen = [];
      fs.readFileSync = function (file, ...rest) { if (/[\\/]node_modules[\\/]/.test(String(file))) seen.push(String(file)); return read.call(this, file, ...rest); };
      process.on("exit", () => fs.writeSync(2, "library files read: " + JSON.stringify(seen) + "\\n"));`,
    );
    const run = spawnSync(
      process.execPath,
      [...flags, "-r", spy, path.join(copy, "bin", "perf-targets.js"), "check", "--out", out],
      { cwd: copy, encoding: "utf8" },
    );
    const read = (JSON.parse(/library files read: (.*)/.exec(run.stderr)?.[1] ?? "null") as string[]).map((file) =>
      file.split(path.sep).join("/"),
    );
    return { ...run, read, fflateRead: read.filter((file) => file.includes("/fflate/")) };
  }

  it("loads htmlparser2's Tokenizer from its own file, not the package's Parser and DOM libraries", () => {
    const run = checkReading([], path.join(copy, "tokenizer"));
    expect(run.status).toBe(0);
    const packages = new Set(run.read.map((file) => /.*\/node_modules\/([^/]+)\//.exec(file)?.[1]));
    expect([...packages].sort()).toEqual(["entities", "htmlparser2"]); // entities: the Tokenizer's decoder
    const ours = run.read.filter((file) => /\/node_modules\/htmlparser2\/(?!package\.json)/.test(file));
    expect(ours.map((file) => path.posix.basename(file))).toEqual(["Tokenizer.js"]);
  });

  it("never loads fflate when Node's zlib does the work, and loads it on first use on a Node without zlib.crc32", () => {
    const native = checkReading([], path.join(copy, "native"));
    expect(native.status).toBe(0);
    expect(native.fflateRead).toEqual([]);
    // Node before 20.15: zlibCodec deflates and checksums with fflate, which now loads when first called.
    const noCrc = path.join(copy, "no-crc32.js");
    fs.writeFileSync(noCrc, 'require("node:zlib").crc32 = undefined;');
    const fallback = checkReading(["-r", noCrc], path.join(copy, "fallback"));
    expect(fallback.status).toBe(0);
    expect(fallback.fflateRead.length).toBeGreaterThan(0);
    const parts = (dir: string) => {
      const pkg = openPackage(fs.readFileSync(path.join(copy, dir, "sample.checked.xlsx")), ZLIB_CODEC);
      return [...pkg.parts.keys()].map((name) => [name, Buffer.from(partBytes(pkg, name) ?? [])]);
    };
    expect(parts("fallback")).toEqual(parts("native"));
  });

  it("runs the sources when one that lib/ was compiled from is newer, not when one the CLI never loads is", () => {
    const later = new Date(Date.now() + 60_000);
    const version = () =>
      spawnSync(process.execPath, [path.join(copy, "bin", "perf-targets.js"), "--version"], {
        cwd: copy,
        encoding: "utf8",
      });
    const pane = path.join(copy, "src", "taskpane", "pane.ts");
    fs.mkdirSync(path.dirname(pane), { recursive: true });
    fs.writeFileSync(pane, "export {};\n");
    fs.utimesSync(pane, later, later);
    const compiled = version();
    expect(compiled.status).toBe(0);
    expect(compiled.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(copy, "package.json"), "utf8")).version);
    // An edited src/cli/main.ts (here one that only says where it ran from) is run through tsx.
    const main = path.join(copy, "src", "cli", "main.ts");
    fs.mkdirSync(path.dirname(main), { recursive: true });
    fs.writeFileSync(
      main,
      'export const exitCleanlyOnSignals = (): void => undefined;\nexport const main = async (): Promise<number> => (process.stdout.write("from src\\n"), 0);\n',
    );
    fs.utimesSync(main, later, later);
    try {
      expect(version().stdout).toBe("from src\n");
    } finally {
      fs.rmSync(path.join(copy, "src"), { recursive: true });
      fs.mkdirSync(path.join(copy, "src"));
    }
  });
});
