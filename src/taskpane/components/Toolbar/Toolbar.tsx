/** Top row: 监控时点, 检查目标, and in standalone mode open / download. */
import { Button, Spinner } from "@fluentui/react-components";
import { WORKBOOK_ACCEPT } from "../../../host/xlsx/container";
import { DateBox } from "./DateBox";
import type { ToolbarProps } from "./Toolbar.types";
import { useToolbar } from "./useToolbar";
import { useToolbarStyles } from "./useToolbarStyles.styles";

export function Toolbar(props: ToolbarProps) {
  const s = useToolbar(props);
  const styles = useToolbarStyles();
  const standalone = props.hostKind === "standalone";
  return (
    <div className={styles.root}>
      <DateBox asOf={props.asOf} onAsOfChange={props.onAsOfChange} className={styles.date} />
      <div className={styles.buttons}>
        {standalone && (
          <>
            {/* Reached through the button below: hidden from screen readers too, which heard two 打开 .xlsx buttons. */}
            <input
              ref={s.fileInput}
              id={s.fileInputId}
              type="file"
              accept={WORKBOOK_ACCEPT}
              className={styles.hiddenInput}
              onChange={s.onFileChange}
              tabIndex={-1}
              aria-hidden="true"
              aria-label={s.t("openFile")}
              data-testid="file-input"
            />
            <Button appearance={props.fileName ? "secondary" : "primary"} onClick={s.pickFile} data-testid="open">
              {s.t("openFile")}
            </Button>
          </>
        )}
        <Button
          appearance={standalone && !props.fileName ? "secondary" : "primary"}
          onClick={props.onCheck}
          disabled={s.checkDisabled}
          icon={props.checking ? <Spinner size="tiny" /> : undefined}
          data-testid="check"
        >
          {props.checking ? s.t("checking") : s.t("checkButton")}
        </Button>
        {standalone && props.canDownload && (
          <Button onClick={props.onDownload} disabled={props.downloading || props.checking} data-testid="download">
            {props.downloading ? s.t("downloading") : s.t("download")}
          </Button>
        )}
      </div>
      {standalone && props.fileName && (
        <span className={styles.file} data-testid="file-name">
          {s.t("openedFile", { name: props.fileName })}
        </span>
      )}
    </div>
  );
}
