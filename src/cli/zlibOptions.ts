import type zlib from "node:zlib";

/** How every part is deflated: level 6, as Excel writes, into the same bytes as zlib's defaults give. */
export function deflateOptions(size: number): zlib.ZlibOptions {
  return { level: 6, windowBits: windowBitsFor(size), chunkSize: outputChunkFor(size) };
}

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
 * Half the part's size holds what XML deflates to (more output only takes another buffer; the bytes are
 * the same whatever the buffer size).
 */
function outputChunkFor(size: number): number {
  return Math.min(Math.max(size >>> 1, 64), 16 * 1024);
}
