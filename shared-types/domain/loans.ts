/** How a loan is paid back, in the words a bank's contract uses. */
export const REPAYMENT_METHODS = ['EQUAL_INSTALLMENTS', 'EQUAL_PRINCIPAL', 'INTEREST_ONLY'] as const;

export type RepaymentMethodName = (typeof REPAYMENT_METHODS)[number];

export const REPAYMENT_METHOD_LABELS: Record<RepaymentMethodName, string> = {
  EQUAL_INSTALLMENTS: '等额本息',
  EQUAL_PRINCIPAL: '等额本金',
  INTEREST_ONLY: '先息后本',
};
