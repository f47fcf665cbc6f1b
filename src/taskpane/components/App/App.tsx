/** The pane: header (date, check, counts, filters), then the projects, review and self-evaluation. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  SearchBox,
  Spinner,
  Switch,
} from "@fluentui/react-components";
import type { DragEvent } from "react";
import { LangContext } from "../../strings";
import { translator } from "../../strings";
import { LightChips } from "../LightChips/LightChips";
import { ProjectCard } from "../ProjectCard/ProjectCard";
import { DiagnosticsSection } from "../Sections/DiagnosticsSection";
import { ReviewSection } from "../Sections/ReviewSection";
import { SelfEvalSection } from "../Sections/SelfEvalSection";
import { SettingsPanel } from "../SettingsPanel/SettingsPanel";
import { EmptyState } from "../States/EmptyState";
import { ErrorState } from "../States/ErrorState";
import { NoMatchState } from "../States/NoMatchState";
import { WelcomeState } from "../States/WelcomeState";
import { Toolbar } from "../Toolbar/Toolbar";
import type { AppProps } from "./App.types";
import { useAppState, type AppState } from "./useAppState";
import { useAppStyles } from "./useAppStyles.styles";

function dropHandlers(state: AppState) {
  if (state.host.kind !== "standalone") return {};
  return {
    onDragOver: (e: DragEvent) => {
      e.preventDefault();
      state.setDragging(true);
    },
    onDragLeave: () => state.setDragging(false),
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      state.setDragging(false);
      const file = e.dataTransfer.files?.[0];
      if (file) state.openFile(file);
    },
  };
}

export function App(props: AppProps) {
  const state = useAppState(props);
  const styles = useAppStyles();
  const t = translator(state.lang);
  const { result } = state;
  const checking = state.phase === "checking";
  return (
    <LangContext.Provider value={state.lang}>
      <div className={styles.root} {...dropHandlers(state)} data-testid="pane">
        <header className={styles.header}>
          <div className={styles.titleRow}>
            <h1 className={styles.title}>{t("appTitle")}</h1>
            <div className={styles.titleActions}>
              <Button
                appearance="subtle"
                size="small"
                onClick={state.toggleLanguage}
                lang={state.lang === "zh" ? "en" : "zh-CN"}
                aria-label={`${t("language")}: ${state.lang === "zh" ? t("lang_en") : t("lang_zh")}`}
                data-testid="lang-toggle"
              >
                {state.lang === "zh" ? t("lang_en") : t("lang_zh")}
              </Button>
              <Button
                appearance="subtle"
                size="small"
                onClick={state.openSettings}
                aria-expanded={state.settingsOpen}
                data-testid="settings-toggle"
              >
                {t("settingsButton")}
              </Button>
            </div>
          </div>
          <Toolbar
            hostKind={state.host.kind}
            asOf={state.asOf}
            onAsOfChange={state.setAsOf}
            onCheck={state.runCheck}
            checking={checking}
            fileName={state.fileName}
            onOpenFile={state.openFile}
            canDownload={state.fileName !== null && result !== null && result.tables.length > 0}
            downloading={state.downloading}
            onDownload={state.download}
          />
          {result && result.tables.length > 0 && (
            <>
              <LightChips counts={state.counts} selected={state.filters.lights} onToggle={state.toggleLight} />
              <div className={styles.filters}>
                <Switch
                  checked={state.filters.problemsOnly}
                  onChange={(_, data) => state.setProblemsOnly(data.checked)}
                  label={t("problemsOnly")}
                  data-testid="problems-only"
                />
                <SearchBox
                  className={styles.search}
                  input={{ className: styles.searchInput }}
                  value={state.filters.search}
                  onChange={(_, data) => state.setSearch(data.value)}
                  placeholder={t("searchPlaceholder")}
                  aria-label={t("searchLabel")}
                  data-testid="search"
                />
              </div>
            </>
          )}
        </header>
        {state.settingsOpen && (
          <SettingsPanel
            key={JSON.stringify(state.settings)}
            settings={state.settings}
            saving={state.savingSettings}
            onSave={state.saveSettings}
            onCancel={state.closeSettings}
          />
        )}
        <div aria-live="polite">
          {state.notice && (
            <MessageBar intent="info" data-testid="notice">
              <MessageBarBody>{state.notice}</MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={state.dismissNotice}>
                  {t("dismiss")}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
        </div>
        <div role="alert">
          {state.error && (
            <ErrorState error={state.error.error} onRetry={state.error.retry} onDismiss={state.dismissError} />
          )}
        </div>
        <main className={styles.main}>
          {checking && (
            <div className={styles.center}>
              <Spinner label={t("checking")} />
            </div>
          )}
          {!checking && !result && (
            <WelcomeState
              hostKind={state.host.kind}
              dragging={state.dragging}
              onOpenSample={state.host.kind === "standalone" ? state.openSample : undefined}
            />
          )}
          {!checking && result && result.tables.length === 0 && <EmptyState />}
          {!checking && result && result.tables.length > 0 && (
            <>
              <p className={styles.summary} data-testid="summary">
                {t("resultSummary", {
                  tables: result.tables.length,
                  indicators: result.tables.reduce((n, tb) => n + tb.indicators.length, 0),
                  asOf: result.asOf,
                })}
                {" · "}
                {t("shownProjects", { shown: state.visible.length, total: state.projects.length })}
              </p>
              {state.visible.length === 0 ? (
                <NoMatchState onClear={state.clearFilters} />
              ) : (
                <div className={styles.list}>
                  {state.visible.map((project) => (
                    <ProjectCard key={project.key} project={project} asOf={result.asOf} onSelect={state.selectCell} />
                  ))}
                </div>
              )}
            </>
          )}
          {!checking && result && (
            <>
              <ReviewSection review={result.review} onSelect={state.selectCell} />
              <SelfEvalSection tables={result.tables} onSelect={state.selectCell} />
              <DiagnosticsSection diagnostics={result.diagnostics} onSelect={state.selectCell} />
            </>
          )}
        </main>
      </div>
    </LangContext.Provider>
  );
}
