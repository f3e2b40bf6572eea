#!/usr/bin/env node
/**
 * Draws Bieu's icons (a table in the brand colour) as PNGs into assets/icons/, deterministically:
 * the same bytes on every run. No dependencies: pixels are computed here and written with zlib.
 *   node scripts/make-icons.js
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const BRAND = [0x1f, 0x4e, 0x79]; // navy of the official documents
const WHITE = [0xff, 0xff, 0xff];
const ACCENT = [0xff, 0xc7, 0xce]; // the flag colour: one cell marked

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The colour at a point of the unit square, or null outside the icon. */
function shade(x, y, size) {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null; // rounded corners
  const line = Math.max(1 / size, 0.045);
  const [l, t, rt, b] = [0.18, 0.2, 0.82, 0.8];
  if (x < l || x > rt || y < t || y > b) return BRAND;
  const rows = [t, 0.38, 0.59, b];
  const cols = [l, 0.4, 0.61, rt];
  const near = (v, list) => list.some((p) => Math.abs(v - p) <= line / 2);
  if (near(x, cols) || near(y, rows)) return WHITE;
  if (y < rows[1]) return WHITE; // header row
  if (x > cols[2] && y > rows[1] && y < rows[2]) return ACCENT; // a flagged cell
  return BRAND;
}

function draw(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const n = 4; // 4×4 samples per pixel
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [rr, gg, bb, aa] = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = shade((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size, size);
          if (!c) continue;
          rr += c[0];
          gg += c[1];
          bb += c[2];
          aa += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (aa > 0) {
        rgba[i] = Math.round(rr / aa);
        rgba[i + 1] = Math.round(gg / aa);
        rgba[i + 2] = Math.round(bb / aa);
      }
      rgba[i + 3] = Math.round((aa / (n * n)) * 255);
    }
  }
  return png(size, rgba);
}

const outDir = path.join(__dirname, '..', 'assets', 'icons');
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, draw(size));
  console.log(path.relative(process.cwd(), file));
}
