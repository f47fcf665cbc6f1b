import type { StoredSettings } from "../../host";

export interface SettingsPanelProps {
  settings: StoredSettings;
  saving: boolean;
  onSave(settings: StoredSettings): void;
  onCancel(): void;
}
