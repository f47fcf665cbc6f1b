/**
 * A click on an item: Excel selects the cell; a page that cannot select says where the cell is
 * (sheet, cell, the row's text) and copies the address, so the user can paste it into the name box.
 */
import { useCallback, useState } from "react";
import type { CellRef } from "../../../../core/types";
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

export function useCellLocator(host: PaneHost, t: Translate, lang: Lang, setNotice: (text: string | null) => void) {
  const [location, setLocation] = useState<ShownLocation | null>(null);
  const selectCell = useCallback(
    (cell: CellRef) => {
      host
        .selectCell(cell)
        .then(async (found) => {
          if (!found) return;
          setLocation({ ...found, copied: await copyText(found.address) });
        })
        .catch((e: unknown) => setNotice(t("selectFailed", { detail: errorDetail(e, lang) })));
    },
    [host, t, lang, setNotice],
  );
  return { location, selectCell, dismissLocation: () => setLocation(null) };
}
