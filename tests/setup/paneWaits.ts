/**
 * The pane's tests wait for what the pane shows (findBy…, waitFor). They judge behaviour, not speed (speed lives in
 * `npm run bench`): Testing Library's 1 s default failed CI when a pane check met a busy 2-core machine
 * (excelJumpMoved, session 58: the list came, later). Something that never shows still fails, after 30 s.
 * Only the .tsx files render the pane; the others do not load Testing Library for it.
 */
if (expect.getState().testPath?.endsWith(".tsx")) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require("@testing-library/dom") as typeof import("@testing-library/dom")).configure({ asyncUtilTimeout: 30_000 });
}
