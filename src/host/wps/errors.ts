/** Errors of the WPS adapter, in words a finance clerk understands (Chinese first, English after). */
import { PerfTargetsError } from "../excel/errors";

export { noTableError, protectedError, PerfTargetsError } from "../excel/errors";

export const noWorkbookError = () =>
  new PerfTargetsError("WPS 表格中没有打开的工作簿：请先打开要检查的工作簿。 / No workbook is open in WPS.", "excel");

/** Anything WPS throws, as one line (its own message kept for the person who supports the user). */
export function explainWps(error: unknown): PerfTargetsError {
  if (error instanceof PerfTargetsError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new PerfTargetsError(`WPS 报告错误：${message}`, "excel");
}

/** What a plan would have to do to the workbook's sheets, which a protected structure (审阅 → 保护工作簿) forbids. */
export interface StructureNeeds {
  add: string[];
  remove: string[];
  /** Hidden sheets a highlight rule goes on: WPS places a rule from the active cell, so the sheet must be shown a moment. */
  show: string[];
}

export const structureError = (action: "检查" | "清除标记" | "保存设置", needs: StructureNeeds) => {
  const list = (sheets: string[]) => `「${sheets.join("」「")}」`;
  const parts = [
    ...(needs.show.length ? [`临时显示隐藏的工作表${list(needs.show)}以设置突出显示`] : []),
    ...(needs.add.length ? [`新建工作表${list(needs.add)}`] : []),
    ...(needs.remove.length ? [`删除工作表${list(needs.remove)}`] : []),
  ];
  const sheets = [...needs.show, ...needs.add, ...needs.remove].join(", ");
  return new PerfTargetsError(
    `工作簿结构受保护（审阅 → 保护工作簿），${action}需要${parts.join("、")}，WPS 不允许，因此未做任何改动。请先在“审阅 → 撤销工作簿保护”中取消保护再${action}，完成后可重新保护。 / The workbook's structure is protected and ${action === "检查" ? "the check" : action === "清除标记" ? "Clear marks" : "saving settings"} needs to show, add or delete sheets (${sheets}); nothing was changed: unprotect the workbook (Review → Protect Workbook), then try again.`,
    "protected",
  );
};
