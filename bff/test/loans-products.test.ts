import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/core/roles';
import { inTransaction } from '../src/core/transaction';
import { LoanBank, LoanBankStaff } from '../src/modules/loans/banks/banks.entity';
import { DEMO_LOANS, seedLoansDemo } from '../src/modules/loans/loans.demo';
import { LoanProduct, LoanProductRate } from '../src/modules/loans/products/products.entity';
import { errorCode, refusal, startTestApp, type TestApp } from './helpers';
import { newPerson } from './workpoints-helpers';

const PRODUCT_FIELDS = `id name minAmountFen maxAmountFen termsMonths methods maxGraceMonths minGrade exposureCapFen active version
  bank { name } rates { grade annualRatePercent }`;

const PRODUCTS = `{ loanProducts { ${PRODUCT_FIELDS} } }`;
const BANK_PRODUCTS = `{ bankLoanProducts { ${PRODUCT_FIELDS} } }`;
const SAVE = `mutation($input: SaveLoanProductInput!) {
  saveLoanProduct(input: $input) { __typename ... on LoanProduct { ${PRODUCT_FIELDS} } ... on ErrorResult { errorCode message field } }
}`;

/** A product a bank might add: ¥5,000–50,000 over 6 or 12 months, to grades A and up. */
const NEW_PRODUCT = {
  name: '惠农快贷',
  minAmountFen: 500_000,
  maxAmountFen: 5_000_000,
  termsMonths: [12, 6],
  methods: ['INTEREST_ONLY', 'EQUAL_INSTALLMENTS'],
  maxGraceMonths: 3,
  minGrade: 'A',
  rates: [
    { grade: 'A', annualRatePercent: '5.2' },
    { grade: 'AAA', annualRatePercent: '4.1' },
    { grade: 'AA', annualRatePercent: '4.6' },
  ],
  exposureCapFen: 5_000_000,
  active: true,
};

let app: TestApp;
let banker: string;
let villager: string;

/** A second bank with one staff account, signed in. */
async function otherBank(name: string): Promise<{ token: string; bankId: number }> {
  const person = await newPerson(app, [Role.BANK]);
  const bankId = await inTransaction(app.core.stores.get('credit'), async (m) => {
    const bank = m.create(LoanBank, { name, createdAt: new Date() });
    await m.insert(LoanBank, bank);
    await m.insert(LoanBankStaff, { accountId: person.id, bankId: bank.id, createdAt: new Date() });
    return bank.id;
  });
  return { token: person.token, bankId };
}

async function save(input: Record<string, unknown>, token = banker) {
  return app.gql(SAVE, { input }, token);
}

async function created(input: Record<string, unknown>, token = banker) {
  const response = await save(input, token);
  expect(response.data?.saveLoanProduct?.__typename, JSON.stringify(response)).toBe('LoanProduct');
  return response.data!.saveLoanProduct;
}

beforeAll(async () => {
  app = await startTestApp();
  banker = await app.loginAs('demo-bank');
  villager = await app.loginAs('demo-villager');
});
afterAll(() => app?.close());

describe('loan products on sale', () => {
  it('show the demo bank’s 美德贷 to anyone signed in, its rates best grade first', async () => {
    const { data, errors } = await app.gql(PRODUCTS, {}, villager);
    expect(errors).toBeUndefined();
    const product = data!.loanProducts.find((p: { name: string }) => p.name === '美德贷');
    expect(product).toMatchObject({
      bank: { name: '戴村农商银行' },
      minAmountFen: 1_000_000,
      maxAmountFen: 30_000_000,
      termsMonths: [12, 24, 36],
      methods: ['EQUAL_INSTALLMENTS', 'EQUAL_PRINCIPAL', 'INTEREST_ONLY'],
      minGrade: 'B',
      exposureCapFen: 30_000_000,
      active: true,
    });
    expect(product.rates).toEqual([
      { grade: 'AAA', annualRatePercent: '3.85' },
      { grade: 'AA', annualRatePercent: '4.35' },
      { grade: 'A', annualRatePercent: '4.90' },
      { grade: 'B', annualRatePercent: '5.60' },
    ]);
  });

  it('are not shown to a stranger', async () => {
    expect(errorCode(await app.gql(PRODUCTS))).toBe('UNAUTHENTICATED');
  });

  it('seed once however often the demo data is written', async () => {
    await seedLoansDemo(app.systemContext('test:seed'));
    const credit = app.core.stores.get('credit').manager;
    const [bank] = await credit.findBy(LoanBank, { name: DEMO_LOANS.bank });
    expect(await credit.countBy(LoanBank, { name: DEMO_LOANS.bank })).toBe(1);
    expect(await credit.countBy(LoanBankStaff, { bankId: bank.id })).toBe(1);
    expect(await credit.countBy(LoanProduct, { bankId: bank.id, name: '美德贷' })).toBe(1);
  });
});

describe('a bank’s staff keep its products', () => {
  it('add one, in order, and see it among the bank’s own and on sale', async () => {
    const product = await created(NEW_PRODUCT);
    expect(product).toMatchObject({
      name: '惠农快贷',
      termsMonths: [6, 12],
      methods: ['EQUAL_INSTALLMENTS', 'INTEREST_ONLY'],
      version: 1,
      bank: { name: '戴村农商银行' },
    });
    expect(product.rates.map((r: { grade: string }) => r.grade)).toEqual(['AAA', 'AA', 'A']);
    const own = await app.gql(BANK_PRODUCTS, {}, banker);
    expect(own.data!.bankLoanProducts.map((p: { name: string }) => p.name)).toContain('惠农快贷');
    const onSale = await app.gql(PRODUCTS, {}, villager);
    expect(onSale.data!.loanProducts.map((p: { name: string }) => p.name)).toContain('惠农快贷');
  });

  it('edit one from the version read: rates replaced, the version counted, off sale when stopped', async () => {
    const product = await created({ ...NEW_PRODUCT, name: '春耕贷' });
    const edited = await save({
      ...NEW_PRODUCT,
      id: product.id,
      version: product.version,
      name: '春耕贷',
      minGrade: 'AA',
      rates: [
        { grade: 'AAA', annualRatePercent: '3.9' },
        { grade: 'AA', annualRatePercent: '3.9' },
      ],
      active: false,
    });
    expect(edited.data!.saveLoanProduct).toMatchObject({ version: 2, minGrade: 'AA', active: false });
    expect(edited.data!.saveLoanProduct.rates).toEqual([
      { grade: 'AAA', annualRatePercent: '3.90' },
      { grade: 'AA', annualRatePercent: '3.90' },
    ]);
    expect(await app.core.stores.get('credit').manager.countBy(LoanProductRate, { productId: Number(product.id) })).toBe(2);
    const onSale = await app.gql(PRODUCTS, {}, villager);
    expect(onSale.data!.loanProducts.map((p: { name: string }) => p.name)).not.toContain('春耕贷');
    const own = await app.gql(BANK_PRODUCTS, {}, banker);
    expect(own.data!.bankLoanProducts.map((p: { name: string }) => p.name)).toContain('春耕贷');
  });

  it.each([
    [{ minAmountFen: 6_000_000, exposureCapFen: 9_000_000 }, 'LOAN_PRODUCT_AMOUNTS_INVALID', 'minAmountFen'],
    [{ maxAmountFen: 6_000_000 }, 'LOAN_PRODUCT_OVER_EXPOSURE_CAP', 'maxAmountFen'],
    [{ maxGraceMonths: 6 }, 'LOAN_GRACE_INVALID', 'maxGraceMonths'],
    [
      {
        rates: [
          { grade: 'AAA', annualRatePercent: '4.1' },
          { grade: 'AA', annualRatePercent: '4.6' },
        ],
      },
      'LOAN_PRODUCT_RATE_MISSING',
      'rates',
    ],
    [{ rates: [...NEW_PRODUCT.rates, { grade: 'B', annualRatePercent: '6' }] }, 'LOAN_PRODUCT_RATE_BELOW_MIN_GRADE', 'rates'],
    [{ rates: [...NEW_PRODUCT.rates, { grade: 'AA', annualRatePercent: '4.7' }] }, 'LOAN_PRODUCT_GRADE_REPEATED', 'rates'],
    [
      {
        rates: [
          { grade: 'AAA', annualRatePercent: '4.7' },
          { grade: 'AA', annualRatePercent: '4.6' },
          { grade: 'A', annualRatePercent: '5.2' },
        ],
      },
      'LOAN_PRODUCT_RATES_OUT_OF_ORDER',
      'rates',
    ],
    [{ rates: [{ grade: 'AAA', annualRatePercent: '四点一' }, ...NEW_PRODUCT.rates.slice(1)] }, 'LOAN_RATE_INVALID', 'rates'],
    [{ rates: [{ grade: 'AAA', annualRatePercent: '36' }, ...NEW_PRODUCT.rates.slice(1)] }, 'LOAN_RATE_TOO_HIGH', 'rates'],
    [{ name: '美德贷' }, 'LOAN_PRODUCT_NAME_TAKEN', 'name'],
  ])('refuse %j with %s on %s, adding nothing', async (change, code, field) => {
    const before = await app.core.stores.get('credit').manager.count(LoanProduct);
    const { data, errors } = await save({ ...NEW_PRODUCT, name: '秋收贷', ...change });
    expect(errors).toBeUndefined();
    expect(data!.saveLoanProduct).toMatchObject({ __typename: 'LoansError', errorCode: code, field });
    expect(await app.core.stores.get('credit').manager.count(LoanProduct)).toBe(before);
  });

  it('refuse terms, amounts and names outside their bounds as bad input', async () => {
    for (const change of [
      { termsMonths: [] },
      { termsMonths: [12, 12] },
      { termsMonths: [361] },
      { minAmountFen: 0 },
      { name: '贷' },
      { methods: [] },
    ]) {
      expect(refusal(await save({ ...NEW_PRODUCT, ...change })), JSON.stringify(change)).toBe('thrown:BAD_USER_INPUT');
    }
  });

  it('refuse an edit without the version read, or from an older one', async () => {
    const product = await created({ ...NEW_PRODUCT, name: '养殖贷' });
    const noVersion = await save({ ...NEW_PRODUCT, id: product.id, name: '养殖贷' });
    expect(noVersion.data!.saveLoanProduct).toMatchObject({ errorCode: 'BAD_USER_INPUT', field: 'version' });
    expect(refusal(await save({ ...NEW_PRODUCT, id: product.id, version: 1, name: '养殖贷', maxAmountFen: 4_000_000 }))).toBeUndefined();
    const stale = await save({ ...NEW_PRODUCT, id: product.id, version: 1, name: '养殖贷' });
    expect(refusal(stale)).toBe('LOAN_PRODUCT_CHANGED');
    const [row] = await app.core.stores.get('credit').manager.findBy(LoanProduct, { id: Number(product.id) });
    expect(row).toMatchObject({ version: 2, maxAmountFen: 4_000_000 });
  });

  it('of two edits from the same version, let exactly one land', async () => {
    const product = await created({ ...NEW_PRODUCT, name: '茶园贷' });
    const results = await Promise.all(
      [3_000_000, 4_000_000].map((maxAmountFen) => save({ ...NEW_PRODUCT, id: product.id, version: 1, name: '茶园贷', maxAmountFen })),
    );
    const codes = results.map((r) => refusal(r) ?? r.data!.saveLoanProduct.__typename).sort();
    expect(codes).toEqual(['LOAN_PRODUCT_CHANGED', 'LoanProduct']);
    const [row] = await app.core.stores.get('credit').manager.findBy(LoanProduct, { id: Number(product.id) });
    expect(row.version).toBe(2);
    const winner = results.find((r) => r.data!.saveLoanProduct.__typename === 'LoanProduct')!;
    expect(row.maxAmountFen).toBe(winner.data!.saveLoanProduct.maxAmountFen);
    expect(await app.core.stores.get('credit').manager.countBy(LoanProductRate, { productId: row.id })).toBe(3);
  });

  it('of two products added at once under one name, keep one', async () => {
    const results = await Promise.all([save({ ...NEW_PRODUCT, name: '竹林贷' }), save({ ...NEW_PRODUCT, name: '竹林贷' })]);
    expect(results.map((r) => refusal(r) ?? r.data!.saveLoanProduct.__typename).sort()).toEqual(['LOAN_PRODUCT_NAME_TAKEN', 'LoanProduct']);
    expect(await app.core.stores.get('credit').manager.countBy(LoanProduct, { name: '竹林贷' })).toBe(1);
  });

  it('may not touch another bank’s product, nor see it among their own', async () => {
    const other = await otherBank('萧山农商银行');
    const theirs = await created({ ...NEW_PRODUCT, name: '萧山快贷' }, other.token);
    expect(theirs.bank.name).toBe('萧山农商银行');
    const attempt = await save({ ...NEW_PRODUCT, id: theirs.id, version: 1, name: '萧山快贷', active: false });
    expect(refusal(attempt)).toBe('LOAN_PRODUCT_OF_ANOTHER_BANK');
    const own = await app.gql(BANK_PRODUCTS, {}, banker);
    expect(own.data!.bankLoanProducts.map((p: { name: string }) => p.name)).not.toContain('萧山快贷');
    // The same name is free at another bank.
    expect((await created({ ...NEW_PRODUCT, name: '萧山快贷' })).bank.name).toBe('戴村农商银行');
  });

  it('are refused when the bank role has no bank behind it', async () => {
    const loose = await newPerson(app, [Role.BANK]);
    expect(errorCode(await save(NEW_PRODUCT, loose.token))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(BANK_PRODUCTS, {}, loose.token))).toBe('FORBIDDEN');
  });

  it('are out of a villager’s reach', async () => {
    expect(errorCode(await save(NEW_PRODUCT, villager))).toBe('FORBIDDEN');
  });
});
