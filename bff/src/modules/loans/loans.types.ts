import { CREDIT_GRADES, type CreditGradeName } from '@gongfu/shared-types/domain/credit-grades';
import { REPAYMENT_METHOD_LABELS, REPAYMENT_METHODS, type RepaymentMethodName } from '@gongfu/shared-types/domain/loans';
import { registerEnumType } from 'type-graphql';

/** 等额本息 · 等额本金 · 先息后本, as GraphQL's RepaymentMethod (its values are the names themselves). */
export const RepaymentMethod = Object.fromEntries(REPAYMENT_METHODS.map((m) => [m, m])) as { [M in RepaymentMethodName]: M };
registerEnumType(RepaymentMethod, {
  name: 'RepaymentMethod',
  description: '还款方式',
  valuesConfig: Object.fromEntries(REPAYMENT_METHODS.map((m) => [m, { description: REPAYMENT_METHOD_LABELS[m] }])),
});

/** The village credit grades, best first; a product prices by them. */
export const CreditGrade = Object.fromEntries(CREDIT_GRADES.map((g) => [g, g])) as { [G in CreditGradeName]: G };
registerEnumType(CreditGrade, { name: 'CreditGrade', description: '信用等级，AAA 最好，C 最低' });
