import { Length } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/context';
import { Allow, Public } from '../../core/guards';
import { Role } from '../../core/roles';
import type { TraceProduct } from './trace.entity';
import { AttachTraceDocumentInput, IssueTraceCodesInput, RegisterBatchInput, RegisterProductInput } from './trace.inputs';
import { batchesByProductId } from './trace.loaders';
import { IssuedTraceCodes, ScanResult, TraceBatchType, TraceDocumentType, TraceProductType } from './trace.types';

@ArgsType()
class ScanArgs {
  @Field(() => String, { description: 'GS1 Digital Link、括号形式（01)…(10)…(21)… 或条码原始数据' })
  @Length(1, 500, { message: '读不懂这个码，请对准商品上的溯源二维码或条形码' })
  code!: string;
}

/** Where Digital Links point: the configured public address, else the address the caller used. */
export function publicBase(ctx: RequestContext): string {
  return ctx.app.config.publicBaseUrl ?? ctx.origin;
}

@Resolver(() => TraceProductType)
export class TraceResolver {
  @Query(() => ScanResult, { description: '扫码查溯源：任何人都可以查' })
  @Public()
  scan(@Args(() => ScanArgs) { code }: ScanArgs, @Ctx() ctx: RequestContext) {
    return ctx.app.trace.scan(ctx, code, publicBase(ctx));
  }

  @Query(() => [TraceProductType], { description: '本店登记的商品' })
  @Allow(Role.MERCHANT)
  myTraceProducts(@Ctx() ctx: RequestContext) {
    return ctx.app.trace.myProducts(ctx);
  }

  @Mutation(() => TraceProductType, { description: '商家登记商品（GTIN）' })
  @Allow(Role.MERCHANT)
  registerTraceProduct(@Arg('input', () => RegisterProductInput) input: RegisterProductInput, @Ctx() ctx: RequestContext) {
    return ctx.app.trace.registerProduct(ctx, input);
  }

  @Mutation(() => TraceBatchType, { description: '商家登记批次' })
  @Allow(Role.MERCHANT)
  registerTraceBatch(@Arg('input', () => RegisterBatchInput) input: RegisterBatchInput, @Ctx() ctx: RequestContext) {
    return ctx.app.trace.registerBatch(ctx, input);
  }

  @Mutation(() => IssuedTraceCodes, { description: '为批次批量生成溯源码（一次最多 10000 个）' })
  @Allow(Role.MERCHANT)
  issueTraceCodes(@Arg('input', () => IssueTraceCodesInput) input: IssueTraceCodesInput, @Ctx() ctx: RequestContext) {
    return ctx.app.trace.issueCodes(ctx, input, publicBase(ctx));
  }

  @Mutation(() => TraceDocumentType, { description: '批次持有商家附上证明文件（合格证、自检、检疫、消毒、核酸）' })
  @Allow(Role.MERCHANT)
  attachTraceDocument(@Arg('input', () => AttachTraceDocumentInput) input: AttachTraceDocumentInput, @Ctx() ctx: RequestContext) {
    return ctx.app.trace.attachDocument(ctx, input);
  }

  @FieldResolver(() => [TraceBatchType])
  batches(@Root() product: TraceProduct, @Ctx() ctx: RequestContext) {
    return ctx.loader(batchesByProductId).load(product.id);
  }
}
