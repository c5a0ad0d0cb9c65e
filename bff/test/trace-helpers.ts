import { randomInt } from 'node:crypto';
import { creditCodeCheckChar } from '@gongfu/shared-types/domain/credit-code';
import { Role } from '../src/core/roles';
import type { TestApp } from './helpers';
import { newPerson } from './workpoints-helpers';

const REGISTER_MERCHANT = `mutation($input: RegisterMerchantInput!) { registerMerchant(input: $input) { ... on Merchant { id } ... on ErrorResult { errorCode message } } }`;

/** A merchant account with a registered business of its own: how the trace chain names it. */
export interface TestBusiness {
  id: number;
  token: string;
  displayName: string;
  name: string;
  creditCode: string;
}

let businesses = 0;

/** A new merchant, signed in, acting for a newly registered business in Xiaoshan. */
export async function newBusiness(app: TestApp, name = `测试商行${++businesses}`): Promise<TestBusiness> {
  const person = await newPerson(app, [Role.MERCHANT]);
  const body = `91330109MA${String(randomInt(1e7)).padStart(7, '0')}`;
  const creditCode = body + creditCodeCheckChar(body);
  const made = await app.gql(
    REGISTER_MERCHANT,
    { input: { creditCode, name, address: '杭州市萧山区测试路 1 号', licenceScope: '食品销售', odr: false } },
    person.token,
  );
  if (!made.data?.registerMerchant?.id) throw new Error(`could not register ${name}: ${JSON.stringify(made)}`);
  return { id: person.id, token: person.token, displayName: person.displayName, name, creditCode };
}
