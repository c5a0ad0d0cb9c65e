import qrcode from 'qrcode-generator';

/** A dark rectangle of the QR code, in modules: rows of touching dark modules merged. */
export interface QrRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** UTF-8 bytes as a string of char codes 0–255, which the generator's byte mode writes as is. */
function utf8Latin1(text: string): string {
  let out = '';
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (cp < 0x80) out += String.fromCharCode(cp);
    else if (cp < 0x800) out += String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out += String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else out += String.fromCharCode(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return out;
}

/** The QR code's modules (true is dark), smallest version that fits, error correction M. */
export function qrMatrix(text: string): boolean[][] {
  const qr = qrcode(0, 'M');
  qr.addData(utf8Latin1(text), 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => qr.isDark(row, col)));
}

/**
 * The dark modules as few rectangles: each row's runs, and a run exactly under one of the row
 * above extends it downwards. Drawing these instead of single modules keeps the view small.
 */
export function darkRects(matrix: boolean[][]): QrRect[] {
  const rects: QrRect[] = [];
  // Rectangles still growing downwards, by "x:w" of their run.
  let open = new Map<string, QrRect>();
  matrix.forEach((row, y) => {
    const next = new Map<string, QrRect>();
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      const id = `${start}:${x - start}`;
      const above = open.get(id);
      if (above) {
        above.h++;
        next.set(id, above);
      } else {
        const rect = { x: start, y, w: x - start, h: 1 };
        rects.push(rect);
        next.set(id, rect);
      }
    }
    open = next;
  });
  return rects;
}

/** An SVG of the code with a quiet zone of `margin` modules, black on white, as a data URL. */
export function qrSvgDataUrl(matrix: boolean[][], margin = 2): string {
  const size = matrix.length + margin * 2;
  const path = darkRects(matrix)
    .map((r) => `M${r.x + margin} ${r.y + margin}h${r.w}v${r.h}h-${r.w}z`)
    .join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
