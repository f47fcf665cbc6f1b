/** The projects, worst first, virtualised; which rows are open is kept here (rows come and go as they scroll). */
import { useState } from "react";
import type { CellRef } from "../../../core/types";
import type { ProjectView } from "../../model/views";
import { useStrings } from "../../strings";
import { VirtualList } from "../VirtualList/VirtualList";
import { ProjectRow, type RowMode } from "./ProjectRow";

const ROW_GAP = 6;

interface ProjectListProps {
  projects: readonly ProjectView[];
  asOf: string;
  onSelect(cell: CellRef): void;
}

export function ProjectList({ projects, asOf, onSelect }: ProjectListProps) {
  const t = useStrings();
  const [modes, setModes] = useState<Record<string, RowMode>>({});
  return (
    <VirtualList
      items={projects}
      getKey={(p) => p.key}
      estimate={64}
      gap={ROW_GAP}
      aria-label={t("summaryProjects")}
      data-testid="project-list"
      renderItem={(project) => (
        <ProjectRow
          project={project}
          asOf={asOf}
          // A project a search found indicators in opens on them: the rows typed for are in view at once.
          mode={modes[project.key] ?? (project.found?.length ? "attention" : "closed")}
          onMode={(mode) => setModes((m) => ({ ...m, [project.key]: mode }))}
          onSelect={onSelect}
        />
      )}
    />
  );
}
