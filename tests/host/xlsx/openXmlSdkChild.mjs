// The child process of openXmlSdk.ts: validates each file named on the command line with Microsoft's Open XML SDK
// (compiled to WebAssembly: @ooxml-tools/validate, an ES module) and prints { file: errors } as JSON.
import validate from "@ooxml-tools/validate";
import { readFileSync } from "node:fs";

const results = {};
for (const file of process.argv.slice(2)) results[file] = await validate(new Uint8Array(readFileSync(file)), "xlsx");
process.stdout.write(JSON.stringify(results));
