import Taro from '@tarojs/taro';
import { openScanOf } from '@/pages/scan/open-scan';
import { ROUTES, TAB_ROUTES } from '@/routes';

/** One query parameter, decoded; WeChat's JavaScript has no URLSearchParams. */
function queryParam(query: string, name: string): string | null {
  for (const part of query.split('&')) {
    const [key, value = ''] = part.split('=');
    if (key === name) {
      try {
        return decodeURIComponent(value);
      } catch {
        return null;
      }
    }
  }
  return null;
}

/**
 * Opens the page a notice points to. The scan page is a tab, which WeChat opens without a query
 * string: its code is handed over instead. A web address is a product's Digital Link.
 */
export function openAppLink(link: string): void {
  if (/^https?:\/\//.test(link)) return openScanOf(link);
  const [path, query = ''] = link.split('?');
  if (path === ROUTES.scan) {
    const code = queryParam(query, 'code');
    if (code) return openScanOf(code);
  }
  if ((TAB_ROUTES as readonly string[]).includes(path)) {
    void Taro.switchTab({ url: path });
    return;
  }
  void Taro.navigateTo({ url: link });
}
