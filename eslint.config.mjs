// ESLint flat config: typescript-eslint + the Office add-in rules everywhere, React rules for the pane,
// and the architecture's one hard rule: src/core is pure (no Office, React, ExcelJS, Node, or other src folders).
import { builtinModules } from "node:module";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

// Only the office-addins/* rules of the plugin's recommended config: it also bundles its own (older)
// typescript-eslint and prettier-as-a-lint-rule, which would clash with ours (formatting is `npm run prettier`).
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([rule]) => rule.startsWith("office-addins/"))
    .map(([rule]) => [rule, "error"]),
);

const PURE_CORE =
  "src/core must stay pure (docs/architecture.md#the-pure-core): no Office, React, Fluent UI, ExcelJS, Node APIs or other src folders.";

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "dist-wps/**",
      "lib/**",
      "build/**",
      "node_modules/**",
      "coverage/**",
      "perf-out/**",
      "test-results/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Type-aware rules for the shipped code (tests and scripts stay on the syntax-only rules: faster lint).
    // A switch over a union without a `default` must name every member, so a new plan operation, light or
    // target kind cannot fall through unnoticed. A `default` is a deliberate choice; where it must not be
    // (the plan appliers) it is `default: return assertNever(op)`, which the compiler checks.
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/switch-exhaustiveness-check": [
        "error",
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
    },
  },
  {
    // The load/sync rules understand Office.js proxies; on ExcelJS or plain data they only raise false alarms.
    files: [
      "src/host/excel/**/*.{ts,tsx}",
      "src/commands/**/*.ts",
      "src/functions/**/*.ts",
      "src/taskpane/**/*.{ts,tsx}",
    ],
    plugins: { "office-addins": officeAddins },
    rules: officeAddinsRules,
  },
  {
    // custom-functions-metadata turns parameter types into functions.json: `any` / `any[][]` is how a
    // function declares that it accepts any cell value or range.
    files: ["src/functions/functions.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["**/*.tsx"],
    ...react.configs.flat.recommended,
    settings: { react: { version: "detect" } },
  },
  {
    files: ["**/*.tsx"],
    ...react.configs.flat["jsx-runtime"],
  },
  {
    // The two classic hook rules. The React Compiler rules of the plugin's v7 preset target React 19 with
    // the compiler; this pane is React 18 without it.
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    // Node scripts and configs written as CommonJS.
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["tests/**/*.{ts,tsx}", "scripts/**/*.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    files: ["src/core/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            "react",
            "react-dom",
            "exceljs",
            "@microsoft/office-js",
            "office-js",
            ...builtinModules.filter((name) => !name.startsWith("_")),
          ].map((name) => ({ name, message: PURE_CORE })),
          patterns: [
            { group: ["node:*"], message: PURE_CORE },
            {
              group: ["react/*", "react-dom/*", "@fluentui/*", "exceljs/*", "@microsoft/office-js/*"],
              message: PURE_CORE,
            },
            { regex: "^(\\.\\./)+(host|taskpane|functions|commands|cli)(/|$)", message: PURE_CORE },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "CustomFunctions", "process", "Buffer", "require", "__dirname"].map((name) => ({
          name,
          message: PURE_CORE,
        })),
      ],
    },
  },
);
