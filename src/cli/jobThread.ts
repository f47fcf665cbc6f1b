/** The CLI's job, on the worker thread launch.ts starts: `main` with the main thread deflating for it. */
import { workerData } from "node:worker_threads";
import { linkedCodec, type DeflateLink } from "./deflateLink";
import { main } from "./main";

export interface JobData {
  argv: string[];
  /** Whether the process's stdout / stderr are terminals: a worker's own streams never are. */
  tty: { stdout: boolean; stderr: boolean };
  link: DeflateLink;
}

const { argv, tty, link } = workerData as JobData;
// What the job writes reaches the process's streams through the main thread, in order.
const through = (stream: NodeJS.WritableStream, isTTY: boolean) => ({ write: (s: string) => stream.write(s), isTTY });
void main(
  argv,
  { stdout: through(process.stdout, tty.stdout), stderr: through(process.stderr, tty.stderr) },
  linkedCodec(link),
).then((code) => {
  process.exitCode = code;
});
