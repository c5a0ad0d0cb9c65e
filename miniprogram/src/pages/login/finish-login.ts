import Taro from '@tarojs/taro';
import { saveSession, type Session } from '@/device/session';
import { ROUTES, TAB_ROUTES } from '@/routes';

/**
 * Where login leads: the page a person was sent to log in from (`returnTo`, already checked to be
 * a page of this app), in place of the login page, as if they had followed the link signed in;
 * else the home tab. One navigation: a tab switch followed at once by another page can end with
 * the tab on top in the browser.
 */
export async function openAfterLogin(returnTo: string | null): Promise<void> {
  const path = returnTo?.split('?')[0];
  if (!returnTo || !path || (TAB_ROUTES as readonly string[]).includes(path)) {
    // A tab opens without its query, so a tab page is opened as itself.
    await Taro.switchTab({ url: path ?? ROUTES.home });
    return;
  }
  await Taro.redirectTo({ url: returnTo });
}

/** Keeps the new session on the device and opens where login leads. */
export function finishLogin(session: Session, returnTo: string | null): void {
  saveSession(session);
  void openAfterLogin(returnTo);
}
