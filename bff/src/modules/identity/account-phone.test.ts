import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../core/context';
import { Role } from '../../core/roles';
import type { Account } from './identity.entity';
import { AccountResolver } from './identity.resolver';

describe("an account's phone number", () => {
  it('shows the whole number to its owner only', () => {
    const account = { id: 7, phone: '13800138000' } as Account;
    const as = (accountId: number | null) =>
      ({ caller: accountId === null ? null : { accountId, sessionId: 's', roles: [Role.VILLAGER] } }) as RequestContext;
    const resolver = new AccountResolver();
    expect(resolver.phone(account, as(7))).toBe('13800138000');
    expect(resolver.phone(account, as(8))).toBe('138****8000');
    expect(resolver.phone(account, as(null))).toBe('138****8000');
  });
});
