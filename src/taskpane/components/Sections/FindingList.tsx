/**
 * Messages tied to cells (review notes, reading notes, self-evaluation findings); a click selects the
 * cell in Excel, or shows where it is in the standalone page. Long lists are virtualised. Each message
 * is worded from its code and parameters by the core's catalogue in the pane's language.
 */
import { Badge, Button, makeStyles, mergeClasses, SearchBox, ToggleButton, tokens } from "@fluentui/react-components";
import { useContext, useDeferredValue, useMemo, useRef, useState } from "react";
import { renderMessage, type Message } from "../../../core/locale/messages";
import type { CellRef } from "../../../core/types";
import { cellLabel, paneText } from "../../model/format";
import { normalizeSearch, searchKeyOf, SEVERITIES, type Severity } from "../../model/views";
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
/** An error's badge is filled, a warning's and a hint's tinted: told apart by more than their hue. */
const SEVERITY_APPEARANCE = { error: "filled", warning: "tint", info: "outline" } as const;

/** From this many items on a list renders only what is near the viewport. */
export const VIRTUAL_FROM = 40;

const useStyles = makeStyles({
  badge: { whiteSpace: "nowrap", flexShrink: 0 },
  filters: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  search: { flexGrow: 1, flexBasis: "180px", minWidth: 0, maxWidth: "100%", boxSizing: "border-box" },
  searchInput: { width: 0, minWidth: 0 },
  shown: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  group: {
    margin: `${tokens.spacingVerticalS} 0 2px`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  // Heard, not seen: the badge's word and the note are two phrases ("错误：…"), not one run-on word.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

function Finding({ item, onSelect }: { item: FindingItem; onSelect(cell: CellRef): void }) {
  const t = useStrings();
  const lang = useContext(LangContext);
  const styles = useSectionStyles();
  const own = useStyles();
  const content = (
    <>
      <Badge
        className={own.badge}
        color={SEVERITY_COLOR[item.severity]}
        appearance={SEVERITY_APPEARANCE[item.severity]}
        shape="rounded"
        data-severity={item.severity}
      >
        {t(`severity_${item.severity}`)}
        <span className={own.hidden}>{t("colon")}</span>
      </Badge>
      <span className={styles.text}>
        {paneText(renderMessage(item.text, lang))}
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

/**
 * Where each severity's run starts in a list sorted by it, with the run's length: a heading there ("错误（3 条）") a
 * reader sees and a screen reader jumps by. None when the list holds one severity only.
 */
function groupStarts(items: readonly FindingItem[]): Map<number, number> {
  const starts = new Map<number, number>();
  let start = 0;
  items.forEach((item, i) => {
    if (i > 0 && item.severity !== items[i - 1].severity) start = i;
    starts.set(start, (starts.get(start) ?? 0) + 1);
  });
  return starts.size > 1 ? starts : new Map();
}

function GroupHeading({ severity, count }: { severity: Severity; count: number }) {
  const t = useStrings();
  const own = useStyles();
  return (
    <h3 className={own.group} data-testid="finding-group">
      {t("findingGroup", { kind: t(`severity_${severity}`), count })}
    </h3>
  );
}

/** `grouped`: sorted by severity, each run under its heading. */
function ListOf(props: { items: FindingItem[]; onSelect(cell: CellRef): void; grouped?: boolean }) {
  const { items, onSelect } = props;
  const styles = useSectionStyles();
  const starts = useMemo(
    () => (props.grouped ? groupStarts(items) : new Map<number, number>()),
    [items, props.grouped],
  );
  const row = (item: FindingItem, i: number) => {
    const count = starts.get(i);
    return (
      <>
        {count !== undefined && <GroupHeading severity={item.severity} count={count} />}
        <Finding item={item} onSelect={onSelect} />
      </>
    );
  };
  if (items.length >= VIRTUAL_FROM) {
    return <VirtualList items={items} getKey={(item) => item.key} estimate={48} renderItem={row} />;
  }
  return (
    <ul className={styles.list}>
      {items.map((item, i) => (
        <li key={item.key}>{row(item, i)}</li>
      ))}
    </ul>
  );
}

/**
 * A long list's filters (a bureau's workbook: 1,000 review notes and more, 300 self-evaluations' findings): by kind,
 * each with its count, and by text (a project's sheet, an indicator, a word of the note, a table's name given as
 * `context`), so a clerk finds one unit's notes without scrolling. `shown` is what passes them, in the items' order.
 */
export function useFindingFilter(items: FindingItem[]) {
  const lang = useContext(LangContext);
  const [kinds, setKinds] = useState<Severity[]>([]);
  const [search, setSearch] = useState("");
  const query = useDeferredValue(normalizeSearch(search));
  const searching = query !== "";
  // What a search looks in: the note as shown, with its address (the sheet's name) and its context, folded as the
  // projects' search folds them. Worded at the first search, not when the tab opens (1,200 findings open their tab
  // without it).
  const texts = useMemo(
    () =>
      searching
        ? items.map((item) =>
            searchKeyOf(renderMessage(item.text, lang), item.cell ? cellLabel(item.cell) : "", item.context ?? ""),
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
  const clear = () => {
    setKinds([]);
    setSearch("");
  };
  return {
    total: items.length,
    counts,
    kinds,
    toggle,
    search,
    setSearch,
    clear,
    shown,
    filtering: kinds.length > 0 || searching,
  };
}

type FindingFilter = ReturnType<typeof useFindingFilter>;

/** The chips, the search box and how many are shown: above a filtered list (review, reading notes, self-evaluation). */
export function FindingFilters({ filter }: { filter: FindingFilter }) {
  const t = useStrings();
  const own = useStyles();
  const searchBox = useRef<HTMLInputElement>(null);
  // The button goes with what it cleared: focus to the search box, not lost to the page (keyboard only).
  const clear = () => {
    filter.clear();
    searchBox.current?.focus();
  };
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
          ref={searchBox}
        />
      </div>
      <p className={own.shown} role="status" data-testid="finding-count">
        {t("shownFindings", { shown: filter.shown.length, total: filter.total })}
      </p>
      {/* Nothing passes: the way back, as the projects tab offers it (NoMatchState). */}
      {filter.filtering && filter.shown.length === 0 && (
        <div>
          <Button onClick={clear} data-testid="finding-clear">
            {t("clearFilters")}
          </Button>
        </div>
      )}
    </>
  );
}

interface ListProps {
  items: FindingItem[];
  onSelect(cell: CellRef): void;
  /** The items are sorted by severity (bySeverity): each severity's run is headed. */
  grouped?: boolean;
}

function FilteredList({ items, onSelect, grouped }: ListProps) {
  const filter = useFindingFilter(items);
  return (
    <>
      <FindingFilters filter={filter} />
      {filter.shown.length > 0 && <ListOf items={filter.shown} onSelect={onSelect} grouped={grouped} />}
    </>
  );
}

/** `filterable`: a whole tab's list, given filters once it is long; a table's few findings are listed as they are. */
export function FindingList(props: ListProps & { filterable?: boolean }) {
  if (props.filterable && props.items.length >= VIRTUAL_FROM) return <FilteredList {...props} />;
  return <ListOf {...props} />;
}
