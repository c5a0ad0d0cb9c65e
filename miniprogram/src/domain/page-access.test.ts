import { describe, expect, it } from 'vitest';
import { ROUTES } from '@/routes';
import { PACKAGE_ROLES, loginUrlFor, pageAccess, returnTargetFrom, returnTargetOf, roleOfPage } from './page-access';

describe('roleOfPage', () => {
  it("names the role of each subpackage's pages, and none for the main package's", () => {
    expect(roleOfPage(ROUTES.villagerPoints)).toBe('VILLAGER');
    expect(roleOfPage(ROUTES.adminReview)).toBe('VILLAGE_ADMIN');
    expect(roleOfPage('packages/regulator/pages/desk/index')).toBe('REGULATOR');
    expect(roleOfPage(`${ROUTES.bankDesk}?stamp=2`)).toBe('BANK');
    for (const route of [ROUTES.home, ROUTES.login, ROUTES.scan, ROUTES.me]) expect(roleOfPage(route)).toBeNull();
  });

  it('knows the role of every page in a subpackage, so a new subpackage cannot go unguarded', () => {
    const packaged = Object.values(ROUTES).filter((route) => route.startsWith('/packages/'));
    expect(packaged.length).toBeGreaterThan(30);
    for (const route of packaged) expect(roleOfPage(route), route).not.toBeNull();
    expect(new Set(packaged.map((route) => route.split('/')[2]))).toEqual(new Set(Object.keys(PACKAGE_ROLES)));
  });
});

describe('pageAccess', () => {
  const points = { path: ROUTES.villagerPoints, params: {} };

  it('opens a role page to an account holding the role, among others', () => {
    expect(pageAccess(points, ['MERCHANT', 'VILLAGER'])).toEqual({ kind: 'open' });
  });

  it('tells an account without the role whose page it is', () => {
    expect(pageAccess(points, ['MERCHANT'])).toEqual({ kind: 'other-role', role: 'VILLAGER' });
    expect(pageAccess({ path: ROUTES.adminReview, params: {} }, ['VILLAGER'])).toEqual({ kind: 'other-role', role: 'VILLAGE_ADMIN' });
    expect(pageAccess(points, [])).toEqual({ kind: 'other-role', role: 'VILLAGER' });
  });

  it('sends someone signed out to log in first, to come back to the page with its query', () => {
    const complaint = { path: 'packages/consumer/pages/complaint/index', params: { id: '7', $taroTimestamp: '1764400000000' } };
    expect(pageAccess(complaint, null)).toEqual({ kind: 'sign-in', returnTo: '/packages/consumer/pages/complaint/index?id=7' });
  });

  it('sends someone signed out from the home page to log in, and lets anyone scan, log in and see 我的', () => {
    expect(pageAccess({ path: ROUTES.home, params: {} }, null)).toEqual({ kind: 'sign-in', returnTo: null });
    expect(pageAccess({ path: ROUTES.home, params: {} }, [])).toEqual({ kind: 'open' });
    for (const path of [ROUTES.scan, ROUTES.login, ROUTES.me]) expect(pageAccess({ path, params: {} }, null)).toEqual({ kind: 'open' });
  });
});

describe('return targets', () => {
  it('keeps the query of the page to come back to, encoded, and drops the router’s own', () => {
    const code = 'https://gongfu.example.cn/01/06901234567892/10/L1';
    expect(returnTargetOf({ path: ROUTES.scan, params: { code, stamp: '3' } })).toBe(`/pages/scan/index?code=${encodeURIComponent(code)}`);
    expect(returnTargetFrom(`/pages/scan/index?code=${encodeURIComponent(code)}`)).toBe(
      `/pages/scan/index?code=${encodeURIComponent(code)}`,
    );
    expect(returnTargetFrom('/packages/consumer/pages/complaint/index?id=7&')).toBe('/packages/consumer/pages/complaint/index?id=7');
  });

  it('accepts only the pages of this app: no other site, no made-up path, not the login page', () => {
    for (const target of [
      'https://evil.example/',
      '//evil.example/pages/home/index',
      'javascript:alert(1)',
      '/pages/home/../../evil',
      '/packages/villager/pages/nothing/index',
      ROUTES.login,
      `${ROUTES.login}?returnTo=%2Fpages%2Fhome%2Findex`,
      `${ROUTES.villagerActivity}?id=%E0%A4%A`,
      `${ROUTES.villagerActivity}?a-b=1`,
      '',
      undefined,
    ]) {
      expect(returnTargetFrom(target), String(target)).toBeNull();
    }
  });

  it('puts the target in the login page’s address, or nothing when login leads home anyway', () => {
    expect(loginUrlFor('/packages/villager/pages/activity/index?id=3')).toBe(
      '/pages/login/index?returnTo=%2Fpackages%2Fvillager%2Fpages%2Factivity%2Findex%3Fid%3D3',
    );
    expect(loginUrlFor(null)).toBe('/pages/login/index');
  });
});
