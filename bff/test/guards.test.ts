import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardRules } from '../src/core/guards';
import { ALL_ROLES, type Role } from '../src/core/roles';
import { DEMO_ACCOUNTS } from '../src/modules/identity/identity.demo';
import { buildAppSchema } from '../src/schema';
import { errorCode, startTestApp, type TestApp } from './helpers';

/** Mutations open to anyone, on purpose: signing in. Every other mutation must refuse strangers. */
const PUBLIC_MUTATIONS = new Set(['wechatLogin', 'requestLoginCode', 'phoneLogin']);

/** A value of the right shape for an argument, so that only the guard can refuse the call. */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isInputObjectType(named)) {
    return Object.fromEntries(
      Object.values(named.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sampleValue(f.type)]),
    );
  }
  if (isScalarType(named)) {
    switch (named.name) {
      case 'Int':
        return 1;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return true;
      case 'DateTimeISO':
        return new Date().toISOString();
      default:
        return '1';
    }
  }
  throw new Error(`no sample for ${String(type)}`);
}

function callOf(field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
  const args = field.args as GraphQLArgument[];
  const decl = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const pass = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? '' : '{ __typename }';
  return {
    query: `mutation${decl ? `(${decl})` : ''} { ${field.name}${pass ? `(${pass})` : ''} ${selection} }`,
    variables: Object.fromEntries(args.map((a) => [a.name, sampleValue(a.type)])),
  };
}

/** A demo account holding none of the given roles, to stand for "the wrong role". */
function demoOutside(roles: Role[]): string | undefined {
  return DEMO_ACCOUNTS.find((a) => a.roles.every((r) => !roles.includes(r)))?.openid;
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

describe('every root field is guarded', () => {
  it('has a guard rule for every query and mutation', async () => {
    const schema = await buildAppSchema();
    const roots = [schema.getQueryType(), schema.getMutationType()].flatMap((t) => Object.keys(t?.getFields() ?? {}));
    const unguarded = roots.filter((name) => !guardRules.has(name));
    expect(unguarded).toEqual([]);
  });

  it('keeps public mutations to the sign-in ones', async () => {
    const schema = await buildAppSchema();
    const publicOnes = Object.keys(schema.getMutationType()!.getFields()).filter((name) => guardRules.get(name)?.kind === 'public');
    expect(publicOnes.sort()).toEqual([...PUBLIC_MUTATIONS].sort());
  });

  it('refuses every non-public mutation to an anonymous caller, and to a caller with the wrong role', async () => {
    const schema = await buildAppSchema();
    const mutations = Object.values(schema.getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThan(0);
    const tokens = new Map<string, string>();
    const tokenFor = async (openid: string) => {
      if (!tokens.has(openid)) tokens.set(openid, await app.loginAs(openid));
      return tokens.get(openid)!;
    };

    const checked: string[] = [];
    for (const field of mutations) {
      if (PUBLIC_MUTATIONS.has(field.name)) continue;
      const rule = guardRules.get(field.name)!;
      const { query, variables } = callOf(field);

      const anonymous = await app.gql(query, variables);
      expect({ mutation: field.name, code: errorCode(anonymous) }).toEqual({ mutation: field.name, code: 'UNAUTHENTICATED' });

      if (rule.kind === 'roles') {
        const outsider = demoOutside(rule.roles);
        expect(outsider, `a demo account without ${rule.roles} for ${field.name}`).toBeDefined();
        const wrongRole = await app.gql(query, variables, await tokenFor(outsider!));
        expect({ mutation: field.name, code: errorCode(wrongRole) }).toEqual({ mutation: field.name, code: 'FORBIDDEN' });
      }
      checked.push(field.name);
    }
    expect(checked).toContain('logout');
  });

  it('has a demo account for every role, so each role can be tried', () => {
    const held = new Set(DEMO_ACCOUNTS.flatMap((a) => a.roles));
    expect([...held].sort()).toEqual([...ALL_ROLES].sort());
  });
});
