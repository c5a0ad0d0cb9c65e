import { ROLE_LABELS as SHARED_ROLE_LABELS } from '@gongfu/shared-types/domain/roles';
import { registerEnumType } from 'type-graphql';

/** What an account may do; one account can hold several (a villager who also runs a shop). */
export enum Role {
  VILLAGER = 'VILLAGER', // 村民
  CONSUMER = 'CONSUMER', // 消费者
  MERCHANT = 'MERCHANT', // 商家
  VILLAGE_ADMIN = 'VILLAGE_ADMIN', // 村干部
  REGULATOR = 'REGULATOR', // 监管
  BANK = 'BANK', // 银行
}

export const ALL_ROLES = Object.values(Role);

export const ROLE_LABELS: Record<Role, string> = SHARED_ROLE_LABELS;

registerEnumType(Role, {
  name: 'Role',
  description: '账号角色',
  valuesConfig: Object.fromEntries(ALL_ROLES.map((role) => [role, { description: ROLE_LABELS[role] }])),
});
