/**
 * Draws Lector's toolbar icons as PNGs with no image library: a rounded square with three lines
 * of "text", in colour (a page Lector recognises as an article) and muted (anything else).
 * Run `npx tsx scripts/make-icons.ts` after changing the drawing; the PNGs are committed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgb = [number, number, number];

const SIZES = [16, 32, 48, 128];
const VARIANTS: Record<string, { tile: Rgb; ink: Rgb }> = {
  active: { tile: [0x1f, 0x5f, 0x56], ink: [0xfb, 0xf7, 0xee] },
  muted: { tile: [0x7d, 0x84, 0x8c], ink: [0xf2, 0xf3, 0xf5] },
};

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** Coverage of a point in unit coordinates (0..1): 0 outside, 1 tile, 2 ink. */
function shapeAt(x: number, y: number): 0 | 1 | 2 {
  const radius = 0.22;
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  if ((x - cx) ** 2 + (y - cy) ** 2 > radius ** 2) return 0;
  const lines = [
    { top: 0.26, right: 0.78 },
    { top: 0.45, right: 0.78 },
    { top: 0.64, right: 0.58 },
  ];
  for (const line of lines) {
    if (y >= line.top && y <= line.top + 0.1 && x >= 0.22 && x <= line.right) return 2;
  }
  return 1;
}

function draw(size: number, colours: { tile: Rgb; ink: Rgb }): Uint8Array {
  const samples = 4;
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let tile = 0;
      let ink = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const hit = shapeAt(
            (px + (sx + 0.5) / samples) / size,
            (py + (sy + 0.5) / samples) / size,
          );
          if (hit === 1) tile++;
          if (hit === 2) ink++;
        }
      }
      const covered = tile + ink;
      const offset = (py * size + px) * 4;
      if (covered === 0) continue;
      for (let channel = 0; channel < 3; channel++) {
        rgba[offset + channel] = Math.round(
          (colours.tile[channel]! * tile + colours.ink[channel]! * ink) / covered,
        );
      }
      rgba[offset + 3] = Math.round((255 * covered) / samples ** 2);
    }
  }
  return rgba;
}

const outDir = join(import.meta.dirname, '..', 'public', 'icon');
for (const [variant, colours] of Object.entries(VARIANTS)) {
  for (const size of SIZES) {
    const name = variant === 'active' ? `${size}.png` : `${variant}-${size}.png`;
    writeFileSync(join(outDir, name), encodePng(size, draw(size, colours)));
  }
}
