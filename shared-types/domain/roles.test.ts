import { describe, expect, it } from 'vitest';
import { ROLE_LABELS } from './roles';

describe('role labels', () => {
  it('names every role in Chinese', () => {
    expect(ROLE_LABELS.VILLAGER).toBe('村民');
    expect(ROLE_LABELS.CONSUMER).toBe('消费者');
    expect(ROLE_LABELS.MERCHANT).toBe('商家');
    expect(ROLE_LABELS.VILLAGE_ADMIN).toBe('村干部');
    expect(ROLE_LABELS.REGULATOR).toBe('监管人员');
    expect(ROLE_LABELS.BANK).toBe('银行');
  });
});
