import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import { decodeCursor, toPage } from './paging';

const cursorOf = (text: string) => Buffer.from(text).toString('base64url');

function codeOfRefusing(after: string): string | null {
  try {
    decodeCursor(after);
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : 'NOT_AN_APP_ERROR';
  }
}

describe('page cursors', () => {
  it('come back as the id they were made from', () => {
    const page = toPage([{ id: 9 }, { id: 7 }, { id: 4 }], 2);
    expect(page.items).toEqual([{ id: 9 }, { id: 7 }]);
    expect(decodeCursor(page.nextCursor)).toBe(7);
    expect(decodeCursor(null)).toBeNull();
  });

  it.each([
    ['an id past any row', cursorOf('c:100000000000000000000')],
    ['an id past a 32-bit column', cursorOf('c:2147483648')],
    ['a negative id', cursorOf('c:-1')],
    ['a fraction', cursorOf('c:1.5')],
    ['an exponent', cursorOf('c:1e20')],
    ['no id at all', cursorOf('c:')],
    ['something else', 'not a cursor'],
  ])('refuse %s as bad input', (_, after) => {
    expect(codeOfRefusing(after)).toBe('BAD_USER_INPUT');
  });
});
