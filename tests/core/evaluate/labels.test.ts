import {
  ALL_STATUS_WORDS,
  gradeLabel,
  lightLabel,
  parseLightWord,
  statusLabel,
} from "../../../src/core/evaluate/labels";
import type { Light, Status } from "../../../src/core/types";

test("status words in both languages", () => {
  const statuses: Status[] = ["met", "missed", "on-track", "behind", "exceeded", "pending", "unknown"];
  expect(statuses.map((s) => statusLabel(s, "zh"))).toEqual([
    "达标",
    "未达标",
    "正常",
    "滞后",
    "超额",
    "待填报",
    "无法识别",
  ]);
  expect(statuses.map((s) => statusLabel(s, "en"))).toEqual([
    "met",
    "missed",
    "on track",
    "behind",
    "exceeded",
    "pending",
    "not understood",
  ]);
  expect(statusLabel("met")).toBe("达标");
  expect(ALL_STATUS_WORDS.zh).toHaveLength(7);
});

test("light words; no light is an empty cell", () => {
  const lights: Light[] = ["red", "yellow", "green", "blue", "none"];
  expect(lights.map((l) => lightLabel(l, "zh"))).toEqual(["红", "黄", "绿", "蓝", ""]);
  expect(lights.map((l) => lightLabel(l, "en"))).toEqual(["red", "yellow", "green", "blue", ""]);
  expect(parseLightWord("红")).toBe("red");
  expect(parseLightWord(" Red ")).toBe("red");
  expect(parseLightWord("")).toBeNull();
  expect(parseLightWord("紫")).toBeNull();
});

test("grade words", () => {
  expect(gradeLabel("partly")).toBe("部分达成");
  expect(gradeLabel("not", "en")).toBe("not achieved");
});
