/**
 * Everything the checking worker needs to read, check and write an .xlsx: host/xlsx's exported read and
 * write functions and the core. Imported only by worker/checkWorker.ts, so the reader never lands in the
 * bundle Excel loads (nor on the pane's main thread).
 */
export { readWorkbookBytes } from "../../host/xlsx/read";
export { checkWorkbook } from "../../core/check";
export { runPipeline, withDate } from "../../core/pipeline";
export { writeCheckedCopy } from "../../host/xlsx/write";
