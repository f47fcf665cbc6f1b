export { readWorkbook, type ReadOptions } from "./readWorkbook";
export { Grid } from "./grid";
export { displayText } from "./display";
