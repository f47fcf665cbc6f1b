/**
 * The checking worker (its own webpack entry, check-worker.js): reads and checks the opened .xlsx off
 * the main thread so the pane never freezes. Cancelling is terminating this worker.
 */
import * as engine from "../hosts/standaloneEngine";
import { handleRequest } from "./handle";
import type { WorkerReply, WorkerRequest } from "./protocol";
import { createSession } from "./session";

const session = createSession(engine);
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  void handleRequest(session, event.data, (reply, transfer) => scope.postMessage(reply, transfer ?? []));
};
