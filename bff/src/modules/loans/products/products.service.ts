import { REPAYMENT_METHODS } from '@gongfu/shared-types/domain/loans';
import type { RequestContext } from '../../../core/context';
import { ErrorResult, Refusal } from '../../../core/error-result';
import { notFound } from '../../../core/errors';
import { isUniqueViolation } from '../../../stores/sql-errors';
import { requireBankStaff } from '../banks/bank-staff';
import { loansRefusal } from '../loans.errors';
import { checkedRates } from './product-rules';
import { LoanProduct, LoanProductRate } from './products.entity';
import type { SaveLoanProductInput } from './products.inputs';

/** Loan products: every signed-in person sees those on sale; a bank's staff keep their own bank's. */
export class ProductsService {
  onSale(ctx: RequestContext): Promise<LoanProduct[]> {
    return ctx.manager('credit').find(LoanProduct, { where: { active: true }, order: { bankId: 'ASC', id: 'ASC' } });
  }

  async ofMyBank(ctx: RequestContext): Promise<LoanProduct[]> {
    const staff = await requireBankStaff(ctx);
    return ctx.manager('credit').find(LoanProduct, { where: { bankId: staff.bankId }, order: { active: 'DESC', id: 'ASC' } });
  }

  /** Adds a product to the caller's bank, or edits one of its own from the version the caller read. */
  async save(ctx: RequestContext, input: SaveLoanProductInput): Promise<LoanProduct> {
    const staff = await requireBankStaff(ctx);
    const rates = checkedRates(input);
    if (rates instanceof ErrorResult) throw new Refusal(rates);
    const { id, version } = input;
    if (id && version == null) throw loansRefusal('BAD_USER_INPUT', '修改产品要带上读到的版本号', 'version');
    const now = ctx.now();
    const terms = {
      name: input.name.trim(),
      minAmountFen: input.minAmountFen,
      maxAmountFen: input.maxAmountFen,
      termsMonths: [...input.termsMonths].sort((a, b) => a - b),
      methods: REPAYMENT_METHODS.filter((m) => input.methods.includes(m)),
      maxGraceMonths: input.maxGraceMonths,
      minGrade: input.minGrade,
      exposureCapFen: input.exposureCapFen,
      active: input.active,
      updatedBy: staff.accountId,
      updatedAt: now,
    };
    try {
      return await ctx.transaction('credit', async (m) => {
        let productId: number;
        if (id) {
          const product = await m.findOneBy(LoanProduct, { id });
          if (!product) throw notFound('找不到这个贷款产品');
          if (product.bankId !== staff.bankId) throw loansRefusal('LOAN_PRODUCT_OF_ANOTHER_BANK');
          // Conditional on the version read: of two edits made from the same version, one lands.
          const edited = await m.update(LoanProduct, { id, version: version! }, { ...terms, version: version! + 1 });
          if (!edited.affected) throw loansRefusal('LOAN_PRODUCT_CHANGED');
          await m.delete(LoanProductRate, { productId: id });
          productId = id;
        } else {
          const product = m.create(LoanProduct, { ...terms, bankId: staff.bankId, version: 1, createdAt: now });
          await m.insert(LoanProduct, product);
          productId = product.id;
        }
        await m.insert(
          LoanProductRate,
          [...rates].map(([grade, rateMicros]) => ({ productId, grade, rateMicros })),
        );
        return m.findOneByOrFail(LoanProduct, { id: productId });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw loansRefusal('LOAN_PRODUCT_NAME_TAKEN', undefined, 'name');
      throw error;
    }
  }
}
