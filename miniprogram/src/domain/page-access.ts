import type { Role } from '@gongfu/shared-types';
import { ROUTES, withParams, type Route } from '@/routes';

/** Each role's pages are a subpackage of their own (app.config.ts): packages/<folder>/pages/…. */
export const PACKAGE_ROLES: Readonly<Record<string, Role>> = {
  villager: 'VILLAGER',
  consumer: 'CONSUMER',
  merchant: 'MERCHANT',
  admin: 'VILLAGE_ADMIN',
  regulator: 'REGULATOR',
  bank: 'BANK',
};

/** A page as the router opened it: its path and its query, decoded. */
export interface PageAddress {
  path: string;
  params: Readonly<Record<string, string | undefined>>;
}

/**
 * What to show on a page for the person on this device: the page itself; the login page first,
 * coming back here afterwards (`returnTo`, null for the home page, where login leads anyway); or
 * one clear word that the page is for another role.
 */
export type PageAccess = { kind: 'open' } | { kind: 'sign-in'; returnTo: string | null } | { kind: 'other-role'; role: Role };

/** A page's query as the router gives it, decoded: `?id=3` → { id: '3' }. */
export function decodeParams(params: Readonly<Record<string, unknown>>): Record<string, string | undefined> {
  const decoded: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(params)) {
    decoded[name] = typeof value === 'string' ? decodeURIComponent(value) : undefined;
  }
  return decoded;
}

const OPEN: PageAccess = { kind: 'open' };

const APP_ROUTES: ReadonlySet<string> = new Set(Object.values(ROUTES));

const isRoute = (path: string): path is Route => APP_ROUTES.has(path);

/** The path without its query, with the leading slash the router sometimes leaves off. */
function pathOf(path: string): string {
  const bare = path.split('?')[0];
  return bare.startsWith('/') ? bare : `/${bare}`;
}

/** The role a page serves: its subpackage's. The main package's pages (home, login, scan, me) serve everyone. */
export function roleOfPage(path: string): Role | null {
  const folder = /^\/packages\/([^/]+)\//.exec(pathOf(path))?.[1];
  return folder !== undefined && Object.prototype.hasOwnProperty.call(PACKAGE_ROLES, folder) ? PACKAGE_ROLES[folder] : null;
}

/**
 * Decided once, when a page opens, before it asks the BFF for anything: a role's page needs a
 * signed-in account holding that role, the home page a signed-in account; `roles` is null when
 * nobody is signed in.
 */
export function pageAccess(page: PageAddress, roles: readonly Role[] | null): PageAccess {
  const path = pathOf(page.path);
  if (path === ROUTES.home) return roles ? OPEN : { kind: 'sign-in', returnTo: null };
  const role = roleOfPage(path);
  if (!role) return OPEN;
  if (!roles) return { kind: 'sign-in', returnTo: returnTargetOf({ path, params: page.params }) };
  return roles.includes(role) ? OPEN : { kind: 'other-role', role };
}

/** The page to come back to after login, with its query; Taro's own parameters ($taro…, stamp) left out. */
export function returnTargetOf(page: PageAddress): string | null {
  const path = pathOf(page.path);
  if (!isRoute(path) || path === ROUTES.login) return null;
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(page.params)) {
    if (value !== undefined && !name.startsWith('$taro') && name !== 'stamp') params[name] = value;
  }
  return withParams(path, params);
}

/** `a=1&b=%E6%9D%91` → { a: '1', b: '村' }; null when malformed. WeChat's JavaScript has no URLSearchParams. */
export function parseQuery(query: string): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (const part of query.split('&')) {
    if (!part) continue;
    const [name, value = ''] = part.split('=');
    if (!/^[\w$]+$/.test(name)) return null;
    try {
      params[name] = decodeURIComponent(value);
    } catch {
      return null;
    }
  }
  return params;
}

/** `/pages/x/index?id=3` → its path and its query, decoded (null when the query is malformed). */
export function addressOf(url: string): PageAddress | null {
  const queryAt = url.indexOf('?');
  const params = parseQuery(queryAt < 0 ? '' : url.slice(queryAt + 1));
  return params ? { path: queryAt < 0 ? url : url.slice(0, queryAt), params } : null;
}

/**
 * A return target read from the login page's address, accepted only when it names a page of
 * this app: never another site (no open redirect), never the login page itself.
 */
export function returnTargetFrom(target: string | undefined): string | null {
  const address = target ? addressOf(target) : null;
  return address && isRoute(address.path) ? returnTargetOf(address) : null;
}

/** The login page's address, carrying where to go afterwards. */
export function loginUrlFor(returnTo: string | null): string {
  return returnTo ? withParams(ROUTES.login, { returnTo }) : ROUTES.login;
}
