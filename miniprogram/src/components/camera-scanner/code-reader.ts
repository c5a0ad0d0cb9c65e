/**
 * Reads codes from camera frames with the BarcodeDetector polyfill over ZXing-C++ (zxing-wasm).
 * It is imported only when a camera opens, into a chunk of its own, and fetches its WebAssembly
 * from our own server (the package would fetch it from a CDN by default).
 */

/** Our codes and the ones on products: QR (Digital Links, pay and check-in codes), GS1 DataMatrix, EAN-13 and GS1-128. */
const FORMATS = ['qr_code', 'data_matrix', 'ean_13', 'code_128'] as const;

/** A pause between frames, so an old phone keeps up (a frame takes it tens of milliseconds). */
const FRAME_GAP_MS = 120;

export interface CodeReader {
  /**
   * The first code in the frame the video shows now, or null. A GS1 barcode's text is its raw
   * data with FNC1 as the group separator (U+001D), which the BFF's trace code parser reads.
   */
  readFrame(video: HTMLVideoElement): Promise<string | null>;
}

/**
 * The decoder's module and the URL of its WebAssembly, which webpack copies into the build with a
 * hashed name. The weapp build carries neither: WeChat reads codes with its own scanner.
 */
function importDecoder() {
  return process.env.TARO_ENV === 'weapp'
    ? Promise.reject(new Error('WeChat reads codes with Taro.scanCode'))
    : import('barcode-detector/ponyfill').then((decoder) => ({
        decoder,
        wasmUrl: new URL('zxing-wasm/reader/zxing_reader.wasm', import.meta.url).href,
      }));
}

let loaded: Promise<CodeReader> | null = null;

/** The decoder, loaded and compiled once a page load; a failed load is tried afresh next time. */
export function loadCodeReader(): Promise<CodeReader> {
  loaded ??= loadOnce().catch((error: unknown) => {
    loaded = null;
    throw error;
  });
  return loaded;
}

async function loadOnce(): Promise<CodeReader> {
  const { decoder, wasmUrl } = await importDecoder();
  // Loaded now, so a failure shows while the camera opens rather than as a scanner that never reads.
  await decoder.prepareZXingModule({
    overrides: { locateFile: (file: string, prefix: string) => (file.endsWith('.wasm') ? wasmUrl : prefix + file) },
    fireImmediately: true,
  });
  const detector = new decoder.BarcodeDetector({ formats: [...FORMATS] });
  return {
    async readFrame(video) {
      // Before its first frame a video cannot be read (the polyfill throws InvalidStateError).
      if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) return null;
      const [first] = await detector.detect(video);
      return first?.rawValue || null;
    },
  };
}

/** Reads frames until one holds a code, or until `signal` aborts (then null). */
export async function readUntilCode(reader: CodeReader, video: HTMLVideoElement, signal: AbortSignal): Promise<string | null> {
  while (!signal.aborted) {
    const code = await reader.readFrame(video);
    if (signal.aborted) return null;
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, FRAME_GAP_MS));
  }
  return null;
}
