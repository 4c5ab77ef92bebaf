// Draws the app icon (a white house on the app's dark blue) as web/icon.svg and as the PNG
// sizes a tablet needs to install the app (web/icon-192.png, web/icon-512.png). No image
// library: the shapes are filled polygons, sampled 2×2 per pixel, written with node:zlib.
// Run it after changing the shapes: node scripts/icons.mjs (the outputs are committed).
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB = join(dirname(fileURLToPath(import.meta.url)), '..', 'web');
const BLUE = [0x17, 0x4a, 0x78];
const WHITE = [0xff, 0xff, 0xff];
const AMBER = [0xff, 0xbf, 0x47];
// On a 100×100 canvas; later shapes paint over earlier ones.
const SHAPES = [
  { colour: WHITE, points: [[50, 18], [84, 48], [76, 48], [76, 82], [24, 82], [24, 48], [16, 48]] },
  { colour: BLUE, points: [[43, 60], [57, 60], [57, 82], [43, 82]] },
  { colour: AMBER, points: [[33, 52], [41, 52], [41, 60], [33, 60]] },
];

function inside([x, y], points) {
  let hit = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

function colourAt(x, y) {
  let colour = BLUE;
  for (const s of SHAPES) if (inside([x, y], s.points)) colour = s.colour;
  return colour;
}

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
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * The icon's pixels, `size` × `size`, as RGB triples (antialiased: 2 × 2 samples a pixel; 4 × 4
 * looked the same at 192 and 512 px and made both files 1.6 KB gzip instead of 1.1 KB).
 */
function pixels(size) {
  const n = 2;
  const out = [];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt(((x + (sx + 0.5) / n) * 100) / size, ((y + (sy + 0.5) / n) * 100) / size);
          for (let k = 0; k < 3; k++) sum[k] += c[k];
        }
      }
      out.push(sum.map((v) => Math.round(v / (n * n))));
    }
  }
  return out;
}

/**
 * A PNG of the icon in indexed colour: the antialiased edges mix three colours in a few steps,
 * far fewer than 256, so one byte a pixel instead of three. Rows unfiltered (measured: "Up"
 * made the files smaller but their gzip larger). 2.2 KB for both sizes instead of 4.4 KB.
 */
function png(size) {
  const rgb = pixels(size);
  const palette = [];
  const index = new Map();
  for (const c of rgb) {
    const key = c.join(',');
    if (!index.has(key)) { index.set(key, palette.length); palette.push(c); }
  }
  if (palette.length > 256) throw new Error(`${palette.length} colours: too many for a palette`);
  const raw = Buffer.alloc(size * (size + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size + 1);
    raw[row] = 0; // no filter
    for (let x = 0; x < size; x++) raw[row + 1 + x] = index.get(rgb[y * size + x].join(','));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 3; // indexed colour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flat())),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const hex = (c) => '#' + c.map((v) => v.toString(16).padStart(2, '0')).join('');
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" fill="${hex(BLUE)}"/>${SHAPES.map(
  (s) => `<polygon fill="${hex(s.colour)}" points="${s.points.map((p) => p.join(',')).join(' ')}"/>`,
).join('')}</svg>\n`;

writeFileSync(join(WEB, 'icon.svg'), svg);
for (const size of [192, 512]) writeFileSync(join(WEB, `icon-${size}.png`), png(size));
console.log('wrote web/icon.svg, web/icon-192.png, web/icon-512.png');
