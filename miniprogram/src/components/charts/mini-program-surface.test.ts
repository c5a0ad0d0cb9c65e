import Taro from '@tarojs/taro';
import { Canvas } from '@antv/f2';
import { afterEach, describe, expect, it } from 'vitest';
import { recordingContext } from '@/test/recording-canvas';
import { barChart } from './bar.f2';
import { chartLook, px2hd } from './chart-look';
import { miniProgramSurface, type MiniProgramCanvasNode } from './mini-program-surface';

/** A WeChat `type="2d"` canvas node 300 px wide on screen, drawing into a recording context. */
function canvasNode() {
  const { context, written } = recordingContext(0, 0);
  const frames: Array<() => void> = [];
  const node: MiniProgramCanvasNode & { images: number } = {
    width: 300,
    height: 150,
    images: 0,
    getContext: () => context,
    createImage() {
      // WeChat refuses a createImage called away from its node (F2 issue 1838).
      if (this !== node) throw new Error('createImage called without its node');
      node.images += 1;
      return {} as HTMLImageElement;
    },
    requestAnimationFrame: (frame) => frames.push(frame),
    cancelAnimationFrame: () => undefined,
  };
  const runFrames = () => {
    for (let i = 0; frames.length && i < 10; i++) frames.splice(0).forEach((frame) => frame());
  };
  return { node, context, written, runFrames };
}

/** WeChat's selector query, answering each call in turn: null while the page has not rendered the canvas yet. */
function fakeWeChat(answers: Array<{ node: MiniProgramCanvasNode; width: number } | null>, pixelRatio = 3) {
  const selected: string[] = [];
  const offscreen = recordingContext(0, 0);
  Object.assign(Taro, {
    nextTick: (callback: () => void) => callback(),
    getWindowInfo: () => ({ pixelRatio }),
    createOffscreenCanvas: () => ({ getContext: () => offscreen.context, width: 0, height: 0 }),
    createSelectorQuery: () => ({
      select: (selector: string) => {
        selected.push(selector);
        return { fields: () => ({ exec: (callback: (found: unknown[]) => void) => callback([answers.shift() ?? null]) }) };
      },
    }),
  });
  return { selected };
}

afterEach(() => {
  for (const key of ['nextTick', 'getWindowInfo', 'createOffscreenCanvas', 'createSelectorQuery'])
    delete (Taro as unknown as Record<string, unknown>)[key];
});

describe('a chart on a WeChat canvas node', () => {
  it('sizes the node’s buffer for the screen and lets F2 draw on its context', async () => {
    const { node, context, written, runFrames } = canvasNode();
    const { selected } = fakeWeChat([{ node, width: 300 }]);

    const surface = await miniProgramSurface('chart-canvas-7', 220);
    expect(selected).toEqual(['#chart-canvas-7']);
    expect(surface!.context).toBe(context);
    expect(surface).toMatchObject({ width: 300, height: 220, pixelRatio: 3 });
    expect([node.width, node.height]).toEqual([900, 660]);
    surface!.createImage!();
    expect(node.images).toBe(1);

    const canvas = new Canvas({
      ...surface!,
      px2hd,
      animate: false,
      children: barChart([{ label: 'AAA', value: 12 }], String, chartLook(true)),
    });
    await canvas.render();
    runFrames();
    canvas.destroy();
    expect(written.map((w) => w.text)).toEqual(expect.arrayContaining(['AAA', '12']));
  });

  it('asks again on the next render when the page has not put the canvas there yet', async () => {
    const { node } = canvasNode();
    const { selected } = fakeWeChat([null, null, { node, width: 320 }]);
    expect(await miniProgramSurface('chart-canvas-8', 200)).toMatchObject({ width: 320 });
    expect(selected).toHaveLength(3);
  });

  it('gives up after five renders without the canvas, leaving the chart undrawn', async () => {
    const { selected } = fakeWeChat([]);
    expect(await miniProgramSurface('chart-canvas-9', 200)).toBeNull();
    expect(selected).toHaveLength(5);
  });
});
