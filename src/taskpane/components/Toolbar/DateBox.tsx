/**
 * The 监控时点 box: the date shown as 2024-06-30 whatever the browser's language (a date input shows the browser's own
 * format: 06/30/2024 in an English Chromium, and takes typing in that order only), typed as 2024-06-30 or 2024年6月30日
 * (or 2024/6/30, 2024.6.30, 20240630: core/asOf.ts, as the command line's --as-of). A date is taken as soon as it reads
 * (typing on goes on from the text as typed); on leaving the box or Enter it is shown as 2024-06-30 again, and text that
 * is no date gets the core's one line (2024-02-30: that February has 29 days; the date stays).
 */
import { Field, Input, makeStyles } from "@fluentui/react-components";
import { useContext, useEffect, useRef, useState } from "react";
import { readAsOf } from "../../../core/asOf";
import { renderMessage, type Message } from "../../../core/locale/messages";
import { LangContext, useStrings } from "../../strings";

/**
 * The box takes the width it is given, down to none: a text input is 20 characters wide by itself (~200 px), wider than
 * a 320 px task pane zoomed to 200 % (160 CSS px), which then scrolled sideways.
 */
const useStyles = makeStyles({
  root: { width: "100%", minWidth: 0 },
  input: { width: 0, minWidth: 0 },
});

/** The date the text reads as, or null. */
const isoOf = (text: string): string | null => {
  const reading = readAsOf(text);
  return "iso" in reading ? reading.iso : null;
};

interface DateBoxProps {
  asOf: string;
  onAsOfChange(asOf: string): void;
  className?: string;
}

export function DateBox({ asOf, onAsOfChange, className }: DateBoxProps) {
  const t = useStrings();
  const styles = useStyles();
  const lang = useContext(LangContext);
  const [text, setText] = useState(asOf);
  const [problem, setProblem] = useState<Message | null>(null);
  // The date when typing began, and whether the date is being put back to it (the text typed stays, with its line).
  const before = useRef(asOf);
  const restoring = useRef(false);
  // A date set elsewhere (a workbook's stored date, the date offer): shown, unless it is the one being typed.
  useEffect(() => {
    if (restoring.current) {
      restoring.current = false;
      return;
    }
    setText((typed) => (isoOf(typed) === asOf ? typed : asOf));
    setProblem(null);
  }, [asOf]);
  const settle = () => {
    const reading = readAsOf(text);
    if ("iso" in reading) {
      setProblem(null);
      setText(reading.iso);
      before.current = reading.iso;
      return;
    }
    setProblem(reading.error);
    // Typed on the way, 2024-02-3 read as a day (on the way to 2024-02-30): the check keeps the date from before.
    if (asOf !== before.current) {
      restoring.current = true;
      onAsOfChange(before.current);
    }
  };
  return (
    <Field
      label={t("asOfLabel")}
      className={className}
      validationState={problem ? "error" : "none"}
      validationMessage={problem ? renderMessage(problem, lang) : undefined}
    >
      <Input
        className={styles.root}
        input={{ className: styles.input }}
        value={text}
        placeholder="2024-06-30"
        autoComplete="off"
        onChange={(_, data) => {
          setText(data.value);
          const iso = isoOf(data.value);
          if (iso !== null) {
            setProblem(null);
            if (iso !== asOf) onAsOfChange(iso);
          }
        }}
        onFocus={() => {
          before.current = asOf;
        }}
        onBlur={settle}
        onKeyDown={(event) => event.key === "Enter" && settle()}
        data-testid="as-of"
      />
    </Field>
  );
}
