export { readWorkbook, type ReadOptions } from "./readWorkbook";
export { SheetGrid } from "./sheetGrid";
export { displayText } from "./display";
