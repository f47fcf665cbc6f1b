/** What the tests of the CLI's second thread share: the thread made their way, and a pause of the main thread. */
import threads from "node:worker_threads";
import { deflatingElsewhere, startDeflateWorker } from "../../src/cli/zlibCodec";
import type { Codec } from "../../src/host/xlsx/zip";

export const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

export type Make = (Real: typeof threads.Worker, source: string, options: threads.WorkerOptions) => threads.Worker;

/**
 * The codec, its thread made by `make` from the thread's source and options and given time to start (a loaded machine
 * can take over the second the writer waits, and the tests would then never meet a thread).
 */
export async function codecWith(
  make: Make = (Real, source, options) => new Real(source, options),
  last = true,
): Promise<Codec> {
  const Real = threads.Worker;
  let made: threads.Worker | null = null;
  const spy = jest
    .spyOn(threads, "Worker")
    .mockImplementation((source, options) => (made = make(Real, String(source), options ?? {})));
  try {
    startDeflateWorker();
    if (made) await new Promise((resolve) => made!.once("online", resolve));
    await new Promise((resolve) => setTimeout(resolve, 100));
    return deflatingElsewhere({ last });
  } finally {
    spy.mockRestore();
  }
}
