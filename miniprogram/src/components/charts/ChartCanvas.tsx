import { Canvas as MiniProgramCanvas } from '@tarojs/components';
import { Canvas } from '@antv/f2';
import type { JSX as F2 } from '@antv/f2/jsx-runtime';
import { useEffect, useRef, useState } from 'react';
import { px2hd } from './chart-look';
import { miniProgramSurface, type Surface } from './mini-program-surface';

interface ChartCanvasProps {
  /** What F2 draws: a `<Chart>` from one of the *.f2.tsx files. */
  chart: F2.Element;
  /** In CSS pixels; the width is the container's. */
  height: number;
  testId?: string;
}

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
