import { describe, expect, it } from 'vitest';
import Taro from '@tarojs/taro';
import { clearSession, loadSession, saveSession, type Session } from './session';

const session: Session = {
  token: 'tok',
  expiresAt: '2030-01-01T00:00:00.000Z',
  account: { id: 'a1', displayName: '王大伯', phone: '13800138000', roles: ['VILLAGER'] },
};

describe('session', () => {
  it('is read back as it was saved', () => {
    saveSession(session);
    expect(loadSession(new Date('2029-12-31T00:00:00Z'))).toEqual(session);
  });

  it('is gone once it has expired', () => {
    saveSession(session);
    expect(loadSession(new Date('2030-01-01T00:00:01Z'))).toBeNull();
  });

  it('is gone after logout', () => {
    saveSession(session);
    clearSession();
    expect(loadSession()).toBeNull();
  });

  it('ignores something unreadable in its place', () => {
    Taro.setStorageSync('gongfu.session', { token: 42 });
    expect(loadSession()).toBeNull();
  });
});
