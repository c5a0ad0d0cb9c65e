import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { prepareZXingModule, writeBarcode } from 'zxing-wasm/writer';
import { qrMatrix } from '../src/components/qr-matrix';
import { launchChromium } from './harness';

/**
 * Chromium's fake camera for the browser journeys: a still picture of one code (or of none),
 * written as a YUV4MPEG2 video that Chromium plays in a loop as the phone's camera.
 */

const WIDTH = 640;
const HEIGHT = 480;
/** About how wide the code's label is in the picture: held up at a comfortable distance. */
const LABEL_PX = 300;

/** A code's modules, row by row: true is dark. */
export type Modules = boolean[][];

/** A QR code of the text, drawn by the same generator the app draws its QR codes with. */
export function qrModules(text: string): Modules {
  return qrMatrix(text);
}

/** A GS1 DataMatrix of a bracketed element string, e.g. `(01)06901234567892(10)L20261120`: FNC1 first, as GS1 requires. */
export async function gs1DataMatrixModules(elementString: string): Promise<Modules> {
  const wasm = createRequire(__filename).resolve('zxing-wasm/writer/zxing_writer.wasm');
  // The writer would fetch its WebAssembly from a CDN; the package has it.
  const bytes = fs.readFileSync(wasm);
  prepareZXingModule({ overrides: { wasmBinary: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) } });
  const { error, symbol } = await writeBarcode(elementString, { format: 'DataMatrix', options: 'gs1' });
  if (error) throw new Error(`no GS1 DataMatrix for ${elementString}: ${error}`);
  return Array.from({ length: symbol.height }, (_, y) =>
    Array.from({ length: symbol.width }, (_, x) => symbol.data[y * symbol.width + x] === 0),
  );
}

/**
 * The camera's picture (luma only): a grey table with soft light from the left, and on it a white
 * label with the code, four modules of quiet zone around it. No code: the table alone.
 */
function picture(modules: Modules | null): Buffer {
  const luma = Buffer.alloc(WIDTH * HEIGHT);
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) luma[y * WIDTH + x] = 150 - Math.round((x / WIDTH) * 40);
  }
  if (!modules) return luma;
  const rows = modules.length;
  const cols = modules[0].length;
  const quiet = 4;
  const scale = Math.floor(LABEL_PX / (Math.max(rows, cols) + 2 * quiet));
  const labelW = (cols + 2 * quiet) * scale;
  const labelH = (rows + 2 * quiet) * scale;
  const left = Math.floor((WIDTH - labelW) / 2);
  const top = Math.floor((HEIGHT - labelH) / 2);
  for (let y = 0; y < labelH; y++) {
    for (let x = 0; x < labelW; x++) {
      const row = Math.floor(y / scale) - quiet;
      const col = Math.floor(x / scale) - quiet;
      const dark = row >= 0 && col >= 0 && row < rows && col < cols && modules[row][col];
      luma[(top + y) * WIDTH + left + x] = dark ? 25 : 245;
    }
  }
  return luma;
}

/** The picture as a Y4M video of a few identical frames (4:2:0, no colour). */
function y4m(luma: Buffer): Buffer {
  const chroma = Buffer.alloc((WIDTH * HEIGHT) / 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`), frame, frame, frame]);
}

/**
 * A Chromium whose camera shows this code (or no code). Camera permission is then up to each
 * browser context, as on a phone: `browser.newContext({ permissions: ['camera'] })` (or
 * `context.grantPermissions`) allows it, and a context without it is refused, as when a person
 * taps 禁止.
 */
export async function chromiumWithCamera(name: string, modules: Modules | null): Promise<Browser> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongfu-camera-'));
  const video = path.join(dir, `${name}.y4m`);
  fs.writeFileSync(video, y4m(picture(modules)));
  const browser = await launchChromium(['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
  browser.on('disconnected', () => fs.rmSync(dir, { recursive: true, force: true }));
  return browser;
}
