import Taro from '@tarojs/taro';
import type { CanvasProps } from '@antv/f2';

/** What F2 needs in this build to draw: the 2D context, its size, and in WeChat the canvas node's own helpers. */
export interface Surface extends Pick<CanvasProps, 'context' | 'width' | 'height' | 'pixelRatio' | 'offscreenCanvas' | 'createImage'> {
  requestAnimationFrame?: (callback: () => void) => number;
  cancelAnimationFrame?: (handle: number) => void;
}

export interface MiniProgramCanvasNode {
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

/**
 * A `type="2d"` canvas of a WeChat page as F2 draws on it, the way F2's own f-wx component sets it
 * up: the node's buffer sized for the screen, and the node's own offscreen canvas, images and
 * animation frames, since WeChat has no document to take them from.
 */
export async function miniProgramSurface(id: string, height: number): Promise<Surface | null> {
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
