/** Target notation (指标值): parse any target cell into a typed target. */
export { parseTarget, targetFromName, clearTargetMemo, targetMemoSize, signOfColumns } from "./parseTarget";
export {
  normalizeText,
  parseDateText,
  parseQuantity,
  lowerIsBetter,
  canonicalUnit,
  isTimeUnit,
  isMoneyUnit,
  isDateFormat,
  isPercentFormat,
} from "./text";
export { formatTarget, formatQuantity, COMPARATOR_SYMBOL } from "./format";
