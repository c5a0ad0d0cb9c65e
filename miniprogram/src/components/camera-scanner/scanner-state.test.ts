import { describe, expect, it } from 'vitest';
import {
  CAMERA_PROBLEM_TEXT,
  SCANNER_OFF,
  cameraProblemOf,
  cameraWanted,
  nextScannerState,
  type ScannerEvent,
  type ScannerState,
} from './scanner-state';

function run(...events: ScannerEvent[]): ScannerState {
  return events.reduce(nextScannerState, SCANNER_OFF);
}

describe('the camera scanner, step by step', () => {
  it('asks, reads, and stops at the first code it reads', () => {
    expect(run({ type: 'open' })).toEqual({ step: 'asking' });
    expect(run({ type: 'open' }, { type: 'camera-ready' })).toEqual({ step: 'reading' });
    const read = run({ type: 'open' }, { type: 'camera-ready' }, { type: 'decoded', code: ' GFP1.a.b \n' });
    expect(read).toEqual({ step: 'read', code: 'GFP1.a.b' });
    expect(cameraWanted(read)).toBe(false);
    // A frame decoded after the read does not replace it.
    expect(nextScannerState(read, { type: 'decoded', code: 'another' })).toBe(read);
  });

  it('keeps the camera on only while asking and reading', () => {
    expect(cameraWanted({ step: 'asking' })).toBe(true);
    expect(cameraWanted({ step: 'reading' })).toBe(true);
    expect(cameraWanted(SCANNER_OFF)).toBe(false);
    expect(cameraWanted({ step: 'problem', problem: 'denied' })).toBe(false);
  });

  it('keeps a GS1 barcode’s group separators: they tell its variable-length fields apart', () => {
    const raw = '010690123456789210L20261120\u001d2100000007';
    expect(run({ type: 'open' }, { type: 'camera-ready' }, { type: 'decoded', code: raw })).toEqual({ step: 'read', code: raw });
  });

  it('ignores an empty read and a read before the camera shows', () => {
    expect(run({ type: 'open' }, { type: 'camera-ready' }, { type: 'decoded', code: '  ' })).toEqual({ step: 'reading' });
    expect(run({ type: 'open' }, { type: 'decoded', code: 'x' })).toEqual({ step: 'asking' });
  });

  it('turns off when closed or hidden, and a camera that comes too late is not shown', () => {
    expect(run({ type: 'open' }, { type: 'camera-ready' }, { type: 'close' })).toEqual(SCANNER_OFF);
    expect(run({ type: 'open' }, { type: 'close' }, { type: 'camera-ready' })).toEqual(SCANNER_OFF);
    expect(run({ type: 'open' }, { type: 'close' }, { type: 'camera-refused', problem: 'denied' })).toEqual(SCANNER_OFF);
    // Hiding a page whose scanner shows a problem or a read leaves it as it was.
    expect(run({ type: 'open' }, { type: 'camera-refused', problem: 'busy' }, { type: 'close' })).toEqual({
      step: 'problem',
      problem: 'busy',
    });
  });

  it('says why the camera was refused, and opens again on request', () => {
    const denied = run({ type: 'open' }, { type: 'camera-refused', problem: 'denied' });
    expect(denied).toEqual({ step: 'problem', problem: 'denied' });
    expect(nextScannerState(denied, { type: 'open' })).toEqual({ step: 'asking' });
    // A second press while asking changes nothing.
    expect(run({ type: 'open' }, { type: 'open' })).toEqual({ step: 'asking' });
  });
});

describe('why the camera cannot be used', () => {
  const named = (name: string) => new DOMException('x', name);

  it('reads getUserMedia’s errors by name', () => {
    expect(cameraProblemOf(named('NotAllowedError'))).toBe('denied');
    expect(cameraProblemOf(named('SecurityError'))).toBe('denied');
    expect(cameraProblemOf(named('NotFoundError'))).toBe('no-camera');
    expect(cameraProblemOf(named('OverconstrainedError'))).toBe('no-camera');
    expect(cameraProblemOf(named('NotReadableError'))).toBe('busy');
    expect(cameraProblemOf(new Error('failed to fetch the wasm'))).toBe('broken');
    expect(cameraProblemOf(null)).toBe('broken');
  });

  it('tells a person who said no where to allow it, and offers to open the camera again', () => {
    expect(CAMERA_PROBLEM_TEXT.denied.help).toContain('允许');
    expect(CAMERA_PROBLEM_TEXT.denied.help).toContain('重新打开相机');
    expect(CAMERA_PROBLEM_TEXT.denied.retry).toBe(true);
    // No camera at all: opening it again cannot help.
    expect(CAMERA_PROBLEM_TEXT['no-camera'].retry).toBe(false);
  });
});
