import Taro from '@tarojs/taro';
import { Canvas as MiniProgramCanvas } from '@tarojs/components';
import { Canvas, type CanvasProps } from '@antv/f2';
import type { JSX as F2 } from '@antv/f2/jsx-runtime';
import { useEffect, useRef, useState } from 'react';

interface ChartCanvasProps {
  /** What F2 draws: a `<Chart>` from one of the *.f2.tsx files. */
  chart: F2.Element;
  /** In CSS pixels; the width is the container's. */
  height: number;
  testId?: string;
}

/** What F2 needs in this build to draw: the 2D context, its size, and in WeChat the canvas node's own helpers. */
interface Surface extends Pick<CanvasProps, 'context' | 'width' | 'height' | 'pixelRatio' | 'offscreenCanvas' | 'createImage'> {
  requestAnimationFrame?: (callback: () => void) => number;
  cancelAnimationFrame?: (handle: number) => void;
}

/** F2's built-in sizes are for a 750-wide design; this makes them CSS pixels, whatever the page's root font size. */
const px2hd = (px: number) => px / 2;

let canvasCount = 0;

/**
 * Draws an F2 chart on a canvas, in WeChat and in the browser. WeChat gives a `type="2d"` canvas's
 * node only through a selector query once the page has it (F2's own f-wx component does the same);
 * the browser gives the <canvas> element. The canvas is hidden from screen readers: every chart
 * puts the same figures beside it as text (ChartTable).
 */
export function ChartCanvas({ chart, height, testId }: ChartCanvasProps) {
  const [id] = useState(() => `chart-canvas-${++canvasCount}`);
  const element = useRef<HTMLCanvasElement>(null);
  const drawn = useRef<Canvas | null>(null);
  const latest = useRef(chart);
  latest.current = chart;
  const [status, setStatus] = useState<'drawing' | 'drawn' | 'failed'>('drawing');

  useEffect(() => {
    let gone = false;
    void (async () => {
      try {
        const surface = process.env.TARO_ENV === 'weapp' ? await miniProgramSurface(id, height) : browserSurface(element.current, height);
        if (gone) return;
        if (!surface) throw new Error('no canvas to draw on');
        const canvas = new Canvas({ ...surface, px2hd, animate: false, children: latest.current });
        drawn.current = canvas;
        await canvas.render();
        if (!gone) setStatus('drawn');
      } catch (error) {
        // The figures are in the text beside the chart; a canvas that cannot draw leaves a blank space, not a broken page.
        console.error('chart not drawn', error);
        if (!gone) setStatus('failed');
      }
    })();
    return () => {
      gone = true;
      drawn.current?.destroy();
      drawn.current = null;
    };
  }, [id, height]);

  useEffect(() => {
    void drawn.current?.update({ ...drawn.current.props, children: chart });
  }, [chart]);

  const common = {
    className: 'chart__canvas',
    style: { height: `${height}px` },
    'aria-hidden': true,
    'data-testid': testId,
    'data-status': status,
  };
  return process.env.TARO_ENV === 'weapp' ? <MiniProgramCanvas type="2d" id={id} {...common} /> : <canvas ref={element} {...common} />;
}

function browserSurface(canvas: HTMLCanvasElement | null, height: number): Surface | null {
  const context = canvas?.getContext('2d');
  if (!canvas || !context) return null;
  return { context, width: canvas.getBoundingClientRect().width, height, pixelRatio: window.devicePixelRatio || 1 };
}

interface MiniProgramCanvasNode {
  width: number;
  height: number;
  getContext(type: '2d'): CanvasRenderingContext2D;
  createImage(): HTMLImageElement;
  requestAnimationFrame(callback: () => void): number;
  cancelAnimationFrame(handle: number): void;
}

/** The canvas node once the page has rendered it: asked again on the next render if it is not there yet. */
function canvasNode(id: string, triesLeft = 5): Promise<{ node: MiniProgramCanvasNode; width: number } | null> {
  return new Promise((resolve) => {
    Taro.nextTick(() => {
      Taro.createSelectorQuery()
        .select(`#${id}`)
        .fields({ node: true, size: true })
        .exec((found: Array<{ node?: MiniProgramCanvasNode; width: number } | null>) => {
          const first = found[0];
          if (first?.node) resolve({ node: first.node, width: first.width });
          else if (triesLeft > 1) void canvasNode(id, triesLeft - 1).then(resolve);
          else resolve(null);
        });
    });
  });
}

async function miniProgramSurface(id: string, height: number): Promise<Surface | null> {
  const found = await canvasNode(id);
  if (!found) return null;
  const { node, width } = found;
  const pixelRatio = Taro.getWindowInfo().pixelRatio;
  // The node's own buffer is sized here; F2 scales its drawing by the pixel ratio.
  node.width = width * pixelRatio;
  node.height = height * pixelRatio;
  return {
    context: node.getContext('2d'),
    width,
    height,
    pixelRatio,
    // For measuring text: without it F2 would ask the document for a canvas, which WeChat has not.
    offscreenCanvas: Taro.createOffscreenCanvas({ type: '2d' }) as unknown as Surface['offscreenCanvas'],
    // Called on the node itself, as WeChat requires (F2 issue 1838).
    createImage: () => node.createImage(),
    requestAnimationFrame: (callback: () => void) => node.requestAnimationFrame(callback),
    cancelAnimationFrame: (handle: number) => node.cancelAnimationFrame(handle),
  };
}
