import { Text, View } from '@tarojs/components';
import type { UpcomingService } from '@/domain/role-services';
import './upcoming-services.css';

/** Services that are planned but not built yet, said plainly so nobody taps and waits. */
export function UpcomingServices({ services }: { services: readonly UpcomingService[] }) {
  if (services.length === 0) return null;
  return (
    <View className="upcoming" data-testid="upcoming-services">
      <Text className="section-title">更多服务</Text>
      {services.map((service) => (
        <View key={service.title} className="upcoming__item">
          <View className="upcoming__body">
            <Text className="upcoming__title">{service.title}</Text>
            <Text className="upcoming__description">{service.description}</Text>
          </View>
          <Text className="soon-badge">即将开放</Text>
        </View>
      ))}
    </View>
  );
}
