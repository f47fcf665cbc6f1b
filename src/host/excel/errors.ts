/** Errors of the Excel adapter in words a finance clerk understands (Chinese first, English after). */
import type { StructureNeeds } from "../../core/plan/sheetsTouched";

export class PerfTargetsError extends Error {
  constructor(
    message: string,
    readonly code: "no-table" | "protected" | "edit-mode" | "too-large" | "busy" | "excel",
  ) {
    super(message);
    this.name = "PerfTargetsError";
  }
}

export const noTableError = () =>
  new PerfTargetsError(
    "没有找到绩效目标表：需要一个含“三级指标”（或“指标名称”）和“指标值”的表头行。 / No performance target table found.",
    "no-table",
  );

export const protectedError = (sheets: string[]) =>
  new PerfTargetsError(
    `工作表「${sheets.join("」「")}」受保护，无法写入监控列。请先在“审阅 → 撤销工作表保护”中取消保护后再检查。 / Sheet is protected: unprotect it and run the check again.`,
    "protected",
  );

/** What the add-in was doing when Excel refused it. */
export type Action = "检查" | "清除标记" | "保存设置";

const ACTION_EN: Record<Action, string> = { 检查: "the check", 清除标记: "Clear marks", 保存设置: "saving settings" };

/**
 * The workbook's structure is protected (审阅 → 保护工作簿) and the plan must show, add or delete sheets (`needs`): Excel
 * and WPS refuse that, so the host stops before writing anything, in one line naming the sheets and the way out.
 */
export const structureError = (host: "Excel" | "WPS", action: Action, needs: StructureNeeds) => {
  const list = (sheets: string[]) => `「${sheets.join("」「")}」`;
  const parts = [
    ...(needs.show.length ? [`临时显示隐藏的工作表${list(needs.show)}以设置突出显示`] : []),
    ...(needs.add.length ? [`新建工作表${list(needs.add)}`] : []),
    ...(needs.remove.length ? [`删除工作表${list(needs.remove)}`] : []),
  ];
  const sheets = [...needs.show, ...needs.add, ...needs.remove].join(", ");
  return new PerfTargetsError(
    `工作簿结构受保护（审阅 → 保护工作簿），${action}需要${parts.join("、")}，${host} 不允许，因此未做任何改动。请先在“审阅 → 撤销工作簿保护”中取消保护再${action}，完成后可重新保护。 / The workbook's structure is protected and ${ACTION_EN[action]} needs to show, add or delete sheets (${sheets}); nothing was changed: unprotect the workbook (Review → Protect Workbook), then try again.`,
    "protected",
  );
};

/**
 * Excel refused a write (AccessDenied) that the look at protection before writing had let through: a sheet or the
 * workbook was protected while the add-in ran (by the clerk, or a co-author). Read again, the protection says which:
 * the sheets the plan writes that are protected now, else the workbook's structure with what the plan adds or deletes
 * (`structure`), else neither found, and the sheets the plan writes are named for the clerk to look at. The writes of
 * earlier syncs are done: the run is said unfinished, and running it again after unprotecting finishes it.
 */
export const refusedError = (
  action: Action,
  found: { sheets: string[] } | { structure: StructureNeeds } | { touched: string[] },
) => {
  const list = (sheets: string[]) => `「${sheets.join("」「")}」`;
  const again = `${action}未完成，取消保护后再${action}即可`;
  if ("sheets" in found)
    return new PerfTargetsError(
      `工作表${list(found.sheets)}受保护，Excel 拒绝写入，${again}（审阅 → 撤销工作表保护）。 / Sheet ${found.sheets.join(", ")} is protected and Excel refused ${ACTION_EN[action]}, which did not finish: unprotect the sheet (Review → Unprotect Sheet) and run it again.`,
      "protected",
    );
  if ("structure" in found) {
    const { add, remove, show } = found.structure;
    const parts = [
      ...(show.length ? [`显示工作表${list(show)}`] : []),
      ...(add.length ? [`新建工作表${list(add)}`] : []),
      ...(remove.length ? [`删除工作表${list(remove)}`] : []),
    ];
    return new PerfTargetsError(
      `工作簿结构受保护（审阅 → 保护工作簿），Excel 拒绝${parts.join("、")}，${again}（审阅 → 撤销工作簿保护，完成后可重新保护）。 / The workbook's structure is protected and Excel refused to add, delete or show sheets (${[...show, ...add, ...remove].join(", ")}); ${ACTION_EN[action]} did not finish: unprotect the workbook (Review → Protect Workbook) and run it again.`,
      "protected",
    );
  }
  return new PerfTargetsError(
    `Excel 拒绝写入（无权访问），${action}未完成；读不出哪里受保护：请看工作表${list(found.touched)}和工作簿是否受保护（审阅 → 撤销工作表保护 / 撤销工作簿保护），或是否有人正同时编辑，再${action}。 / Excel denied access and ${ACTION_EN[action]} did not finish: check whether sheets ${found.touched.join(", ")} or the workbook are protected, then run it again.`,
    "protected",
  );
};

export const busyError = () =>
  new PerfTargetsError(
    "正在检查或清除标记，请等它完成后再试。 / A check is already running; try again when it is done.",
    "busy",
  );

/** Office.js error codes we can explain; anything else keeps Excel's own message. */
const KNOWN: Record<string, () => PerfTargetsError> = {
  InvalidOperationInCellEditMode: () =>
    new PerfTargetsError(
      "Excel 正在编辑单元格：请先按 Enter 或 Esc 结束编辑，再点“检查目标”。 / Finish editing the cell first.",
      "edit-mode",
    ),
  // Outside a write (which names the sheet: refusedError), no sheet to name.
  AccessDenied: () =>
    new PerfTargetsError(
      "Excel 拒绝了这项操作（无权访问）：工作簿或工作表受保护（审阅 → 撤销工作表保护 / 撤销工作簿保护）。 / Excel denied access: the workbook or a sheet is protected.",
      "protected",
    ),
  RequestPayloadSizeLimitExceeded: () =>
    new PerfTargetsError(
      "工作簿太大，Excel 网页版一次传不完：请在桌面版 Excel 中检查，或把表格分到几个工作簿。 / Workbook too large for Excel on the web.",
      "too-large",
    ),
  ResponsePayloadSizeLimitExceeded: () =>
    new PerfTargetsError(
      "工作簿太大，Excel 网页版一次传不完：请在桌面版 Excel 中检查，或把表格分到几个工作簿。 / Workbook too large for Excel on the web.",
      "too-large",
    ),
};

export function explain(error: unknown): PerfTargetsError {
  if (error instanceof PerfTargetsError) return error;
  const code = (error as { code?: string })?.code;
  if (code && KNOWN[code]) return KNOWN[code]();
  const message = error instanceof Error ? error.message : String(error);
  return new PerfTargetsError(`Excel 报告错误：${message}`, "excel");
}
