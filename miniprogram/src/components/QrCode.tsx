import { Image, View } from '@tarojs/components';
import { useMemo } from 'react';
import { ariaRole, imageAlt } from './a11y';
import { cx } from './class-names';
import { darkRects, qrMatrix, qrSvgDataUrl } from './qr-matrix';
import './qr-code.css';

interface QrCodeProps {
  /** What the code says. */
  value: string;
  /** Read out to screen readers, e.g. "付款码". */
  label: string;
  /** Greyed out with this text on top, e.g. when the code has expired. */
  overlay?: string | null;
  className?: string;
  testId?: string;
}

const QUIET_ZONE = 2;

/**
 * A QR code drawn without a network or canvas: in the browser one SVG image, in WeChat the dark
 * modules as positioned views. The element carries its text in `data-code` for tests and tools.
 */
export function QrCode({ value, label, overlay, className, testId }: QrCodeProps) {
  const matrix = useMemo(() => qrMatrix(value), [value]);
  return (
    <View className={cx('qr', overlay && 'qr--dimmed', className)} data-testid={testId} data-code={value} data-modules={matrix.length}>
      {process.env.TARO_ENV === 'h5' ? <QrImage matrix={matrix} label={label} /> : <QrGrid matrix={matrix} label={label} />}
      {overlay ? <View className="qr__overlay">{overlay}</View> : null}
    </View>
  );
}

/** The image carries the label; an overlay beside it stays readable (inside an image it would be silenced). */
export function QrImage({ matrix, label }: { matrix: boolean[][]; label: string }) {
  const src = useMemo(() => qrSvgDataUrl(matrix, QUIET_ZONE), [matrix]);
  return <Image className="qr__image" src={src} mode="aspectFit" {...imageAlt(label)} />;
}

/** For WeChat: each dark rectangle a view placed in percent of the code's width. */
export function QrGrid({ matrix, label }: { matrix: boolean[][]; label: string }) {
  const rects = useMemo(() => darkRects(matrix), [matrix]);
  const size = matrix.length + QUIET_ZONE * 2;
  const pct = (modules: number) => `${((modules * 100) / size).toFixed(4)}%`;
  return (
    <View className="qr__grid" {...ariaRole('img')} aria-label={label}>
      {rects.map((r) => (
        <View
          key={`${r.x}:${r.y}`}
          className="qr__module"
          style={{
            left: pct(r.x + QUIET_ZONE),
            top: pct(r.y + QUIET_ZONE),
            width: pct(r.w),
            // A hair taller, so no pale seam shows between rows on any screen.
            height: `calc(${pct(r.h)} + 0.4px)`,
          }}
        />
      ))}
    </View>
  );
}
