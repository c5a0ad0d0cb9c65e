import { describe, expect, it } from 'vitest';
import { clip } from './text';

describe('clip', () => {
  it('leaves text that fits as it is', () => {
    expect(clip('扣分：乱堆柴草', 8)).toBe('扣分：乱堆柴草');
    expect(clip('', 3)).toBe('');
  });

  it('cuts longer text to the length, ending in an ellipsis', () => {
    expect(clip('申诉成功，退回扣分：乱堆柴草', 8)).toBe('申诉成功，退回…');
    expect(Array.from(clip('a'.repeat(500), 200))).toHaveLength(200);
  });

  it('counts an emoji as one character and never splits it', () => {
    expect(clip('🥚🥚🥚', 3)).toBe('🥚🥚🥚');
    expect(clip('🥚🥚🥚🥚', 3)).toBe('🥚🥚…');
  });
});
