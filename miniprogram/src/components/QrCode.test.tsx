import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { darkRects, qrMatrix, qrSvgDataUrl } from './qr-matrix';
import { QrCode, QrGrid } from './QrCode';

/** A finder pattern: 7×7 dark ring, light ring, 3×3 dark centre. */
function hasFinderAt(matrix: boolean[][], top: number, left: number): boolean {
  for (let r = 0; r < 7; r++) {
    for (let c = 0; c < 7; c++) {
      const ring = r === 0 || r === 6 || c === 0 || c === 6;
      const centre = r >= 2 && r <= 4 && c >= 2 && c <= 4;
      if (matrix[top + r][left + c] !== (ring || centre)) return false;
    }
  }
  return true;
}

const PAYMENT_CODE =
  'GFP1.eyJhIjoxLCJ2IjoxLCJuIjoiVVU0Q2NOOU9YTVVkSlFFdyIsImUiOjE3OTUzNzkxOTd9.YHJZZZgkL7kf6TUFhZg1xPDSRtKePd8bIazWx_iGHSg';

describe('QR matrix', () => {
  it('is the smallest version that fits, with the three finder patterns', () => {
    const small = qrMatrix('GFA1.4.VlW0zjt0gyZ_rbuZ');
    expect(small.length).toBe(25); // version 2
    const big = qrMatrix(PAYMENT_CODE);
    expect(big.length).toBe(45); // version 7: up to 122 bytes at level M
    for (const m of [small, big]) {
      const n = m.length;
      expect(hasFinderAt(m, 0, 0)).toBe(true);
      expect(hasFinderAt(m, 0, n - 7)).toBe(true);
      expect(hasFinderAt(m, n - 7, 0)).toBe(true);
    }
  });

  it('is the same for the same text and different for another', () => {
    expect(qrMatrix('abc')).toEqual(qrMatrix('abc'));
    expect(qrMatrix('abc')).not.toEqual(qrMatrix('abd'));
  });

  it('draws exactly the dark modules, with far fewer rectangles than modules', () => {
    const matrix = qrMatrix(PAYMENT_CODE);
    const rects = darkRects(matrix);
    const drawn = matrix.map((row) => row.map(() => 0));
    for (const r of rects) for (let y = r.y; y < r.y + r.h; y++) for (let x = r.x; x < r.x + r.w; x++) drawn[y][x]++;
    matrix.forEach((row, y) => row.forEach((dark, x) => expect(drawn[y][x]).toBe(dark ? 1 : 0)));
    const darkCount = matrix.flat().filter(Boolean).length;
    expect(rects.length).toBeLessThan(darkCount / 2);
  });

  it('makes an SVG with a white quiet zone', () => {
    const url = qrSvgDataUrl(qrMatrix('x'), 2);
    expect(url.startsWith('data:image/svg+xml')).toBe(true);
    const svg = decodeURIComponent(url.split(',')[1]);
    expect(svg).toContain('viewBox="0 0 25 25"');
    expect(svg).toContain('<rect width="25" height="25" fill="#fff"/>');
  });
});

describe('<QrCode>', () => {
  it('shows the code as one image in the browser, its text in data-code', () => {
    render(<QrCode value={PAYMENT_CODE} label="我的付款码" testId="qr" />);
    const qr = screen.getByTestId('qr');
    expect(qr.getAttribute('data-code')).toBe(PAYMENT_CODE);
    expect(qr.getAttribute('data-modules')).toBe('45');
    const img = qr.querySelector('img')!;
    expect(img.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(img.getAttribute('alt')).toBe('我的付款码');
  });

  it('dims an expired code under a message', () => {
    render(<QrCode value="x" label="码" overlay="付款码已过期" testId="qr" />);
    expect(screen.getByTestId('qr').className).toContain('qr--dimmed');
    expect(screen.getByText('付款码已过期')).toBeTruthy();
  });

  it('in WeChat, draws one view per dark rectangle', () => {
    const matrix = qrMatrix('GFA1.4.VlW0zjt0gyZ_rbuZ');
    const { container } = render(<QrGrid matrix={matrix} label="签到码" />);
    expect(container.querySelectorAll('.qr__module').length).toBe(darkRects(matrix).length);
  });
});
