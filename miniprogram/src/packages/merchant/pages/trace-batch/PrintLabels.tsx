import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { TraceCodesDocument } from './trace-batch.generated';
import { ActionButton } from '@/components/ActionButton';
import { AsyncView } from '@/components/AsyncView';
import { QrCode } from '@/components/QrCode';
import { EmptyState } from '@/components/StatusViews';
import { useQuery } from '@/hooks/use-query';
import './print-labels.css';

/** One A4 sheet: 4 across, 6 down, each label about 45 mm wide. */
export const LABELS_PER_SHEET = 24;

const IN_BROWSER = process.env.TARO_ENV === 'h5';

interface PrintLabelsProps {
  batchId: string;
  productName: string;
  lot: string;
  onBack: () => void;
}

/**
 * 打印二维码标签: one sheet of the batch's codes at a time, each QR code with its serial under
 * it, to print on A4 and stick on the packs. Sheets go forward by the BFF's cursor; the cursors
 * already seen are kept so 上一页 needs no cursor going backwards.
 */
export function PrintLabels({ batchId, productName, lot, onBack }: PrintLabelsProps) {
  // after-cursors of the sheets visited so far; the last is the sheet shown.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const sheet = cursors.length;
  const { state, reload } = useQuery(TraceCodesDocument, { batchId, first: LABELS_PER_SHEET, after: cursors[sheet - 1] });

  return (
    <View className="labels-view">
      <View className="print-hide">
        <Text className="page-title">打印二维码标签</Text>
        <Text className="trace-intro">
          {productName} · 批号 {lot}。每页 {LABELS_PER_SHEET} 个码，用 A4 纸打印，剪开贴在每件货的包装上。
          {IN_BROWSER ? '' : '手机上不能直接打印：请在电脑浏览器登录后打开这一页打印，或下载表格交给印刷厂。'}
        </Text>
        <View className="actions">
          <ActionButton fill="outline" type="primary" onClick={onBack} data-testid="labels-back">
            返回
          </ActionButton>
          {IN_BROWSER ? (
            <ActionButton type="primary" disabled={state.status !== 'success'} onClick={() => window.print()} data-testid="labels-print">
              打印
            </ActionButton>
          ) : null}
        </View>
        <Text className="labels__sheet" data-testid="labels-sheet">
          第 {sheet} 页
        </Text>
      </View>

      <AsyncView
        state={state}
        onRetry={reload}
        isEmpty={(data) => data.traceCodes.items.length === 0}
        empty={<EmptyState title="还没有溯源码" hint="先回到批次页，生成溯源码。" />}
      >
        {(data) => (
          <>
            <View className="labels" data-testid="labels">
              {data.traceCodes.items.map((code) => (
                <View key={code.serial} className="label" data-testid="label" data-serial={code.serial}>
                  <QrCode value={code.link} label={`溯源码 ${code.serial}`} className="label__qr" />
                  <Text className="label__serial">{code.serial}</Text>
                </View>
              ))}
            </View>
            <View className="actions print-hide">
              <ActionButton
                fill="outline"
                type="primary"
                disabled={sheet === 1}
                onClick={() => setCursors((list) => list.slice(0, -1))}
                data-testid="labels-previous"
              >
                上一页
              </ActionButton>
              <ActionButton
                fill="outline"
                type="primary"
                disabled={!data.traceCodes.nextCursor}
                onClick={() => {
                  const next = data.traceCodes.nextCursor;
                  if (next) setCursors((list) => [...list, next]);
                }}
                data-testid="labels-next"
              >
                下一页
              </ActionButton>
            </View>
          </>
        )}
      </AsyncView>
    </View>
  );
}
