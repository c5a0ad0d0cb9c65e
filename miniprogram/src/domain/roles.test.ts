import { describe, expect, it } from 'vitest';
import { pickActiveRole, roleLabel, roleListLabel } from './roles';

describe('role labels', () => {
  it('names a role in Chinese', () => {
    expect(roleLabel('VILLAGE_ADMIN')).toBe('村干部');
  });

  it('lists several roles in a fixed order, joined with 、', () => {
    expect(roleListLabel(['MERCHANT', 'VILLAGER'])).toBe('村民、商家');
    expect(roleListLabel([])).toBe('');
  });
});

describe('pickActiveRole', () => {
  it('keeps the remembered role while the account holds it', () => {
    expect(pickActiveRole(['VILLAGER', 'MERCHANT'], 'MERCHANT')).toBe('MERCHANT');
  });

  it('falls back to the first role by order when the remembered one is not held', () => {
    expect(pickActiveRole(['MERCHANT', 'VILLAGER'], 'BANK')).toBe('VILLAGER');
    expect(pickActiveRole(['REGULATOR'], null)).toBe('REGULATOR');
  });

  it('gives none for an account without roles', () => {
    expect(pickActiveRole([], 'VILLAGER')).toBeNull();
  });
});
