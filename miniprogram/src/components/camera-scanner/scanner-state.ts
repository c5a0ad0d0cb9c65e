/**
 * The browser's camera scanner, as a state machine: the camera is off; the person is asked to
 * allow it (and the decoder loads); it reads frames; a code was read; or it cannot be used, and
 * why. The component runs the camera; this file decides what each step leads to and what it says.
 */

/** Why the camera cannot be used: each has its own way out for the person. */
export type CameraProblem = 'denied' | 'no-camera' | 'busy' | 'broken';

export type ScannerState =
  { step: 'off' } | { step: 'asking' } | { step: 'reading' } | { step: 'read'; code: string } | { step: 'problem'; problem: CameraProblem };

export type ScannerEvent =
  /** The person pressed the button to open (or reopen) the camera. */
  | { type: 'open' }
  /** The camera shows and the decoder is loaded. */
  | { type: 'camera-ready' }
  | { type: 'camera-refused'; problem: CameraProblem }
  | { type: 'decoded'; code: string }
  /** The person closed the camera, or the page was hidden. */
  | { type: 'close' };

export const SCANNER_OFF: ScannerState = { step: 'off' };

export function nextScannerState(state: ScannerState, event: ScannerEvent): ScannerState {
  switch (event.type) {
    case 'open':
      return state.step === 'asking' || state.step === 'reading' ? state : { step: 'asking' };
    case 'camera-ready':
      // Closed while the person was still being asked: the camera that came too late is not shown.
      return state.step === 'asking' ? { step: 'reading' } : state;
    case 'camera-refused':
      return state.step === 'asking' ? { step: 'problem', problem: event.problem } : state;
    case 'decoded': {
      const code = event.code.trim();
      return state.step === 'reading' && code ? { step: 'read', code } : state;
    }
    case 'close':
      return state.step === 'asking' || state.step === 'reading' ? SCANNER_OFF : state;
  }
}

/** The camera is on (or being turned on) only in these steps; leaving them turns it off. */
export function cameraWanted(state: ScannerState): boolean {
  return state.step === 'asking' || state.step === 'reading';
}

/**
 * What went wrong, from getUserMedia's error (a DOMException by name), or from the decoder failing
 * to load, which is `broken` like anything unexpected.
 */
export function cameraProblemOf(error: unknown): CameraProblem {
  const name = (error as { name?: unknown } | null)?.name;
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'no-camera';
    case 'NotReadableError':
    case 'AbortError':
      return 'busy';
    default:
      return 'broken';
  }
}

/** What the person is told, in plain words, and whether reopening the camera can help. */
export const CAMERA_PROBLEM_TEXT: Record<CameraProblem, { title: string; help: string; retry: boolean }> = {
  denied: {
    title: '相机没有打开：没有得到您的允许',
    help: '请点网址左边的小锁（或浏览器菜单里的“网站设置”），找到“相机”，改成“允许”，再点下面的“重新打开相机”。',
    retry: true,
  },
  'no-camera': {
    title: '这个浏览器用不了相机',
    help: '这台手机没有相机，或者浏览器不让这个网页用相机。',
    retry: false,
  },
  busy: {
    title: '相机正被别的应用占用',
    help: '请先关掉正在用相机的应用（比如视频通话），再点下面的“重新打开相机”。',
    retry: true,
  },
  broken: {
    title: '相机没有打开',
    help: '可能是网络不好，扫码工具没有加载出来。请稍后点下面的“重新打开相机”。',
    retry: true,
  },
};
