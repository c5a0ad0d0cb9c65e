import { describe, expect, it, vi } from 'vitest';
import { signInAs } from '@/test/session';
import { openLoginFirst } from './first-page';

function open(hash: string) {
  const history = { state: { idx: 0 }, replaceState: vi.fn() };
  openLoginFirst({ hash }, history);
  return history.replaceState.mock.calls.map(([, , url]) => url as string);
}

describe('the first page in the browser', () => {
  it('is the login page for someone signed out who opens the app at /', () => {
    expect(open('')).toEqual(['#/pages/login/index']);
    expect(open('#/')).toEqual(['#/pages/login/index']);
    expect(open('#/pages/home/index')).toEqual(['#/pages/login/index']);
  });

  it('is the login page, carrying the link to come back to, for someone signed out who follows a link to a role page', () => {
    expect(open('#/packages/villager/pages/activity/index?id=12')).toEqual([
      `#/pages/login/index?returnTo=${encodeURIComponent('/packages/villager/pages/activity/index?id=12')}`,
    ]);
  });

  it('is the page asked for when nobody needs to log in for it, or someone is signed in', () => {
    expect(open('#/pages/scan/index?code=%2801%2906901234567892')).toEqual([]);
    signInAs('王秀英', ['VILLAGER']);
    expect(open('')).toEqual([]);
    expect(open('#/packages/villager/pages/activity/index?id=12')).toEqual([]);
  });
});
