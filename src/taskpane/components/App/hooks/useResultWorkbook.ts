/**
 * Which workbook the shown results are of (Excel / WPS), and which one is in front now: the pane names it, and says so
 * when the clerk has another workbook in front (WPS keeps one pane for all of a window's workbooks).
 */
import { useEffect, useState } from "react";
import type { CheckResult } from "../../../../core/types";
import type { PaneHost, ResultWorkbook } from "../../../host";

export function useResultWorkbook(host: PaneHost, result: CheckResult | null): ResultWorkbook | null {
  const [workbook, setWorkbook] = useState<ResultWorkbook | null>(null);
  useEffect(() => {
    setWorkbook(null);
    if (!result || !host.watchWorkbook) return;
    return host.watchWorkbook(result, setWorkbook);
  }, [host, result]);
  return workbook;
}
