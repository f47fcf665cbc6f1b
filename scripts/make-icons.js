#!/usr/bin/env node
/**
 * Draws the add-in's ribbon / store icons (a target with a check mark) and writes them as PNG files
 * assets/icon-16.png, icon-32.png, icon-64.png, icon-80.png.
 *
 * Uses only Node built-ins: the glyph is described as shapes in a unit square, every pixel is
 * supersampled (4×4) for smooth edges, and the PNG is written by hand (zlib for IDAT, own CRC-32).
 * Run: node scripts/make-icons.js
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SIZES = [16, 32, 64, 80];
const SUPERSAMPLE = 4;

const BLUE = [31, 78, 121]; // deep blue, readable on light and dark ribbons
const WHITE = [255, 255, 255];
const GREEN = [33, 115, 70]; // Excel green for the check mark

/** Distance from point p to the segment a–b. */
function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const CHECK = [
  [0.5, 0.68],
  [0.64, 0.82],
  [0.93, 0.5],
];

function distanceToCheck(x, y) {
  let best = Infinity;
  for (let i = 0; i + 1 < CHECK.length; i++) {
    best = Math.min(best, distanceToSegment(x, y, ...CHECK[i], ...CHECK[i + 1]));
  }
  return best;
}

/** Colour of the glyph at (x, y) in the unit square, or null for transparent. Later layers win. */
function colourAt(x, y) {
  const r = Math.hypot(x - 0.44, y - 0.44); // target sits up-left to leave room for the check
  let colour = null;
  if (r <= 0.42) colour = BLUE; // outer ring
  if (r <= 0.3) colour = WHITE;
  if (r <= 0.2) colour = BLUE; // inner ring
  if (r <= 0.09) colour = WHITE; // bull's eye
  const d = distanceToCheck(x, y);
  if (d <= 0.13) colour = WHITE; // halo separates the check from the rings
  if (d <= 0.075) colour = GREEN;
  return colour;
}

function renderRgba(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          covered++;
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        pixels[i] = Math.round(r / covered);
        pixels[i + 1] = Math.round(g / covered);
        pixels[i + 2] = Math.round(b / covered);
        pixels[i + 3] = Math.round((255 * covered) / (n * n));
      }
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes 8-bit RGBA pixels as a PNG (colour type 6, filter 0 on every row). */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, renderRgba(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

main();
