/**
 * The browser's camera and barcode decoder, for unit tests. A test file using these mocks the
 * decoder first (vi.mock is hoisted, so it must be written in the test file itself):
 *
 *   vi.mock('@/components/camera-scanner/code-reader', async (importOriginal) => ({
 *     ...(await importOriginal<typeof import('@/components/camera-scanner/code-reader')>()),
 *     loadCodeReader: vi.fn(),
 *   }));
 */
import { vi } from 'vitest';
import { loadCodeReader, type CodeReader } from '@/components/camera-scanner/code-reader';

/** A camera whose one track records whether it was stopped. */
export function fakeCamera() {
  const track = { stop: vi.fn() };
  // happy-dom's MediaStream holds no tracks; a video accepts nothing but a MediaStream.
  const stream = Object.assign(new MediaStream(), { getTracks: () => [track as unknown as MediaStreamTrack] });
  return { track, stream };
}

/** A decoder that sees nothing in the first frames, then `code` (never, when null). */
export function readerSeeing(code: string | null, afterFrames = 1): CodeReader {
  let frames = 0;
  return { readFrame: vi.fn(async () => (++frames > afterFrames ? code : null)) };
}

/**
 * Gives the page a camera that opens at once and a decoder that reads `code` from it; answers
 * getUserMedia's mock, to assert on or answer differently.
 */
export function cameraSees(code: string | null) {
  const camera = fakeCamera();
  const getUserMedia = vi.fn<(constraints: MediaStreamConstraints) => Promise<MediaStream>>().mockResolvedValue(camera.stream);
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
  vi.mocked(loadCodeReader).mockReset().mockResolvedValue(readerSeeing(code));
  return { ...camera, getUserMedia };
}
