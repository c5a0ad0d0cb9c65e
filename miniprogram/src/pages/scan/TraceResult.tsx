import { Text, View } from '@tarojs/components';
import { TraceScanDocument } from '@gongfu/shared-types';
import { AsyncView } from '@/components/AsyncView';
import { Card } from '@/components/Card';
import { useQuery } from '@/hooks/use-query';

/**
 * What a trace code names: the product, its batch and dates, and whether the serial was really
 * issued. The whole chain of events, documents and recalls join this card as 浙食链 grows.
 */
export function TraceResult({ code }: { code: string }) {
  const { state, reload } = useQuery(TraceScanDocument, { code });
  return (
    <AsyncView state={state} onRetry={reload}>
      {({ scan }) =>
        scan.__typename === 'InvalidTraceCode' ? (
          <Card title="查不到这个码">
            <Text className="scan__problem" data-testid="scan-problem" data-code={scan.errorCode}>
              {scan.message}
            </Text>
          </Card>
        ) : (
          <Card title={scan.product.name}>
            <View data-testid="scan-product">
              <InfoLine label="商品条码" value={scan.product.gtin} />
              {scan.batch ? (
                <>
                  <InfoLine label="批号" value={scan.batch.lot} />
                  <InfoLine label="生产日期" value={scan.batch.productionDate} />
                  <InfoLine label="保质期至" value={scan.batch.expiryDate ?? '未填写'} />
                </>
              ) : (
                <Text className="muted">这个码没有批次信息，只能看到商品。</Text>
              )}
              {scan.serial ? <InfoLine label="单品序号" value={scan.serial} /> : null}
            </View>
            {scan.serial && !scan.serialIssued ? (
              <Text className="scan__warning" data-testid="scan-unissued">
                注意：这个序号不是该批次签发的，可能是假冒商品，请向商家或市场监管部门反映。
              </Text>
            ) : null}
          </Card>
        )
      }
    </AsyncView>
  );
}

function InfoLine({ label, value }: { label: string; value: string }) {
  return (
    <View className="scan__line">
      <Text className="scan__label">{label}</Text>
      <Text className="scan__value">{value}</Text>
    </View>
  );
}
