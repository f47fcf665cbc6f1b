/** Errors of the WPS adapter, in words a finance clerk understands (Chinese first, English after). */
import { PerfTargetsError } from "../excel/errors";

export { noTableError, protectedError, PerfTargetsError, structureError } from "../excel/errors";

export const noWorkbookError = () =>
  new PerfTargetsError("WPS 表格中没有打开的工作簿：请先打开要检查的工作簿。 / No workbook is open in WPS.", "excel");

/** Anything WPS throws, as one line (its own message kept for the person who supports the user). */
export function explainWps(error: unknown): PerfTargetsError {
  if (error instanceof PerfTargetsError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new PerfTargetsError(`WPS 报告错误：${message}`, "excel");
}
