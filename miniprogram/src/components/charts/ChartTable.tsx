import { Text, View } from '@tarojs/components';
import { rowSentence, type ChartText } from './chart-text';

/**
 * A chart's figures as text, hidden on screen and read by screen readers in its place. In the
 * browser a table with a caption and headed columns; WeChat's views have no table, so there each
 * row is one sentence, read one after another.
 */
export function ChartTable({ text, testId }: { text: ChartText; testId?: string }) {
  if (process.env.TARO_ENV === 'h5') {
    return (
      <table className="sr-only chart__table" data-testid={testId}>
        <caption>{text.title}</caption>
        <thead>
          <tr>
            {text.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {text.rows.map((row) => (
            <tr key={row[0]}>
              <th scope="row">{row[0]}</th>
              {row.slice(1).map((cell, i) => (
                <td key={text.columns[i + 1]}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <View className="sr-only" data-testid={testId}>
      <Text>{`${text.title}：`}</Text>
      {text.rows.map((row) => (
        <Text key={row[0]}>{`${rowSentence(text.columns, row)}。`}</Text>
      ))}
    </View>
  );
}
