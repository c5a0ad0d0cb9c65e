import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import {
  AdminMallItemsDocument,
  MarkRedemptionCollectedDocument,
  RedemptionsAwaitingPickupDocument,
  SaveMallItemDocument,
  type AdminMallItemsQuery,
} from './mall-admin.generated';
import type { MallItemKind } from '@gongfu/shared-types';
import { ActionButton } from '@/components/ActionButton';
import { AsyncView } from '@/components/AsyncView';
import { Card } from '@/components/Card';
import { ChoiceChips } from '@/components/ChoiceChips';
import { ConfirmSheet } from '@/components/ConfirmSheet';
import { Notice, type NoticeMessage } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { PagedView } from '@/components/PagedView';
import { TextField, parseWholeNumber } from '@/components/TextField';
import { formatDateTime } from '@/domain/china-time';
import { itemKindText, MALL_ITEM_KIND } from '@/domain/workpoints';
import { useMutation } from '@/hooks/use-mutation';
import { usePagedQuery } from '@/hooks/use-paged-query';
import { useQuery } from '@/hooks/use-query';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import '@/components/workpoints.css';

type Item = AdminMallItemsQuery['mallItems'][number];

/** 商城管理: hand out goods against pickup codes, and keep the shelf (prices, stock, on/off). */
export default function AdminMallPage() {
  const items = useQuery(AdminMallItemsDocument);
  const awaiting = usePagedQuery(RedemptionsAwaitingPickupDocument, (d) => d.redemptionsAwaitingPickup, {});
  useReloadOnShow(items.reload, awaiting.reload);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [code, setCode] = useState('');
  const collect = useMutation(MarkRedemptionCollectedDocument);
  const [editing, setEditing] = useState<Item | 'new' | null>(null);

  async function hand(pickupCode: string) {
    if (!/^\d{6}$/.test(pickupCode)) {
      setNotice({ tone: 'error', text: '取货码是 6 位数字' });
      return;
    }
    const outcome = await collect.run({ pickupCode });
    if (!outcome) return;
    if (outcome.ok) {
      const r = outcome.data.markRedemptionCollected;
      setNotice({ tone: 'success', text: `已核销：把 ${r.item.name} 交给 ${r.villager.displayName}` });
      setCode('');
      awaiting.update((list) => list.filter((x) => x.id !== r.id));
    } else {
      setNotice({ tone: 'error', text: outcome.error.message });
    }
  }

  return (
    <PageShell>
      <Text className="page-title">商城管理</Text>
      <Card title="核销取货码">
        <TextField label="村民出示的取货码" kind="number" value={code} onChange={setCode} placeholder="6 位数字" maxLength={6} testId="pickup-code-input" />
        <Notice notice={notice} testId="pickup-notice" />
        <ActionButton className="wide-button" type="primary" size="large" block loading={collect.busy} onClick={() => void hand(code.trim())} data-testid="pickup-submit">
          核销并发放
        </ActionButton>
      </Card>

      <Text className="section-title">待领取</Text>
      <Card>
        <PagedView query={awaiting} emptyTitle="没有待领取的兑换" loadMoreTestId="awaiting-more">
          {(list) =>
            list.map((r) => (
              <View key={r.id} className="row" data-testid="awaiting-pickup">
                <View className="row__main">
                  <Text className="row__title">
                    {r.item.name} · {r.villager.displayName}
                  </Text>
                  <Text className="row__meta">
                    取货码 {r.pickupCode} · {formatDateTime(r.createdAt)}
                  </Text>
                </View>
              </View>
            ))
          }
        </PagedView>
      </Card>

      <Text className="section-title">商品</Text>
      <ActionButton className="wide-button block-gap" fill="outline" type="primary" block onClick={() => setEditing('new')} data-testid="new-item">
        新增商品
      </ActionButton>
      <AsyncView state={items.state} onRetry={items.reload} isEmpty={(d) => d.mallItems.length === 0}>
        {(data) => (
          <Card>
            {data.mallItems.map((item) => (
              <View key={item.id} className="row" data-testid="admin-mall-item">
                <View className="row__main">
                  <Text className="row__title">{item.name}</Text>
                  <Text className="row__meta">
                    {item.pointsPrice} 工分 · 库存 {item.stock} · {itemKindText(item.kind, item.faceValue)}
                  </Text>
                </View>
                <View className="row__side">
                  <Text className={`badge ${item.active ? '' : 'badge--muted'}`}>{item.active ? '在售' : '已下架'}</Text>
                  <ActionButton className="small-button" fill="outline" type="primary" onClick={() => setEditing(item)}>
                    修改
                  </ActionButton>
                </View>
              </View>
            ))}
          </Card>
        )}
      </AsyncView>
      {editing ? (
        <ItemEditor
          item={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(name) => {
            setEditing(null);
            setNotice({ tone: 'success', text: `已保存：${name}` });
            items.reload();
          }}
        />
      ) : null}
    </PageShell>
  );
}

const KIND_CHOICES = (Object.keys(MALL_ITEM_KIND) as MallItemKind[]).map((value) => ({ value, label: MALL_ITEM_KIND[value] }));

function ItemEditor({ item, onClose, onSaved }: { item: Item | null; onClose: () => void; onSaved: (name: string) => void }) {
  const [name, setName] = useState(item?.name ?? '');
  const [kind, setKind] = useState<MallItemKind>(item?.kind ?? 'GOODS');
  const [faceValue, setFaceValue] = useState(String(item?.faceValue ?? 0));
  const [price, setPrice] = useState(item ? String(item.pointsPrice) : '');
  const [stock, setStock] = useState(item ? String(item.stock) : '');
  const [active, setActive] = useState<'on' | 'off'>(item && !item.active ? 'off' : 'on');
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const save = useMutation(SaveMallItemDocument);

  async function submit() {
    const pointsPrice = parseWholeNumber(price);
    const stockCount = parseWholeNumber(stock);
    const face = kind === 'GOODS' ? 0 : parseWholeNumber(faceValue);
    if (name.trim().length < 2) return setNotice({ tone: 'error', text: '商品名称 2–40 个字' });
    if (pointsPrice === null || pointsPrice < 1) return setNotice({ tone: 'error', text: '请填兑换要多少工分' });
    if (stockCount === null) return setNotice({ tone: 'error', text: '请填库存（整数）' });
    if (face === null || (kind !== 'GOODS' && face < 1)) {
      return setNotice({ tone: 'error', text: kind === 'PHONE_CREDIT' ? '请填话费面额（元）' : '请填流量大小（MB）' });
    }
    const outcome = await save.run({
      input: { id: item?.id ?? null, name: name.trim(), kind, faceValue: face, pointsPrice, stock: stockCount, active: active === 'on' },
    });
    if (!outcome) return;
    if (outcome.ok) onSaved(outcome.data.saveMallItem.name);
    else setNotice({ tone: 'error', text: outcome.error.message });
  }

  return (
    <ConfirmSheet open title={item ? '修改商品' : '新增商品'} confirmText="保存" busy={save.busy} onConfirm={() => void submit()} onCancel={onClose}>
      <TextField label="商品名称" value={name} onChange={setName} maxLength={40} testId="item-name" />
      <ChoiceChips label="种类" choices={KIND_CHOICES} value={kind} onChange={setKind} />
      {kind !== 'GOODS' ? (
        <TextField label={kind === 'PHONE_CREDIT' ? '话费面额（元）' : '流量大小（MB）'} kind="number" value={faceValue} onChange={setFaceValue} maxLength={6} />
      ) : null}
      <TextField label="兑换要多少工分" kind="number" value={price} onChange={setPrice} maxLength={6} testId="item-price" />
      <TextField label="库存" kind="number" value={stock} onChange={setStock} maxLength={7} testId="item-stock" />
      <ChoiceChips
        label="是否在售"
        choices={[
          { value: 'on', label: '在售' },
          { value: 'off', label: '下架' },
        ]}
        value={active}
        onChange={setActive}
      />
      <Notice notice={notice} />
    </ConfirmSheet>
  );
}
