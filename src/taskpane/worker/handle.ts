/** One request to the session → its progress and its one answer (shared by the worker and the tests). */
import { TABLES_PER_MESSAGE, type WorkerReply, type WorkerRequest } from "./protocol";
import { SessionError, type Session } from "./session";

type Post = (reply: WorkerReply, transfer?: Transferable[]) => void;

/** Answer one request of the pane in the worker: progress as it goes, then done or a failure, by the request's id. */
export async function handleRequest(session: Session, request: WorkerRequest, post: Post): Promise<void> {
  const progress = (p: Parameters<Parameters<Session["open"]>[1]>[0]) =>
    post({ id: request.id, type: "progress", progress: p });
  try {
    switch (request.type) {
      case "open":
        post({ id: request.id, type: "done", value: await session.open(request.data, progress) });
        return;
      case "check": {
        // A 300-table result is megabytes of objects: unpacked in one message it would hold the page's
        // main thread for hundreds of ms. Sent in parts, each part is a short task and the pane can say how far it is.
        const result = session.check(request.settings, progress);
        const total = result.tables.length;
        for (let start = 0; start < total; start += TABLES_PER_MESSAGE) {
          post({ id: request.id, type: "tables", tables: result.tables.slice(start, start + TABLES_PER_MESSAGE) });
          progress({ stage: "check", done: Math.min(total, start + TABLES_PER_MESSAGE), total });
        }
        post({ id: request.id, type: "done", value: { ...result, tables: [] } });
        return;
      }
      case "locate":
        post({ id: request.id, type: "done", value: session.locate(request.cell) });
        return;
      case "checkedCopy": {
        const bytes = await session.checkedCopy(request.settings, request.settingsJson, progress);
        post({ id: request.id, type: "done", value: bytes }, [bytes]);
        return;
      }
    }
  } catch (error) {
    const code = error instanceof SessionError ? error.code : "read-failed";
    const message = error instanceof Error ? error.message : String(error);
    post({
      id: request.id,
      type: "failed",
      code,
      message,
      words: error instanceof SessionError ? error.words : undefined,
      reason: error instanceof SessionError ? error.reason : undefined,
    });
  }
}
