/** A Fluent Badge whose colour follows the light and whose text says the status: never colour alone. */
import { Badge, makeStyles, type BadgeProps } from "@fluentui/react-components";
import type { Light } from "../../../core/types";

const BADGE_COLOR: Record<Light, NonNullable<BadgeProps["color"]>> = {
  red: "danger",
  yellow: "warning",
  green: "success",
  blue: "brand",
  none: "informative",
};

/** A badge is one unbreakable word group: it never wraps mid-word and never shrinks beside a long name. */
const useStyles = makeStyles({ badge: { whiteSpace: "nowrap", flexShrink: 0, maxWidth: "none" } });

interface LightBadgeProps {
  light: Light;
  text: string;
}

export function LightBadge({ light, text }: LightBadgeProps) {
  const styles = useStyles();
  return (
    <Badge
      className={styles.badge}
      color={BADGE_COLOR[light]}
      appearance={light === "none" ? "tint" : "filled"}
      shape="rounded"
      data-light={light}
    >
      {text}
    </Badge>
  );
}
