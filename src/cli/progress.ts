import { clearLine, cursorTo } from "node:readline";
import { escapeControls } from "./report";

/**
 * Columns a text may take at most: a character beyond ASCII counts two (Chinese is two columns wide, and a Chinese
 * Windows console draws even box characters two wide), so the line never wraps.
 */
const mostColumns = (text: string) => [...text].reduce((n, c) => n + (c.charCodeAt(0) < 0x80 ? 1 : 2), 0);

/**
 * A one-line progress bar on stderr, only when stderr is a terminal (logs and pipes stay clean). The file's name is
 * cut from the left to fit the terminal's width: a line that wraps is not returned to by \r, and a bar of 40 Chinese
 * characters (80 columns) left a new line per file on an 80-column terminal and its tail after the report's first line.
 */
export function progressBar(total: number, stream: NodeJS.WriteStream) {
  const active = total > 1 && stream.isTTY === true;
  const width = 24;
  const redraw = (text: string) => {
    cursorTo(stream, 0);
    clearLine(stream, 0);
    stream.write(text);
  };
  return {
    update(done: number, label: string) {
      if (!active) return;
      const filled = Math.round((done / total) * width);
      const bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} `;
      // One column spare: a line filling the last column wraps in some terminals.
      const columns = (stream.columns || 80) - 1;
      const room = columns - bar.length;
      const name = [...escapeControls(label)];
      if (mostColumns(name.join("")) > room) {
        while (name.length > 0 && mostColumns(name.join("")) > room - 2) name.shift();
        name.unshift("…");
      }
      redraw(room >= 2 ? bar + name.join("") : bar.slice(0, columns));
    },
    finish() {
      if (active) redraw("");
    },
  };
}
