/**
 * The sheet changed under the shown check (Excel and WPS tell the pane): rows or columns inserted or deleted (the cells
 * the results point to may have moved), or cells of a checked sheet edited by the user (actuals typed: the results may
 * be out of date). The pane says so and offers a new check. A new result clears it.
 */
import { useEffect, useRef, useState } from "react";
import type { CheckResult } from "../../../../core/types";
import type { EditedSheet, PaneHost } from "../../../host";

/** What happened to the shown result's sheets since the check; moved cells say more than edited ones. */
type Stale = "shifted" | "edited" | null;

/** The edited sheet holds a table of the result (by its id where the host gives one: a rename since changes nothing). */
function editedChecked(result: CheckResult, edited: EditedSheet): boolean {
  return result.tables.some(
    ({ table }) =>
      (edited.id !== undefined && result.sheetIds?.[table.sheet] === edited.id) ||
      (edited.name !== undefined && table.sheet === edited.name),
  );
}

export function useShiftWatch(host: PaneHost, result: CheckResult | null): Stale {
  const shown = useRef(result);
  shown.current = result;
  /** The result that was shown when the cells moved, and when checked cells were edited. */
  const [shiftedUnder, setShiftedUnder] = useState<CheckResult | null>(null);
  const [editedUnder, setEditedUnder] = useState<CheckResult | null>(null);
  useEffect(() => host.onCellsShifted?.(() => setShiftedUnder(shown.current)), [host]);
  useEffect(
    () =>
      host.onCellsEdited?.((edited) => {
        const now = shown.current;
        if (now && editedChecked(now, edited)) setEditedUnder(now);
      }),
    [host],
  );
  if (result === null || result.tables.length === 0) return null;
  return shiftedUnder === result ? "shifted" : editedUnder === result ? "edited" : null;
}
