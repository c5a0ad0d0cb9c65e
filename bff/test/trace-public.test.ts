import {
  getNamedType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Merchant } from '../src/modules/complaints/complaints.entity';
import { Account, Household } from '../src/modules/identity/identity.entity';
import { buildAppSchema } from '../src/schema';
import { startTestApp, type TestApp } from './helpers';

/** Types that describe a person, and field names that carry what a person is known by. */
const PERSONAL_TYPES = new Set(['Account', 'Household', 'ComplaintPerson', 'DemoAccount', 'AuthPayload']);
const PERSONAL_FIELDS =
  /^(phone\w*|\w*address|household\w*|displayName|\w*openid|roles|account\w*|\w*AccountId|consumer|applicant|members)$/i;

/** Every type the public scan can reach, each with the path it was first reached by. */
function reachableFromScan(schema: GraphQLSchema): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (type: GraphQLNamedType, path: string) => {
    if (seen.has(type.name)) return;
    seen.set(type.name, path);
    if (isUnionType(type)) for (const member of type.getTypes()) visit(member, `${path}<${member.name}>`);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) visit(getNamedType(field.type), `${path}.${field.name}`);
    }
  };
  visit(getNamedType(schema.getQueryType()!.getFields().scan.type), 'scan');
  return seen;
}

/** A selection of every field of a type that needs no argument, down to `depth` levels. */
function everything(type: GraphQLNamedType, schema: GraphQLSchema, depth: number): string {
  if (isUnionType(type))
    return `{ __typename ${type
      .getTypes()
      .map((t) => `... on ${t.name} ${everything(t, schema, depth)}`)
      .join(' ')} }`;
  const fields = Object.values((type as GraphQLObjectType).getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type)));
  const parts = fields.flatMap((field) => {
    const named = getNamedType(field.type);
    if (!isObjectType(named) && !isUnionType(named) && !isInterfaceType(named)) return [field.name];
    return depth > 0 ? [`${field.name} ${everything(named, schema, depth - 1)}`] : [];
  });
  return `{ ${parts.join(' ')} }`;
}

let app: TestApp;
beforeAll(async () => {
  // The whole public graph in one query: deeper and dearer than any screen asks for.
  app = await startTestApp({}, { queryLimits: { depth: 20, tokens: 50_000, cost: 1_000_000 } });
});
afterAll(() => app?.close());

describe('the public scan speaks of businesses only', () => {
  it('reaches no type or field that describes a person', async () => {
    const schema = await buildAppSchema();
    const reachable = reachableFromScan(schema);
    expect(reachable.has('TraceBusiness')).toBe(true);
    const personal: string[] = [];
    for (const [name, path] of reachable) {
      if (PERSONAL_TYPES.has(name)) personal.push(`${path} (${name})`);
      const type = schema.getType(name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.keys(type.getFields())) if (PERSONAL_FIELDS.test(field)) personal.push(`${name}.${field}`);
      }
    }
    expect(personal).toEqual([]);
  });

  it("shows a stranger the demo eggs' shipped chain with no one's name, phone or address, nor whom it was shipped to", async () => {
    const schema = await buildAppSchema();
    const query = `query($code: String!) { scan(code: $code, log: false) ${everything(getNamedType(schema.getQueryType()!.getFields().scan.type), schema, 5)} }`;
    const scanned = await app.gql(query, { code: 'https://example.org/01/06901234567892/10/L20261120/21/00000007' });
    expect(scanned.errors).toBeUndefined();
    const scan = scanned.data!.scan;
    const steps = scan.events.map((e: { bizStep: string }) => e.bizStep);
    expect(steps).toEqual(expect.arrayContaining(['SHIPPING', 'RECEIVING', 'RETAIL_SELLING']));
    expect(scan.events.map((e: { counterparty: unknown }) => e.counterparty)).toEqual(steps.map(() => null));
    expect(new Set(scan.events.map((e: { recorder: { name: string } }) => e.recorder.name))).toEqual(
      new Set(['萧山区戴村土鸡蛋专业合作社', '杭州萧山戴村农副产品批发有限公司', '萧山区戴村镇便民超市']),
    );

    const identity = app.core.stores.get('identity').manager;
    const [accounts, households, merchants] = await Promise.all([
      identity.find(Account),
      identity.find(Household),
      app.core.stores.get('market').manager.find(Merchant),
    ]);
    const personal = [
      ...accounts.flatMap((a) => [a.displayName, a.phone]),
      ...households.flatMap((h) => [h.name, h.address]),
      ...merchants.map((m) => m.address),
    ].filter((text): text is string => Boolean(text));
    expect(personal.length).toBeGreaterThan(20);
    const shown = JSON.stringify(scanned.data);
    expect(personal.filter((text) => shown.includes(text))).toEqual([]);
  });
});
