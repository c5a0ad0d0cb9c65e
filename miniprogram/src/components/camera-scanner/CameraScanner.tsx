import { useDidHide } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useReducer, useRef } from 'react';
import { ariaRole } from '../a11y';
import { ActionButton } from '../ActionButton';
import { openRearCamera, stopCamera } from './camera';
import { loadCodeReader, readUntilCode } from './code-reader';
import { CAMERA_PROBLEM_TEXT, SCANNER_OFF, cameraProblemOf, cameraWanted, nextScannerState } from './scanner-state';
import './camera-scanner.css';

interface CameraScannerProps {
  /** A code was read; the camera is already off. */
  onRead: (code: string) => void;
  /** The button's words, e.g. "扫村民的付款码". */
  openText: string;
  testId?: string;
}

/**
 * The browser's camera as a scanner (H5 only; WeChat has its own). Opens on a press, shows what the
 * camera sees, and turns itself off once a code is read, when the person closes it, and when the
 * page or the browser tab is hidden. When the camera cannot be used it says why and how to allow
 * it; typing or pasting the code, beside it on the page, always works.
 */
export function CameraScanner({ onRead, openText, testId = 'camera-scanner' }: CameraScannerProps) {
  const [state, dispatch] = useReducer(nextScannerState, SCANNER_OFF);
  const video = useRef<HTMLVideoElement>(null);
  const latestOnRead = useRef(onRead);
  latestOnRead.current = onRead;

  const wanted = cameraWanted(state);
  useEffect(() => {
    if (!wanted) return;
    const stop = new AbortController();
    let stream: MediaStream | null = null;
    const camera = openRearCamera().then((opened) => {
      stream = opened;
      // Closed while the person was deciding: the camera goes off again at once.
      if (stop.signal.aborted) stopCamera(opened);
      return opened;
    });
    void (async () => {
      try {
        const [opened, reader] = await Promise.all([camera, loadCodeReader()]);
        const view = video.current;
        if (stop.signal.aborted || !view) return;
        view.srcObject = opened;
        await view.play();
        dispatch({ type: 'camera-ready' });
        const code = await readUntilCode(reader, view, stop.signal);
        if (code === null) return;
        dispatch({ type: 'decoded', code });
        latestOnRead.current(code.trim());
      } catch (error) {
        stopCamera(stream);
        if (!stop.signal.aborted) dispatch({ type: 'camera-refused', problem: cameraProblemOf(error) });
      }
    })();
    return () => {
      stop.abort();
      stopCamera(stream);
    };
  }, [wanted]);

  // Another page on top, or the phone locked or switched to another app: the camera goes off.
  useDidHide(() => dispatch({ type: 'close' }));
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') dispatch({ type: 'close' });
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, []);

  const problem = state.step === 'problem' ? CAMERA_PROBLEM_TEXT[state.problem] : null;
  return (
    <View className="camera-scanner" data-testid={testId} data-step={state.step}>
      {wanted ? (
        <>
          <View className="camera-scanner__view">
            <video
              ref={video}
              className="camera-scanner__video"
              autoPlay
              muted
              playsInline
              aria-label="相机画面"
              data-testid={`${testId}-video`}
            />
            <View className="camera-scanner__frame" />
          </View>
          <Text className="camera-scanner__hint" {...ariaRole('status')}>
            {state.step === 'asking' ? '正在打开相机。手机问您时，请点“允许”。' : '把码放进框里对准，扫到就会自动停下。'}
          </Text>
          <ActionButton
            className="wide-button"
            fill="outline"
            type="primary"
            size="large"
            block
            onClick={() => dispatch({ type: 'close' })}
            data-testid={`${testId}-close`}
          >
            关闭相机
          </ActionButton>
        </>
      ) : problem ? (
        <View
          className="camera-scanner__problem"
          {...ariaRole('alert')}
          data-testid={`${testId}-problem`}
          data-problem={state.step === 'problem' ? state.problem : undefined}
        >
          <Text className="camera-scanner__problem-title">{problem.title}</Text>
          <Text className="camera-scanner__problem-help">{problem.help}</Text>
          <Text className="camera-scanner__problem-help">也可以在下面输入或粘贴码。</Text>
        </View>
      ) : null}
      {!wanted && (!problem || problem.retry) ? (
        <ActionButton
          className="wide-button"
          type="primary"
          size="large"
          block
          fill={state.step === 'read' ? 'outline' : 'solid'}
          onClick={() => dispatch({ type: 'open' })}
          data-testid={`${testId}-open`}
        >
          {problem ? '重新打开相机' : state.step === 'read' ? '再扫一个' : openText}
        </ActionButton>
      ) : null}
    </View>
  );
}
