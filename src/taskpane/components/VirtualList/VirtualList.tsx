/**
 * A list that renders only the rows near the viewport (@tanstack/react-virtual, scrolled by the page),
 * so 300 projects or 3,000 findings cost a few dozen DOM rows. Rows are measured as they render, so
 * an expanded project can be any height.
 */
import { makeStyles } from "@fluentui/react-components";
import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef, useState, type ReactNode } from "react";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, position: "relative", width: "100%" },
  row: { position: "absolute", top: 0, left: 0, width: "100%", boxSizing: "border-box" },
});

interface VirtualListProps<T> {
  items: readonly T[];
  getKey(item: T): string;
  /** A first guess of a row's height in px (rows are measured once drawn). */
  estimate: number;
  /** Space between rows, px. */
  gap?: number;
  renderItem(item: T, index: number): ReactNode;
  "aria-label"?: string;
  "data-testid"?: string;
}

export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, getKey, estimate, gap = 0, renderItem } = props;
  const styles = useStyles();
  const listRef = useRef<HTMLUListElement>(null);
  const [offset, setOffset] = useState(0);
  const [drawn, setDrawn] = useState(false);
  // The list starts below the header, whose height changes (notices, progress): keep the offset current.
  useEffect(() => {
    const measure = () => {
      const top = (listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
      setOffset((before) => (Math.abs(before - top) > 1 ? top : before));
    };
    // Rows come one frame after the list: the page around them is laid out in that frame, not forced
    // inside the task that mounts everything (one such task held the page's thread 140 ms and more).
    const frame = requestAnimationFrame(() => {
      measure();
      setDrawn(true);
    });
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, []);
  const virtualizer = useWindowVirtualizer({
    // Off until then: even reading the page's scroll position would force that layout.
    enabled: drawn,
    count: items.length,
    estimateSize: () => estimate,
    overscan: 6,
    gap,
    scrollMargin: offset,
    getItemKey: (index) => getKey(items[index]),
  });
  return (
    <ul
      ref={listRef}
      className={styles.list}
      style={{ height: virtualizer.getTotalSize() }}
      aria-label={props["aria-label"]}
      data-testid={props["data-testid"]}
    >
      {virtualizer.getVirtualItems().map((row) => (
        <li
          key={row.key}
          data-index={row.index}
          ref={virtualizer.measureElement}
          className={styles.row}
          style={{ transform: `translateY(${row.start - offset}px)` }}
        >
          {renderItem(items[row.index], row.index)}
        </li>
      ))}
    </ul>
  );
}
