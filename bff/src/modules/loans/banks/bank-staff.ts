import type { RequestContext } from '../../../core/context';
import { forbidden } from '../../../core/errors';
import { Role } from '../../../core/roles';
import { bankIdOfStaff } from '../loans.loaders';

export interface BankStaffMember {
  accountId: number;
  bankId: number;
}

/** The caller as a bank's staff: the role alone is not enough, the account must work for a bank. */
export async function requireBankStaff(ctx: RequestContext): Promise<BankStaffMember> {
  const { accountId } = ctx.requireRole(Role.BANK);
  const bankId = await ctx.loader(bankIdOfStaff).load(accountId);
  if (bankId === null) throw forbidden('您的账号还没有登记到哪家银行，请联系银行的管理员');
  return { accountId, bankId };
}
