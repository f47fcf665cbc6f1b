/** One request to the session → its progress and its one answer (shared by the worker and the tests). */
import type { WorkerReply, WorkerRequest } from "./protocol";
import { SessionError, type Session } from "./session";

export type Post = (reply: WorkerReply, transfer?: Transferable[]) => void;

export async function handleRequest(session: Session, request: WorkerRequest, post: Post): Promise<void> {
  const progress = (p: Parameters<Parameters<Session["open"]>[1]>[0]) =>
    post({ id: request.id, type: "progress", progress: p });
  try {
    switch (request.type) {
      case "open":
        post({ id: request.id, type: "done", value: await session.open(request.data, progress) });
        return;
      case "check":
        post({ id: request.id, type: "done", value: session.check(request.settings, progress) });
        return;
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
    post({ id: request.id, type: "failed", code, message: error instanceof Error ? error.message : String(error) });
  }
}
