/** The village credit grades, best first (信用宝's scorecard gives one; a loan product prices by it). */
export const CREDIT_GRADES = ['AAA', 'AA', 'A', 'B', 'C'] as const;

export type CreditGradeName = (typeof CREDIT_GRADES)[number];

/** Whether a grade is the minimum or better: a product with minimum grade B lends to AAA … B. */
export function gradeAtLeast(grade: CreditGradeName, minimum: CreditGradeName): boolean {
  return CREDIT_GRADES.indexOf(grade) <= CREDIT_GRADES.indexOf(minimum);
}
