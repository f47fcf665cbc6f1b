/**
 * npm run build:wps — the WPS 表格 add-in in dist-wps/ (or PERF_WPS_DIR):
 *   perftargets/              the online folder (serve it at ADDIN_BASE_URL + "perftargets/"); WPS opens its index.html
 *   perftargets_<version>.7z  the offline package: the same files in PerfTargets_<version>/ (for jsplugins.xml)
 *   publish.xml, jsplugins.xml  the two deployment entries with ADDIN_BASE_URL filled in
 *   publish-offline.xml       the per-user entry for a computer without a server (the .7z unpacked into jsaddons)
 * The task pane is the same build as the Excel add-in's: `--pane dist` reuses a finished `npm run build`,
 * otherwise the pane is built first. The ribbon is validated against the CustomUI schema; an invalid ribbon
 * stops the build.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import webpack from "webpack";
import { baseUrl, listArchive, paneBuildEnv, ribbonErrors, writePackage } from "./package";

const root = path.resolve(__dirname, "..");

function fail(message: string): never {
  console.error(`WPS 加载项构建失败：${message}`);
  process.exit(1);
}

function buildPane(into: string): void {
  const cli = require.resolve("webpack-cli/bin/cli.js");
  const run = spawnSync(process.execPath, [cli, "--mode", "production"], {
    cwd: root,
    env: { ...paneBuildEnv(process.env), PERF_DIST_DIR: into },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (run.status !== 0) fail("任务窗格构建失败（见上方 webpack 输出）");
}

function bundleEntry(into: string, paneDir: string): Promise<{ mainJs: string; mainLicense?: string }> {
  // The PERF.* functions' metadata main.js registers them with in WPS (src/host/wps/functions.ts): the pane build's.
  const functionsJson = path.join(paneDir, "functions.json");
  if (!existsSync(functionsJson)) fail(`任务窗格构建中没有 functions.json（${functionsJson}）`);
  const config: webpack.Configuration = {
    mode: "production",
    target: ["web", "es2018"],
    entry: path.join(root, "src/host/wps/entry.ts"),
    output: { path: into, filename: "main.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext", target: "ES2018" } },
          },
        },
      ],
    },
    plugins: [new webpack.DefinePlugin({ PERF_FUNCTIONS_JSON: JSON.stringify(readFileSync(functionsJson, "utf8")) })],
    performance: { hints: false },
  };
  return new Promise((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error || !stats || stats.hasErrors()) return reject(error ?? new Error(stats?.toString("errors-only")));
      const license = path.join(into, "main.js.LICENSE.txt");
      resolve({
        mainJs: readFileSync(path.join(into, "main.js"), "utf8"),
        mainLicense: existsSync(license) ? readFileSync(license, "utf8") : undefined,
      });
    }),
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const paneArg = args.indexOf("--pane");
  const base = (() => {
    try {
      return baseUrl(process.env.ADDIN_BASE_URL);
    } catch (e) {
      return fail((e as Error).message);
    }
  })();
  if (!base) console.warn("未设置 ADDIN_BASE_URL：publish.xml / jsplugins.xml 中的地址是占位符，部署前请替换。");

  const ribbonXml = readFileSync(path.join(root, "wps/ribbon.xml"), "utf8");
  const errors = await ribbonErrors(ribbonXml, readFileSync(path.join(root, "wps/schema/customUI-subset.xsd"), "utf8"));
  if (errors.length) fail(`ribbon.xml 不符合 CustomUI 架构：${errors.join("；")}`);

  const temp = mkdtempSync(path.join(os.tmpdir(), "perf-wps-"));
  try {
    const paneDir = paneArg >= 0 ? path.resolve(args[paneArg + 1] ?? "") : path.join(temp, "pane");
    if (paneArg < 0) buildPane(paneDir);
    const { mainJs, mainLicense } = await bundleEntry(path.join(temp, "entry"), paneDir);
    const version = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version;
    const out = writePackage({
      mainJs,
      mainLicense,
      ribbonXml,
      paneDir,
      iconPng: path.join(root, "wps/images/perf-32.png"),
      outDir: path.resolve(root, process.env.PERF_WPS_DIR || "dist-wps"),
      version,
      base,
    });
    console.log(
      `WPS 加载项：${path.relative(root, out.folder)}/（在线）、${path.relative(root, out.archive)}（离线，${listArchive(out.archive).length} 个文件）`,
    );
    console.log(
      `部署条目：${path.relative(root, out.publish)}（个人）、${path.relative(root, out.jsplugins)}（集中）、${path.relative(root, out.publishOffline)}（单机离线）`,
    );
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
