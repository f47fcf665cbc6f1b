/**
 * Test helper: Microsoft's Open XML SDK validator (the .NET SDK's schema and semantic checks, compiled to WebAssembly
 * by @ooxml-tools/validate), the strictest judge of a package this machine has without Excel. It runs in a child
 * process: the package is an ES module, and its .NET runtime stays out of jest's workers. Under jest that child is
 * one validator per jest worker for the whole run (tests/setup/runSetup.ts), asked over a local socket; elsewhere,
 * one per call.
 */
import { spawnSync } from "node:child_process";
import { connect } from "node:net";
import path from "node:path";
import { sdkSocket } from "../../setup/runSetup";

export interface SdkError {
  id: string;
  description: string;
  path: { xpath: string; partUri: string };
}

const CHILD = path.join(__dirname, "openXmlSdkChild.mjs");

/** Each file's validation errors (Microsoft 365's rules). */
export async function openXmlErrors(files: string[]): Promise<Record<string, SdkError[]>> {
  const run = process.env.PERF_TEST_RUN_DIR;
  if (!run) {
    const child = spawnSync(process.execPath, [CHILD, ...files], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    if (child.status !== 0) throw new Error(`Open XML SDK validator failed: ${child.stderr}`);
    return JSON.parse(child.stdout) as Record<string, SdkError[]>;
  }
  const socket = sdkSocket(run, process.env.JEST_WORKER_ID);
  const reply = await new Promise<string>((resolve, reject) => {
    let text = "";
    const client = connect(socket, () => client.write(`${JSON.stringify(files)}\n`));
    client.setEncoding("utf8");
    client.on("data", (chunk: string) => (text += chunk));
    client.on("end", () => (text ? resolve(text) : reject(new Error("Open XML SDK validator closed without a reply"))));
    client.on("error", (e) => reject(new Error(`Open XML SDK validator failed: ${e.message}`)));
  });
  const result = JSON.parse(reply) as Record<string, SdkError[]> & { error?: string };
  if (typeof result.error === "string") throw new Error(`Open XML SDK validator failed: ${result.error}`);
  return result;
}

/** An error as a kind: the part (numbers generalised: sheet7 → sheetN), the place without positions, the message. */
export function errorKind(e: SdkError): string {
  return `${e.id} in ${e.path.partUri.replace(/\d+/g, "N")} at ${e.path.xpath.replace(/\[\d+\]/g, "")}: ${e.description}`;
}

/** The errors of `after` that `before` does not have as many times (by kind): what a change added. */
export function addedErrors(before: SdkError[], after: SdkError[]): string[] {
  const left = new Map<string, number>();
  for (const e of before) left.set(errorKind(e), (left.get(errorKind(e)) ?? 0) + 1);
  const added: string[] = [];
  for (const e of after) {
    const kind = errorKind(e);
    const n = left.get(kind) ?? 0;
    if (n > 0) left.set(kind, n - 1);
    else added.push(kind);
  }
  return added;
}
