import type { CreditGradeName } from '@gongfu/shared-types/domain/credit-grades';
import { REPAYMENT_METHODS } from '@gongfu/shared-types/domain/loans';
import type { RequestContext } from '../../core/context';
import { accountByOpenid } from '../identity/identity.loaders';
import { LoanBank, LoanBankStaff } from './banks/banks.entity';
import { LoanProduct, LoanProductRate } from './products/products.entity';

/** 戴村农商银行 and its 美德贷: ¥1万–30万 over 12, 24 or 36 months, priced by credit grade. */
export const DEMO_LOANS = {
  bank: '戴村农商银行',
  staffOpenid: 'demo-bank',
  product: {
    name: '美德贷',
    minAmountFen: 1_000_000,
    maxAmountFen: 30_000_000,
    termsMonths: [12, 24, 36],
    methods: [...REPAYMENT_METHODS],
    maxGraceMonths: 6,
    minGrade: 'B' as CreditGradeName,
    exposureCapFen: 30_000_000,
  },
  rates: { AAA: 38_500, AA: 43_500, A: 49_000, B: 56_000 } as Partial<Record<CreditGradeName, number>>,
};

/** The demo bank, 吴行 on its staff, and its 美德贷; each made only if missing, so it runs again harmlessly. */
export async function seedLoansDemo(ctx: RequestContext): Promise<void> {
  const staff = await ctx.loader(accountByOpenid).load(DEMO_LOANS.staffOpenid);
  if (!staff) return;
  const now = ctx.now();
  await ctx.transaction('credit', async (m) => {
    let bank = await m.findOneBy(LoanBank, { name: DEMO_LOANS.bank });
    if (!bank) {
      bank = m.create(LoanBank, { name: DEMO_LOANS.bank, createdAt: now });
      await m.insert(LoanBank, bank);
    }
    if (!(await m.existsBy(LoanBankStaff, { accountId: staff.id }))) {
      await m.insert(LoanBankStaff, { accountId: staff.id, bankId: bank.id, createdAt: now });
    }
    if (await m.existsBy(LoanProduct, { bankId: bank.id, name: DEMO_LOANS.product.name })) return;
    const product = m.create(LoanProduct, {
      ...DEMO_LOANS.product,
      bankId: bank.id,
      active: true,
      version: 1,
      updatedBy: staff.id,
      createdAt: now,
      updatedAt: now,
    });
    await m.insert(LoanProduct, product);
    await m.insert(
      LoanProductRate,
      Object.entries(DEMO_LOANS.rates).map(([grade, rateMicros]) => ({
        productId: product.id,
        grade: grade as CreditGradeName,
        rateMicros,
      })),
    );
  });
}
