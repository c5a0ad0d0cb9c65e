import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { cx } from './class-names';
import './card.css';

interface CardProps {
  title?: string;
  className?: string;
  children: ReactNode;
}

export function Card({ title, className, children }: CardProps) {
  return (
    <View className={cx('card', className)}>
      {title ? <Text className="card__title">{title}</Text> : null}
      {children}
    </View>
  );
}

interface InfoRowProps {
  label: string;
  value: ReactNode;
  testId?: string;
}

/** One labelled fact: "所在村　大石盖村". */
export function InfoRow({ label, value, testId }: InfoRowProps) {
  return (
    <View className="info-row">
      <Text className="info-row__label">{label}</Text>
      <Text className="info-row__value" data-testid={testId}>
        {value}
      </Text>
    </View>
  );
}
