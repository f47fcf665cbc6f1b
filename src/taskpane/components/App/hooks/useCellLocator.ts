/**
 * A click on an item: Excel / WPS select the cell, where its indicator's row is now (the anchor of its row, from the shown
 * result: core/relocate.ts), and when that row is not found the pane says the check's address was selected instead; a page
 * that cannot select says where the cell is (sheet, cell, the row's text) and copies the address, so the user can paste it
 * into the name box.
 */
import { useCallback, useState } from "react";
import { rowAnchor } from "../../../../core/relocate";
import type { CellRef, CheckResult } from "../../../../core/types";
import { errorDetail, type CellLocation, type PaneHost } from "../../../host";
import type { Lang, Translate } from "../../../strings";

export interface ShownLocation extends CellLocation {
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

export function useCellLocator(
  host: PaneHost,
  t: Translate,
  lang: Lang,
  setNotice: (text: string | null) => void,
  result: CheckResult | null,
) {
  const [location, setLocation] = useState<ShownLocation | null>(null);
  const selectCell = useCallback(
    (cell: CellRef) => {
      host
        .selectCell(cell, result && rowAnchor(result, cell))
        .then(async (found) => {
          if (!found) return;
          if ("lost" in found)
            return setNotice(t(LOST_WORDS[found.lost], { name: found.name, address: found.address }));
          setLocation({ ...found, copied: await copyText(found.address) });
        })
        .catch((e: unknown) => setNotice(t("selectFailed", { detail: errorDetail(e, lang) })));
    },
    [host, t, lang, setNotice, result],
  );
  return { location, selectCell, dismissLocation: () => setLocation(null) };
}
