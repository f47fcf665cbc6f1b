import type { CellRef } from "../../../core/types";
import type { IndicatorView } from "../../model/views";

export interface IndicatorItemProps {
  view: IndicatorView;
  onSelect(cell: CellRef): void;
}
