/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // One seed for every property test (tests/setup/propertySeed.ts says why and how to explore).
  setupFiles: ["<rootDir>/tests/setup/propertySeed.ts"],
  // Testing Library's waits in the pane's tests: 30 s, not 1 s (tests/setup/paneWaits.ts says why).
  setupFilesAfterEnv: ["<rootDir>/tests/setup/paneWaits.ts"],
  // Two files at a time: CI's machine has 2 cores and jest's default (cores − 1) ran one file at a time. Files share
  // no temp folder or port (mkdtemp, the process id, port 0); what they share is made once per run (below).
  maxWorkers: 2,
  // What the test files of a run share: Open XML SDK validators (one per worker), one production build for the browser tests.
  globalSetup: "<rootDir>/tests/setup/runSetup.ts",
  globalTeardown: "<rootDir>/tests/setup/runTeardown.ts",
  // Tests judge behaviour, not speed (speed lives in `npm run bench`): jest's 5 s default failed CI when a test
  // over all real tables met a busy 2-core machine. A hang still fails, after two minutes.
  testTimeout: 120_000,
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
};
