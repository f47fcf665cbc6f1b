/**
 * The .xlsx / .xlsm package as a map of parts, opened within stated limits so that a zip bomb or an
 * oversized part gets a one-line message instead of exhausting memory. Browser-safe: no Node APIs.
 *
 * A part keeps its stored (compressed) entry and is inflated only when something reads it; a part nobody
 * replaced is written back with exactly the compressed bytes it was read with. fflate inflates and
 * deflates, but it exposes neither an entry's CRC nor its compressed bytes, so the central directory is
 * indexed here (PKWARE APPNOTE.TXT 6.3: 4.3.12 central directory header, 4.3.16 end of central directory,
 * 4.3.14–15 and 4.5.3 Zip64), as fflate's unzipSync indexes it; the copy's headers are written here too
 * (packPackage), the same records the other way.
 *
 * The declared sizes are checked before anything is inflated, and a part inflates into at most its
 * declared size, so the declared sizes bound the memory used here.
 */
import { inflateSync, ZipDeflate, ZipPassThrough } from "fflate";
import { MAX_HELD_CELLS } from "../../core/a1";
import { say, WordedError, type Message } from "../../core/locale/messages";

/** Limits of one package; `UnreadableWorkbookError` names the one exceeded. */
export const LIMITS = {
  /** Unpacked size of one part (a sheet's XML, an image …). */
  partBytes: 256 * 1024 * 1024,
  /** Unpacked size of the whole package. */
  totalBytes: 512 * 1024 * 1024,
  /** Unpacked / packed size of a part larger than `ratioFrom` (ordinary sheets stay far below 200). */
  ratio: 500,
  ratioFrom: 16 * 1024 * 1024,
  /** Cells that hold something, in one workbook (each costs memory while it is checked). */
  cells: 5_000_000,
  /** Cells holding a value or a formula on one sheet (its extent costs nothing: a1.ts). */
  sheetCells: MAX_HELD_CELLS,
} as const;

/** A workbook that cannot be read: one line for the user, Chinese in `message`, any language from `in(lang)`. */
export class UnreadableWorkbookError extends WordedError {
  constructor(words: Message) {
    super(words);
    this.name = "UnreadableWorkbookError";
  }
}

const MB = (bytes: number) => Math.round(bytes / 1024 / 1024);

/**
 * A part as an entry of the zip: its compressed bytes and what the central directory says of them. Parts
 * read from the file keep their entry as it was; a part the writer sets is deflated at once, so the
 * package never holds a second, inflated copy of what it writes.
 */
export interface StoredEntry {
  /** 0 stored, 8 deflated (others are copied as they are, and cannot be read). */
  compression: number;
  /** General purpose bit flag (APPNOTE 4.4.4). */
  flag: number;
  crc: number;
  originalSize: number;
  /** The compressed bytes (for a part read: a view into the file read). */
  data: Uint8Array;
}

/**
 * How parts are inflated and deflated. fflate's (pure JavaScript) by default; a host with a native zlib
 * (Node) passes its own, several times faster.
 */
export interface Codec {
  /** Raw DEFLATE data → at most `size` bytes. */
  inflate(data: Uint8Array, size: number): Uint8Array;
  /** Bytes → raw DEFLATE data and the CRC-32 of the bytes. */
  deflate(bytes: Uint8Array): { data: Uint8Array; crc: number };
  /** Bits 1–2 of an entry's general purpose flag (APPNOTE 4.4.4) for what `deflate` makes: 0 normal, 3 super fast. */
  deflateOption: 0 | 3;
  /** The CRC-32 of the bytes (for a part stored as it is, STORE_BELOW). */
  crc(bytes: Uint8Array): number;
  /** UTF-8 bytes → text, a leading byte order mark dropped (as TextDecoder does). */
  decode(bytes: Uint8Array): string;
  /**
   * Deflate `bytes` elsewhere, as `deflate` would, and hand the result to `done` by the time `settle` returns: a codec
   * that compresses on another thread while the writer goes on (zlibCodec.ts). `bytes` may be reused once this
   * returns (what the codec keeps of them, it copies).
   */
  deflateLater?(bytes: Uint8Array, done: (data: Uint8Array, crc: number) => void): void;
  /**
   * The parts about to be read, in reading order (the worksheets): a codec with another thread may inflate them there
   * meanwhile, each giving what `inflate` would (zlibCodec.ts). `inflate` is still asked for each.
   */
  inflateAhead?(parts: readonly StoredEntry[]): void;
  /** Every `deflateLater` done. */
  settle?(): void;
  /** Every `deflateLater` done, and the other thread let go: any later part is deflated as `deflate` would. */
  finish?(): void;
}

export const FFLATE_CODEC: Codec = {
  inflate: (data, size) => inflateSync(data, { out: new Uint8Array(size) }),
  deflate(bytes) {
    // ZipDeflate checksums the bytes as it deflates them.
    const file = new ZipDeflate("", { level: 6 });
    const chunks: Uint8Array[] = [];
    file.ondata = (error, chunk) => {
      if (error) throw error;
      chunks.push(chunk);
    };
    file.push(bytes, true);
    return { data: concat(chunks), crc: file.crc };
  },
  deflateOption: 0,
  crc(bytes) {
    // ZipPassThrough checksums what passes through it (fflate exports no CRC function of its own).
    const file = new ZipPassThrough("");
    file.ondata = (error) => {
      if (error) throw error;
    };
    file.push(bytes, true);
    return file.crc;
  },
  decode: (bytes) => utf8.decode(bytes),
};

/*
 * Names and texts are encoded here, not with fflate's strToU8 / strFromU8 (the same TextEncoder, TextDecoder and
 * byte-per-character reading): fflate is used only inside FFLATE_CODEC, so the CLI, which brings Node's zlib, never
 * calls it and bin/perf-targets.js loads it only on first use (docs/performance.md, session 56).
 */
const utf8 = new TextDecoder();
const encoder = new TextEncoder();
/** A name's own characters: a leading U+FEFF is part of a name, not a byte order mark. */
const utf8Name = new TextDecoder("utf-8", { ignoreBOM: true });
const utf8Strict = new TextDecoder("utf-8", { ignoreBOM: true, fatal: true });
/**
 * GBK as the Encoding Standard decodes it (its "gbk" label is the gb18030 decoder, in every browser; in Node when it
 * has ICU, as its builds do by default): null where the host has no such decoder (Node without ICU).
 */
let gbk: TextDecoder | null | undefined;
function gbkDecoder(): TextDecoder | null {
  if (gbk === undefined)
    try {
      gbk = new TextDecoder("gbk", { fatal: true, ignoreBOM: true });
    } catch {
      gbk = null;
    }
  return gbk;
}

/**
 * An entry's name not flagged as UTF-8 (bit 11 unset) and not ASCII, as the tool that wrote it meant it (APPNOTE D.2:
 * "the original ZIP character encoding", the system's code page): UTF-8 when its bytes are (tools that write UTF-8
 * without the flag; GBK text is seldom valid UTF-8), else GBK (WPS, Chinese Windows), else one character a byte.
 * A relationship names the part by those characters (附件.bin, or %E9%99%84%E4%BB%B6.bin).
 */
function unflaggedName(bytes: Uint8Array): string {
  for (const decoder of [utf8Strict, gbkDecoder()])
    if (decoder)
      try {
        return decoder.decode(bytes);
      } catch {
        // not this encoding
      }
  let text = "";
  for (let i = 0; i < bytes.length; i += 16384)
    text += String.fromCharCode.apply(null, bytes.subarray(i, i + 16384) as unknown as number[]);
  return text;
}

export interface Package {
  /** Part name (no leading "/") → the part, in the order of the original zip. */
  parts: Map<string, StoredEntry>;
  codec: Codec;
  /** Texts a reader kept for the next one to read the same part (keepText), when the package was opened to keep them. */
  kept?: KeptTexts;
  /**
   * Names not flagged as UTF-8 and not ASCII (read as unflaggedName reads them) → their bytes in the zip: written back
   * as those bytes, unflagged. They are in the code page of the tool that wrote them (GBK from WPS or a Chinese
   * Windows); written as UTF-8 they would be other names to that tool.
   */
  unflaggedNames?: Map<string, Uint8Array>;
}

/**
 * Parts' texts kept for a second reading: each with the entry it was read from (a part replaced or removed since is
 * read as it is now), up to `room` characters in all (a workbook of large sheets keeps the first that fit, so what
 * is held from the reading to the writing stays bounded whatever the file).
 */
class KeptTexts {
  readonly texts = new Map<string, { entry: StoredEntry; text: string }>();
  constructor(public room: number) {}
}

/**
 * Characters of worksheet text a package opened with `keepText` keeps: the bench's 1,000 sheets are 6.1 M, held as
 * one-byte strings when they are ASCII (two bytes a character otherwise).
 */
export const KEEP_TEXT_CHARS = 8 * 1024 * 1024;

const u16 = (d: Uint8Array, i: number) => d[i] | (d[i + 1] << 8);
const u32 = (d: Uint8Array, i: number) => (d[i] | (d[i + 1] << 8) | (d[i + 2] << 16) | (d[i + 3] << 24)) >>> 0;
const u64 = (d: Uint8Array, i: number) => u32(d, i) + u32(d, i + 4) * 2 ** 32;

/**
 * `keepText`: parts' texts may be kept for a second reading (keepText), for a caller that reads the workbook and
 * then writes its copy from the same package.
 */
export function openPackage(
  data: Uint8Array,
  codec: Codec = FFLATE_CODEC,
  options: { keepText?: boolean } = {},
): Package {
  // End of central directory: the last 22 bytes plus a comment of up to 65,535.
  let end = data.length - 22;
  while (end >= 0 && u32(data, end) !== 0x06054b50) {
    if (data.length - end > 65_557) end = -1;
    else end--;
  }
  if (end < 0) throw new UnreadableWorkbookError(say("file.zip-no-directory", {}));
  let count = u16(data, end + 10);
  let at = u32(data, end + 16);
  const zip64 = end >= 20 && u32(data, end - 20) === 0x07064b50;
  if (zip64) {
    const z = u64(data, end - 12);
    if (u32(data, z) !== 0x06064b50) throw new UnreadableWorkbookError(say("file.zip64-invalid", {}));
    count = u64(data, z + 32);
    at = u64(data, z + 48);
  }
  const parts = new Map<string, StoredEntry>();
  // Which entry is "the" part is anyone's guess: readers differ (the last one won before, an empty sheet).
  const names = new Set<string>();
  let unflaggedNames: Map<string, Uint8Array> | undefined;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || u32(data, at) !== 0x02014b50)
      throw new UnreadableWorkbookError(say("file.zip-entry-invalid", {}));
    const flag = u16(data, at + 8);
    const nameLength = u16(data, at + 28);
    const extraLength = u16(data, at + 30);
    const nameBytes = data.subarray(at + 46, at + 46 + nameLength);
    let name = utf8Name.decode(nameBytes);
    if (!(flag & 0x800) && !isAscii(name))
      (unflaggedNames ??= new Map()).set((name = unflaggedName(nameBytes)), nameBytes);
    let size = u32(data, at + 20);
    let originalSize = u32(data, at + 24);
    let local = u32(data, at + 42);
    if (zip64) {
      // The Zip64 extra field holds, in this order, whichever of the three is 0xFFFFFFFF above.
      const extraEnd = at + 46 + nameLength + extraLength;
      for (let x = at + 46 + nameLength; x + 4 <= extraEnd; x += 4 + u16(data, x + 2)) {
        if (u16(data, x) !== 1) continue;
        let field = x + 4;
        if (originalSize === 0xffffffff) {
          originalSize = u64(data, field);
          field += 8;
        }
        if (size === 0xffffffff) {
          size = u64(data, field);
          field += 8;
        }
        if (local === 0xffffffff) local = u64(data, field);
        break;
      }
    }
    const entry: StoredEntry = {
      compression: u16(data, at + 10),
      flag,
      crc: u32(data, at + 16),
      originalSize,
      data: data,
    };
    at += 46 + nameLength + extraLength + u16(data, at + 32);
    if (name.endsWith("/")) continue; // directory entries some zips carry are not parts
    // ECMA-376 Part 2, Part Name Equivalence [M1.12]: names equal as case-insensitive ASCII strings are one part,
    // and "packages shall not contain equivalent part names".
    const key = name.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
    if (names.has(key)) throw new UnreadableWorkbookError(say("file.part-twice", { part: name }));
    names.add(key);
    if (originalSize > LIMITS.partBytes)
      throw new UnreadableWorkbookError(
        say("file.part-too-large", { part: name, size: MB(originalSize), limit: MB(LIMITS.partBytes) }),
      );
    total += originalSize;
    if (total > LIMITS.totalBytes)
      throw new UnreadableWorkbookError(say("file.total-too-large", { limit: MB(LIMITS.totalBytes) }));
    if (originalSize > LIMITS.ratioFrom && originalSize > size * LIMITS.ratio)
      throw new UnreadableWorkbookError(say("file.ratio-too-high", { part: name, ratio: LIMITS.ratio }));
    if (local + 30 > data.length || u32(data, local) !== 0x04034b50)
      throw new UnreadableWorkbookError(say("file.part-misplaced", { part: name }));
    const start = local + 30 + u16(data, local + 26) + u16(data, local + 28);
    if (start + size > data.length) throw new UnreadableWorkbookError(say("file.part-incomplete", { part: name }));
    entry.data = data.subarray(start, start + size);
    parts.set(name, entry);
  }
  const pkg: Package = options.keepText ? { parts, codec, kept: new KeptTexts(KEEP_TEXT_CHARS) } : { parts, codec };
  if (unflaggedNames) pkg.unflaggedNames = unflaggedNames;
  return pkg;
}

/**
 * A part's bytes (inflated now), or null when there is none. Checked against the CRC-32 the zip records: a part
 * changed on a disk or in a copy since it was saved (a stored part with a digit flipped still parses) would
 * otherwise be read as it is now and written into the copy with a checksum of its own, the damage made good.
 */
export function partBytes(pkg: Package, name: string): Uint8Array | null {
  const part = pkg.parts.get(name);
  if (!part) return null;
  if (part.data === EMPTY && part.originalSize > 0) pkg.codec.settle?.(); // set by this writer, still being deflated
  if (part.flag & 1) throw new UnreadableWorkbookError(say("file.part-encrypted", { part: name }));
  if (part.compression !== 0 && part.compression !== 8)
    throw new UnreadableWorkbookError(say("file.part-compression", { part: name, method: part.compression }));
  let bytes: Uint8Array;
  try {
    bytes = part.compression === 0 ? part.data : pkg.codec.inflate(part.data, part.originalSize);
  } catch (e) {
    throw new UnreadableWorkbookError(
      say("file.part-inflate-failed", { part: name, detail: String((e as Error).message).split("\n")[0] }),
    );
  }
  // Unsigned on both sides: fflate's CRC is a signed 32-bit integer, zlib's and the zip's are not.
  if (pkg.codec.crc(bytes) >>> 0 !== part.crc >>> 0)
    throw new UnreadableWorkbookError(say("file.part-checksum", { part: name }));
  return bytes;
}

/** A part's text (UTF-8, a byte order mark dropped), null where the package has no such part; throws for a UTF-16 part. */
export function partText(pkg: Package, name: string): string | null {
  const kept = pkg.kept?.texts.get(name);
  if (kept) {
    pkg.kept?.texts.delete(name); // read twice at most: its memory goes with this reading
    if (kept.entry === pkg.parts.get(name)) return kept.text;
  }
  const bytes = partBytes(pkg, name);
  if (!bytes) return null;
  // UTF-16 (its byte order mark, or "<" with a zero byte beside it): read as UTF-8 it is no XML, and it was said as
  // "<\x00> 没有正确结束".
  const [b0, b1] = bytes;
  if (
    (b0 === 0xff && b1 === 0xfe) ||
    (b0 === 0xfe && b1 === 0xff) ||
    (b0 === 0x3c && b1 === 0) ||
    (b0 === 0 && b1 === 0x3c)
  )
    throw new UnreadableWorkbookError(say("file.part-utf16", { part: name }));
  const text = pkg.codec.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Keep a part's text, just read, for the next reading of the part (when the package keeps texts and has room): the
 * CLI's writer patches every worksheet the reader read, and inflating and decoding each again cost ~35 ms of the
 * main thread's ~1.25 s on the bench's 1,000 sheets (docs/performance.md, session 47), for ~6 MB held meanwhile.
 */
export function keepText(pkg: Package, name: string, text: string): void {
  const entry = pkg.parts.get(name);
  if (!pkg.kept || !entry || text.length > pkg.kept.room) return;
  pkg.kept.room -= text.length;
  pkg.kept.texts.set(name, { entry, text });
}

/**
 * Set a part's text: deflated now, or stored (STORE_BELOW) as the bytes just encoded, which are the part's own. A
 * second copy of them (setPartBytes) cost ~2–4 µs a part, ~5 ms of a cold process for the bench's 1,740 stored parts
 * (docs/performance.md, session 53).
 */
export function setPartText(pkg: Package, name: string, text: string): void {
  const bytes = encoder.encode(text);
  if (bytes.length < STORE_BELOW) storeAsItIs(pkg, name, bytes);
  else if (pkg.codec.deflateLater) deflateLater(pkg, name, bytes);
  else setPartBytes(pkg, name, bytes);
}

/**
 * Parts smaller than this are stored as they are (zip method 0, APPNOTE 4.4.5), not deflated: deflating saves
 * them a few hundred bytes at most, and each deflate call has a fixed cost (Node builds a stream object and zlib
 * allocates and clears its state) that on such parts exceeds the compressing itself. The bench's copy has 1,741
 * of them (sheet relationships, notes): ~4% less CPU for the whole check, the file 8% larger
 * (docs/performance.md, sessions 35–36).
 */
export const STORE_BELOW = 1024;

/** Set a part's bytes: deflated (or stored) now, so `bytes` may be reused once this returns. */
export function setPartBytes(pkg: Package, name: string, bytes: Uint8Array): void {
  // Stored, a copy of its own: `bytes` may be a view into a buffer the writer reuses.
  if (bytes.length < STORE_BELOW) return storeAsItIs(pkg, name, bytes.slice());
  // No copy for the other thread: the codec copies the bytes into its batch (the 1,000 sheets of the bench's copy
  // came here as views into the writer's one buffer, each sliced into a buffer of its own first).
  if (pkg.codec.deflateLater) return deflateLater(pkg, name, bytes);
  const { data, crc } = pkg.codec.deflate(bytes);
  pkg.parts.set(name, { compression: 8, flag: pkg.codec.deflateOption << 1, crc, originalSize: bytes.length, data });
}

/** `bytes` deflated by the codec elsewhere; the entry gets its data and CRC before the package is packed. */
function deflateLater(pkg: Package, name: string, bytes: Uint8Array): void {
  const entry: StoredEntry = {
    compression: 8,
    flag: pkg.codec.deflateOption << 1,
    crc: 0,
    originalSize: bytes.length,
    data: EMPTY,
  };
  pkg.parts.set(name, entry);
  pkg.codec.deflateLater!(bytes, (data, crc) => {
    entry.data = data;
    entry.crc = crc;
  });
}
const EMPTY = new Uint8Array(0);

function storeAsItIs(pkg: Package, name: string, data: Uint8Array): void {
  pkg.parts.set(name, { compression: 0, flag: 0, crc: pkg.codec.crc(data), originalSize: data.length, data });
}

/**
 * The package as zip bytes, parts in their order, each written with the compressed bytes it holds: a part
 * read from the file and not replaced is copied as it was (nothing inflated, nothing deflated again).
 * In pieces (each part's local header, its data as it is held, the central directory) for a caller that writes them
 * one after another: joined, the copy would be held twice at the moment the process uses the most memory.
 *
 * The headers are written here (APPNOTE 4.3.7 local file header, 4.3.12 central directory header, 4.3.16 end of
 * central directory; 4.3.14–15 Zip64 end records once there are more than 65,535 parts), the mirror of openPackage.
 * Every entry's CRC and sizes are known before it is written, so the local header holds them and no data descriptor
 * follows the data (4.3.9), as Excel writes its entries. fflate's streaming Zip wrote them before: per entry it
 * allocated a header, a data descriptor and several closures and read the clock twice, about 2% of the CLI's
 * check of the bench's 3,625 parts (docs/performance.md, session 48); the local headers now share one buffer.
 */
export function packPackage(pkg: Package, now: Date = new Date()): Uint8Array[] {
  pkg.codec.finish?.();
  const names: (Uint8Array | string)[] = [];
  const utf8Flags: number[] = [];
  let nameBytes = 0;
  for (const name of pkg.parts.keys()) {
    // ASCII as it is; an unflagged name as it came; else UTF-8, flagged (bit 11).
    const own = pkg.unflaggedNames?.get(name);
    const bytes = own ?? (isAscii(name) ? name : encoder.encode(name));
    names.push(bytes);
    utf8Flags.push(own || typeof bytes === "string" ? 0 : 0x800);
    nameBytes += bytes.length;
  }
  const count = names.length;
  const time = dosTime(now);
  const locals = new Uint8Array(30 * count + nameBytes);
  const central = new Uint8Array(46 * count + nameBytes + (count > 0xffff ? 56 + 20 : 0) + 22);
  const chunks: Uint8Array[] = [];
  let offset = 0; // of the entry's local header in the zip
  let l = 0; // in locals
  let c = 0; // in central
  let i = 0;
  for (const part of pkg.parts.values()) {
    const flag = (part.flag & 0b110) | utf8Flags[i];
    const name = names[i++];
    const header = l;
    put32(locals, l, 0x04034b50);
    l = entryFields(locals, l + 4, flag, part, time, name);
    put16(locals, l - 2, 0); // extra field length
    l = putName(locals, l, name);
    chunks.push(locals.subarray(header, l), part.data);
    put32(central, c, 0x02014b50);
    put16(central, c + 4, 20); // made by: version 2.0, MS-DOS attributes
    c = entryFields(central, c + 6, flag, part, time, name);
    // extra field, comment, disk number, internal and external attributes: none
    central.fill(0, c - 2, c + 10);
    put32(central, c + 10, offset);
    c = putName(central, c + 14, name);
    offset += l - header + part.data.length;
  }
  const directorySize = c;
  if (count > 0xffff) {
    const record = offset + directorySize; // where the Zip64 end record is in the zip
    put32(central, c, 0x06064b50);
    put64(central, c + 4, 44); // the record's size after this field
    put16(central, c + 12, 45);
    put16(central, c + 14, 45); // made by and needed: 4.5 (Zip64)
    central.fill(0, c + 16, c + 24); // this disk, the directory's disk
    put64(central, c + 24, count);
    put64(central, c + 32, count);
    put64(central, c + 40, directorySize);
    put64(central, c + 48, offset);
    put32(central, c + 56, 0x07064b50);
    put32(central, c + 60, 0);
    put64(central, c + 64, record);
    put32(central, c + 72, 1); // disks
    c += 76;
  }
  put32(central, c, 0x06054b50);
  central.fill(0, c + 4, c + 8); // this disk, the directory's disk
  put16(central, c + 8, Math.min(count, 0xffff));
  put16(central, c + 10, Math.min(count, 0xffff));
  put32(central, c + 12, directorySize);
  put32(central, c + 16, offset);
  put16(central, c + 20, 0); // comment length
  chunks.push(central);
  return chunks;
}

/** Version needed (2.0) … name length: the fields a local and a central header share (APPNOTE 4.4.3–4.4.11). */
function entryFields(
  d: Uint8Array,
  at: number,
  flag: number,
  part: StoredEntry,
  time: number,
  name: Uint8Array | string,
): number {
  put16(d, at, 20);
  put16(d, at + 2, flag);
  put16(d, at + 4, part.compression);
  put32(d, at + 6, time);
  put32(d, at + 10, part.crc);
  put32(d, at + 14, part.data.length);
  put32(d, at + 18, part.originalSize);
  put16(d, at + 22, name.length);
  return at + 26;
}

function putName(d: Uint8Array, at: number, name: Uint8Array | string): number {
  if (typeof name !== "string") d.set(name, at);
  else for (let i = 0; i < name.length; i++) d[at + i] = name.charCodeAt(i);
  return at + name.length;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** MS-DOS date and time (APPNOTE 4.4.6), local time as Excel and fflate write it; its years are 1980–2107. */
function dosTime(date: Date): number {
  const year = Math.min(Math.max(date.getFullYear(), 1980), 2107) - 1980;
  return (
    ((year << 25) |
      ((date.getMonth() + 1) << 21) |
      (date.getDate() << 16) |
      (date.getHours() << 11) |
      (date.getMinutes() << 5) |
      (date.getSeconds() >> 1)) >>>
    0
  );
}

function put16(d: Uint8Array, at: number, value: number): void {
  d[at] = value & 0xff;
  d[at + 1] = (value >>> 8) & 0xff;
}

function put32(d: Uint8Array, at: number, value: number): void {
  put16(d, at, value & 0xffff);
  put16(d, at + 2, value >>> 16);
}

function put64(d: Uint8Array, at: number, value: number): void {
  put32(d, at, value >>> 0);
  put32(d, at + 4, Math.floor(value / 2 ** 32));
}

/** The chunks as one array (the one chunk itself where there is only one). */
export function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
