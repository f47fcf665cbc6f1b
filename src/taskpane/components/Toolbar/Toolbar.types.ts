import type { HostKind } from "../../host";

export interface ToolbarProps {
  hostKind: HostKind;
  asOf: string;
  onAsOfChange(asOf: string): void;
  onCheck(): void;
  /** Something is being opened or checked: check and download wait; opening another file is allowed (it wins). */
  checking: boolean;
  /** Standalone: the opened file's name (null = nothing opened yet). */
  fileName: string | null;
  onOpenFile(file: File): void;
  canDownload: boolean;
  downloading: boolean;
  onDownload(): void;
}
