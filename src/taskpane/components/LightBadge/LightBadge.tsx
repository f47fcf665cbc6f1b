/** A Fluent Badge whose colour follows the light and whose text says the status: never colour alone. */
import { Badge, type BadgeProps } from "@fluentui/react-components";
import type { Light } from "../../../core/types";

const BADGE_COLOR: Record<Light, NonNullable<BadgeProps["color"]>> = {
  red: "danger",
  yellow: "warning",
  green: "success",
  blue: "brand",
  none: "informative",
};

export interface LightBadgeProps {
  light: Light;
  text: string;
}

export function LightBadge({ light, text }: LightBadgeProps) {
  return (
    <Badge
      color={BADGE_COLOR[light]}
      appearance={light === "none" ? "tint" : "filled"}
      shape="rounded"
      data-light={light}
    >
      {text}
    </Badge>
  );
}
