import type { ExecutionResult } from "../../../core/types";

export interface ExecutionBarProps {
  execution: ExecutionResult;
  asOf: string;
  /** Selects the spent / budget cell. */
  onSelect(): void;
}
