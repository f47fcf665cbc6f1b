/** The perf-targets command as a user runs it: a separate Node process on bin/perf-targets.js. */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export const ROOT = path.join(__dirname, "..", "..");
export const BIN = path.join(ROOT, "bin", "perf-targets.js");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in `cwd`; `node` flags go before the script (a heap limit), `timeout` ends a run that hangs. */
export function runCli(args: string[], cwd: string, extra: { node?: string[]; timeout?: number } = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...(extra.node ?? []), BIN, ...args],
      { cwd, maxBuffer: 64 * 1024 * 1024, ...(extra.timeout ? { timeout: extra.timeout } : {}) },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** The CLI started and left running, for a test that acts while it works (a Ctrl-C): its process and its end. */
export function startCli(
  args: string[],
  cwd: string,
): { child: ChildProcess; done: Promise<Run & { signal: string | null }> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Run & { signal: string | null }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code: code ?? -1, signal, stdout, stderr })),
  );
  return { child, done };
}
