/**
 * A click on an item: Excel / WPS select the cell, where its row is now (the anchor of its row, from the shown result:
 * core/relocate.ts — its indicator, or the check's mark of a row that is none's), and when that row is not found the pane
 * says the check's address was selected instead; a page that cannot select says where the cell is (sheet, cell, the row's
 * text) and copies the address, so the user can paste it into the name box.
 */
import { useCallback, useState } from "react";
import { cellAnchor, sheetAtCheck } from "../../../../core/relocate";
import type { CellRef, CheckResult } from "../../../../core/types";
import { errorDetail, type CellLocation, type PaneHost } from "../../../host";
import type { Wording } from "../../../strings";

interface ShownLocation extends CellLocation {
  copied: boolean;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // no clipboard (permissions, insecure page): the address is still shown
  }
}

const LOST_WORDS = {
  "not-found": "jumpLost_notFound",
  ambiguous: "jumpLost_ambiguous",
  unread: "jumpLost_unread",
} as const;
/** The same for a row that is no indicator's (a header block's line, the header row, a goal in prose), named by its text. */
const LOST_ROW_WORDS = {
  "not-found": "jumpLostRow_notFound",
  ambiguous: "jumpLostRow_ambiguous",
  unread: "jumpLostRow_unread",
} as const;

export function useCellLocator(
  host: PaneHost,
  setNotice: (wording: Wording | null) => void,
  result: CheckResult | null,
) {
  const [location, setLocation] = useState<ShownLocation | null>(null);
  const selectCell = useCallback(
    (cell: CellRef) => {
      host
        .selectCell(cell, result && cellAnchor(result, cell), result ? sheetAtCheck(result, cell.sheet) : undefined)
        .then(async (found) => {
          if (!found) return;
          if ("hiddenRow" in found)
            return setNotice((t) => t("jumpRowHidden", { row: found.hiddenRow, address: found.address }));
          if ("renamed" in found)
            return setNotice((t) => t("jumpRenamed", { ...found.renamed, address: found.address }));
          if ("lost" in found) {
            const key = (found.row ? LOST_ROW_WORDS : LOST_WORDS)[found.lost];
            return setNotice((t) => t(key, { name: found.name, address: found.address }));
          }
          setLocation({ ...found, copied: await copyText(found.address) });
        })
        .catch((e: unknown) => setNotice((t, lang) => t("selectFailed", { detail: errorDetail(e, lang) })));
    },
    [host, setNotice, result],
  );
  return { location, selectCell, dismissLocation: () => setLocation(null) };
}
