import { Image, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { downloadPrivateFile } from '@/api/files';
import { ariaRole, imageAlt } from './a11y';
import './private-image.css';

/**
 * A photo behind the login (`/files/…`): fetched with the token, then shown from the local copy.
 * Tapping a failed one tries again.
 */
export function PrivateImage({ path, alt, className }: { path: string; alt: string; className?: string }) {
  const [state, setState] = useState<{ status: 'loading' | 'error' } | { status: 'ready'; src: string }>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    let objectUrl: string | null = null;
    setState({ status: 'loading' });
    downloadPrivateFile(path).then(
      (src) => {
        // In the browser the copy is an object URL, which lives until it is let go.
        if (src.startsWith('blob:')) objectUrl = src;
        if (live) setState({ status: 'ready', src });
        else if (objectUrl) URL.revokeObjectURL(objectUrl);
      },
      () => live && setState({ status: 'error' }),
    );
    return () => {
      live = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [path, attempt]);

  return (
    <View className={`private-image ${className ?? ''}`} data-testid="private-image" data-status={state.status}>
      {state.status === 'ready' ? (
        <Image className="private-image__img" src={state.src} mode="aspectFill" {...imageAlt(alt)} />
      ) : state.status === 'loading' ? (
        <Text className="private-image__text">照片加载中…</Text>
      ) : (
        <Text className="private-image__text" onClick={() => setAttempt((n) => n + 1)} {...ariaRole('button')}>
          照片没打开，点这里重试
        </Text>
      )}
    </View>
  );
}
