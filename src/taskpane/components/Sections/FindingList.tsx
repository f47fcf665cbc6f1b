/**
 * Messages tied to cells (review notes, reading notes, self-evaluation findings); a click selects the
 * cell in Excel, or shows where it is in the standalone page. Long lists are virtualised. Each message
 * is worded from its code and parameters by the core's catalogue in the pane's language.
 */
import { Badge, makeStyles, mergeClasses, SearchBox, ToggleButton, tokens } from "@fluentui/react-components";
import { useContext, useDeferredValue, useMemo, useState } from "react";
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
  /** More words a search finds it by: the self-evaluation's table name (its findings' text does not say it). */
  context?: string;
}

const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

/** From this many items on a list renders only what is near the viewport. */
export const VIRTUAL_FROM = 40;

const useStyles = makeStyles({
  badge: { whiteSpace: "nowrap", flexShrink: 0 },
  filters: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  search: { flexGrow: 1, flexBasis: "180px", minWidth: 0, maxWidth: "100%", boxSizing: "border-box" },
  searchInput: { width: 0, minWidth: 0 },
  shown: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

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

function ListOf({ items, onSelect }: { items: FindingItem[]; onSelect(cell: CellRef): void }) {
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

const SEVERITIES = ["error", "warning", "info"] as const;
type Severity = (typeof SEVERITIES)[number];

/**
 * A long list's filters (a bureau's workbook: 1,000 review notes and more, 300 self-evaluations' findings): by kind,
 * each with its count, and by text (a project's sheet, an indicator, a word of the note, a table's name given as
 * `context`), so a clerk finds one unit's notes without scrolling. `shown` is what passes them, in the items' order.
 */
export function useFindingFilter(items: FindingItem[]) {
  const lang = useContext(LangContext);
  const [kinds, setKinds] = useState<Severity[]>([]);
  const [search, setSearch] = useState("");
  const query = useDeferredValue(search.trim().toLowerCase());
  const searching = query !== "";
  // What a search looks in: the note as shown, with its address (the sheet's name) and its context. Worded at the
  // first search, not when the tab opens (1,200 findings open their tab without it).
  const texts = useMemo(
    () =>
      searching
        ? items.map((item) =>
            `${renderMessage(item.text, lang)} ${item.cell ? cellLabel(item.cell) : ""} ${item.context ?? ""}`.toLowerCase(),
          )
        : null,
    [items, lang, searching],
  );
  const counts = useMemo(() => {
    const n: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const item of items) n[item.severity] += 1;
    return n;
  }, [items]);
  const shown = useMemo(
    () =>
      items.filter(
        (item, i) => (kinds.length === 0 || kinds.includes(item.severity)) && (!texts || texts[i].includes(query)),
      ),
    [items, texts, kinds, query],
  );
  const toggle = (kind: Severity) =>
    setKinds((before) => (before.includes(kind) ? before.filter((k) => k !== kind) : [...before, kind]));
  return {
    total: items.length,
    counts,
    kinds,
    toggle,
    search,
    setSearch,
    shown,
    filtering: kinds.length > 0 || searching,
  };
}

export type FindingFilter = ReturnType<typeof useFindingFilter>;

/** The chips, the search box and how many are shown: above a filtered list (review, reading notes, self-evaluation). */
export function FindingFilters({ filter }: { filter: FindingFilter }) {
  const t = useStrings();
  const own = useStyles();
  return (
    <>
      <div className={own.filters} role="group" aria-label={t("findingFilterGroup")}>
        {SEVERITIES.filter((kind) => filter.counts[kind] > 0).map((kind) => (
          <ToggleButton
            key={kind}
            size="small"
            checked={filter.kinds.includes(kind)}
            onClick={() => filter.toggle(kind)}
            data-testid={`finding-kind-${kind}`}
          >
            {t("findingKindChip", { kind: t(`severity_${kind}`), count: filter.counts[kind] })}
          </ToggleButton>
        ))}
        <SearchBox
          className={own.search}
          input={{ className: own.searchInput }}
          value={filter.search}
          onChange={(_, data) => filter.setSearch(data.value)}
          placeholder={t("findingSearchPlaceholder")}
          aria-label={t("findingSearchLabel")}
          dismiss={{ "aria-label": t("searchClear"), title: t("searchClear") }}
          data-testid="finding-search"
        />
      </div>
      <p className={own.shown} role="status" data-testid="finding-count">
        {t("shownFindings", { shown: filter.shown.length, total: filter.total })}
      </p>
    </>
  );
}

function FilteredList({ items, onSelect }: { items: FindingItem[]; onSelect(cell: CellRef): void }) {
  const filter = useFindingFilter(items);
  return (
    <>
      <FindingFilters filter={filter} />
      {filter.shown.length > 0 && <ListOf items={filter.shown} onSelect={onSelect} />}
    </>
  );
}

/** `filterable`: a whole tab's list, given filters once it is long; a table's few findings are listed as they are. */
export function FindingList(props: { items: FindingItem[]; onSelect(cell: CellRef): void; filterable?: boolean }) {
  if (props.filterable && props.items.length >= VIRTUAL_FROM)
    return <FilteredList items={props.items} onSelect={props.onSelect} />;
  return <ListOf items={props.items} onSelect={props.onSelect} />;
}
