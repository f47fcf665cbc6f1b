/**
 * Everything the standalone host needs to check an .xlsx in the browser. Loaded only by dynamic
 * import() from standaloneHost.ts, so ExcelJS and the apply step land in a lazy chunk and never in
 * the bundle Excel loads.
 */
export { snapshotFromXlsx } from "../../host/xlsx/snapshot";
export { checkWorkbook } from "../../core/check";
export { runPipeline } from "../../core/pipeline";
export { applyPlanToExcelJs, writeXlsx } from "../../host/xlsx/apply";
