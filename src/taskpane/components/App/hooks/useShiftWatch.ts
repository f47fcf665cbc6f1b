/**
 * Rows or columns inserted or deleted after the shown check (Excel tells the pane): the cells the results point to may
 * have moved, so the pane says so and offers a new check. A new result clears it.
 */
import { useEffect, useRef, useState } from "react";
import type { CheckResult } from "../../../../core/types";
import type { PaneHost } from "../../../host";

export function useShiftWatch(host: PaneHost, result: CheckResult | null): boolean {
  const shown = useRef(result);
  shown.current = result;
  /** The result that was shown when the cells moved. */
  const [shiftedUnder, setShiftedUnder] = useState<CheckResult | null>(null);
  useEffect(() => host.onCellsShifted?.(() => setShiftedUnder(shown.current)), [host]);
  return result !== null && result.tables.length > 0 && shiftedUnder === result;
}
