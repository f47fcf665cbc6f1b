import { useId, useRef, type ChangeEvent } from "react";
import { useStrings } from "../../strings";
import type { ToolbarProps } from "./Toolbar.types";

export function useToolbar(props: ToolbarProps) {
  const t = useStrings();
  const fileInput = useRef<HTMLInputElement>(null);
  const fileInputId = useId();
  return {
    t,
    fileInput,
    fileInputId,
    pickFile: () => fileInput.current?.click(),
    onFileChange: (event: ChangeEvent<HTMLInputElement>) => {
      const file = event.target.files?.[0];
      if (file) props.onOpenFile(file);
      event.target.value = ""; // picking the same file again must fire change again
    },
    checkDisabled: props.checking || (props.hostKind === "standalone" && props.fileName === null),
  };
}
