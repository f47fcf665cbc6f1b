import { DEFAULT_SETTINGS } from "../../src/core/types";

test("default bands follow the national rules", () => {
  expect(DEFAULT_SETTINGS.bands).toEqual({ red: 60, yellow: 80, blue: 120 });
});
