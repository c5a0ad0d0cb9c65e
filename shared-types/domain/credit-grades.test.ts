import { describe, expect, it } from 'vitest';
import { CREDIT_GRADES, gradeAtLeast } from './credit-grades';

describe('credit grades', () => {
  it('rank AAA best and C worst', () => {
    expect(CREDIT_GRADES).toEqual(['AAA', 'AA', 'A', 'B', 'C']);
  });

  it('say whether a grade reaches a minimum, the minimum itself included', () => {
    expect(gradeAtLeast('AAA', 'B')).toBe(true);
    expect(gradeAtLeast('B', 'B')).toBe(true);
    expect(gradeAtLeast('C', 'B')).toBe(false);
    expect(gradeAtLeast('AA', 'AAA')).toBe(false);
  });
});
