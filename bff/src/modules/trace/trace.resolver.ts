import { IsIn, IsOptional, Length } from 'class-validator';
import { ZHEJIANG_REGION_CODES } from '@gongfu/shared-types/domain/zhejiang-regions';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/context';
import { Allow, Public } from '../../core/guards';
import { PageArgs } from '../../core/paging';
import { Role } from '../../core/roles';
import type { TraceBatch, TraceCounterfeitFlag, TraceEvent, TraceProduct, TraceSampling } from './trace.entity';
import {
  AttachTraceDocumentInput,
  ClearCounterfeitFlagInput,
  IssueTraceCodesInput,
  RecordSamplingInput,
  RecordTraceEventInput,
  RegisterBatchInput,
  RegisterProductInput,
} from './trace.inputs';
import {
  batchById,
  batchesByProductId,
  codeCountByBatchId,
  documentsByBatchId,
  eventsByBatchId,
  inputBatchesByEventId,
  productById,
  recallById,
  recallsByBatchId,
  samplingsByBatchId,
} from './trace.loaders';
import { TraceCodePage, TraceRecallType } from './recalls.types';
import { RecallsService } from './recalls.service';
import { ScanService } from './scan.service';
import { TraceService } from './trace.service';
import { businessOf } from './trace-business';
import { ID } from '../../core/scalars';
import {
  AttachTraceDocumentResult,
  ClearCounterfeitFlagResult,
  IssueTraceCodesResult,
  RecordSamplingResult,
  RecordTraceEventResult,
  RegisterTraceBatchResult,
  RegisterTraceProductResult,
  ScanResult,
  TraceBatchPage,
  TraceBatchType,
  TraceBusinessType,
  TraceDocumentType,
  TraceEventType,
  TraceProductType,
  TraceCounterfeitFlagPage,
  TraceCounterfeitFlagType,
  TraceSamplingType,
  TraceSerialRangeType,
} from './trace.types';

@ArgsType()
class ScanArgs {
  @Field(() => String, { description: 'GS1 Digital Link、括号形式（01)…(10)…(21)… 或条码原始数据' })
  @Length(1, 500, { message: '读不懂这个码，请对准商品上的溯源二维码或条形码' })
  code!: string;

  @Field(() => String, {
    nullable: true,
    description: '扫码者同意时，所在的浙江省市或区县的行政区划代码（如 330109 萧山区、330100 杭州市）；扫码页给出可选的列表',
  })
  @IsOptional()
  @IsIn(ZHEJIANG_REGION_CODES, { message: '请从列表里选所在的市、县' })
  regionCode?: string | null;

  @Field(() => Boolean, { defaultValue: true, description: '记为一次扫码；从“我扫过的”或消息里重新打开时为 false' })
  log!: boolean;
}

/** Where Digital Links point: the configured public address, else the address the caller used. */
export function publicBase(ctx: RequestContext): string {
  return ctx.app.config.publicBaseUrl ?? ctx.origin;
}

@Resolver(() => TraceProductType)
export class TraceResolver {
  @Query(() => ScanResult, { description: '扫码查溯源：任何人都可以查' })
  @Public()
  scan(@Args(() => ScanArgs) { code, regionCode, log }: ScanArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(ScanService).scan(ctx, code, publicBase(ctx), log ? { regionCode: regionCode ?? null } : null);
  }

  @Query(() => TraceCounterfeitFlagPage, { description: '疑似假冒、还没解除的单品码，新的在前（监管人员）' })
  @Allow(Role.REGULATOR)
  counterfeitFlags(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(ScanService).counterfeitFlags(ctx, first, after);
  }

  @Mutation(() => ClearCounterfeitFlagResult, { description: '监管人员核查后解除疑似假冒，写明理由' })
  @Allow(Role.REGULATOR)
  clearCounterfeitFlag(@Arg('input', () => ClearCounterfeitFlagInput) input: ClearCounterfeitFlagInput, @Ctx() ctx: RequestContext) {
    return ctx.service(ScanService).clearFlag(ctx, input);
  }

  @Query(() => [TraceProductType], { description: '本店登记的商品' })
  @Allow(Role.MERCHANT)
  myTraceProducts(@Ctx() ctx: RequestContext) {
    return ctx.service(TraceService).myProducts(ctx);
  }

  @Mutation(() => RegisterTraceProductResult, { description: '商家登记商品（GTIN）' })
  @Allow(Role.MERCHANT)
  registerTraceProduct(@Arg('input', () => RegisterProductInput) input: RegisterProductInput, @Ctx() ctx: RequestContext) {
    return ctx.service(TraceService).registerProduct(ctx, input);
  }

  @Mutation(() => RegisterTraceBatchResult, { description: '商家登记批次' })
  @Allow(Role.MERCHANT)
  registerTraceBatch(@Arg('input', () => RegisterBatchInput) input: RegisterBatchInput, @Ctx() ctx: RequestContext) {
    return ctx.service(TraceService).registerBatch(ctx, input);
  }

  @Mutation(() => IssueTraceCodesResult, { description: '为批次批量生成溯源码（一次最多 10000 个）' })
  @Allow(Role.MERCHANT)
  issueTraceCodes(@Arg('input', () => IssueTraceCodesInput) input: IssueTraceCodesInput, @Ctx() ctx: RequestContext) {
    return ctx.service(TraceService).issueCodes(ctx, input, publicBase(ctx));
  }

  @Mutation(() => AttachTraceDocumentResult, { description: '批次持有商家附上证明文件（合格证、自检、检疫、消毒、核酸）' })
  @Allow(Role.MERCHANT)
  attachTraceDocument(@Arg('input', () => AttachTraceDocumentInput) input: AttachTraceDocumentInput, @Ctx() ctx: RequestContext) {
    return ctx.service(TraceService).attachDocument(ctx, input);
  }

  @Mutation(() => RecordTraceEventResult, { description: '记录溯源事件：生产、加工、包装、发货、收货、仓储、零售' })
  @Allow(Role.MERCHANT)
  recordTraceEvent(@Arg('input', () => RecordTraceEventInput) input: RecordTraceEventInput, @Ctx() ctx: RequestContext) {
    return ctx.service(TraceService).recordEvent(ctx, input);
  }

  @Mutation(() => RecordSamplingResult, { description: '监管人员登记官方抽检结果' })
  @Allow(Role.REGULATOR)
  recordSamplingResult(@Arg('input', () => RecordSamplingInput) input: RecordSamplingInput, @Ctx() ctx: RequestContext) {
    return ctx.service(RecallsService).recordSampling(ctx, input);
  }

  @FieldResolver(() => [TraceBatchType], { description: '商品的批次（生产商家和监管人员；其他人为空）' })
  batches(@Root() product: TraceProduct, @Ctx() ctx: RequestContext) {
    const mayList = ctx.caller?.accountId === product.merchantAccountId || ctx.hasRole(Role.REGULATOR);
    return mayList ? ctx.loader(batchesByProductId).load(product.id) : [];
  }
}

@Resolver(() => TraceEventType)
export class TraceEventResolver {
  @FieldResolver(() => Float, { nullable: true, description: '冷链温度（摄氏度）' })
  temperatureCelsius(@Root() event: TraceEvent): number | null {
    return event.temperatureTenths === null ? null : event.temperatureTenths / 10;
  }

  @FieldResolver(() => TraceBusinessType, { nullable: true, description: '记录的商家（没有登记市场主体的为空）' })
  recorder(@Root() event: TraceEvent, @Ctx() ctx: RequestContext) {
    return businessOf(ctx, event.recordedBy);
  }

  // Who a batch went to is its shipper's customer list: for the batch's holders and regulators only.
  @FieldResolver(() => TraceBusinessType, {
    nullable: true,
    description: '发货的收货方，或收货的发货方（持有该批次的商家、监管人员；其他人为空）',
  })
  async counterparty(@Root() event: TraceEvent, @Ctx() ctx: RequestContext) {
    if (event.counterpartyAccountId === null) return null;
    const batch = await ctx.loader(batchById).load(event.batchId);
    return batch && (await ctx.service(TraceService).mayInspect(ctx, batch)) ? businessOf(ctx, event.counterpartyAccountId) : null;
  }

  @FieldResolver(() => TraceSerialRangeType, { nullable: true, description: '赋码：签发的单品序号范围' })
  serials(@Root() event: TraceEvent): TraceSerialRangeType | null {
    if (event.firstSerial === null || event.lastSerial === null) return null;
    return Object.assign(new TraceSerialRangeType(), { first: event.firstSerial, last: event.lastSerial });
  }

  @FieldResolver(() => [TraceBatchType], { description: '加工用到的原料批次' })
  inputs(@Root() event: TraceEvent, @Ctx() ctx: RequestContext) {
    return ctx.loader(inputBatchesByEventId).load(event.id);
  }
}

@ArgsType()
class TraceCodesArgs extends PageArgs {
  @Field(() => ID)
  batchId!: number;
}

@Resolver(() => TraceBatchType)
export class TraceBatchResolver {
  @Query(() => TraceBatchType, { description: '批次详情（持有商家、监管人员）' })
  @Allow(Role.MERCHANT, Role.REGULATOR)
  traceBatch(@Arg('id', () => ID) id: number, @Ctx() ctx: RequestContext) {
    return ctx.service(TraceService).batch(ctx, id);
  }

  @Query(() => TraceBatchType, { description: '按溯源码找批次（监管人员抽检、商家收货）' })
  @Allow(Role.MERCHANT, Role.REGULATOR)
  traceBatchByCode(@Args(() => ScanArgs) { code }: ScanArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(TraceService).batchByCode(ctx, code);
  }

  @Query(() => TraceBatchPage, { description: '别的商家发给本店的批次' })
  @Allow(Role.MERCHANT)
  myHeldBatches(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(TraceService).heldBatches(ctx, first, after);
  }

  @Query(() => TraceCodePage, { description: '批次的单品码，按签发顺序（生产商家）' })
  @Allow(Role.MERCHANT)
  traceCodes(@Args(() => TraceCodesArgs) { batchId, first, after }: TraceCodesArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(TraceService).codes(ctx, batchId, first, after);
  }

  @FieldResolver(() => TraceProductType)
  product(@Root() batch: TraceBatch, @Ctx() ctx: RequestContext) {
    return ctx.loader(productById).load(batch.productId);
  }

  // A batch reached through a public field (a recall's root, a processing input) shows its own
  // record only to regulators and its holders: its shipments are its producer's customer list.
  @FieldResolver(() => Int, { description: '已生成的单品码数（持有商家、监管人员；其他人为 0）' })
  async codesIssued(@Root() batch: TraceBatch, @Ctx() ctx: RequestContext) {
    return (await ctx.service(TraceService).mayInspect(ctx, batch)) ? ctx.loader(codeCountByBatchId).load(batch.id) : 0;
  }

  @FieldResolver(() => [TraceEventType], { description: '前世今生：事件按时间先后（持有商家、监管人员；扫码看 TraceScan.events）' })
  async events(@Root() batch: TraceBatch, @Ctx() ctx: RequestContext) {
    return (await ctx.service(TraceService).mayInspect(ctx, batch)) ? ctx.loader(eventsByBatchId).load(batch.id) : [];
  }

  @FieldResolver(() => [TraceDocumentType], { description: '证明文件（持有商家、监管人员；扫码看 TraceScan.documents）' })
  async documents(@Root() batch: TraceBatch, @Ctx() ctx: RequestContext) {
    return (await ctx.service(TraceService).mayInspect(ctx, batch)) ? ctx.loader(documentsByBatchId).load(batch.id) : [];
  }

  @FieldResolver(() => [TraceSamplingType], { description: '官方抽检结果，不合格的在前' })
  samplings(@Root() batch: TraceBatch, @Ctx() ctx: RequestContext) {
    return ctx.loader(samplingsByBatchId).load(batch.id);
  }

  @FieldResolver(() => [TraceRecallType], { description: '涉及该批次的召回，进行中的在前' })
  recalls(@Root() batch: TraceBatch, @Ctx() ctx: RequestContext) {
    return ctx.loader(recallsByBatchId).load(batch.id);
  }
}

@Resolver(() => TraceSamplingType)
export class TraceSamplingResolver {
  @FieldResolver(() => TraceRecallType, { nullable: true, description: '不合格结果开启（或并入）的召回' })
  recall(@Root() sampling: TraceSampling, @Ctx() ctx: RequestContext) {
    return sampling.recallId === null ? null : ctx.loader(recallById).load(sampling.recallId);
  }
}

@Resolver(() => TraceCounterfeitFlagType)
export class TraceCounterfeitFlagResolver {
  @FieldResolver(() => TraceBatchType)
  batch(@Root() flag: TraceCounterfeitFlag, @Ctx() ctx: RequestContext) {
    return ctx.loader(batchById).load(flag.batchId);
  }
}

export const traceResolvers = [
  TraceResolver,
  TraceEventResolver,
  TraceBatchResolver,
  TraceSamplingResolver,
  TraceCounterfeitFlagResolver,
] as const;
