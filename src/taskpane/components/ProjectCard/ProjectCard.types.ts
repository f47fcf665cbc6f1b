import type { CellRef } from "../../../core/types";
import type { ProjectView } from "../../model/views";

export interface ProjectCardProps {
  project: ProjectView;
  asOf: string;
  onSelect(cell: CellRef): void;
}
