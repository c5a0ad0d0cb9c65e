import { describe, expect, it } from 'vitest';
import { fenToYuanInput, parseYuanToFen, yuan } from './money';

describe('money', () => {
  it('shows fen as 元 with two decimals', () => {
    expect(yuan(1250)).toBe('12.50 元');
    expect(yuan(0)).toBe('0.00 元');
  });

  it('reads what people type in 元 as fen', () => {
    expect(parseYuanToFen('12')).toBe(1200);
    expect(parseYuanToFen('12.5')).toBe(1250);
    expect(parseYuanToFen(' 12.05 ')).toBe(1205);
    expect(parseYuanToFen('0.1')).toBe(10);
    expect(parseYuanToFen('.5')).toBe(50);
    expect(parseYuanToFen('12.')).toBe(1200);
    expect(parseYuanToFen('１２．５')).toBe(1250);
    expect(parseYuanToFen('0')).toBe(0);
  });

  it('refuses what is not an amount', () => {
    expect(parseYuanToFen('')).toBeNull();
    expect(parseYuanToFen('12.345')).toBeNull();
    expect(parseYuanToFen('-3')).toBeNull();
    expect(parseYuanToFen('十二')).toBeNull();
    expect(parseYuanToFen('1e3')).toBeNull();
    expect(parseYuanToFen('1000001')).toBeNull();
    expect(parseYuanToFen('1000000')).toBe(100_000_000);
  });

  it('writes fen back as 元 for a field', () => {
    expect(fenToYuanInput(1250)).toBe('12.5');
    expect(fenToYuanInput(1205)).toBe('12.05');
    expect(fenToYuanInput(1200)).toBe('12');
  });
});
