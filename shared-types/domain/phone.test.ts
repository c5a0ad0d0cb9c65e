import { describe, expect, it } from 'vitest';
import { isMainlandMobile, maskPhone } from './phone';

describe('maskPhone', () => {
  it('hides the middle four digits of a mobile number', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
  });

  it('leaves a number the BFF already masked as it is', () => {
    expect(maskPhone('138****8000')).toBe('138****8000');
  });

  it('gives an empty string for no number', () => {
    expect(maskPhone(null)).toBe('');
    expect(maskPhone(undefined)).toBe('');
    expect(maskPhone('')).toBe('');
  });
});

describe('isMainlandMobile', () => {
  it.each(['13800138000', '19912345678'])('accepts %s', (phone) => {
    expect(isMainlandMobile(phone)).toBe(true);
  });

  it.each(['1380013800', '138001380001', '12800138000', '+8613800138000', '138 0013 8000'])('rejects %s', (phone) => {
    expect(isMainlandMobile(phone)).toBe(false);
  });
});
