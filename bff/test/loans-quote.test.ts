import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from './helpers';

const QUOTE = `query($input: LoanQuoteInput!) {
  loanQuote(input: $input) {
    __typename
    ... on LoanQuote { totalInterestFen totalFen installments { number principalFen interestFen totalFen balanceAfterFen } }
    ... on ErrorResult { errorCode message field }
  }
}`;

const EXAMPLE = { amountFen: 10_000_000, annualRatePercent: '4.35', months: 12, method: 'EQUAL_INSTALLMENTS' };

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

describe('loanQuote, the public calculator', () => {
  it('answers the issue’s example to a stranger: 8,530.99 a month, the 12th 8,531.01, interest 2,371.90', async () => {
    const { data, errors } = await app.gql(QUOTE, { input: EXAMPLE });
    expect(errors).toBeUndefined();
    const quote = data!.loanQuote;
    expect(quote.__typename).toBe('LoanQuote');
    expect(quote.totalInterestFen).toBe(237_190);
    expect(quote.totalFen).toBe(10_237_190);
    expect(quote.installments).toHaveLength(12);
    expect(quote.installments[0]).toEqual({
      number: 1,
      principalFen: 816_849,
      interestFen: 36_250,
      totalFen: 853_099,
      balanceAfterFen: 9_183_151,
    });
    expect(quote.installments[11]).toEqual({
      number: 12,
      principalFen: 850_020,
      interestFen: 3_081,
      totalFen: 853_101,
      balanceAfterFen: 0,
    });
  });

  it('takes every method and interest-only months at the start', async () => {
    const interestOnly = await app.gql(QUOTE, { input: { ...EXAMPLE, method: 'INTEREST_ONLY' } });
    expect(interestOnly.data!.loanQuote.totalInterestFen).toBe(435_000);
    const evenPrincipal = await app.gql(QUOTE, { input: { ...EXAMPLE, method: 'EQUAL_PRINCIPAL' } });
    expect(evenPrincipal.data!.loanQuote.installments[0]).toMatchObject({ principalFen: 833_333, interestFen: 36_250 });
    const withGrace = await app.gql(QUOTE, { input: { ...EXAMPLE, principalGraceMonths: 3 } });
    expect(withGrace.data!.loanQuote.installments.slice(0, 4).map((i: { totalFen: number }) => i.totalFen)).toEqual([
      36_250, 36_250, 36_250, 1_131_347,
    ]);
    const nullGrace = await app.gql(QUOTE, { input: { ...EXAMPLE, principalGraceMonths: null } });
    expect(nullGrace.data!.loanQuote.totalInterestFen).toBe(237_190);
  });

  it('answers the longest and dearest loan it takes whole, every figure within Int', async () => {
    const { data, errors } = await app.gql(QUOTE, {
      input: { amountFen: 100_000_000, annualRatePercent: '24', months: 360, method: 'INTEREST_ONLY' },
    });
    expect(errors).toBeUndefined();
    expect(data!.loanQuote.installments).toHaveLength(360);
    expect(data!.loanQuote.totalFen).toBe(100_000_000 + 360 * 2_000_000);
  });

  it.each([
    [{ amountFen: 0 }, 'LOAN_AMOUNT_OUT_OF_RANGE', 'amountFen'],
    [{ amountFen: -100 }, 'LOAN_AMOUNT_OUT_OF_RANGE', 'amountFen'],
    [{ amountFen: 100_000_001 }, 'LOAN_AMOUNT_OUT_OF_RANGE', 'amountFen'],
    [{ annualRatePercent: 'abc' }, 'LOAN_RATE_INVALID', 'annualRatePercent'],
    [{ annualRatePercent: '-4.35' }, 'LOAN_RATE_INVALID', 'annualRatePercent'],
    [{ annualRatePercent: '4.35%' }, 'LOAN_RATE_INVALID', 'annualRatePercent'],
    [{ annualRatePercent: '4.123456' }, 'LOAN_RATE_INVALID', 'annualRatePercent'],
    [{ annualRatePercent: '' }, 'LOAN_RATE_INVALID', 'annualRatePercent'],
    [{ annualRatePercent: '24.0001' }, 'LOAN_RATE_TOO_HIGH', 'annualRatePercent'],
    [{ months: 0 }, 'LOAN_TERM_OUT_OF_RANGE', 'months'],
    [{ months: 361 }, 'LOAN_TERM_OUT_OF_RANGE', 'months'],
    [{ principalGraceMonths: 12 }, 'LOAN_GRACE_INVALID', 'principalGraceMonths'],
    [{ principalGraceMonths: -1 }, 'LOAN_GRACE_INVALID', 'principalGraceMonths'],
  ])('answers %j with %s on %s, as an ErrorResult', async (change, code, field) => {
    const { data, errors } = await app.gql(QUOTE, { input: { ...EXAMPLE, ...change } });
    expect(errors).toBeUndefined();
    expect(data!.loanQuote).toMatchObject({ __typename: 'LoansError', errorCode: code, field });
    expect(data!.loanQuote.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses a rate string longer than any decimal before it reaches the calculator', async () => {
    const response = await app.gql(QUOTE, { input: { ...EXAMPLE, annualRatePercent: '4'.repeat(17) } });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });
});
