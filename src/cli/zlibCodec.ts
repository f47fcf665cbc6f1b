import zlib from "node:zlib";
import { FFLATE_CODEC, type Codec } from "../host/xlsx/zip";

const nativeDeflate = typeof zlib.crc32 === "function";

/**
 * Node's native zlib for the package's parts: it inflates about twice and deflates about three times as
 * fast as fflate's JavaScript (measured on the bench's 1,000-sheet workbook). zlib.crc32 arrived in
 * Node 20.15 / 22.2; before that fflate deflates and checksums.
 *
 * Level 1, flagged "super fast" as Excel flags the entries of the files it saves (zipinfo: defS): the
 * bench's copy deflates its 3,251 changed parts with ~24% fewer instructions than at level 6 (1,657 →
 * 1,260 M; the rest is zlib's fixed cost per part) and is 7.7% larger (2.93 → 3.15 MB of deflated parts).
 */
export const ZLIB_CODEC: Codec = {
  // maxOutputLength: a part whose data inflates beyond its declared size fails instead of growing;
  // chunkSize: one byte more than the declared size, so the bytes come out in one buffer and one call. A buffer of
  // exactly the size comes back full, and Node then allocates a second one and calls zlib again only to learn that
  // the data has ended (1,009 calls and 6 MB on the bench's workbook; docs/performance.md, session 62).
  inflate(data, size) {
    if (size === 0) return new Uint8Array(0);
    try {
      return zlib.inflateRawSync(data, { maxOutputLength: size, chunkSize: Math.max(size + 1, 64) });
    } catch (e) {
      // Data beyond the declared size, refused as before, when a second buffer followed a full one: then damage
      // met in the data's next `size` bytes was named instead (the file's message quotes it).
      if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE")
        zlib.inflateRawSync(data, { maxOutputLength: size, chunkSize: Math.max(size, 64) });
      throw e;
    }
  },
  deflate: nativeDeflate
    ? (bytes) => ({
        // A copy of its own size: zlib's result is a view into its output buffer, and the package holds
        // every part's data until it is written (1,000 small sheets kept 16 MB of buffers alive).
        data: new Uint8Array(
          zlib.deflateRawSync(bytes, {
            level: 1,
            windowBits: windowBitsFor(bytes.length),
            chunkSize: outputChunkFor(bytes.length),
          }),
        ),
        crc: zlib.crc32(bytes),
      })
    : FFLATE_CODEC.deflate,
  deflateOption: nativeDeflate ? 3 : FFLATE_CODEC.deflateOption,
  crc: nativeDeflate ? (bytes) => zlib.crc32(bytes) : FFLATE_CODEC.crc,
  // Node's own UTF-8 decoding takes about half the time of TextDecoder's (fflate's strFromU8) on a sheet's XML:
  // 3.5 against 7.6 µs for the bench's 5 KB sheets, each read once and patched once (docs/performance.md, session 40).
  // The byte order mark TextDecoder drops is skipped here too.
  decode: (bytes) =>
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8", hasBom(bytes) ? 3 : 0),
};

const hasBom = (bytes: Uint8Array) => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/**
 * The smallest window that still reaches back to the part's first byte (zlib's matches reach at most the
 * window less 262 bytes), so a part deflates to the same bytes as with the default 32 KB window. Each
 * deflate call allocates and clears its window, and most parts are a few KB: on the bench's checked copy
 * (2,515 parts, all byte-identical) this takes 1,573 → 1,327 M instructions.
 */
function windowBitsFor(size: number): number {
  let bits = 9; // zlib's smallest raw-deflate window
  while (bits < 15 && (1 << bits) - 262 < size) bits++;
  return bits;
}

/**
 * zlib's output buffer: by default 16 KB for every call, whatever the part, so the 2,513 parts of the
 * bench's copy (most of a few KB, deflating to a fifth) allocated 40 MB of buffers to copy 2.7 MB out of.
 * Half the part's size holds what a sheet's XML deflates to (more output only takes another buffer and another
 * zlib call; the bytes are the same whatever the buffer size). A part under SMALL_PART gets room for all of it and
 * zlib's stored-block overhead: a note box's VML (~1 KB) deflates to just over half, and 584 of the bench copy's
 * 1,837 deflated parts took a second buffer, a second call and a concatenation (docs/performance.md, session 62).
 */
function outputChunkFor(size: number): number {
  return size < SMALL_PART ? size + 64 : Math.min(size >>> 1, 16 * 1024);
}
const SMALL_PART = 2048;

/**
 * The copy's parts deflated on a second thread while the writer patches the next sheets (issue 12: the whole check
 * no slower than ExcelJS loading the file, on 2 cores). Parts go over in batches of about BATCH bytes, copied into one
 * buffer that is given away (one message per batch, not per part); the thread answers each batch with one buffer of
 * the deflated parts and their CRCs, the same bytes `ZLIB_CODEC.deflate` makes. Answers are taken synchronously
 * (receiveMessageOnPort), waiting on a shared counter when none is there yet, so the writer stays synchronous.
 * Tried in session 63 (docs/performance.md): −100–145 ms for the whole check, +20–25 MB peak.
 */
let started: Deflater | null = null;
interface Deflater {
  port: import("node:worker_threads").MessagePort;
  /** [0] batches answered, [1] 1 once the thread runs (its isolate, and so its heap, made). */
  signal: Int32Array;
  receive: typeof import("node:worker_threads").receiveMessageOnPort;
}

/** Start the deflating thread (bin/perf-targets.js: while the modules load, when the second core is idle). */
export function startDeflateWorker(): void {
  if (!nativeDeflate || started) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const threads = require("node:worker_threads") as typeof import("node:worker_threads");
  const { port1, port2 } = new threads.MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(8));
  const worker = new threads.Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { port: port2, signal, small: SMALL_PART },
    transferList: [port2],
    stdout: true,
    stderr: true,
  });
  worker.unref();
  started = { port: port1, signal, receive: threads.receiveMessageOnPort };
}

/** ZLIB_CODEC whose deflating is done by the thread startDeflateWorker started (or starts now). */
export function deflatingElsewhere(): Codec {
  if (!nativeDeflate) return ZLIB_CODEC;
  startDeflateWorker();
  const { port, signal, receive } = started!;
  started = null;
  // Once its isolate is made, V8 has set the young generation's growth factor back to 2 (Heap::ConfigureHeap).
  if (Atomics.load(signal, 1) === 0) Atomics.wait(signal, 1, 0, 5000);
  let pending: { bytes: Uint8Array; done: (data: Uint8Array, crc: number) => void }[] = [];
  let pendingBytes = 0;
  const waiting: ((data: Uint8Array, crc: number) => void)[][] = [];
  let sent = 0;
  let received = 0;
  function send(): void {
    if (pending.length === 0) return;
    const all = new Uint8Array(pendingBytes);
    const ends = new Uint32Array(pending.length);
    let at = 0;
    pending.forEach((p, i) => {
      all.set(p.bytes, at);
      ends[i] = at += p.bytes.length;
    });
    port.postMessage({ all, ends }, [all.buffer, ends.buffer]);
    waiting.push(pending.map((p) => p.done));
    pending = [];
    pendingBytes = 0;
    sent++;
  }
  function take(answer: { all: Uint8Array; ends: Uint32Array; crcs: Uint32Array }): void {
    const dones = waiting.shift()!;
    let start = 0;
    for (let i = 0; i < dones.length; i++) {
      dones[i](answer.all.subarray(start, answer.ends[i]), answer.crcs[i]);
      start = answer.ends[i];
    }
    received++;
  }
  return {
    ...ZLIB_CODEC,
    deflateLater(bytes, done) {
      pending.push({ bytes, done });
      pendingBytes += bytes.length;
      if (pendingBytes >= BATCH) send();
      for (let m; (m = receive(port));) take(m.message as Parameters<typeof take>[0]);
    },
    settle() {
      send();
      while (received < sent) {
        const seen = Atomics.load(signal, 0);
        const m = receive(port);
        if (m) take(m.message as Parameters<typeof take>[0]);
        else Atomics.wait(signal, 0, seen, 10_000);
      }
    },
  };
}
const BATCH = 64 * 1024;

const WORKER_SOURCE = `"use strict";
const zlib = require("node:zlib");
const { workerData } = require("node:worker_threads");
const { port, signal, small } = workerData;
Atomics.store(signal, 1, 1);
Atomics.notify(signal, 1);
${windowBitsFor.toString()}
function outputChunkFor(size) { return size < small ? size + 64 : Math.min(size >>> 1, 16 * 1024); }
port.on("message", ({ all, ends }) => {
  const parts = [];
  const crcs = new Uint32Array(ends.length);
  let start = 0;
  let total = 0;
  for (let i = 0; i < ends.length; i++) {
    const bytes = all.subarray(start, ends[i]);
    start = ends[i];
    const data = zlib.deflateRawSync(bytes, { level: 1, windowBits: windowBitsFor(bytes.length), chunkSize: outputChunkFor(bytes.length) });
    parts.push(data);
    crcs[i] = zlib.crc32(bytes);
    total += data.length;
  }
  const out = new Uint8Array(total);
  const outEnds = new Uint32Array(ends.length);
  let at = 0;
  parts.forEach((p, i) => { out.set(p, at); outEnds[i] = at += p.length; });
  port.postMessage({ all: out, ends: outEnds, crcs }, [out.buffer, outEnds.buffer, crcs.buffer]);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});
`;
