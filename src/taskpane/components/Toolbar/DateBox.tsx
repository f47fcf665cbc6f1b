/**
 * The 监控时点 box: the date shown as 2024-06-30 whatever the browser's language (a date input shows the browser's own
 * format: 06/30/2024 in an English Chromium, and takes typing in that order only), typed as 2024-06-30 or 2024年6月30日
 * (or 2024/6/30, 2024.6.30). A date is taken as soon as it reads (typing on goes on from the text as typed); on leaving
 * the box or Enter it is shown as 2024-06-30 again, and text that is no date says how to write one (the date stays).
 */
import { Field, Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { readAsOf } from "../../model/format";
import { useStrings } from "../../strings";

export interface DateBoxProps {
  asOf: string;
  onAsOfChange(asOf: string): void;
  className?: string;
}

export function DateBox({ asOf, onAsOfChange, className }: DateBoxProps) {
  const t = useStrings();
  const [text, setText] = useState(asOf);
  const [wrong, setWrong] = useState(false);
  // A date set elsewhere (a workbook's stored date, the date offer): shown, unless it is the one being typed.
  useEffect(() => {
    setText((typed) => (readAsOf(typed) === asOf ? typed : asOf));
    setWrong(false);
  }, [asOf]);
  const settle = () => {
    const iso = readAsOf(text);
    setWrong(iso === null);
    if (iso !== null) setText(iso);
  };
  return (
    <Field
      label={t("asOfLabel")}
      className={className}
      validationState={wrong ? "error" : "none"}
      validationMessage={wrong ? t("asOfUnread", { text }) : undefined}
    >
      <Input
        value={text}
        placeholder="2024-06-30"
        autoComplete="off"
        onChange={(_, data) => {
          setText(data.value);
          const iso = readAsOf(data.value);
          if (iso !== null) {
            setWrong(false);
            if (iso !== asOf) onAsOfChange(iso);
          }
        }}
        onBlur={settle}
        onKeyDown={(event) => event.key === "Enter" && settle()}
        data-testid="as-of"
      />
    </Field>
  );
}
