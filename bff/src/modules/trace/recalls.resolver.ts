import { IsOptional } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/context';
import { Allow, SignedIn } from '../../core/guards';
import { PageArgs } from '../../core/paging';
import { Role } from '../../core/roles';
import { ID } from '../../core/scalars';
import { digitalLinkOf } from './gs1';
import { businessOf } from './trace-business';
import type { TraceItem, TraceRecall, TraceRecallBatch, TraceRecallHolder } from './trace.entity';
import { batchById, holdersByRecallId, productById, recallById, recallsByBatchId, shippedToMerchant } from './trace.loaders';
import { RecallsService, heldBy } from './recalls.service';
import { ScanService } from './scan.service';
import { publicBase } from './trace.resolver';
import { TraceBatchType, TraceBusinessType } from './trace.types';
import { AcknowledgeRecallInput, CloseRecallInput, OpenVoluntaryRecallInput } from './recalls.inputs';
import {
  AcknowledgeRecallResult,
  CloseRecallResult,
  OpenVoluntaryRecallResult,
  RecallAffectedBatchType,
  RecallHolderPage,
  RecallHolderType,
  RecallProgressType,
  RecallScopeType,
  RecallShipmentType,
  RecallStatusEnum,
  ScannedTraceCodePage,
  ScannedTraceCodeType,
  TraceCodeType,
  TraceRecallPage,
  TraceRecallType,
} from './recalls.types';

@ArgsType()
class RecallsArgs extends PageArgs {
  @Field(() => RecallStatusEnum, { nullable: true, description: '不传则全部' })
  @IsOptional()
  status?: RecallStatusEnum | null;
}

@ArgsType()
class RecallTasksArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: '只看还没确认的' })
  pendingOnly!: boolean;
}

/** The link of one item's code: its product's GTIN, its batch's lot and its serial. */
async function linkOf(ctx: RequestContext, batchId: number, serial: string | null): Promise<string> {
  const batch = (await ctx.loader(batchById).load(batchId))!;
  const product = (await ctx.loader(productById).load(batch.productId))!;
  return digitalLinkOf({ gtin: product.gtin, lot: batch.lot, serial }, publicBase(ctx));
}

@Resolver(() => TraceRecallType)
export class RecallResolver {
  @Query(() => TraceRecallPage, { description: '召回列表（监管人员）' })
  @Allow(Role.REGULATOR)
  recalls(@Args(() => RecallsArgs) { status, first, after }: RecallsArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(RecallsService).list(ctx, status ?? null, first, after);
  }

  @Query(() => TraceRecallType, { description: '召回详情（监管人员与涉及的商家）' })
  @Allow(Role.REGULATOR, Role.MERCHANT)
  recall(@Arg('id', () => ID) id: number, @Ctx() ctx: RequestContext) {
    return ctx.service(RecallsService).get(ctx, id);
  }

  @Query(() => RecallHolderPage, { description: '本店的召回任务' })
  @Allow(Role.MERCHANT)
  myRecallTasks(@Args(() => RecallTasksArgs) { pendingOnly, first, after }: RecallTasksArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(RecallsService).myTasks(ctx, pendingOnly, first, after);
  }

  @Mutation(() => OpenVoluntaryRecallResult, { description: '生产商家主动召回一个批次' })
  @Allow(Role.MERCHANT)
  openVoluntaryRecall(@Arg('input', () => OpenVoluntaryRecallInput) input: OpenVoluntaryRecallInput, @Ctx() ctx: RequestContext) {
    return ctx.service(RecallsService).openVoluntary(ctx, input);
  }

  @Mutation(() => AcknowledgeRecallResult, { description: '持有商家确认召回并报告下架数量（召回结束前可再次报告）' })
  @Allow(Role.MERCHANT)
  acknowledgeRecall(@Arg('input', () => AcknowledgeRecallInput) input: AcknowledgeRecallInput, @Ctx() ctx: RequestContext) {
    return ctx.service(RecallsService).acknowledge(ctx, input);
  }

  @Mutation(() => CloseRecallResult, { description: '监管人员结束召回（所有持有商家都已确认后）' })
  @Allow(Role.REGULATOR)
  closeRecall(@Arg('input', () => CloseRecallInput) input: CloseRecallInput, @Ctx() ctx: RequestContext) {
    return ctx.service(RecallsService).close(ctx, input);
  }

  @FieldResolver(() => TraceBatchType, { description: '出问题的批次' })
  batch(@Root() recall: TraceRecall, @Ctx() ctx: RequestContext) {
    return ctx.loader(batchById).load(recall.batchId);
  }

  @FieldResolver(() => [RecallAffectedBatchType], { description: '涉及的全部批次（监管人员与涉及的商家）' })
  affectedBatches(@Root() recall: TraceRecall, @Ctx() ctx: RequestContext) {
    return ctx.service(RecallsService).affected(ctx, recall);
  }

  @FieldResolver(() => [RecallHolderType], { description: '要确认召回的持有商家（监管人员与涉及的商家）' })
  async holders(@Root() recall: TraceRecall, @Ctx() ctx: RequestContext) {
    await ctx.service(RecallsService).requireParty(ctx, recall);
    return ctx.loader(holdersByRecallId).load(recall.id);
  }

  @FieldResolver(() => RecallScopeType, { description: '召回范围（监管人员与涉及的商家）' })
  scope(@Root() recall: TraceRecall, @Ctx() ctx: RequestContext) {
    return ctx.service(RecallsService).scope(ctx, recall);
  }

  @FieldResolver(() => RecallProgressType, { description: '进度（监管人员与涉及的商家）' })
  async progress(@Root() recall: TraceRecall, @Ctx() ctx: RequestContext) {
    await ctx.service(RecallsService).requireParty(ctx, recall);
    return ctx.service(RecallsService).progress(ctx, recall);
  }
}

@Resolver(() => RecallHolderType)
export class RecallHolderResolver {
  @FieldResolver(() => TraceBusinessType, { nullable: true, description: '持有商家（没有登记市场主体的为空）' })
  merchant(@Root() holder: TraceRecallHolder, @Ctx() ctx: RequestContext) {
    return businessOf(ctx, holder.merchantAccountId);
  }

  @FieldResolver(() => TraceBatchType)
  batch(@Root() holder: TraceRecallHolder, @Ctx() ctx: RequestContext) {
    return ctx.loader(batchById).load(holder.batchId);
  }

  @FieldResolver(() => TraceRecallType)
  recall(@Root() holder: TraceRecallHolder, @Ctx() ctx: RequestContext) {
    return ctx.loader(recallById).load(holder.recallId);
  }

  @FieldResolver(() => Int, { description: '经手的数量：生产商家为整批，其他商家为发给它的数量；下架数量不能超过它' })
  async quantityHeld(@Root() holder: TraceRecallHolder, @Ctx() ctx: RequestContext) {
    const [batch, shipped] = await Promise.all([
      ctx.loader(batchById).load(holder.batchId),
      ctx.loader(shippedToMerchant).load(`${holder.batchId}:${holder.merchantAccountId}`),
    ]);
    return heldBy(batch!, holder.merchantAccountId, shipped);
  }
}

@Resolver(() => RecallAffectedBatchType)
export class RecallAffectedBatchResolver {
  @FieldResolver(() => TraceBatchType)
  batch(@Root() link: TraceRecallBatch, @Ctx() ctx: RequestContext) {
    return ctx.loader(batchById).load(link.batchId);
  }
}

@Resolver(() => RecallShipmentType)
export class RecallShipmentResolver {
  @FieldResolver(() => TraceBusinessType, { nullable: true, description: '收货商家（没有登记市场主体的为空）' })
  to(@Root() shipment: RecallShipmentType, @Ctx() ctx: RequestContext) {
    return businessOf(ctx, shipment.toAccountId);
  }

  @FieldResolver(() => TraceBatchType)
  batch(@Root() shipment: RecallShipmentType, @Ctx() ctx: RequestContext) {
    return ctx.loader(batchById).load(shipment.batchId);
  }
}

@Resolver(() => ScannedTraceCodeType)
export class ScannedTraceCodeResolver {
  @Query(() => ScannedTraceCodePage, { description: '我扫过的码，每个码一行，最近扫的在前' })
  @SignedIn()
  myScans(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(ScanService).myScans(ctx, first, after);
  }

  @FieldResolver(() => TraceBatchType)
  batch(@Root() code: ScannedTraceCodeType, @Ctx() ctx: RequestContext) {
    return ctx.loader(batchById).load(code.batchId);
  }

  @FieldResolver(() => String, { description: '再次打开用的 GS1 Digital Link' })
  link(@Root() code: ScannedTraceCodeType, @Ctx() ctx: RequestContext) {
    return linkOf(ctx, code.batchId, code.serial);
  }

  @FieldResolver(() => Boolean, { description: '这个批次是否被召回过' })
  async recalled(@Root() code: ScannedTraceCodeType, @Ctx() ctx: RequestContext) {
    return (await ctx.loader(recallsByBatchId).load(code.batchId)).length > 0;
  }
}

@Resolver(() => TraceCodeType)
export class TraceCodeResolver {
  @FieldResolver(() => String, { description: 'GS1 Digital Link，印成二维码' })
  link(@Root() item: TraceItem, @Ctx() ctx: RequestContext) {
    return linkOf(ctx, item.batchId, item.serial);
  }
}

export const recallResolvers = [
  RecallResolver,
  RecallHolderResolver,
  RecallAffectedBatchResolver,
  RecallShipmentResolver,
  ScannedTraceCodeResolver,
  TraceCodeResolver,
] as const;
