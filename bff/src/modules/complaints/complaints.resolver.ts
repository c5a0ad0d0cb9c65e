import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Length } from 'class-validator';
import type { RequestContext } from '../../core/context';
import { Allow, SignedIn } from '../../core/guards';
import { PageArgs } from '../../core/paging';
import { Role } from '../../core/roles';
import { ID } from '../../core/scalars';
import { accountById } from '../identity/identity.loaders';
import { maskName, maskPhone } from '@gongfu/shared-types/domain/phone';
import { producerAccountIdByCode } from '../trace/trace.loaders';
import { deadlineOf, pausedDaysLeft } from './clock';
import type { Complaint, ComplaintAudit, ComplaintMessage, ComplaintParty, Merchant } from './complaints.entity';
import {
  AcceptComplaintInput,
  DeclineComplaintInput,
  FileComplaintInput,
  PostComplaintMessageInput,
  ProposeSettlementInput,
  RateComplaintInput,
  RecordMediationInput,
  RegisterMerchantInput,
  RequestMediationInput,
  RespondToSettlementInput,
  SetMerchantOdrInput,
  WithdrawComplaintInput,
} from './complaints.inputs';
import {
  agentsByMerchantId,
  auditByComplaintId,
  complaintById,
  filesByComplaintId,
  merchantById,
  messagesByComplaintId,
  pausesByComplaintId,
  settlementsByComplaintId,
} from './complaints.loaders';
import { MerchantsService } from './merchants.service';
import { partyOf } from './parties';
import { ComplaintQueues } from './queues.service';
import { ComplaintStats } from './stats.service';
import { ComplaintWorkflow } from './workflow.service';
import { WorkingCalendar } from './working-days';
import {
  ComplaintAuditType,
  ComplaintDeadlineType,
  ComplaintMessageResult,
  ComplaintResult,
  ComplaintSettlementResult,
  MerchantResult,
  ComplaintMessageType,
  ComplaintPage,
  ComplaintPartyEnum,
  ComplaintPersonType,
  ComplaintSettlementType,
  ComplaintStatsType,
  ComplaintType,
  MerchantPage,
  MerchantType,
} from './complaints.types';

@ArgsType()
class SearchMerchantsArgs extends PageArgs {
  @Field(() => String, { description: '商家名称的一部分，或 18 位统一社会信用代码' })
  @Length(1, 80, { message: '请输入商家名称或统一社会信用代码' })
  query!: string;
}

@ArgsType()
class InboxArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: true, description: '只看没办结的' })
  openOnly!: boolean;
}

/** A person as the caller may see them: merchants get the consumer masked. */
async function personFor(ctx: RequestContext, complaint: Complaint, accountId: number): Promise<ComplaintPersonType> {
  const account = await ctx.loader(accountById).load(accountId);
  const masked = (await partyOf(ctx, complaint)) === 'MERCHANT';
  const name = account?.displayName ?? '用户';
  return Object.assign(new ComplaintPersonType(), {
    displayName: masked ? maskName(name) : name,
    phone: account?.phone ? (masked ? maskPhone(account.phone) : account.phone) : null,
  });
}

@Resolver(() => MerchantType)
export class MerchantResolver {
  @Query(() => MerchantPage, { description: '按名称或统一社会信用代码找商家' })
  @SignedIn()
  searchMerchants(@Args(() => SearchMerchantsArgs) { query, first, after }: SearchMerchantsArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(MerchantsService).search(ctx, query, first, after);
  }

  @Query(() => MerchantType, { nullable: true, description: '扫码投诉：生产这个商品的商家（未登记时为空）' })
  @SignedIn()
  async merchantForTraceCode(@Arg('code', () => String) code: string, @Ctx() ctx: RequestContext) {
    const producer = await ctx.loader(producerAccountIdByCode).load(code);
    return producer === null ? null : ctx.service(MerchantsService).ofAccount(ctx, producer);
  }

  @Query(() => [MerchantType], { description: '我经办的商家' })
  @Allow(Role.MERCHANT)
  myMerchants(@Ctx() ctx: RequestContext) {
    return ctx.service(MerchantsService).mine(ctx);
  }

  @Mutation(() => MerchantResult, { description: '登记商家（校验统一社会信用代码）' })
  @Allow(Role.MERCHANT)
  registerMerchant(@Arg('input', () => RegisterMerchantInput) input: RegisterMerchantInput, @Ctx() ctx: RequestContext) {
    return ctx.service(MerchantsService).register(ctx, input);
  }

  @FieldResolver(() => ID, { nullable: true, description: '经办人的账号：商家发货时用它指明收货商家；只对商家和监管人员可见' })
  async accountId(@Root() merchant: Merchant, @Ctx() ctx: RequestContext): Promise<number | null> {
    if (!ctx.caller || !(ctx.hasRole(Role.MERCHANT) || ctx.hasRole(Role.REGULATOR))) return null;
    const [first] = await ctx.loader(agentsByMerchantId).load(merchant.id);
    return first ?? null;
  }

  @Mutation(() => MerchantResult, { description: '加入或退出在线消费纠纷解决（ODR）' })
  @Allow(Role.MERCHANT)
  setMerchantOdr(@Arg('input', () => SetMerchantOdrInput) input: SetMerchantOdrInput, @Ctx() ctx: RequestContext) {
    return ctx.service(MerchantsService).setOdr(ctx, input);
  }
}

@Resolver(() => ComplaintType)
export class ComplaintResolver {
  @Query(() => ComplaintPage, { description: '我提交的投诉，新的在前' })
  @SignedIn()
  myComplaints(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(ComplaintQueues).mine(ctx, first, after);
  }

  @Query(() => ComplaintPage, { description: '商家的投诉，期限最近的在前' })
  @Allow(Role.MERCHANT)
  merchantComplaintInbox(@Args(() => InboxArgs) { openOnly, first, after }: InboxArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(ComplaintQueues).inbox(ctx, openOnly, first, after);
  }

  @Query(() => ComplaintType, { description: '投诉详情（双方和监管人员）' })
  @SignedIn()
  complaint(@Arg('id', () => ID) id: number, @Ctx() ctx: RequestContext) {
    return ctx.service(ComplaintQueues).get(ctx, id);
  }

  @Query(() => ComplaintPage, { description: '待受理的投诉，期限最近的在前' })
  @Allow(Role.REGULATOR)
  complaintAcceptanceQueue(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(ComplaintQueues).queue(ctx, 'SUBMITTED', first, after);
  }

  @Query(() => ComplaintPage, { description: '调解中的投诉，期限最近的在前' })
  @Allow(Role.REGULATOR)
  complaintMediationQueue(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(ComplaintQueues).queue(ctx, 'MEDIATING', first, after);
  }

  @Query(() => ComplaintPage, { description: '已超期的投诉' })
  @Allow(Role.REGULATOR)
  overdueComplaints(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.service(ComplaintQueues).overdue(ctx, first, after);
  }

  @Query(() => ComplaintStatsType, { description: '本月和上月：办结件数，从投诉到办结的工作日中位数' })
  @Allow(Role.REGULATOR)
  complaintStats(@Ctx() ctx: RequestContext) {
    return ctx.service(ComplaintStats).stats(ctx);
  }

  @Mutation(() => ComplaintResult, { description: '消费者投诉商家' })
  @SignedIn()
  fileComplaint(@Arg('input', () => FileComplaintInput) input: FileComplaintInput, @Ctx() ctx: RequestContext) {
    return ctx.service(ComplaintWorkflow).file(ctx, input);
  }

  @Mutation(() => ComplaintResult, { description: '受理投诉，转商家协商（监管人员）' })
  @Allow(Role.REGULATOR)
  acceptComplaint(@Arg('input', () => AcceptComplaintInput) input: AcceptComplaintInput, @Ctx() ctx: RequestContext) {
    return ctx.service(ComplaintWorkflow).accept(ctx, input);
  }

  @Mutation(() => ComplaintResult, { description: '不予受理（监管人员）' })
  @Allow(Role.REGULATOR)
  declineComplaint(@Arg('input', () => DeclineComplaintInput) input: DeclineComplaintInput, @Ctx() ctx: RequestContext) {
    return ctx.service(ComplaintWorkflow).decline(ctx, input);
  }

  @Mutation(() => ComplaintMessageResult, { description: '在协商记录里留言' })
  @SignedIn()
  postComplaintMessage(@Arg('input', () => PostComplaintMessageInput) input: PostComplaintMessageInput, @Ctx() ctx: RequestContext) {
    return ctx.service(ComplaintWorkflow).postMessage(ctx, input);
  }

  @Mutation(() => ComplaintSettlementResult, { description: '商家提出和解方案' })
  @Allow(Role.MERCHANT)
  proposeSettlement(@Arg('input', () => ProposeSettlementInput) input: ProposeSettlementInput, @Ctx() ctx: RequestContext) {
    return ctx.service(ComplaintWorkflow).propose(ctx, input);
  }

  @Mutation(() => ComplaintResult, { description: '消费者接受或拒绝和解方案' })
  @SignedIn()
  respondToSettlement(@Arg('input', () => RespondToSettlementInput) input: RespondToSettlementInput, @Ctx() ctx: RequestContext) {
    return ctx.service(ComplaintWorkflow).respond(ctx, input);
  }

  @Mutation(() => ComplaintResult, { description: '请市场监管部门调解' })
  @SignedIn()
  requestMediation(@Arg('input', () => RequestMediationInput) input: RequestMediationInput, @Ctx() ctx: RequestContext) {
    return ctx.service(ComplaintWorkflow).requestMediation(ctx, input);
  }

  @Mutation(() => ComplaintResult, { description: '登记调解结果（监管人员）' })
  @Allow(Role.REGULATOR)
  recordMediation(@Arg('input', () => RecordMediationInput) input: RecordMediationInput, @Ctx() ctx: RequestContext) {
    return ctx.service(ComplaintWorkflow).recordMediation(ctx, input);
  }

  @Mutation(() => ComplaintResult, { description: '消费者评价处理结果' })
  @SignedIn()
  rateComplaintOutcome(@Arg('input', () => RateComplaintInput) input: RateComplaintInput, @Ctx() ctx: RequestContext) {
    return ctx.service(ComplaintWorkflow).rate(ctx, input);
  }

  @Mutation(() => ComplaintResult, { description: '消费者撤回投诉' })
  @SignedIn()
  withdrawComplaint(@Arg('input', () => WithdrawComplaintInput) input: WithdrawComplaintInput, @Ctx() ctx: RequestContext) {
    return ctx.service(ComplaintWorkflow).withdraw(ctx, input);
  }

  @FieldResolver(() => MerchantType)
  merchant(@Root() complaint: Complaint, @Ctx() ctx: RequestContext) {
    return ctx.loader(merchantById).load(complaint.merchantId);
  }

  @FieldResolver(() => ComplaintPersonType, { description: '投诉人；商家看到的是打码后的' })
  consumer(@Root() complaint: Complaint, @Ctx() ctx: RequestContext) {
    return personFor(ctx, complaint, complaint.consumerId);
  }

  @FieldResolver(() => ComplaintDeadlineType)
  async deadline(@Root() complaint: Complaint, @Ctx() ctx: RequestContext): Promise<ComplaintDeadlineType> {
    const calendar = ctx.service(WorkingCalendar);
    const deadline = deadlineOf(complaint, calendar, ctx.now());
    if (deadline.paused)
      deadline.workingDaysLeft = pausedDaysLeft(complaint, await ctx.loader(pausesByComplaintId).load(complaint.id), calendar);
    return Object.assign(new ComplaintDeadlineType(), deadline);
  }

  @FieldResolver(() => [String], { description: '投诉时附的证据照片' })
  async evidence(@Root() complaint: Complaint, @Ctx() ctx: RequestContext) {
    const files = await ctx.loader(filesByComplaintId).load(complaint.id);
    return files.filter((f) => f.messageId === null).map((f) => f.fileKey);
  }

  @FieldResolver(() => [ComplaintMessageType])
  messages(@Root() complaint: Complaint, @Ctx() ctx: RequestContext) {
    return ctx.loader(messagesByComplaintId).load(complaint.id);
  }

  @FieldResolver(() => [ComplaintSettlementType], { description: '和解方案，新的在前' })
  settlements(@Root() complaint: Complaint, @Ctx() ctx: RequestContext) {
    return ctx.loader(settlementsByComplaintId).load(complaint.id);
  }

  @FieldResolver(() => [ComplaintAuditType], { description: '每一次变化，双方都能看' })
  audit(@Root() complaint: Complaint, @Ctx() ctx: RequestContext) {
    return ctx.loader(auditByComplaintId).load(complaint.id);
  }

  @FieldResolver(() => ComplaintPartyEnum, { nullable: true, description: '我在这件投诉里的身份' })
  myParty(@Root() complaint: Complaint, @Ctx() ctx: RequestContext): Promise<ComplaintParty | null> {
    return partyOf(ctx, complaint);
  }
}

/** Who wrote or acted, as the caller may see it: the business for a merchant, the department for a regulator. */
async function actorName(ctx: RequestContext, complaintId: number, party: ComplaintParty, accountId: number | null): Promise<string> {
  if (party === 'SYSTEM' || accountId === null) return '系统';
  if (party === 'REGULATOR') return '市场监管部门';
  const complaint = (await ctx.loader(complaintById).load(complaintId))!;
  if (party === 'MERCHANT') return (await ctx.loader(merchantById).load(complaint.merchantId))?.name ?? '商家';
  return (await personFor(ctx, complaint, accountId)).displayName;
}

@Resolver(() => ComplaintMessageType)
export class ComplaintMessageResolver {
  @FieldResolver(() => String)
  authorName(@Root() message: ComplaintMessage, @Ctx() ctx: RequestContext) {
    return actorName(ctx, message.complaintId, message.party, message.authorId);
  }

  @FieldResolver(() => [String], { description: '照片（文件 key）' })
  async attachments(@Root() message: ComplaintMessage, @Ctx() ctx: RequestContext) {
    const files = await ctx.loader(filesByComplaintId).load(message.complaintId);
    return files.filter((f) => f.messageId === message.id).map((f) => f.fileKey);
  }
}

@Resolver(() => ComplaintAuditType)
export class ComplaintAuditResolver {
  @FieldResolver(() => String, { nullable: true })
  actorName(@Root() entry: ComplaintAudit, @Ctx() ctx: RequestContext) {
    return actorName(ctx, entry.complaintId, entry.party, entry.actorId);
  }
}

export const complaintResolvers = [MerchantResolver, ComplaintResolver, ComplaintMessageResolver, ComplaintAuditResolver] as const;
