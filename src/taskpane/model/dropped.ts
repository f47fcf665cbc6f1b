/**
 * What a drop onto the standalone page opens. The page checks one file at a time; a clerk drops what the file manager
 * has selected: two workbooks, a workbook with its Word notice, or the unit's folder. The first workbook among them is
 * opened, and the pane names what was not (before, the first item was opened whatever it was and the rest left
 * unsaid; a folder was read as a file and failed with the browser's English “NotFoundError”).
 */
import { WORKBOOK_EXTENSIONS, WORKBOOK_NAME } from "../../host/xlsx/container";
import type { PickedFile } from "../host";
import type { Translate, Wording } from "../strings";

interface DroppedItem {
  file: PickedFile;
  /** A folder: browsers list it among the dropped files, but its bytes cannot be read. */
  folder: boolean;
}

interface DropChoice {
  /** The file to open: the first workbook by name, else the first file (its open says why it cannot be checked). */
  open: PickedFile | null;
  /** What was dropped with it and not opened: files, then folders. */
  others: string[];
  /** Folders dropped. */
  folders: string[];
}

/**
 * The items of a drop, folders told apart by their entry (`webkitGetAsEntry`, in every browser the page supports; the
 * HTML standard's drag data store lists a dropped folder as a file). Without it, the dropped files as they are.
 */
export function droppedItems(transfer: DataTransfer): DroppedItem[] {
  const items = [...(transfer.items ?? [])].filter((item) => item.kind === "file");
  if (items.length === 0 || items.some((item) => typeof item.webkitGetAsEntry !== "function"))
    return [...(transfer.files ?? [])].map((file) => ({ file, folder: false }));
  return items.flatMap((item) => {
    const file = item.getAsFile();
    return file ? [{ file, folder: item.webkitGetAsEntry()?.isDirectory === true }] : [];
  });
}

/**
 * Of what was dropped on the page: the file to open (the first workbook by name, else the first file), and the
 * rest to name as not opened.
 */
export function chooseDropped(items: DroppedItem[]): DropChoice {
  const files = items.filter((item) => !item.folder).map((item) => item.file);
  const open = files.find((file) => WORKBOOK_NAME.test(file.name)) ?? files[0] ?? null;
  return {
    open,
    others: [...files.filter((file) => file !== open).map((file) => file.name), ...folders(items)],
    folders: folders(items),
  };
}

const folders = (items: DroppedItem[]) => items.filter((item) => item.folder).map((item) => item.file.name);

/** What the pane says of a drop: what was not opened, or that a folder cannot be; null when the one file is opened. */
export function dropNotice(choice: DropChoice): Wording | null {
  const names = (t: Translate, list: string[]) =>
    list.map((name) => t("quotedName", { name })).join(t("listSeparator"));
  const { open, others, folders } = choice;
  if (open && others.length > 0)
    return (t) => t("droppedOne", { name: names(t, [open.name]), others: names(t, others) });
  if (!open && folders.length > 0)
    return (t) => t("droppedFolders", { names: names(t, folders), accepted: WORKBOOK_EXTENSIONS });
  return null;
}
