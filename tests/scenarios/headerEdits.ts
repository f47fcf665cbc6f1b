/**
 * The clerk retypes a seed table's indicator header (一级指标, 二级指标, 三级指标, 指标值 in A, B, C, F), so the table
 * no longer reads, and later puts it back: the edits of the unread-table scenarios.
 */
import type { UserEdit } from "./xlsxEdit";

const HEADERS: [number, string][] = [
  [0, "一级指标"],
  [1, "二级指标"],
  [2, "三级指标"],
  [5, "指标值"],
];

/** The header on `row` (0-based) of `sheet` retyped into words the reader does not take for a header. */
export const retypedHeader = (sheet: string, row: number): UserEdit[] =>
  HEADERS.map(([col], i) => ({ sheet, row, col, type: ["类", "小类", "名称", "数值"][i] }));

/** The header on `row` of `sheet` typed back as it was. */
export const restoredHeader = (sheet: string, row: number): UserEdit[] =>
  HEADERS.map(([col, type]) => ({ sheet, row, col, type }));
