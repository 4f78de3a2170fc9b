// Draws the tab bar and map marker icons as PNGs (no image tools needed). Run once; the PNGs are
// committed under src/assets. WeChat wants bitmap tab icons (no SVG), at most 40 KB each.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
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
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixels) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0;
    pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in a 0..1 unit square; `inside` returns true when the point is painted.
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const ring = (cx, cy, r, w) => (x, y) => {
  const d = Math.sqrt((x - cx) ** 2 + (y - cy) ** 2);
  return d <= r && d >= r - w;
};
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const roundRectOutline = (x0, y0, x1, y1, r, w) => (x, y) => {
  const inRR = (a0, b0, a1, b1, rr) => {
    if (x < a0 || x > a1 || y < b0 || y > b1) return false;
    const cx = Math.min(Math.max(x, a0 + rr), a1 - rr);
    const cy = Math.min(Math.max(y, b0 + rr), b1 - rr);
    return (x - cx) ** 2 + (y - cy) ** 2 <= rr * rr;
  };
  return inRR(x0, y0, x1, y1, r) && !inRR(x0 + w, y0 + w, x1 - w, y1 - w, Math.max(0, r - w));
};
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (w / 2) ** 2;
};
const polyline = (pts, w) => (x, y) =>
  pts.slice(1).some((p, i) => segment(pts[i][0], pts[i][1], p[0], p[1], w)(x, y));
const union =
  (...fs) =>
  (x, y) =>
    fs.some((f) => f(x, y));
const minus = (a, b) => (x, y) => a(x, y) && !b(x, y);

const W = 0.075;
const shapes = {
  home: union(
    polyline(
      [
        [0.14, 0.5],
        [0.5, 0.16],
        [0.86, 0.5],
      ],
      W,
    ),
    polyline(
      [
        [0.26, 0.42],
        [0.26, 0.84],
        [0.74, 0.84],
        [0.74, 0.42],
      ],
      W,
    ),
    rect(0.43, 0.6, 0.57, 0.84),
  ),
  trails: union(
    ring(0.24, 0.76, 0.1, W),
    circle(0.76, 0.24, 0.1),
    polyline(
      [
        [0.34, 0.76],
        [0.62, 0.76],
        [0.62, 0.5],
        [0.38, 0.5],
        [0.38, 0.24],
        [0.66, 0.24],
      ],
      W,
    ),
  ),
  passport: union(
    roundRectOutline(0.2, 0.12, 0.8, 0.88, 0.08, W),
    ring(0.5, 0.44, 0.15, W),
    rect(0.32, 0.7, 0.68, 0.7 + W),
  ),
  me: union(ring(0.5, 0.32, 0.17, W), minus(ring(0.5, 0.98, 0.36, W), rect(0, 0.9, 1, 1))),
};

function render(shape, size, [r, g, b], ss = 4) {
  const px = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      let hits = 0;
      for (let sy = 0; sy < ss; sy += 1)
        for (let sx = 0; sx < ss; sx += 1)
          if (shape((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size)) hits += 1;
      const o = (y * size + x) * 4;
      px[o] = r;
      px[o + 1] = g;
      px[o + 2] = b;
      px[o + 3] = Math.round((hits / (ss * ss)) * 255);
    }
  }
  return png(size, px);
}

const OFF = [0x7a, 0x6f, 0x66];
const ON = [0xe4, 0x57, 0x2e];
mkdirSync(path.join(root, 'src/assets/tab'), { recursive: true });
for (const [name, shape] of Object.entries(shapes)) {
  writeFileSync(path.join(root, `src/assets/tab/${name}.png`), render(shape, 81, OFF));
  writeFileSync(path.join(root, `src/assets/tab/${name}-on.png`), render(shape, 81, ON));
}

// Map markers: a pin, orange for stops still to visit, green once stamped.
const pin = union(
  circle(0.5, 0.36, 0.3),
  (x, y) => y >= 0.36 && y <= 0.95 && Math.abs(x - 0.5) <= 0.3 * (1 - (y - 0.36) / 0.59),
);
const pinShape = minus(pin, circle(0.5, 0.36, 0.12));
mkdirSync(path.join(root, 'src/assets/map'), { recursive: true });
writeFileSync(path.join(root, 'src/assets/map/pin.png'), render(pinShape, 64, ON));
writeFileSync(
  path.join(root, 'src/assets/map/pin-done.png'),
  render(pinShape, 64, [0x2e, 0x9e, 0x6a]),
);
console.log('icons written');
