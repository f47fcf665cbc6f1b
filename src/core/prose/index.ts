export {
  extractProseTargets,
  proseTables,
  unitTableRows,
  UNIT_TABLE_HEADER,
  UNIT_TABLE_NAME,
  type ProseTarget,
} from "./extractProse";
