// The child process of openXmlSdk.ts: validates workbooks with Microsoft's Open XML SDK (compiled to WebAssembly:
// @ooxml-tools/validate, an ES module) and prints { file: errors } as JSON.
// - `node openXmlSdkChild.mjs <file>…`: validates those files, prints the JSON and exits.
// - `node openXmlSdkChild.mjs --serve <socket>`: a validator for a whole jest run (tests/setup/runSetup.ts starts one
//   per jest worker): each connection sends a JSON array of files and a newline, and gets { file: errors } back, or
//   { "error": text }. Starting the .NET runtime costs some 7 s of CPU: once per run, not once per test file.
//   It exits when jest closes its stdin.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";

let validator; // the package, imported at the first file (a run without SDK checks never starts the runtime)
/** Errors by the SHA-256 of the bytes: the validator sees only the bytes, so the same bytes get the same answer. */
const known = new Map();

async function errorsOf(file) {
  const bytes = new Uint8Array(readFileSync(file));
  const key = createHash("sha256").update(bytes).digest("hex");
  if (!known.has(key)) {
    validator ??= (await import("@ooxml-tools/validate")).default;
    known.set(key, await validator(bytes, "xlsx"));
  }
  return known.get(key);
}

async function validateAll(files) {
  const results = {};
  for (const file of files) results[file] = await errorsOf(file);
  return results;
}

if (process.argv[2] === "--serve") {
  let queue = Promise.resolve(); // one request at a time: the runtime is one thread
  const server = createServer((socket) => {
    let text = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk) => {
      text += chunk;
      if (!text.endsWith("\n")) return;
      queue = queue.then(async () => {
        let reply;
        try {
          reply = JSON.stringify(await validateAll(JSON.parse(text)));
        } catch (e) {
          reply = JSON.stringify({ error: String(e?.stack ?? e) });
        }
        socket.end(reply);
      });
    });
    socket.on("error", () => {}); // a test file that stopped listening is its own failure
  });
  server.listen(process.argv[3], () => process.stdout.write("listening\n"));
  process.stdin.on("end", () => process.exit(0));
  process.stdin.resume();
} else {
  process.stdout.write(JSON.stringify(await validateAll(process.argv.slice(2))));
}
