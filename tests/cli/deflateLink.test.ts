import path from "node:path";
import { MessageChannel, Worker, type MessagePort } from "node:worker_threads";
import { linkedCodec, type DeflateLink } from "../../src/cli/deflateLink";
import { ZLIB_CODEC } from "../../src/cli/zlibCodec";
import { concat, openPackage, packPackage, partBytes, setPartBytes, type Package } from "../../src/host/xlsx/zip";
import { strToU8 } from "fflate";

// The job's side runs here; the other end of the link runs on a real worker thread, as the CLI's main
// thread serves it (launch.ts): `take` blocks this thread, so an answer can only come from another one.
const LAUNCH = path.join(__dirname, "..", "..", "src", "cli", "launch.ts");

/** A worker that runs `body` with `port` and `sent` (the shared counter as an Int32Array) in scope. */
function otherThread(body: string): { link: DeflateLink; worker: Worker } {
  const { port1, port2 } = new MessageChannel();
  const counter = new SharedArrayBuffer(4);
  const worker = new Worker(
    `const { port, counter } = require("node:worker_threads").workerData; const sent = new Int32Array(counter); ${body}`,
    { eval: true, workerData: { port: port2, counter }, transferList: [port2] },
  );
  return { link: { port: port1 as MessagePort, counter }, worker };
}

const serving = () =>
  otherThread(`require("tsx/cjs/api").register(); require(${JSON.stringify(LAUNCH)}).serveDeflates(port, counter);`);

function sheetXml(rows: number): string {
  const cells = Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i * 37}</v></c></row>`);
  return `<worksheet><sheetData>${cells.join("")}</sheetData></worksheet>`;
}

/** A package of `texts` set as parts a.xml, b.xml … with `codec`, packed. */
function packed(texts: string[], codec = ZLIB_CODEC): { pkg: Package; zip: Uint8Array } {
  const pkg: Package = { ...openPackage(emptyZip()), codec };
  texts.forEach((text, i) => setPartBytes(pkg, `${String.fromCharCode(97 + i)}.xml`, strToU8(text)));
  return { pkg, zip: concat(packPackage(pkg)) };
}

function emptyZip(): Uint8Array {
  return concat(packPackage({ parts: new Map(), codec: ZLIB_CODEC }));
}

const TEXTS = ["", "<a/>", sheetXml(10), sheetXml(2_000), sheetXml(20_000)];
const stop: Worker[] = [];
afterEach(async () => {
  await Promise.all(stop.splice(0).map((w) => w.terminate()));
});

describe("deflating on the other thread", () => {
  it("packs every part to the same bytes as deflating on the job's thread", () => {
    const { link, worker } = serving();
    stop.push(worker);
    const { zip } = packed(TEXTS, linkedCodec(link));
    expect(Buffer.from(zip).equals(Buffer.from(packed(TEXTS).zip))).toBe(true);
  });

  it("reads a part back before its answer is taken", () => {
    const { link, worker } = serving();
    stop.push(worker);
    const { pkg } = packed([], linkedCodec(link));
    const text = sheetXml(3_000);
    setPartBytes(pkg, "x.xml", strToU8(text));
    expect(Buffer.from(partBytes(pkg, "x.xml")!).toString("utf8")).toBe(text);
  });

  it("deflates a part itself when the other thread sends its bytes back", () => {
    // The other end answers every part as serveDeflates does when zlib fails: with the bytes, unchanged.
    const { link, worker } = otherThread(
      `port.on("message", ({ id, bytes }) => { port.postMessage({ id, bytes }, [bytes.buffer]); Atomics.add(sent, 0, 1); Atomics.notify(sent, 0); });`,
    );
    stop.push(worker);
    const { zip } = packed(TEXTS, linkedCodec(link));
    expect(Buffer.from(zip).equals(Buffer.from(packed(TEXTS).zip))).toBe(true);
  });

  it("fails with a one-line error, not a hang, when the other thread never answers", () => {
    const { link, worker } = otherThread(`port.on("message", () => {});`);
    stop.push(worker);
    const codec = linkedCodec({ ...link, stallMs: 200 });
    const pkg: Package = { ...openPackage(emptyZip()), codec };
    setPartBytes(pkg, "a.xml", strToU8(sheetXml(10)));
    expect(() => packPackage(pkg)).toThrow("no answer from the deflating thread in 0.2 s");
  });
});
