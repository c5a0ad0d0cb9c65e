/**
 * Instalments fall due monthly on the day of the month the loan was disbursed, each counted
 * from the disbursement (not from the previous due date), so a month too short for that day
 * takes its last day and the next month gets the day back: 31 Jan → 28 Feb → 31 Mar.
 */
export function dueDate(disbursedOn: string, number: number): string {
  const [year, month, day] = disbursedOn.split('-').map(Number);
  const monthIndex = month - 1 + number;
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, monthIndex, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** The due dates of instalments 1 … months. */
export function dueDates(disbursedOn: string, months: number): string[] {
  return Array.from({ length: months }, (_, i) => dueDate(disbursedOn, i + 1));
}
