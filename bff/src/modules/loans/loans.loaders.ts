import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byKeys, defineLoader, groupByKeys } from '../../core/loaders';
import { LoanBank, LoanBankStaff } from './banks/banks.entity';
import { LoanProduct, LoanProductRate } from './products/products.entity';

/** The bank an account works for, or null: credit's consent and report queries ask it of the caller. */
export const bankIdOfStaff = defineLoader(
  'loans.bankIdOfStaff',
  (ctx) =>
    new DataLoader<number, number | null>(async (accountIds) => {
      const rows = await ctx.manager('credit').findBy(LoanBankStaff, { accountId: In([...accountIds]) });
      return byKeys(accountIds, rows, (s) => s.accountId).map((staff) => staff?.bankId ?? null);
    }),
);

export const bankById = defineLoader(
  'loans.bankById',
  (ctx) =>
    new DataLoader<number, LoanBank | null>(async (ids) => {
      const rows = await ctx.manager('credit').findBy(LoanBank, { id: In([...ids]) });
      return byKeys(ids, rows, (b) => b.id);
    }),
);

export const loanProductById = defineLoader(
  'loans.loanProductById',
  (ctx) =>
    new DataLoader<number, LoanProduct | null>(async (ids) => {
      const rows = await ctx.manager('credit').findBy(LoanProduct, { id: In([...ids]) });
      return byKeys(ids, rows, (p) => p.id);
    }),
);

/** A product's rates by grade, as its rows stand (rates are listed best grade first by the type). */
export const ratesByProductId = defineLoader(
  'loans.ratesByProductId',
  (ctx) =>
    new DataLoader<number, LoanProductRate[]>(async (productIds) => {
      const rows = await ctx.manager('credit').findBy(LoanProductRate, { productId: In([...productIds]) });
      return groupByKeys(productIds, rows, (r) => r.productId);
    }),
);
