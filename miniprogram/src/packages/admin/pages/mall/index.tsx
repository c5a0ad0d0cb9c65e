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
import { Notice } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { PagedView } from '@/components/PagedView';
import { TextField, parseWholeNumber } from '@/components/TextField';
import { formatDateTime } from '@/domain/china-time';
import { itemKindText, MALL_ITEM_KIND } from '@/domain/workpoints';
import { useAction } from '@/hooks/use-action';
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
  const [code, setCode] = useState('');
  // Already handed out meanwhile (at another phone): the list of those waiting is out of date.
  const collect = useAction(MarkRedemptionCollectedDocument, (d) => d.markRedemptionCollected, { onStale: awaiting.reload });
  const [editing, setEditing] = useState<Item | 'new' | null>(null);
  const save = useSaveItem();

  async function hand(pickupCode: string) {
    if (!/^\d{6}$/.test(pickupCode)) return collect.refuse('取货码是 6 位数字', 'pickupCode');
    const r = await collect.run({ pickupCode });
    if (!r) return;
    collect.say({ tone: 'success', text: `已核销：把 ${r.item.name} 交给 ${r.villager.displayName}` });
    setCode('');
    awaiting.update((list) => list.filter((x) => x.id !== r.id));
  }

  function edit(item: Item | 'new') {
    save.say(null);
    setEditing(item);
  }

  return (
    <PageShell>
      <Text className="page-title">商城管理</Text>
      <Card title="核销取货码">
        <TextField
          label="村民出示的取货码"
          kind="number"
          value={code}
          onChange={setCode}
          placeholder="6 位数字"
          maxLength={6}
          testId="pickup-code-input"
          {...collect.fieldProps('pickupCode')}
        />
        <Notice notice={collect.notice} testId="pickup-notice" />
        <ActionButton
          className="wide-button"
          type="primary"
          size="large"
          block
          loading={collect.busy}
          onClick={() => void hand(code.trim())}
          data-testid="pickup-submit"
        >
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
      <ActionButton
        className="wide-button block-gap"
        fill="outline"
        type="primary"
        block
        onClick={() => edit('new')}
        data-testid="new-item"
      >
        新增商品
      </ActionButton>
      <Notice notice={editing ? null : save.notice} testId="item-notice" />
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
                  <ActionButton className="small-button" fill="outline" type="primary" onClick={() => edit(item)}>
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
          save={save}
          onClose={() => setEditing(null)}
          onSaved={(name) => {
            setEditing(null);
            save.say({ tone: 'success', text: `已保存：${name}` });
            items.reload();
          }}
        />
      ) : null}
    </PageShell>
  );
}

const KIND_CHOICES = (Object.keys(MALL_ITEM_KIND) as MallItemKind[]).map((value) => ({ value, label: MALL_ITEM_KIND[value] }));

/** Saving an item: run from the sheet, and said on the page once the sheet has closed. */
function useSaveItem() {
  return useAction(SaveMallItemDocument, (d) => d.saveMallItem);
}

type SaveAction = ReturnType<typeof useSaveItem>;

/** The sheet that adds or changes an item; `save` belongs to the page, which says what was saved once the sheet is closed. */
function ItemEditor({
  item,
  save,
  onClose,
  onSaved,
}: {
  item: Item | null;
  save: SaveAction;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const [name, setName] = useState(item?.name ?? '');
  const [kind, setKind] = useState<MallItemKind>(item?.kind ?? 'GOODS');
  const [faceValue, setFaceValue] = useState(String(item?.faceValue ?? 0));
  const [price, setPrice] = useState(item ? String(item.pointsPrice) : '');
  const [stock, setStock] = useState(item ? String(item.stock) : '');
  const [active, setActive] = useState<'on' | 'off'>(item && !item.active ? 'off' : 'on');

  async function submit() {
    const pointsPrice = parseWholeNumber(price);
    const stockCount = parseWholeNumber(stock);
    const face = kind === 'GOODS' ? 0 : parseWholeNumber(faceValue);
    if (name.trim().length < 2) return save.refuse('商品名称 2–40 个字', 'name');
    if (pointsPrice === null || pointsPrice < 1) return save.refuse('请填兑换要多少工分', 'pointsPrice');
    if (stockCount === null) return save.refuse('请填库存（整数）', 'stock');
    if (face === null || (kind !== 'GOODS' && face < 1)) {
      return save.refuse(kind === 'PHONE_CREDIT' ? '请填话费面额（元）' : '请填流量大小（MB）', 'faceValue');
    }
    const saved = await save.run({
      input: { id: item?.id ?? null, name: name.trim(), kind, faceValue: face, pointsPrice, stock: stockCount, active: active === 'on' },
    });
    if (saved) onSaved(saved.name);
  }

  return (
    <ConfirmSheet
      open
      title={item ? '修改商品' : '新增商品'}
      confirmText="保存"
      busy={save.busy}
      onConfirm={() => void submit()}
      onCancel={onClose}
    >
      <TextField label="商品名称" value={name} onChange={setName} maxLength={40} testId="item-name" {...save.fieldProps('name')} />
      <ChoiceChips label="种类" choices={KIND_CHOICES} value={kind} onChange={setKind} />
      {kind !== 'GOODS' ? (
        <TextField
          label={kind === 'PHONE_CREDIT' ? '话费面额（元）' : '流量大小（MB）'}
          kind="number"
          value={faceValue}
          onChange={setFaceValue}
          maxLength={6}
          {...save.fieldProps('faceValue')}
        />
      ) : null}
      <TextField
        label="兑换要多少工分"
        kind="number"
        value={price}
        onChange={setPrice}
        maxLength={6}
        testId="item-price"
        {...save.fieldProps('pointsPrice')}
      />
      <TextField
        label="库存"
        kind="number"
        value={stock}
        onChange={setStock}
        maxLength={7}
        testId="item-stock"
        {...save.fieldProps('stock')}
      />
      <ChoiceChips
        label="是否在售"
        choices={[
          { value: 'on', label: '在售' },
          { value: 'off', label: '下架' },
        ]}
        value={active}
        onChange={setActive}
      />
      <Notice notice={save.notice} />
    </ConfirmSheet>
  );
}
