import { Canvas } from '@antv/f2';
import type { JSX as F2 } from '@antv/f2/jsx-runtime';
import { px2hd } from '@/components/charts/chart-look';

/** A word F2 wrote on the canvas, with the font it was written in. */
export interface DrawnText {
  text: string;
  fontPx: number;
}

/**
 * A 2D context that draws nothing and remembers the text written on it, measuring each character
 * as wide as the font is high. It stands for WeChat's canvas node as ChartCanvas hands it to F2: a
 * context and an offscreen canvas for measuring, no document.
 */
export function recordingContext(width: number, height: number) {
  const written: DrawnText[] = [];
  const state: Record<string | symbol, unknown> = { font: '10px sans-serif' };
  const fontPx = () => Number(/(\d+(?:\.\d+)?)px/.exec(String(state.font))?.[1] ?? 10);
  const methods: Record<string, (...args: never[]) => unknown> = {
    fillText: (text: string) => written.push({ text, fontPx: fontPx() }),
    measureText: (text: string) => ({ width: text.length * fontPx() }),
    getImageData: () => ({ data: new Uint8ClampedArray(4) }),
    getLineDash: () => [],
  };
  const context = new Proxy(state, {
    get(target, key) {
      if (typeof key === 'string' && key in methods) return methods[key];
      if (key === 'canvas') return { width, height };
      if (key in target) return target[key];
      // Paths, transforms, fills and strokes: nothing to keep.
      return () => undefined;
    },
    set(target, key, value) {
      target[key] = value;
      return true;
    },
  });
  return { context: context as unknown as CanvasRenderingContext2D, written };
}

/** What F2's renderer (G) writes to measure a font, not a word of the chart. */
const FONT_PROBE = '|ÉqÅM';

/** Draws a chart the way ChartCanvas does (F2's sizes in CSS pixels, no animation) and answers the words written on it. */
export async function textDrawnBy(chart: F2.Element, width = 320, height = 300): Promise<DrawnText[]> {
  const { context, written } = recordingContext(width, height);
  // F2 draws on the next frame; the frames are run here, so the test waits for nothing.
  const frames: Array<() => void> = [];
  const canvas = new Canvas({
    requestAnimationFrame: (frame: () => void) => frames.push(frame),
    cancelAnimationFrame: () => undefined,
    context,
    width,
    height,
    pixelRatio: 1,
    animate: false,
    px2hd,
    offscreenCanvas: { getContext: () => context, width, height } as never,
    children: chart,
  });
  await canvas.render();
  for (let i = 0; frames.length && i < 10; i++) frames.splice(0).forEach((frame) => frame());
  canvas.destroy();
  return written.filter((w) => w.text !== FONT_PROBE);
}
