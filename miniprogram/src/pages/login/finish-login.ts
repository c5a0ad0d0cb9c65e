import Taro from '@tarojs/taro';
import { saveSession, type Session } from '@/device/session';
import { ROUTES } from '@/routes';

/** Keeps the new session on the device and opens the home tab. */
export function finishLogin(session: Session): void {
  saveSession(session);
  void Taro.switchTab({ url: ROUTES.home });
}
