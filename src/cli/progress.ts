/** A one-line progress bar on stderr, only when stderr is a terminal (logs and pipes stay clean). */
export function progressBar(total: number, stream: NodeJS.WriteStream) {
  const active = total > 1 && stream.isTTY === true;
  const width = 24;
  return {
    update(done: number, label: string) {
      if (!active) return;
      const filled = Math.round((done / total) * width);
      stream.write(
        `\r[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${total} ${label.slice(-40).padEnd(40)}`,
      );
    },
    finish() {
      if (active) stream.write(`\r${" ".repeat(width + 52)}\r`);
    },
  };
}
