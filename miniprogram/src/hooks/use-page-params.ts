import { useRouter } from '@tarojs/taro';
import { decodeParams } from '@/domain/page-access';

/** The query string a page was opened with: `?id=3` → { id: '3' }. */
export function usePageParams(): Record<string, string | undefined> {
  const { params } = useRouter();
  return decodeParams(params ?? {});
}
