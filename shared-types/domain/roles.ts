/** What an account may do; one account can hold several (a villager who also runs a shop). */
export const ROLES = ['VILLAGER', 'CONSUMER', 'MERCHANT', 'VILLAGE_ADMIN', 'REGULATOR', 'BANK'] as const;

export type RoleName = (typeof ROLES)[number];

/** What each role is called in front of a person. */
export const ROLE_LABELS: Record<RoleName, string> = {
  VILLAGER: '村民',
  CONSUMER: '消费者',
  MERCHANT: '商家',
  VILLAGE_ADMIN: '村干部',
  REGULATOR: '监管人员',
  BANK: '银行',
};
