import type { RefObject } from "react";
import type {} from "../../host";
import type { StoredSettings } from "../../../core/settings";

export interface SettingsPanelProps {
  settings: StoredSettings;
  saving: boolean;
  onSave(settings: StoredSettings): void;
  /** Closes the panel (Cancel, or Escape anywhere in it). */
  onCancel(): void;
  /** Focus lands here when the panel opens. */
  headingRef?: RefObject<HTMLHeadingElement>;
}
