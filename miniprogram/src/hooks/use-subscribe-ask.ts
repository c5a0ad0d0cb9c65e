import Taro from '@tarojs/taro';
import { useEffect, useRef } from 'react';
import { AllowNoticeSubscriptionsDocument, SubscribeTemplatesDocument } from '@/api/subscribe.generated';
import type { NoticeKind } from '@gongfu/shared-types';
import { request } from '@/api/client';

/** Read when used rather than at load: the build replaces it, and tests can set it. */
const inWechat = () => process.env.TARO_ENV === 'weapp';

/**
 * WeChat subscribe messages (订阅消息) for these kinds. The templates are fetched when the page
 * opens, because WeChat shows its "allow" dialog only straight from a tap: `ask()` must be called
 * first thing in the tap handler. It tells the BFF what the person allowed, one message each.
 * Outside WeChat, and when no template is configured, it does nothing.
 */
export function useSubscribeAsk(kinds: NoticeKind[]): { ask: () => void } {
  const templates = useRef<Array<{ kind: NoticeKind; templateId: string }>>([]);
  const wanted = kinds.join(',');
  useEffect(() => {
    if (!inWechat()) return;
    request(SubscribeTemplatesDocument)
      .then(({ subscribeTemplates }) => {
        templates.current = subscribeTemplates.filter((t) => wanted.split(',').includes(t.kind));
      })
      // Without templates there is nothing to ask; the message centre still has every notice.
      .catch(() => undefined);
  }, [wanted]);

  return {
    ask() {
      const offered = templates.current;
      if (offered.length === 0) return;
      Taro.requestSubscribeMessage({
        tmplIds: offered.map((t) => t.templateId),
        entityIds: [],
      } as unknown as Taro.requestSubscribeMessage.Option)
        .then((answer) => {
          const allowed = offered
            .filter((t) => (answer as unknown as Record<string, string>)[t.templateId] === 'accept')
            .map((t) => t.kind);
          return allowed.length ? request(AllowNoticeSubscriptionsDocument, { kinds: allowed }) : undefined;
        })
        .catch(() => undefined);
    },
  };
}
