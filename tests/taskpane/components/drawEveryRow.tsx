/**
 * A stand-in for the pane's VirtualList under jsdom, which lays nothing out (so the real list would draw no row): every
 * row is drawn. Tests load it with `jest.mock(<VirtualList path>, () => jest.requireActual("./drawEveryRow"))`.
 */
import type React from "react";

export function VirtualList<T>(props: {
  items: T[];
  getKey(item: T): string;
  renderItem(item: T, i: number): React.ReactNode;
}) {
  return (
    <ul>
      {props.items.map((item, i) => (
        <li key={props.getKey(item)}>{props.renderItem(item, i)}</li>
      ))}
    </ul>
  );
}
