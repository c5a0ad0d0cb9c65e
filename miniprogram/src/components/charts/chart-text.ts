/**
 * The words and numbers a chart shows, for those who cannot see the canvas: a screen reader reads
 * them as a table (in the browser) or as one sentence a row (in WeChat). Each chart builds its own
 * from the same figures it draws, so the two never disagree.
 */
export interface ChartText {
  /** What the chart is, e.g. "五个方面的得分". */
  title: string;
  /** The heads of the columns, e.g. ["方面", "得分", "满分"]. */
  columns: readonly string[];
  /** One row per thing drawn, each cell already in words ("86 分", "3.2%"). */
  rows: ReadonlyArray<readonly string[]>;
}

/** A row as one sentence, for WeChat's screen reader, which reads views and not tables: "履约能力：得分 86，满分 120". */
export function rowSentence(columns: readonly string[], row: readonly string[]): string {
  const [first, ...rest] = row;
  return `${first}：${rest.map((cell, i) => `${columns[i + 1]} ${cell}`).join('，')}`;
}
