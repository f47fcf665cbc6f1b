/** Errors of the WPS adapter: catalogue messages (host.*), worded in the user's language where they reach them. */
import { say } from "../../core/locale/messages";
import { PerfTargetsError } from "../excel/errors";
import { bookName } from "./model";

export {
  noTableError,
  protectedError,
  PerfTargetsError,
  refusedError,
  sheetGoneError,
  stoppedWriting,
  structureError,
} from "../excel/errors";

export const noWorkbookError = () => new PerfTargetsError(say("host.no-workbook", {}), "excel");

/** The workbook a result came from (its FullName) is no longer open: named as on its tab ("D:\\绩效\\甲单位.xlsx" → 甲单位.xlsx). */
export const workbookClosedError = (fullName: string) =>
  new PerfTargetsError(say("host.workbook-closed", { workbook: bookName(fullName) }), "excel");

/** Anything WPS throws, as one line (its own message kept for the person who supports the user). */
export function explainWps(error: unknown): PerfTargetsError {
  if (error instanceof PerfTargetsError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new PerfTargetsError(say("host.error", { host: "WPS", detail }), "excel");
}
