import { CREDIT_GRADES } from '@gongfu/shared-types/domain/credit-grades';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../core/context';
import { Allow, SignedIn } from '../../../core/guards';
import { Role } from '../../../core/roles';
import { bankById, ratesByProductId } from '../loans.loaders';
import { formatRatePercent } from '../schedule/rate';
import type { LoanProduct } from './products.entity';
import { SaveLoanProductInput } from './products.inputs';
import { ProductsService } from './products.service';
import { LoanBankType, LoanGradeRateType, LoanProductResult, LoanProductType } from './products.types';

@Resolver(() => LoanProductType)
export class LoanProductResolver {
  @Query(() => [LoanProductType], { description: '在售的贷款产品' })
  @SignedIn()
  loanProducts(@Ctx() ctx: RequestContext) {
    return ctx.service(ProductsService).onSale(ctx);
  }

  @Query(() => [LoanProductType], { description: '本行的贷款产品，在售的在前' })
  @Allow(Role.BANK)
  bankLoanProducts(@Ctx() ctx: RequestContext) {
    return ctx.service(ProductsService).ofMyBank(ctx);
  }

  @Mutation(() => LoanProductResult, { description: '银行新增或修改本行的贷款产品' })
  @Allow(Role.BANK)
  saveLoanProduct(@Arg('input', () => SaveLoanProductInput) input: SaveLoanProductInput, @Ctx() ctx: RequestContext) {
    return ctx.service(ProductsService).save(ctx, input);
  }

  @FieldResolver(() => LoanBankType)
  async bank(@Root() product: LoanProduct, @Ctx() ctx: RequestContext) {
    return (await ctx.loader(bankById).load(product.bankId))!;
  }

  @FieldResolver(() => [LoanGradeRateType], { description: '各信用等级的年利率，从 AAA 起；没有的等级不放贷' })
  async rates(@Root() product: LoanProduct, @Ctx() ctx: RequestContext): Promise<LoanGradeRateType[]> {
    const rows = await ctx.loader(ratesByProductId).load(product.id);
    return [...rows]
      .sort((a, b) => CREDIT_GRADES.indexOf(a.grade) - CREDIT_GRADES.indexOf(b.grade))
      .map((r) => ({ grade: r.grade, annualRatePercent: formatRatePercent(r.rateMicros) }));
  }
}
