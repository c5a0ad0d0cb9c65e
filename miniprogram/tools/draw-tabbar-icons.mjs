// Draws the tab-bar icons (81×81, anti-aliased PNGs) with no image library:
//   node tools/draw-tabbar-icons.mjs src/assets/tabbar
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const SIZE = 81,
  SS = 4;
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0);
  ihdr.writeUInt32BE(SIZE, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
  for (let y = 0; y < SIZE; y++) {
    raw[y * (SIZE * 4 + 1)] = 0;
    rgba.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
  }
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const segDist = (px, py, [ax, ay], [bx, by]) => {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
};
const W = 0.085;
const stroke =
  (...pts) =>
  (x, y) =>
    pts.slice(1).some((p, i) => segDist(x, y, pts[i], p) <= W / 2);
const fillRect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const shapes = {
  home: [
    stroke([0.12, 0.5], [0.5, 0.16], [0.88, 0.5]),
    stroke([0.24, 0.42], [0.24, 0.86], [0.76, 0.86], [0.76, 0.42]),
    fillRect(0.42, 0.6, 0.58, 0.86),
  ],
  scan: [
    stroke([0.14, 0.34], [0.14, 0.14], [0.34, 0.14]),
    stroke([0.66, 0.14], [0.86, 0.14], [0.86, 0.34]),
    stroke([0.86, 0.66], [0.86, 0.86], [0.66, 0.86]),
    stroke([0.34, 0.86], [0.14, 0.86], [0.14, 0.66]),
    stroke([0.26, 0.5], [0.74, 0.5]),
  ],
  me: [(x, y) => Math.hypot(x - 0.5, y - 0.32) <= 0.16, (x, y) => y <= 0.86 && ((x - 0.5) / 0.34) ** 2 + ((y - 0.92) / 0.36) ** 2 <= 1],
};
const colours = { '': [0x4a, 0x54, 0x62], '-active': [0x1b, 0x6b, 0x3a] };
const out = process.argv[2];
for (const [name, parts] of Object.entries(shapes)) {
  for (const [suffix, [r, g, b]] of Object.entries(colours)) {
    const rgba = Buffer.alloc(SIZE * SIZE * 4);
    for (let py = 0; py < SIZE; py++)
      for (let px = 0; px < SIZE; px++) {
        let hits = 0;
        for (let sy = 0; sy < SS; sy++)
          for (let sx = 0; sx < SS; sx++) {
            const x = (px + (sx + 0.5) / SS) / SIZE,
              y = (py + (sy + 0.5) / SS) / SIZE;
            if (parts.some((f) => f(x, y))) hits++;
          }
        const i = (py * SIZE + px) * 4;
        rgba[i] = r;
        rgba[i + 1] = g;
        rgba[i + 2] = b;
        rgba[i + 3] = Math.round((255 * hits) / (SS * SS));
      }
    writeFileSync(`${out}/${name}${suffix}.png`, png(rgba));
  }
}
