/**
 * The pane, triage first: the toolbar, then (after a check) a summary of projects and indicators by
 * light, and tabs for the projects (worst first, one line each), the review notes, the self-evaluation
 * and the reading notes. Work under way shows its progress and a cancel button.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  SearchBox,
  Switch,
  Tab,
  TabList,
} from "@fluentui/react-components";
import { useEffect, useRef, useState, type DragEvent } from "react";
import { isReadingProblem } from "../../../core/read/diagnostic";
import { LangContext } from "../../strings";
import { ProjectList } from "../ProjectRow/ProjectList";
import { DiagnosticsSection } from "../Sections/DiagnosticsSection";
import { ReviewSection } from "../Sections/ReviewSection";
import { SelfEvalSection } from "../Sections/SelfEvalSection";
import { SettingsPanel } from "../SettingsPanel/SettingsPanel";
import { EmptyState } from "../States/EmptyState";
import { ErrorState } from "../States/ErrorState";
import { NoMatchState } from "../States/NoMatchState";
import { WelcomeState } from "../States/WelcomeState";
import { Summary } from "../Summary/Summary";
import { Toolbar } from "../Toolbar/Toolbar";
import { WorkProgress } from "../WorkProgress/WorkProgress";
import type { AppProps } from "./App.types";
import { useAppState, type AppState } from "./useAppState";
import { useAppStyles } from "./useAppStyles.styles";

type TabName = "projects" | "review" | "selfeval" | "diagnostics";

/**
 * What a search found, said in words: indicators and projects, projects by name or sheet alone, nothing in the projects
 * the filters show, or nothing at all.
 */
function searchCountKey(found: AppState["found"]) {
  if (found.projects === 0) return found.hidden ? "searchFoundHidden" : "searchFoundNone";
  return found.indicators > 0 ? "searchFound" : "searchFoundProjects";
}

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
      state.openDropped(e.dataTransfer);
    },
  };
}

/**
 * The sticky messages cover the page's top: the browser scrolls a focused item (keyboard) or a found one that far below
 * them, so it is never hidden under them (scroll-padding-top on the page).
 */
function useStickyMessages() {
  const stickyRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const sticky = stickyRef.current;
    if (!sticky || typeof ResizeObserver === "undefined") return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      const height = sticky.getBoundingClientRect().height;
      root.style.scrollPaddingTop = height > 0 ? `${Math.ceil(height) + 8}px` : "";
    });
    observer.observe(sticky);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingTop = "";
    };
  }, []);
  return stickyRef;
}

/** After a file is opened, focus goes to the results (a screen reader hears the summary first). */
function useFocusOnOpen(opened: number) {
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (opened > 0) (summaryRef.current ?? mainRef.current)?.focus();
  }, [opened]);
  return { summaryRef, mainRef };
}

export function App(props: AppProps) {
  const state = useAppState(props);
  const styles = useAppStyles();
  const { t, result } = state;
  const [tab, setTab] = useState<TabName>("projects");
  const { summaryRef, mainRef } = useFocusOnOpen(state.opened);
  const stickyRef = useStickyMessages();
  const hasTables = result !== null && result.tables.length > 0;
  const counts: Record<TabName, number> = {
    projects: state.projects.length,
    review: result?.review.length ?? 0,
    selfeval: result?.tables.filter((c) => c.selfEvaluation).length ?? 0,
    diagnostics: result?.diagnostics.filter(isReadingProblem).length ?? 0,
  };
  return (
    <LangContext.Provider value={state.lang}>
      <div className={styles.root} {...dropHandlers(state)} data-testid="pane">
        <a href="#results" className={styles.skip} data-testid="skip-link">
          {t("skipToResults")}
        </a>
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
                ref={state.settingsToggleRef}
                onClick={state.toggleSettings}
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
            checking={state.busy}
            fileName={state.fileName}
            onOpenFile={state.openFile}
            canDownload={state.fileName !== null && result !== null && result.tables.length > 0}
            downloading={state.downloading}
            onDownload={state.download}
          />
        </header>
        {state.work && <WorkProgress work={state.work} onCancel={state.cancel} />}
        {state.settingsOpen && (
          <SettingsPanel
            key={JSON.stringify(state.settings)}
            settings={state.settings}
            saving={state.savingSettings}
            onSave={state.saveSettings}
            onCancel={state.closeSettings}
            headingRef={state.settingsHeadingRef}
          />
        )}
        <div className={styles.sticky} ref={stickyRef} data-testid="messages">
          <div aria-live="polite" className={styles.messages}>
            {state.notice && (
              <MessageBar intent="info" layout="multiline" data-testid="notice">
                <MessageBarBody>{state.notice(t, state.lang)}</MessageBarBody>
                <MessageBarActions>
                  <Button size="small" onClick={state.dismissNotice}>
                    {t("dismiss")}
                  </Button>
                </MessageBarActions>
              </MessageBar>
            )}
            {state.stale && (
              <MessageBar intent="warning" layout="multiline" data-testid={`cells-${state.stale}`}>
                <MessageBarBody>{t(state.stale === "shifted" ? "cellsShifted" : "cellsEdited")}</MessageBarBody>
                <MessageBarActions>
                  <Button size="small" onClick={state.runCheck} disabled={state.busy}>
                    {t("checkAgain")}
                  </Button>
                </MessageBarActions>
              </MessageBar>
            )}
            {state.location && (
              <MessageBar intent="info" layout="multiline" data-testid="location">
                <MessageBarBody>
                  <div>
                    {state.location.sheetHidden && t("locatedHiddenSheet", { sheet: state.location.sheet })}
                    {t(state.location.copied ? "located" : "locatedNoCopy", {
                      address: state.location.address,
                      sheet: state.location.sheet,
                      cell: state.location.cell,
                    })}
                  </div>
                  {state.location.rowText && (
                    <div className={styles.rowText}>{t("locatedRow", { row: state.location.rowText })}</div>
                  )}
                </MessageBarBody>
                <MessageBarActions>
                  <Button size="small" onClick={state.dismissLocation}>
                    {t("dismiss")}
                  </Button>
                </MessageBarActions>
              </MessageBar>
            )}
          </div>
          <div role="alert">
            {state.error && (
              <ErrorState
                error={state.error.error}
                fileName={state.error.fileName}
                onRetry={state.error.retry}
                onDismiss={state.dismissError}
              />
            )}
          </div>
        </div>
        {/* The offer to check at the year's end is about the whole file: said once, at the top, not kept in view. */}
        <div aria-live="polite" className={styles.messages}>
          {state.dateHint && (
            <MessageBar intent="warning" layout="multiline" data-testid="date-hint">
              <MessageBarBody>
                {t("dateHint", { today: state.dateHint.today, year: state.dateHint.year })}
              </MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={state.applyDateHint}>
                  {t("dateHintAction", { date: state.dateHint.date })}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
        </div>
        <main className={styles.main} id="results" ref={mainRef} tabIndex={-1} aria-label={t("resultsHeading")}>
          {!result && !state.busy && (
            <WelcomeState
              hostKind={state.host.kind}
              dragging={state.dragging}
              onOpenSample={state.host.kind === "standalone" ? state.openSample : undefined}
            />
          )}
          {result && result.tables.length === 0 && <EmptyState />}
          {hasTables && (
            <>
              <Summary
                headingRef={summaryRef}
                headline={t("resultSummary", {
                  tables: result.tables.length,
                  indicators: state.summary.indicatorTotal,
                  asOf: result.asOf,
                })}
                projects={state.summary.projects}
                indicators={state.summary.indicators}
                execution={state.summary.execution}
                workbook={state.workbook}
                selected={state.filters.lights}
                onToggle={(light) => {
                  state.toggleLight(light);
                  setTab("projects");
                }}
              />
              {state.host.editsUntracked && (
                <p className={styles.shown} data-testid="edits-untracked">
                  {t("editsUntracked")}
                </p>
              )}
              <TabList
                className={styles.tabs}
                selectedValue={tab}
                onTabSelect={(_, data) => setTab(data.value as TabName)}
                aria-label={t("tabsLabel")}
                size="small"
              >
                {(["projects", "review", "selfeval", "diagnostics"] as const).map((name) => (
                  <Tab key={name} value={name} id={`tab-${name}`} aria-controls="tab-panel" data-testid={`tab-${name}`}>
                    {t(`tab_${name}`, { count: counts[name] })}
                  </Tab>
                ))}
              </TabList>
              <div role="tabpanel" id="tab-panel" aria-labelledby={`tab-${tab}`} className={styles.panel}>
                {tab === "projects" && (
                  <>
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
                        dismiss={{ "aria-label": t("searchClear"), title: t("searchClear") }}
                        data-testid="search"
                      />
                    </div>
                    <p className={styles.shown} role="status" data-testid="shown-count">
                      {t("shownProjects", { shown: state.visible.length, total: state.projects.length })}
                      {state.searched &&
                        t(searchCountKey(state.found), { query: state.searched, indicators: state.found.indicators })}
                    </p>
                    {state.visible.length === 0 ? (
                      <NoMatchState onClear={state.clearFilters} />
                    ) : (
                      <ProjectList
                        key={result.asOf + state.fileName}
                        projects={state.visible}
                        asOf={result.asOf}
                        onSelect={state.selectCell}
                      />
                    )}
                  </>
                )}
                {tab === "review" && (
                  <ReviewSection review={result.review} tables={result.tables} onSelect={state.selectCell} />
                )}
                {tab === "selfeval" && <SelfEvalSection tables={result.tables} onSelect={state.selectCell} />}
                {tab === "diagnostics" && (
                  <DiagnosticsSection
                    diagnostics={result.diagnostics}
                    tables={result.tables}
                    onSelect={state.selectCell}
                  />
                )}
              </div>
            </>
          )}
        </main>
      </div>
    </LangContext.Provider>
  );
}
