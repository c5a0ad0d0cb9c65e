import { UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { RequestContext } from './context';
import type { Role } from './roles';

/** Who may call a root field: anyone, any signed-in account, or accounts holding one of some roles. */
export type GuardRule = { kind: 'public' } | { kind: 'signedIn' } | { kind: 'roles'; roles: Role[] };

/**
 * Every Query and Mutation field's rule, by resolver method name (which is the field name here).
 * A test walks the schema and fails on any root field missing from this map.
 */
export const guardRules = new Map<string, GuardRule>();

function guard(rule: GuardRule): MethodDecorator {
  const check: MiddlewareFn<RequestContext> = ({ context }, next) => {
    if (rule.kind === 'signedIn') context.requireCaller();
    if (rule.kind === 'roles') context.requireRole(...rule.roles);
    return next();
  };
  const useCheck = UseMiddleware(check);
  return (target, propertyKey, descriptor) => {
    const name = String(propertyKey);
    if (guardRules.has(name)) throw new Error(`two root fields are named ${name}; guard rules are kept by name`);
    guardRules.set(name, rule);
    useCheck(target, propertyKey, descriptor);
  };
}

/** Open to anyone, signed in or not (login, the public scan). */
export const Public = () => guard({ kind: 'public' });
/** Any signed-in account, whatever its roles (me, logout). */
export const SignedIn = () => guard({ kind: 'signedIn' });
/** Only accounts holding at least one of these roles. */
export const Allow = (...roles: Role[]) => guard({ kind: 'roles', roles });
