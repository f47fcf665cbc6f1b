import zlib from "node:zlib";
import { FFLATE_CODEC, type Codec, type StoredEntry } from "../host/xlsx/zip";

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
 * no slower than ExcelJS loading the file, on 2 cores). Parts are copied into one of SLOTS fixed batches of shared
 * memory; the thread deflates a batch's parts into the slot's output (the same bytes `ZLIB_CODEC.deflate` makes) and
 * marks it done, and the writer copies them out, so it stays synchronous and no buffer crosses between the threads.
 * Memory, not speed, decides the shape (docs/performance.md, session 63): with a buffer given away per batch and an
 * unbounded queue the thread cut ~100–145 ms but the peak rose 20–27 MB; with all slots busy the writer deflates the
 * part itself, so nothing waits in a queue. The thread serves every file of the run and is let go once the last
 * file's parts are back, and what it has not answered when it fails, dies or stalls is deflated here from the slots:
 * the copy is the same bytes whether or not the thread helped. A batch the thread has not begun is taken back, never
 * waited for: waiting for one made a run wait out the 10 s limit (docs/performance.md, session 64).
 */
let started: Deflater | null = null;
interface Deflater {
  worker: import("node:worker_threads").Worker;
  port: import("node:worker_threads").MessagePort;
  /** [0] batches answered, [1] 1 once the thread runs (its isolate, and so its heap, made), [2] 1 once it failed. */
  signal: Int32Array;
  slots: Slot[];
  /** The writer's side, from the first file on. */
  batches?: Batches;
}

/** One batch of shared memory: parts in, their deflated bytes out, and per part its ends and CRC. */
interface Slot {
  input: Uint8Array;
  output: Uint8Array;
  /** [0] state (EMPTY, SENT, WORKING, DONE; TAKEN back by the writer), [1] parts, then per part: input end, output end (−1: did not fit), CRC. */
  meta: Int32Array;
  done: ((data: Uint8Array, crc: number) => void)[];
}

const BATCH = 64 * 1024;
/**
 * Two batches in flight: on the bench's copy (1,837 deflated parts, load 20–27) 2 slots gave 0.98–0.99× ExcelJS's load
 * at 144 MB, 4 slots 1.02× at 145 MB; 8 slots, or a queue with no end, let the thread's garbage and the batches waiting
 * for it raise the peak to 148–169 MB (docs/performance.md, session 63).
 */
const SLOTS = 2;
/** Parts under STORE_BELOW (1 KB) are stored, so a batch holds at most this many. */
const PARTS_PER_SLOT = Math.ceil(BATCH / 1024);
/** Room for level-1 deflate of incompressible bytes (5 bytes per 16 KB stored block); a part that still does not fit is deflated here. */
const OUTPUT_SLACK = 1024;
const [EMPTY, SENT, WORKING, DONE, TAKEN] = [0, 1, 2, 3, 4];

function makeSlot(): Slot {
  return {
    input: new Uint8Array(new SharedArrayBuffer(BATCH)),
    output: new Uint8Array(new SharedArrayBuffer(BATCH + OUTPUT_SLACK)),
    meta: new Int32Array(new SharedArrayBuffer(4 * (2 + 3 * PARTS_PER_SLOT))),
    done: [],
  };
}

/** Start the deflating thread (bin/perf-targets.js: while the modules load, when the second core is idle). */
export function startDeflateWorker(): void {
  if (!nativeDeflate || started) return;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const threads = require("node:worker_threads") as typeof import("node:worker_threads");
    const { port1, port2 } = new threads.MessageChannel();
    const signal = new Int32Array(new SharedArrayBuffer(12));
    const slots = Array.from({ length: SLOTS }, makeSlot);
    const shared = slots.map(({ input, output, meta }) => ({ input, output, meta }));
    const worker = new threads.Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { port: port2, signal, slots: shared, small: SMALL_PART },
      transferList: [port2],
      stdout: true,
      stderr: true,
      // "The maximum size of a heap space for recently created objects" (Node's worker_threads docs, resourceLimits):
      // the thread's garbage is zlib's output buffers, freed only when it collects; 1 MB took 3–5 MB off the peak.
      resourceLimits: { maxYoungGenerationSizeMb: 1 },
    });
    worker.unref();
    worker.on("error", () => {}); // met synchronously through `signal` or the wait's time limit
    started = { worker, port: port1, signal, slots };
  } catch {
    started = null; // no thread: the parts are deflated here
  }
}

const deflateHere = (bytes: Uint8Array, done: (data: Uint8Array, crc: number) => void) => {
  const { data, crc } = ZLIB_CODEC.deflate(bytes);
  done(data, crc);
};

/**
 * ZLIB_CODEC whose deflating is done by the thread startDeflateWorker started: one thread for the whole run, settled
 * between files, so a folder of a bureau's workbooks has it for every copy, not only the first (a thread started per
 * file would make each wait its ~80 ms start, more than a small workbook's copy takes to deflate). Once the thread has
 * failed or stalled, this file's and every later file's parts are deflated here.
 */
export function deflatingElsewhere({ last }: { last: boolean }): Codec {
  if (!nativeDeflate || !started) return ZLIB_CODEC;
  const deflater = (started.batches ??= batchesFor(started));
  deflater.settle(); // a file before this one that never packed its copy
  if (deflater.gone()) return ZLIB_CODEC;
  let packed = false;
  return {
    ...ZLIB_CODEC,
    ...inflatingAhead(started.port, deflater.gone),
    deflateLater: (bytes, done) => (packed ? deflateHere(bytes, done) : deflater.deflateLater(bytes, done)),
    settle: deflater.settle,
    // This file's parts all back; the thread stays for the next file, and goes with the last one's copy.
    finish() {
      if (last) letDeflateWorkerGo();
      else deflater.settle();
      packed = true;
    },
  };
}

/**
 * The worksheets inflated ahead on the deflating thread, idle until the plan is made, while this thread tokenises the
 * sheets before them: ~20–25 ms of the main thread's read on the bench's 1,000 sheets (inflate, most of it
 * zlib's fixed cost per call; docs/performance.md, session 65). In reading order, a window of parts at a time: their
 * compressed bytes are copied into one of two fixed windows of shared memory, the thread inflates each into the window's
 * output, and once every part of a window has been read the window takes the next parts. Nothing ever waits for the
 * thread: a part it has not finished (or failed on, or never reached because it died) is inflated here as before, so
 * each part reads the same bytes, or fails with the same error, with or without it. Fixed windows, not one buffer for
 * all: a buffer per file the size of its sheets stayed alive until both threads collected it, past the check's peak
 * (+7–9 MB on the bench).
 */
function inflatingAhead(
  port: import("node:worker_threads").MessagePort,
  gone: () => boolean,
): Pick<Codec, "inflateAhead" | "inflate" | "crc"> {
  // The part `inflate` last gave from the thread, and its CRC-32 as checked here (zip.ts asks for it next).
  let given: Uint8Array | null = null;
  let givenCrc = 0;
  let queue: readonly StoredEntry[] = [];
  let order = new Map<Uint8Array, number>(); // each queued part not yet read → its place in `queue`
  let next = 0; // the first part of `queue` neither read nor given to a window
  const windows: AheadWindow[] = [];
  const inWindow = new Map<Uint8Array, [window: AheadWindow, index: number, crc: number]>(); // crc: the zip's

  /** The next parts that fit into `window`, handed to the thread: only while the thread is not on it. */
  function fill(window: AheadWindow): void {
    const { input, output, meta } = window;
    if (Atomics.compareExchange(meta, 0, FREE, FILLING) !== FREE) return; // the thread is on it: at the next part
    window.due = false;
    let inAt = 0;
    let outAt = 0;
    let count = 0;
    for (; next < queue.length && count < AHEAD_PARTS; next++) {
      const { data, originalSize, compression } = queue[next];
      if (compression !== 8 || originalSize === 0 || originalSize > output.length || data.length > input.length)
        continue; // inflated here
      if (inAt + data.length > input.length || outAt + originalSize > output.length) break;
      input.set(data, inAt);
      meta.set([WAITING, inAt, (inAt += data.length), outAt, originalSize], 2 + AHEAD_FIELDS * count);
      outAt += originalSize;
      inWindow.set(data, [window, count++, queue[next].crc >>> 0]);
    }
    meta[1] = window.left = count;
    Atomics.store(meta, 0, FREE);
    if (count > 0) port.postMessage({ input, output, meta });
  }
  const fillDue = () => windows.forEach((window) => window.due && fill(window));

  return {
    inflateAhead(parts) {
      if (gone() || windows.length > 0) return;
      queue = parts;
      order = new Map(parts.map((part, i) => [part.data, i]));
      for (let i = 0; i < 2; i++) {
        const window: AheadWindow = {
          input: new Uint8Array(new SharedArrayBuffer(AHEAD_WINDOW)),
          output: new Uint8Array(new SharedArrayBuffer(AHEAD_WINDOW)),
          meta: new Int32Array(new SharedArrayBuffer(4 * (2 + AHEAD_FIELDS * AHEAD_PARTS))),
          left: 0,
          due: true,
        };
        windows.push(window);
        fill(window);
      }
    },
    inflate(data, size) {
      const at = order.get(data);
      if (at !== undefined) {
        order.delete(data);
        if (at >= next) next = at + 1; // read before a window took it: no window takes it now
      }
      const found = inWindow.get(data);
      if (!found) {
        fillDue();
        return ZLIB_CODEC.inflate(data, size);
      }
      inWindow.delete(data);
      const [window, i, crc] = found;
      const { output, meta } = window;
      const field = 2 + AHEAD_FIELDS * i;
      // Claimed: the thread skips it if it has not begun it; begun or failed, it is inflated here all the same.
      // A copy: the window takes the next parts once all of its own are read.
      const inflated = Atomics.compareExchange(meta, field, WAITING, CLAIMED) === INFLATED;
      const ahead = inflated ? output.slice(meta[field + 3], meta[field + 3] + meta[field + 4]) : null;
      // What the thread gave is checked here against the zip's own CRC-32 (~2–3 ms for the bench's sheets): a fault in
      // the hand-over can never give a sheet other bytes, or a damaged-part message the file does not deserve.
      const bytes = ahead && ZLIB_CODEC.crc(ahead) >>> 0 === crc ? ahead : ZLIB_CODEC.inflate(data, size);
      if (bytes === ahead) [given, givenCrc] = [bytes, crc];
      if (--window.left === 0) window.due = true;
      fillDue();
      return bytes;
    },
    crc: (bytes) => (bytes === given ? givenCrc : ZLIB_CODEC.crc(bytes)),
  };
}

interface AheadWindow {
  input: Uint8Array;
  output: Uint8Array;
  /**
   * [0] FREE, FILLING (by the reader) or BUSY (the thread on it), [1] parts, then per part: state, input start, input end,
   * output start, size (then the length inflated).
   */
  meta: Int32Array;
  /** Its parts not yet read. */
  left: number;
  /** To take the next parts (all of its own read), once the thread is off it. */
  due: boolean;
}
/** Each window's room for compressed and for inflated bytes: ~40 of the bench's 6 KB sheets; a larger part is inflated here. */
const AHEAD_WINDOW = 256 * 1024;
const AHEAD_PARTS = 256;
const AHEAD_FIELDS = 5;
const [WAITING, INFLATING, INFLATED, CLAIMED] = [0, 1, 2, 3];
const [FREE, FILLING, BUSY] = [0, 1, 2];

/** The run is over: the thread let go, its isolate's memory with it (a later file's parts are deflated here). */
export function letDeflateWorkerGo(): void {
  const deflater = started;
  started = null;
  if (!deflater) return;
  if (deflater.batches) deflater.batches.letGo();
  else void deflater.worker.terminate();
}

interface Batches {
  deflateLater(bytes: Uint8Array, done: (data: Uint8Array, crc: number) => void): void;
  /** Every part handed over is back (deflated by the thread, or here). */
  settle(): void;
  /** Whether the thread failed, stalled or was let go: parts are deflated here. */
  gone(): boolean;
  /** Every part back, then the thread ended. */
  letGo(): void;
}

/** The writer's side of the slots, for the whole run. */
function batchesFor({ worker, port, signal, slots }: Deflater): Batches {
  // Once its isolate is made, V8 has set the young generation's growth factor back to 2 (Heap::ConfigureHeap).
  if (Atomics.load(signal, 1) === 0) Atomics.wait(signal, 1, 0, START_WAIT_MS);
  let gone = false;
  if (Atomics.load(signal, 1) === 0 || Atomics.load(signal, 2) === 1) letGo();
  let filling = 0; // the slot parts go into now
  let filled = 0; // its bytes so far
  let oldest = 0; // the slot sent longest ago
  let inFlight = 0;

  function letGo(): void {
    gone = true;
    void worker.terminate();
  }
  function send(): void {
    if (filled === 0) return; // nothing in the slot being filled (which may still be in flight when all are busy)
    Atomics.store(slots[filling].meta, 0, SENT);
    port.postMessage(filling);
    inFlight++;
    filling = (filling + 1) % slots.length;
    filled = 0;
  }
  /** Slot `at`'s parts handed over: deflated by the thread, or here when it did not get to them (or failed). */
  function take(at: number): void {
    const { meta, input, output, done } = slots[at];
    // A batch the thread has not begun is taken back and deflated here, not waited for.
    if (Atomics.compareExchange(meta, 0, SENT, TAKEN) === WORKING && !gone) waitWhileWorking(meta);
    const here = gone || Atomics.load(meta, 0) !== DONE;
    let inStart = 0;
    let outStart = 0;
    for (let i = 0; i < done.length; i++) {
      const inEnd = meta[2 + 3 * i];
      const outEnd = meta[3 + 3 * i];
      if (here || outEnd < 0) deflateHere(input.subarray(inStart, inEnd), done[i]);
      else done[i](output.slice(outStart, outEnd), meta[4 + 3 * i] >>> 0);
      inStart = inEnd;
      if (outEnd >= 0) outStart = outEnd;
    }
    done.length = 0;
    Atomics.store(meta, 0, EMPTY);
  }
  /** The thread is deflating this batch: wait for it, unless it fails or stalls, when it is let go. */
  function waitWhileWorking(meta: Int32Array): void {
    for (;;) {
      const seen = Atomics.load(signal, 0);
      if (Atomics.load(meta, 0) !== WORKING) return;
      if (Atomics.load(signal, 2) === 1 || Atomics.wait(signal, 0, seen, STALL_MS) === "timed-out") return letGo();
    }
  }
  function takeAnswered(): void {
    while (inFlight > 0 && Atomics.load(slots[oldest].meta, 0) === DONE) {
      take(oldest);
      oldest = (oldest + 1) % slots.length;
      inFlight--;
    }
  }
  /** Every batch back: the one the thread is on waited for, those it has not begun taken back. */
  function settle(): void {
    send();
    for (; inFlight > 0; inFlight--, oldest = (oldest + 1) % slots.length) take(oldest);
    // Between files the thread may have died idle (its `exit` sets the flag): later parts are deflated here.
    if (!gone && Atomics.load(signal, 2) === 1) letGo();
  }
  return {
    deflateLater(bytes, done) {
      if (gone) return deflateHere(bytes, done);
      takeAnswered();
      if (filled + bytes.length > BATCH) send();
      // The thread behind (all slots busy) or a part larger than a slot: deflated here, nothing queues.
      const slot = slots[filling];
      if (bytes.length > BATCH || Atomics.load(slot.meta, 0) !== EMPTY) return deflateHere(bytes, done);
      slot.input.set(bytes, filled);
      filled += bytes.length;
      slot.meta[2 + 3 * slot.done.length] = filled;
      slot.meta[1] = slot.done.push(done);
      if (slot.done.length === PARTS_PER_SLOT) send();
    },
    settle,
    gone: () => gone,
    letGo() {
      settle();
      if (!gone) letGo();
    },
  };
}
/** The thread's start takes 76–86 ms when the check has to wait for it; one that has not started by then is not waited for. */
const START_WAIT_MS = 1000;
/** No answer for this long: the thread is taken for stuck and its batches are deflated here. */
const STALL_MS = 10_000;

const WORKER_SOURCE = `"use strict";
const zlib = require("node:zlib");
const { workerData } = require("node:worker_threads");
const { port, signal, slots, small } = workerData;
${windowBitsFor.toString()}
function outputChunkFor(size) { return size < small ? size + 64 : Math.min(size >>> 1, 16 * 1024); }
function fail() { Atomics.store(signal, 2, 1); Atomics.add(signal, 0, 1); Atomics.notify(signal, 0); }
process.on("exit", fail);
Atomics.store(signal, 1, 1);
Atomics.notify(signal, 1);
port.on("message", (index) => {
  if (typeof index !== "number") return inflateAhead(index);
  const { input, output, meta } = slots[index];
  if (Atomics.compareExchange(meta, 0, ${SENT}, ${WORKING}) !== ${SENT}) return; // taken back by the writer
  try {
    let start = 0;
    let at = 0;
    for (let i = 0; i < meta[1]; i++) {
      const bytes = input.subarray(start, meta[2 + 3 * i]);
      start = meta[2 + 3 * i];
      const data = zlib.deflateRawSync(bytes, { level: 1, windowBits: windowBitsFor(bytes.length), chunkSize: outputChunkFor(bytes.length) });
      if (at + data.length <= output.length) {
        output.set(data, at);
        meta[3 + 3 * i] = at += data.length;
      } else meta[3 + 3 * i] = -1;
      meta[4 + 3 * i] = zlib.crc32(bytes);
    }
    Atomics.store(meta, 0, ${DONE});
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  } catch {
    fail();
  }
});
function inflateAhead({ input, output, meta }) {
  if (Atomics.compareExchange(meta, 0, ${FREE}, ${BUSY}) !== ${FREE}) return; // being filled: a message follows
  for (let at = 2; at < 2 + ${AHEAD_FIELDS} * meta[1]; at += ${AHEAD_FIELDS}) {
    if (Atomics.compareExchange(meta, at, ${WAITING}, ${INFLATING}) !== ${WAITING}) continue; // taken by the reader
    try {
      const size = meta[at + 4];
      const bytes = zlib.inflateRawSync(input.subarray(meta[at + 1], meta[at + 2]), { maxOutputLength: size, chunkSize: Math.max(size + 1, 64) });
      output.set(bytes, meta[at + 3]);
      meta[at + 4] = bytes.length;
      Atomics.store(meta, at, ${INFLATED});
    } catch {} // left INFLATING: the reader inflates it, and meets the same error
  }
  Atomics.store(meta, 0, ${FREE});
}
`;
