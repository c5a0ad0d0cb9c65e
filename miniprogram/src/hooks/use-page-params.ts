import { useRouter } from '@tarojs/taro';

/** The query string a page was opened with: `?id=3` → { id: '3' }. */
export function usePageParams(): Record<string, string | undefined> {
  const { params } = useRouter();
  const decoded: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    decoded[name] = typeof value === 'string' ? decodeURIComponent(value) : undefined;
  }
  return decoded;
}
