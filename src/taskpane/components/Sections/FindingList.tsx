/** Messages tied to cells (review notes, reading notes, self-evaluation findings); a click selects the cell. */
import { Badge, mergeClasses } from "@fluentui/react-components";
import type { CellRef } from "../../../core/types";
import { cellLabel } from "../../model/format";
import { useStrings } from "../../strings";
import { useSectionStyles } from "./Sections.styles";

export interface FindingItem {
  key: string;
  message: string;
  severity: "info" | "warning" | "error";
  cell: CellRef | null;
}

const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

export function FindingList({ items, onSelect }: { items: FindingItem[]; onSelect(cell: CellRef): void }) {
  const t = useStrings();
  const styles = useSectionStyles();
  return (
    <ul className={styles.list}>
      {items.map((item) => {
        const content = (
          <>
            <Badge color={SEVERITY_COLOR[item.severity]} appearance="tint" shape="rounded">
              {t(`severity_${item.severity}`)}
            </Badge>
            <span>
              {item.message}
              {item.cell && <span className={styles.where}> ({cellLabel(item.cell)})</span>}
            </span>
          </>
        );
        const cell = item.cell;
        return (
          <li key={item.key}>
            {cell ? (
              <button
                type="button"
                className={mergeClasses(styles.item, styles.clickable)}
                onClick={() => onSelect(cell)}
              >
                {content}
              </button>
            ) : (
              <div className={styles.item}>{content}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
