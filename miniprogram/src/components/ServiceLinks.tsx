import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ServiceLink } from '@/domain/role-services';
import { ariaRole } from './a11y';
import './service-links.css';

/** The role's services as large tiles, two to a row (one in 长辈模式); each opens its page. */
export function ServiceLinks({ links }: { links: readonly ServiceLink[] }) {
  if (links.length === 0) return null;
  return (
    <View className="service-links" data-testid="service-links">
      {links.map((link) => (
        <View
          key={link.key}
          className="service-link"
          onClick={() => void Taro.navigateTo({ url: link.route })}
          {...ariaRole('button')}
          data-testid={`service-${link.key}`}
        >
          <Text className="service-link__title">{link.title}</Text>
          <Text className="service-link__description">{link.description}</Text>
        </View>
      ))}
    </View>
  );
}
