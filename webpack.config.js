/**
 * Builds the add-in into dist/ (or PERF_DIST_DIR):
 *   taskpane.html  the shared-runtime page; loads the commands and taskpane bundles, and functions.js only in Office
 *   functions.js + functions.json (generated from the JSDoc in src/functions/functions.ts)
 *   commands.js    the ribbon commands, the checking core they share with the pane, and webpack's runtime
 *   taskpane.js    the pane without that shared part: it depends on commands.js (loaded before it)
 *   check-worker.js  the standalone pane's Web Worker: reads and checks an .xlsx off the main thread
 *   manifest.xml   every https://localhost:3000/ rewritten to ADDIN_BASE_URL (production)
 *   assets/        icons and sample workbook
 *
 * Certificates: only `webpack serve` (npm run dev-server / npm start) asks office-addin-dev-certs for
 * localhost certificates; `npm run build` and CI never touch them.
 */
const path = require("node:path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_PORT = 3000;
const DEV_URL_PATTERN = /https:\/\/localhost:3000\//g;

/** ADDIN_BASE_URL, normalised to end with "/"; null when unset. Office loads add-ins only over HTTPS. */
function productionBaseUrl() {
  const raw = (process.env.ADDIN_BASE_URL || "").trim();
  if (!raw) return null;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a valid URL: "${raw}"`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must start with https:// (got "${raw}")`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

async function devServerHttps() {
  // Required lazily: loading office-addin-dev-certs is not needed (nor wanted) for a plain build.
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { type: "https", options: { ca, key, cert } };
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const baseUrl = dev ? null : productionBaseUrl();
  if (!dev && !baseUrl) {
    console.warn("ADDIN_BASE_URL is not set: dist/manifest.xml keeps https://localhost:3000/.");
  }

  return {
    devtool: "source-map",
    // The bundles run in Office's web views; keep webpack's own runtime code at ES2018 syntax.
    target: ["web", "es2018"],
    entry: {
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      // The pane reuses what the commands bundle holds (the checking core, the Excel actions) instead of carrying
      // a second copy: 402.7 → 300.2 KB gzip loaded at start (session 36). webpack: dependOn names "the entry points
      // that the current entry point depends on. They must be loaded before this entry point is loaded"
      // (webpack.js.org/concepts/entry-points); taskpane.js then has no webpack runtime of its own, its modules join
      // commands.js's (one instance of each shared module). taskpane.html is the only page that loads either bundle,
      // commands.js before taskpane.js; in Office it is the shared runtime's page, which "will load the functions.js
      // and commands.js code into the shared runtime"
      // (learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime); WPS and the
      // standalone page open the same taskpane.html. functions.js stays self-contained: the manifest names it as the
      // custom functions' script, tests/build runs it on its own, and the page loads it only in Office (below).
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "commands" },
      // Not in taskpane.html: the standalone pane starts it with new Worker("check-worker.js").
      "check-worker": "./src/taskpane/worker/checkWorker.ts",
    },
    output: {
      path: path.resolve(__dirname, process.env.PERF_DIST_DIR || "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type errors are `npm run typecheck`'s job; the build must not stop on another part's typing.
              transpileOnly: true,
              compilerOptions: {
                // ES modules so that webpack sees import() and splits ExcelJS into its own lazy chunk.
                module: "esnext",
                target: "ES2018",
              },
            },
          },
        },
        {
          test: /\.(png|jpe?g|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    optimization: {
      // Only code behind import() is split off into chunks/; the entry bundles are the files the manifest and
      // taskpane.html name directly (taskpane.js shares commands.js's modules through dependOn, above).
      splitChunks: { chunks: "async" },
    },
    performance: {
      // The worker bundle (the .xlsx reader) is large by nature; sizes are reported by tests/build instead.
      hints: false,
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new webpack.ProvidePlugin({
        CustomFunctions: path.resolve(__dirname, "scripts/webpack/custom-functions-global.js"),
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: this one page hosts the custom functions, the ribbon commands and the pane. The functions
        // are no static <script>: the page's inline script writes functions.js after office.js, inside Office only
        // (the standalone page and WPS run no custom functions: 404.5 → 333.6 KB gzip at start, session 54).
        chunks: ["commands", "taskpane"],
        chunksSortMode: "manual",
        functionsScript: "functions.js",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              const xml = content.toString();
              return baseUrl ? xml.replace(DEV_URL_PATTERN, baseUrl) : xml;
            },
          },
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      ...(serving ? { server: await devServerHttps() } : {}),
    },
  };
};
