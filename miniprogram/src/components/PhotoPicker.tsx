import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldProblemProps } from '@/hooks/use-action';
import { uploadPhoto } from '@/api/files';
import { toApiError } from '@/api/api-error';
import { ariaRole, focusableByScript, imageAlt } from './a11y';
import { ActionButton } from './ActionButton';
import { useFaultFocus } from './fault-focus';
import { FieldError } from './FieldError';
import './photo-picker.css';

export interface PhotoUpload {
  id: number;
  /** The picked file on the device, shown as the thumbnail. */
  localPath: string;
  status: 'uploading' | 'done' | 'failed';
  key?: string;
  error?: string;
}

/** Photos picked and uploaded one by one as soon as they are chosen. */
export function usePhotoUploads(max = 3) {
  const [photos, setPhotos] = useState<PhotoUpload[]>([]);
  const nextId = useRef(1);
  const [pickError, setPickError] = useState<string | null>(null);

  const patch = useCallback((id: number, change: Partial<PhotoUpload>) => {
    setPhotos((list) => list.map((photo) => (photo.id === id ? { ...photo, ...change } : photo)));
  }, []);

  const upload = useCallback(
    (id: number, localPath: string) => {
      patch(id, { status: 'uploading', error: undefined });
      uploadPhoto(localPath).then(
        (key) => patch(id, { status: 'done', key }),
        (error: unknown) => patch(id, { status: 'failed', error: toApiError(error).message }),
      );
    },
    [patch],
  );

  const pick = useCallback(async () => {
    setPickError(null);
    const room = max - photos.length;
    if (room <= 0) return;
    let paths: string[];
    try {
      const chosen = await Taro.chooseImage({ count: room, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
      paths = chosen.tempFilePaths.slice(0, room);
    } catch (failure) {
      const message = (failure as { errMsg?: string } | null)?.errMsg ?? '';
      if (!/cancel/i.test(message)) setPickError('没能打开相册或相机，请再试一次');
      return;
    }
    const added = paths.map((localPath) => ({ id: nextId.current++, localPath, status: 'uploading' as const }));
    setPhotos((list) => [...list, ...added]);
    added.forEach((photo) => upload(photo.id, photo.localPath));
  }, [max, photos.length, upload]);

  const remove = useCallback((id: number) => setPhotos((list) => list.filter((photo) => photo.id !== id)), []);
  const retry = useCallback(
    (id: number) => {
      const photo = photos.find((p) => p.id === id);
      if (photo) upload(id, photo.localPath);
    },
    [photos, upload],
  );
  const clear = useCallback(() => setPhotos([]), []);

  const keys = photos.filter((p) => p.status === 'done' && p.key).map((p) => p.key!);
  const uploading = photos.some((p) => p.status === 'uploading');
  const failed = photos.some((p) => p.status === 'failed');
  return { photos, pick, remove, retry, clear, keys, uploading, failed, pickError, max };
}

export type PhotoUploads = ReturnType<typeof usePhotoUploads>;

interface PhotoPickerProps extends Partial<FieldProblemProps> {
  uploads: PhotoUploads;
  testId?: string;
}

/**
 * Thumbnails with their upload state, and a large 拍照或选照片 button while there is room. A
 * problem with the photos (none yet, one still uploading) is gone as soon as they change.
 */
export function PhotoPicker({ uploads, testId = 'photo-picker', error, focus, onEdited }: PhotoPickerProps) {
  const { photos, pick, remove, retry, pickError, max } = uploads;
  const box = useFaultFocus<HTMLElement>(focus);
  const edited = useRef(onEdited);
  edited.current = onEdited;
  const shown = useRef(photos);
  useEffect(() => {
    if (shown.current === photos) return;
    shown.current = photos;
    edited.current?.();
  }, [photos]);
  return (
    <View ref={box} className="photos" {...focusableByScript} data-testid={testId}>
      {photos.length > 0 ? (
        <View className="photos__grid">
          {photos.map((photo, index) => (
            <View key={photo.id} className="photos__item" data-testid="photo-item" data-status={photo.status}>
              <Image className="photos__thumb" src={photo.localPath} mode="aspectFill" {...imageAlt(`第 ${index + 1} 张照片`)} />
              <Text className={`photos__state photos__state--${photo.status}`}>
                {photo.status === 'uploading' ? '上传中…' : photo.status === 'done' ? '已上传' : '没传上'}
              </Text>
              {photo.status === 'failed' ? (
                <Text className="photos__error" {...ariaRole('alert')}>
                  {photo.error}
                </Text>
              ) : null}
              <View className="photos__actions">
                {photo.status === 'failed' ? (
                  <Text className="photos__action" onClick={() => retry(photo.id)} {...ariaRole('button')}>
                    重传
                  </Text>
                ) : null}
                <Text className="photos__action" onClick={() => remove(photo.id)} {...ariaRole('button')}>
                  删除
                </Text>
              </View>
            </View>
          ))}
        </View>
      ) : null}
      {photos.length < max ? (
        <ActionButton
          className="wide-button"
          fill="outline"
          type="primary"
          size="large"
          block
          onClick={() => void pick()}
          data-testid="add-photo"
        >
          {photos.length === 0 ? '拍照或选照片' : `再加一张（最多 ${max} 张）`}
        </ActionButton>
      ) : null}
      {pickError ? (
        <Text className="notice notice--error" {...ariaRole('alert')}>
          {pickError}
        </Text>
      ) : null}
      <FieldError error={error} testId={testId} />
    </View>
  );
}
