import { receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import zlib from "node:zlib";
import type { Codec, Deflated, Later } from "../host/xlsx/zip";
import { deflateNow, ZLIB_CODEC } from "./zlibCodec";

/**
 * Deflating the checked copy's parts on the other thread while the job writes the next ones. The CLI's job
 * runs on a worker thread (launch.ts); the main thread, idle otherwise, deflates what the job hands it. On
 * the bench's 1,000-sheet workbook deflating is ~200 ms of the job's ~1.7 s of CPU.
 *
 * Nothing is asynchronous for the writer: it hands each part over and goes on; packing takes the results,
 * waiting (Atomics.wait, which a worker may do) for any not yet back. Results come on a MessagePort the job
 * reads with receiveMessageOnPort, so no event-loop turn is needed, and each is counted on a shared
 * Int32Array, so a wait wakes as one arrives. A part's bytes move to the main thread (transferred, not
 * copied) and come back with the answer if it could not deflate them, so the job deflates them itself; a
 * main thread that stops answering (it never should) fails the file's check with a one-line error after
 * `STALL_MS` instead of hanging, and no copy is written.
 */
export interface DeflateLink {
  /** The job's end of a MessageChannel whose other end the main thread serves (launch.ts, `serveDeflates`). */
  port: MessagePort;
  /** 4 bytes: results sent so far. */
  counter: SharedArrayBuffer;
  /** How long the job waits for an answer before giving up (default `STALL_MS`). */
  stallMs?: number;
}

export interface Request {
  id: number;
  bytes: Uint8Array<ArrayBuffer>;
}

/** Either the result or, when the main thread could not deflate them, the part's bytes back. */
export type Reply = { id: number; data: Uint8Array; crc: number } | { id: number; bytes: Uint8Array<ArrayBuffer> };

/** Far beyond deflating the largest part allowed (LIMITS.partBytes) on a slow machine. */
const STALL_MS = 120_000;

/** The job's codec: Node's zlib, deflating on the main thread through `link`. */
export function linkedCodec(link: DeflateLink): Codec {
  if (typeof zlib.crc32 !== "function") return ZLIB_CODEC;
  const client = new DeflateClient(link);
  return { ...ZLIB_CODEC, deflateLater: (bytes) => client.deflateLater(bytes) };
}

class DeflateClient {
  private readonly sent: Int32Array;
  private nextId = 0;
  private readonly results = new Map<number, Deflated>();

  constructor(private readonly link: DeflateLink) {
    this.sent = new Int32Array(link.counter);
  }

  /** `bytes` must own their buffer: it moves to the main thread. */
  deflateLater(bytes: Uint8Array<ArrayBuffer>): Later {
    const id = this.nextId++;
    this.link.port.postMessage({ id, bytes } satisfies Request, [bytes.buffer]);
    this.collect(); // the answers already there, so the port's queue stays short
    return { take: () => this.take(id) };
  }

  private collect(): void {
    for (let m = receiveMessageOnPort(this.link.port); m; m = receiveMessageOnPort(this.link.port)) {
      const reply = m.message as Reply;
      this.results.set(reply.id, "bytes" in reply ? deflateNow(reply.bytes) : reply);
    }
  }

  private take(id: number): Deflated {
    for (;;) {
      const seen = Atomics.load(this.sent, 0);
      this.collect();
      const result = this.results.get(id);
      if (result) {
        this.results.delete(id);
        return { data: result.data, crc: result.crc };
      }
      const stallMs = this.link.stallMs ?? STALL_MS;
      if (Atomics.wait(this.sent, 0, seen, stallMs) === "timed-out")
        throw new Error(`no answer from the deflating thread in ${stallMs / 1000} s`);
    }
  }
}
