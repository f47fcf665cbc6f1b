import type { StoredSettings } from "../../../core/settings";

export interface SettingsPanelProps {
  settings: StoredSettings;
  saving: boolean;
  onSave(settings: StoredSettings): void;
  onCancel(): void;
}
