/**
 * English titles of the core's review and self-evaluation rules, by rule id. The core writes its
 * findings in Chinese; in English mode the pane leads with these titles and keeps the Chinese note
 * (it quotes the user's own cells) as a second line marked as the original.
 */
export const FINDING_TITLES_EN: Record<string, string> = {
  "missing-level1": "Indicators incomplete: a first-level category (output / benefit / satisfaction) is missing",
  "missing-output-subtype": "Indicators incomplete: output lacks quantity / quality / timeliness / cost",
  "level-type-error": "Second-level indicator filed under the wrong first-level category",
  "duplicate-indicator": "Duplicate indicator",
  placeholder: "Target value not filled in (placeholder or blank)",
  "unknown-target": "Target value could not be read",
  "not-measurable": "Target not specific or measurable",
  "indicator-value-mismatch": "Indicator and target value do not match (unit or kind)",
  "cost-with-ge": "Cost indicator uses ≥ (a cost target should be an upper limit, ≤)",
  "percent-over-100": "Percentage target above 100%",
  "deadline-outside-year": "Deadline outside the budget year",
  "funds-mismatch": "Total funds ≠ fiscal funds + other funds",
  "schedule-decreasing": "Spending plan is not cumulative (it decreases)",
  "schedule-not-100": "Spending plan does not reach 100% by the last checkpoint",
  "selfeval-score": "Self-evaluation: an indicator score does not follow the scoring rule",
  "selfeval-budget-score": "Self-evaluation: budget execution score does not follow the execution rate",
  "selfeval-rate": "Self-evaluation: execution rate does not match spent / budget",
  "selfeval-total": "Self-evaluation: total score is not the sum of the scores",
  "selfeval-reason": "Self-evaluation: a missed indicator has no reason given",
  "selfeval-execution-reason": "Self-evaluation: low execution has no reason given",
  "selfeval-execution-weight": "Self-evaluation: budget execution is not weighted 10 points",
};

/** Reading notes have no rule id: one English line by severity. */
export const DIAGNOSTIC_TITLE_EN = {
  error: "Could not read part of a table",
  warning: "Reading note",
  info: "Reading note",
} as const;
