import { Text, View } from '@tarojs/components';
import type { JSX as F2 } from '@antv/f2/jsx-runtime';
import { ChartCanvas } from './ChartCanvas';
import { ChartTable } from './ChartTable';
import type { ChartText } from './chart-text';
import './charts.css';

interface ChartFrameProps {
  /** Null when there is nothing to draw. */
  chart: F2.Element | null;
  height: number;
  text: ChartText;
  testId: string;
}

/** A chart and its figures as text; with nothing to draw, a word saying so. */
export function ChartFrame({ chart, height, text, testId }: ChartFrameProps) {
  return (
    <View className="chart" data-testid={testId}>
      {chart ? (
        <>
          <ChartCanvas chart={chart} height={height} testId={`${testId}-canvas`} />
          <ChartTable text={text} testId={`${testId}-text`} />
        </>
      ) : (
        <Text className="chart__empty">还没有可以画的数字。</Text>
      )}
    </View>
  );
}
