import { In, Like, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../core/context';
import { decodeCursor, toPage, type Paged } from '../../core/paging';
import { Role } from '../../core/roles';
import { isUniqueViolation } from '../../stores/sql-errors';
import { Merchant, MerchantAgent } from './complaints.entity';
import { complaintRefusal } from './complaints.errors';
import type { RegisterMerchantInput, SetMerchantOdrInput } from './complaints.inputs';
import { checkCreditCode } from '@gongfu/shared-types/domain/credit-code';

/** Registered businesses and the accounts that act for them. */
export class MerchantsService {
  async find(m: EntityManager, id: number): Promise<Merchant> {
    const merchant = await m.findOneBy(Merchant, { id });
    if (!merchant) throw complaintRefusal('MERCHANT_NOT_FOUND', undefined, 'merchantId');
    return merchant;
  }

  /** A merchant account registers its business (checked by its GB 32100 check character) and acts for it. */
  async register(ctx: RequestContext, input: RegisterMerchantInput): Promise<Merchant> {
    const caller = ctx.requireRole(Role.MERCHANT);
    const checked = checkCreditCode(input.creditCode);
    if (!checked.ok) throw complaintRefusal(checked.errorCode, checked.message, 'creditCode');
    try {
      return await ctx.transaction('market', async (m) => {
        const merchant = m.create(Merchant, { ...input, creditCode: checked.code, createdAt: ctx.now() });
        await m.insert(Merchant, merchant);
        await m.insert(MerchantAgent, { merchantId: merchant.id, accountId: caller.accountId });
        return merchant;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw complaintRefusal('CREDIT_CODE_TAKEN', undefined, 'creditCode');
      throw error;
    }
  }

  async setOdr(ctx: RequestContext, input: SetMerchantOdrInput): Promise<Merchant> {
    const caller = ctx.requireRole(Role.MERCHANT);
    return ctx.transaction('market', async (m) => {
      const merchant = await this.find(m, input.merchantId);
      if (!(await m.existsBy(MerchantAgent, { merchantId: merchant.id, accountId: caller.accountId })))
        throw complaintRefusal('NOT_MERCHANT_AGENT');
      await m.update(Merchant, { id: merchant.id }, { odr: input.odr });
      return Object.assign(merchant, { odr: input.odr });
    });
  }

  async mine(ctx: RequestContext): Promise<Merchant[]> {
    const caller = ctx.requireRole(Role.MERCHANT);
    const agents = await ctx.manager('market').findBy(MerchantAgent, { accountId: caller.accountId });
    if (agents.length === 0) return [];
    return ctx.manager('market').find(Merchant, { where: { id: In(agents.map((a) => a.merchantId)) }, order: { id: 'ASC' } });
  }

  /** By exact credit code when the query is one, else by a part of the name. */
  async search(ctx: RequestContext, query: string, first: number, after?: string | null): Promise<Paged<Merchant>> {
    ctx.requireCaller();
    const text = query.trim();
    const code = checkCreditCode(text);
    const cursor = decodeCursor(after);
    const builder = ctx
      .manager('market')
      .createQueryBuilder(Merchant, 'm')
      .orderBy('m.id', 'ASC')
      .take(first + 1);
    if (code.ok) builder.where('m.credit_code = :code', { code: code.code });
    else builder.where({ name: Like(`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) });
    if (cursor !== null) builder.andWhere('m.id > :cursor', { cursor });
    return toPage(await builder.getMany(), first);
  }

  /** The business an account acts for (the first, if several): who made a scanned product. */
  async ofAccount(ctx: RequestContext, accountId: number): Promise<Merchant | null> {
    const agent = await ctx.manager('market').findOne(MerchantAgent, { where: { accountId }, order: { merchantId: 'ASC' } });
    return agent ? ctx.manager('market').findOneBy(Merchant, { id: agent.merchantId }) : null;
  }
}
