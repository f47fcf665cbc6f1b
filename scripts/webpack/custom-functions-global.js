/**
 * Stand-in for the CustomFunctions global, injected by webpack's ProvidePlugin (see webpack.config.js).
 *
 * custom-functions-metadata-plugin appends `CustomFunctions.associate("ID", fn)` to functions.ts. In Excel,
 * office.js has defined CustomFunctions before our bundles run, and this module simply hands it over. In a
 * plain browser (the standalone pane loads the same taskpane.html without office.js) there is no such
 * global: associating is then a no-op instead of a ReferenceError.
 */
"use strict";

const real = globalThis.CustomFunctions;

module.exports =
  real !== undefined
    ? real
    : {
        associate() {
          // Standalone mode: no Excel to register functions with.
        },
      };
