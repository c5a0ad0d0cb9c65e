import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Route } from '@/routes';
import { ariaRole } from './a11y';
import './link-card.css';

interface LinkCardProps {
  title: string;
  description: string;
  route: Route;
  /** Tab pages cannot be navigated to, only switched to. */
  isTab?: boolean;
  testId?: string;
}

/** A large card that opens another page: the whole card is the tap target. */
export function LinkCard({ title, description, route, isTab = false, testId }: LinkCardProps) {
  const open = () => {
    if (isTab) void Taro.switchTab({ url: route });
    else void Taro.navigateTo({ url: route });
  };
  return (
    <View className="link-card" onClick={open} {...ariaRole('button')} data-testid={testId}>
      <View className="link-card__body">
        <Text className="link-card__title">{title}</Text>
        <Text className="link-card__description">{description}</Text>
      </View>
      <Text className="link-card__arrow" aria-hidden>
        ›
      </Text>
    </View>
  );
}
