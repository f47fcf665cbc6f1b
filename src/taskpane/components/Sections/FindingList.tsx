/**
 * Messages tied to cells (review notes, reading notes, self-evaluation findings); a click selects the
 * cell in Excel, or shows where it is in the standalone page. Long lists are virtualised. Each message
 * is worded from its code and parameters by the core's catalogue in the pane's language.
 */
import { Badge, makeStyles, mergeClasses } from "@fluentui/react-components";
import { useContext } from "react";
import { renderMessage, type Message } from "../../../core/locale/messages";
import type { CellRef } from "../../../core/types";
import { cellLabel } from "../../model/format";
import { LangContext, useStrings } from "../../strings";
import { VirtualList } from "../VirtualList/VirtualList";
import { useSectionStyles } from "./Sections.styles";

export interface FindingItem {
  key: string;
  /** The message as code and parameters (review, self-evaluation, reading notes alike). */
  text: Message;
  severity: "info" | "warning" | "error";
  cell: CellRef | null;
}

const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

/** From this many items on a list renders only what is near the viewport. */
export const VIRTUAL_FROM = 40;

const useStyles = makeStyles({ badge: { whiteSpace: "nowrap", flexShrink: 0 } });

function Finding({ item, onSelect }: { item: FindingItem; onSelect(cell: CellRef): void }) {
  const t = useStrings();
  const lang = useContext(LangContext);
  const styles = useSectionStyles();
  const own = useStyles();
  const content = (
    <>
      <Badge className={own.badge} color={SEVERITY_COLOR[item.severity]} appearance="tint" shape="rounded">
        {t(`severity_${item.severity}`)}
      </Badge>
      <span className={styles.text}>
        {renderMessage(item.text, lang)}
        {item.cell && <span className={styles.where}> ({cellLabel(item.cell)})</span>}
      </span>
    </>
  );
  const cell = item.cell;
  return cell ? (
    <button
      type="button"
      className={mergeClasses(styles.item, styles.clickable)}
      onClick={() => onSelect(cell)}
      data-testid="finding"
    >
      {content}
    </button>
  ) : (
    <div className={styles.item} data-testid="finding">
      {content}
    </div>
  );
}

export function FindingList({ items, onSelect }: { items: FindingItem[]; onSelect(cell: CellRef): void }) {
  const styles = useSectionStyles();
  if (items.length >= VIRTUAL_FROM) {
    return (
      <VirtualList
        items={items}
        getKey={(item) => item.key}
        estimate={48}
        renderItem={(item) => <Finding item={item} onSelect={onSelect} />}
      />
    );
  }
  return (
    <ul className={styles.list}>
      {items.map((item) => (
        <li key={item.key}>
          <Finding item={item} onSelect={onSelect} />
        </li>
      ))}
    </ul>
  );
}
