import { MessageChannel, Worker, type MessagePort } from "node:worker_threads";
import zlib from "node:zlib";
import type { Reply, Request } from "./deflateLink";
import type { JobData } from "./jobThread";
import { deflateOptions } from "./zlibOptions";

/**
 * `perf-targets` runs its job (main.ts) on a worker thread and keeps the main thread for deflating the
 * checked copy's parts meanwhile (deflateLink.ts); this thread loads only what that takes, not the package
 * code. A worker's young generation can also be sized (Node's `resourceLimits`), which the main thread's
 * cannot once Node has started: V8's default lets it grow to 48 MB, and the job's short-lived objects (the
 * checked cells, the plan's operations) then hold that much more memory at the peak. Measured on the
 * bench's 1,000-table workbook: README (性能).
 */
const YOUNG_GENERATION_MB = 24;

/**
 * `job.file`: what the worker runs (jobThread, compiled or its source); `job.loader`: the absolute path of
 * a module that registers a TypeScript loader first (tsx's, for the source), resolved by the caller because
 * an eval'd worker resolves modules from the working folder.
 */
export function launch(argv: string[], job: { file: string; loader?: string }): void {
  const { port1, port2 } = new MessageChannel();
  const counter = new SharedArrayBuffer(4);
  serveDeflates(port1, counter);
  const data: JobData = {
    argv,
    tty: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
    link: { port: port2, counter },
  };
  const source = `${job.loader ? `require(${JSON.stringify(job.loader)}).register();` : ""}require(${JSON.stringify(job.file)});`;
  const worker = new Worker(source, {
    eval: true,
    workerData: data,
    transferList: [port2],
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  worker.on("error", (error) => {
    console.error(`perf-targets: ${error && error.stack ? error.stack : String(error)}`);
    process.exitCode = 1;
  });
  worker.on("exit", (code) => {
    process.exitCode ||= code;
    port1.close();
  });
}

/** The main thread's side: deflate each part the job sends, as `deflateNow` would, and send it back. */
export function serveDeflates(port: MessagePort, counter: SharedArrayBuffer): void {
  const sent = new Int32Array(counter);
  port.on("message", ({ id, bytes }: Request) => {
    try {
      const data = new Uint8Array(zlib.deflateRawSync(bytes, deflateOptions(bytes.length)));
      port.postMessage({ id, data, crc: zlib.crc32(bytes) } satisfies Reply, [data.buffer]);
    } catch {
      port.postMessage({ id, bytes } satisfies Reply, [bytes.buffer]);
    }
    Atomics.add(sent, 0, 1);
    Atomics.notify(sent, 0);
  });
}
