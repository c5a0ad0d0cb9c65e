import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { cameraSees } from '@/test/fake-camera';
import { hidePage } from '@/test/taro-mock';
import { CameraScanner } from './CameraScanner';
import { loadCodeReader } from './code-reader';
import type * as CodeReaderModule from './code-reader';

vi.mock('./code-reader', async (importOriginal) => ({
  ...(await importOriginal<typeof CodeReaderModule>()),
  loadCodeReader: vi.fn(),
}));

function step(): string | null {
  return screen.getByTestId('camera-scanner').getAttribute('data-step');
}

function open(onRead = vi.fn()) {
  const view = render(<CameraScanner onRead={onRead} openText="打开相机扫码" />);
  fireEvent.click(screen.getByTestId('camera-scanner-open'));
  return view;
}

describe('the camera scanner in the browser', () => {
  it('asks for the rear camera, shows it, and stops it once a code is read', async () => {
    const { track, stream, getUserMedia } = cameraSees('GFP1.12.3.1767225600.n.sig');
    let allow: (stream: MediaStream) => void = () => {};
    getUserMedia.mockReturnValue(new Promise((resolve) => (allow = resolve)));
    const onRead = vi.fn();
    render(<CameraScanner onRead={onRead} openText="扫村民的付款码" />);

    expect(step()).toBe('off');
    expect(screen.getByTestId('camera-scanner-open').textContent).toBe('扫村民的付款码');
    fireEvent.click(screen.getByTestId('camera-scanner-open'));
    expect(step()).toBe('asking');
    expect(screen.getByRole('status').textContent).toContain('允许');
    expect(getUserMedia.mock.calls[0][0].video).toMatchObject({ facingMode: { ideal: 'environment' } });

    await act(async () => allow(stream));
    await waitFor(() => expect(onRead).toHaveBeenCalledWith('GFP1.12.3.1767225600.n.sig'));
    expect(step()).toBe('read');
    expect(track.stop).toHaveBeenCalled();
    expect(screen.queryByTestId('camera-scanner-video')).toBeNull();
    expect(screen.getByTestId('camera-scanner-open').textContent).toBe('再扫一个');
  });

  it('shows the camera while it reads, and the person can close it', async () => {
    const { track, stream } = cameraSees(null);
    const onRead = vi.fn();
    open(onRead);
    await waitFor(() => expect(step()).toBe('reading'));
    expect((screen.getByTestId('camera-scanner-video') as HTMLVideoElement).srcObject).toBe(stream);
    expect(screen.getByRole('status').textContent).toContain('把码放进框里');

    fireEvent.click(screen.getByTestId('camera-scanner-close'));
    expect(step()).toBe('off');
    expect(track.stop).toHaveBeenCalled();
    expect(onRead).not.toHaveBeenCalled();
  });

  it('turns the camera off when another page opens on top, or the phone leaves the browser', async () => {
    const setVisibility = (state: DocumentVisibilityState) =>
      Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
    for (const hide of [
      () => hidePage(),
      () => {
        setVisibility('hidden');
        document.dispatchEvent(new Event('visibilitychange'));
      },
    ]) {
      const { track } = cameraSees(null);
      const { unmount } = open();
      await waitFor(() => expect(step()).toBe('reading'));
      act(hide);
      expect(step()).toBe('off');
      expect(track.stop).toHaveBeenCalled();
      unmount();
      setVisibility('visible');
    }
  });

  it('says how to allow a denied camera, and opens it again when asked', async () => {
    const { getUserMedia } = cameraSees(null);
    getUserMedia.mockRejectedValueOnce(new DOMException('Permission denied', 'NotAllowedError'));
    open();

    const problem = await screen.findByTestId('camera-scanner-problem');
    expect(problem.getAttribute('data-problem')).toBe('denied');
    expect(problem.getAttribute('role')).toBe('alert');
    expect(problem.textContent).toContain('改成“允许”');
    expect(problem.textContent).toContain('输入或粘贴码');

    expect(screen.getByTestId('camera-scanner-open').textContent).toBe('重新打开相机');
    fireEvent.click(screen.getByTestId('camera-scanner-open'));
    await waitFor(() => expect(step()).toBe('reading'));
  });

  it('offers no camera where the browser has none, only typing', async () => {
    cameraSees(null);
    Object.defineProperty(navigator, 'mediaDevices', { value: undefined, configurable: true });
    open();
    const problem = await screen.findByTestId('camera-scanner-problem');
    expect(problem.getAttribute('data-problem')).toBe('no-camera');
    expect(screen.queryByTestId('camera-scanner-open')).toBeNull();
  });

  it('turns the camera off again when the decoder cannot be loaded', async () => {
    const { track } = cameraSees(null);
    vi.mocked(loadCodeReader).mockImplementation(async () => {
      // The camera opens first; the decoder's download fails after.
      await new Promise((resolve) => setTimeout(resolve, 10));
      throw new TypeError('Failed to fetch');
    });
    open();
    const problem = await screen.findByTestId('camera-scanner-problem');
    expect(problem.getAttribute('data-problem')).toBe('broken');
    expect(track.stop).toHaveBeenCalled();
  });
});
