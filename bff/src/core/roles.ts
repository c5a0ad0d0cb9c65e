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

export const ROLE_LABELS: Record<Role, string> = {
  VILLAGER: '村民',
  CONSUMER: '消费者',
  MERCHANT: '商家',
  VILLAGE_ADMIN: '村干部',
  REGULATOR: '监管人员',
  BANK: '银行',
};

registerEnumType(Role, {
  name: 'Role',
  description: '账号角色',
  valuesConfig: Object.fromEntries(ALL_ROLES.map((role) => [role, { description: ROLE_LABELS[role] }])),
});
