import type { ExecutionResult } from "../../../core/types";

export interface ExecutionBarProps {
  execution: ExecutionResult;
  /** The day the plan is read at (planDay: the monitoring date, or the finished budget year's end). */
  planDay: string;
  /** Selects the spent / budget cell. */
  onSelect(): void;
}
