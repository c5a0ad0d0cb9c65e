import { Switch } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { elderMode, useElderMode } from '@/device/elder-mode';
import { ariaRole } from './a11y';
import './elder-mode-switch.css';

/** The 长辈模式 toggle: a labelled row, so the switch is never an unexplained icon. */
export function ElderModeSwitch({ testId = 'elder-mode-switch' }: { testId?: string }) {
  const on = useElderMode();
  return (
    <View className="elder-switch">
      <View className="elder-switch__text">
        <Text className="elder-switch__label">长辈模式</Text>
        <Text className="elder-switch__hint">字更大，颜色更清楚</Text>
      </View>
      <Switch
        checked={on}
        onChange={(value) => elderMode.set(value)}
        ariaLabel="长辈模式"
        // NutUI names these ariaRole/ariaChecked, which reach the H5 DOM as unknown attributes.
        {...ariaRole('switch')}
        aria-checked={on}
        data-testid={testId}
      />
    </View>
  );
}
