import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import {
  AdoptDishCommentDocument,
  CanteenFeedbackDocument,
  PublishCanteenMenuDocument,
  type CanteenFeedbackQuery,
} from './canteen-admin.generated';
import type { Meal } from '@gongfu/shared-types';
import { ActionButton } from '@/components/ActionButton';
import { Card } from '@/components/Card';
import { ChoiceChips } from '@/components/ChoiceChips';
import { ConfirmSheet } from '@/components/ConfirmSheet';
import { FieldError } from '@/components/FieldError';
import { Notice } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { PagedView } from '@/components/PagedView';
import { TextField } from '@/components/TextField';
import { addDays, chinaToday, describeServiceDate, formatDate } from '@/domain/china-time';
import { MEAL_LABEL, MEALS } from '@/domain/workpoints';
import { useAction } from '@/hooks/use-action';
import { usePagedQuery, type PagedQuery } from '@/hooks/use-paged-query';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import '@/components/workpoints.css';
import './index.css';

type Menu = CanteenFeedbackQuery['canteenMenus']['items'][number];
type Comment = Menu['dishes'][number]['comments'][number];

/** 食堂菜单: publish a coming day's menu, and read (and act on) what villagers said about the dishes. */
export default function AdminCanteenPage() {
  const menus = usePagedQuery(CanteenFeedbackDocument, (d) => d.canteenMenus, {}, 7);
  useReloadOnShow(menus.reload);
  return (
    <PageShell>
      <Text className="page-title">食堂菜单</Text>
      <PublishForm onPublished={menus.reload} />
      <Text className="section-title">村民意见</Text>
      <Feedback menus={menus} />
    </PageShell>
  );
}

interface DraftDish {
  key: number;
  meal: Meal;
  name: string;
  description: string;
}

const MEAL_CHOICES = MEALS.map((value) => ({ value, label: MEAL_LABEL[value] }));

function PublishForm({ onPublished }: { onPublished: () => void }) {
  const today = chinaToday();
  const days = Array.from({ length: 7 }, (_, i) => addDays(today, i + 1));
  const [day, setDay] = useState(days[0]);
  const [note, setNote] = useState('');
  const [nextKey, setNextKey] = useState(3);
  const [dishes, setDishes] = useState<DraftDish[]>([
    { key: 1, meal: 'LUNCH', name: '', description: '' },
    { key: 2, meal: 'DINNER', name: '', description: '' },
  ]);
  const publish = useAction(PublishCanteenMenuDocument, (d) => d.publishCanteenMenu);

  const change = (key: number, patch: Partial<DraftDish>) => setDishes((list) => list.map((d) => (d.key === key ? { ...d, ...patch } : d)));
  // Only the dishes with a name are sent: the BFF names a dish by its place among those (`dishes.0.name`).
  const sent = dishes.filter((d) => d.name.trim());
  const dishField = (dish: DraftDish, index: number, field: 'name' | 'description') => {
    const at = sent.indexOf(dish);
    if (at >= 0) return publish.fieldProps(`dishes.${at}.${field}`);
    // With no dish named, "at least one dish" belongs to the first name.
    return index === 0 && field === 'name' ? publish.fieldProps('dishes') : {};
  };

  // A day already published or gone by: said under the day chips, cleared once another day is picked.
  const dayProblem = publish.fieldProps('serviceDate');

  async function submit() {
    if (sent.length === 0) return publish.refuse('至少写一道菜', 'dishes');
    const done = await publish.run({
      input: {
        serviceDate: day,
        note: note.trim(),
        dishes: sent.map((d) => ({ meal: d.meal, name: d.name.trim(), description: d.description.trim() })),
      },
    });
    if (!done) return;
    publish.say({ tone: 'success', text: `${describeServiceDate(day)}的菜单已发布` });
    setDishes([
      { key: nextKey, meal: 'LUNCH', name: '', description: '' },
      { key: nextKey + 1, meal: 'DINNER', name: '', description: '' },
    ]);
    setNextKey((k) => k + 2);
    setNote('');
    onPublished();
  }

  return (
    <Card title="发布菜单">
      <ChoiceChips
        label="哪一天"
        choices={days.map((d, i) => ({
          value: d,
          label: i === 0 ? '明天' : i === 1 ? '后天' : describeServiceDate(d).replace(/ 星期.$/, ''),
        }))}
        value={day}
        onChange={(picked) => {
          dayProblem.onEdited();
          setDay(picked);
        }}
        testId="menu-day"
      />
      <FieldError error={dayProblem.error} testId="menu-day" />
      {dishes.map((dish, index) => (
        <View key={dish.key} className="draft-dish">
          <View className="draft-dish__head">
            <Text className="field__label">第 {index + 1} 道菜</Text>
            {dishes.length > 1 ? (
              <ActionButton
                className="small-button"
                fill="outline"
                type="danger"
                onClick={() => setDishes((list) => list.filter((d) => d.key !== dish.key))}
              >
                删掉
              </ActionButton>
            ) : null}
          </View>
          <ChoiceChips label="哪一餐" choices={MEAL_CHOICES} value={dish.meal} onChange={(meal) => change(dish.key, { meal })} />
          <TextField
            label="菜名"
            value={dish.name}
            onChange={(name) => change(dish.key, { name })}
            maxLength={40}
            testId="dish-name"
            {...dishField(dish, index, 'name')}
          />
          <TextField
            label="说明（可不填）"
            value={dish.description}
            onChange={(description) => change(dish.key, { description })}
            maxLength={200}
            {...dishField(dish, index, 'description')}
          />
        </View>
      ))}
      {dishes.length < 20 ? (
        <ActionButton
          className="wide-button"
          fill="outline"
          type="primary"
          block
          onClick={() => {
            setDishes((list) => [...list, { key: nextKey, meal: 'LUNCH', name: '', description: '' }]);
            setNextKey((k) => k + 1);
          }}
        >
          再加一道菜
        </ActionButton>
      ) : null}
      <TextField
        label="备注（可不填）"
        value={note}
        onChange={setNote}
        placeholder="例如：午餐 11:00 开饭"
        maxLength={200}
        {...publish.fieldProps('note')}
      />
      <Notice notice={publish.notice} testId="menu-notice" />
      <ActionButton
        className="wide-button"
        type="primary"
        size="large"
        block
        loading={publish.busy}
        onClick={() => void submit()}
        data-testid="menu-publish"
      >
        发布菜单
      </ActionButton>
    </Card>
  );
}

function Feedback({ menus }: { menus: PagedQuery<Menu> }) {
  const [adopting, setAdopting] = useState<{ comment: Comment; menu: Menu } | null>(null);
  const [laterMenuId, setLaterMenuId] = useState<string | null>(null);
  const adopt = useAction(AdoptDishCommentDocument, (d) => d.adoptDishComment, {
    onStale: () => {
      setAdopting(null);
      menus.reload();
    },
  });
  const loaded = menus.state.status === 'success' ? menus.state.data.items : [];
  const laterMenus = adopting ? loaded.filter((m) => m.serviceDate > adopting.menu.serviceDate) : [];

  function open(comment: Comment, menu: Menu) {
    adopt.say(null);
    setLaterMenuId(null);
    setAdopting({ comment, menu });
  }

  async function confirm() {
    if (!adopting || !laterMenuId) return;
    const done = await adopt.run({ commentId: adopting.comment.id, laterMenuId });
    if (!done) return;
    adopt.say({ tone: 'success', text: '已标记：这条意见改进了之后的菜单' });
    setAdopting(null);
    menus.reload();
  }

  return (
    <>
      <Notice notice={adopting ? null : adopt.notice} />
      <PagedView query={menus} emptyTitle="还没有发布过菜单" loadMoreTestId="feedback-more">
        {(items) =>
          items.map((menu) => (
            <Card key={menu.id} title={describeServiceDate(menu.serviceDate)}>
              <Text className="row__meta" data-testid="reservation-counts">
                预订：{menu.reservationCounts.map((c) => `${MEAL_LABEL[c.meal]} ${c.count} 人`).join(' · ')}
              </Text>
              {menu.dishes.map((dish) => (
                <View key={dish.id} className="feedback-dish">
                  <View className="row">
                    <View className="row__main">
                      <Text className="row__title">
                        {MEAL_LABEL[dish.meal]} · {dish.name}
                      </Text>
                    </View>
                    <Text className="badge">赞 {dish.likeCount}</Text>
                  </View>
                  {dish.comments.map((c) => {
                    const adoptedIn = c.adoptedInMenuId ? loaded.find((m) => m.id === c.adoptedInMenuId) : null;
                    return (
                      <View key={c.id} className="feedback-comment">
                        <Text className="feedback-comment__body">“{c.body}”</Text>
                        <Text className="row__meta">{formatDate(c.createdAt)}</Text>
                        {c.adoptedInMenuId ? (
                          <Text className="badge">已采纳{adoptedIn ? `到 ${describeServiceDate(adoptedIn.serviceDate)}` : ''}</Text>
                        ) : (
                          <ActionButton className="small-button" fill="outline" type="primary" onClick={() => open(c, menu)}>
                            标记已采纳
                          </ActionButton>
                        )}
                      </View>
                    );
                  })}
                </View>
              ))}
            </Card>
          ))
        }
      </PagedView>
      <ConfirmSheet
        open={adopting !== null}
        title="这条意见改进了哪一天的菜单？"
        confirmText="标记"
        busy={adopt.busy}
        confirmDisabled={!laterMenuId}
        onConfirm={() => void confirm()}
        onCancel={() => setAdopting(null)}
      >
        {adopting ? <Text>“{adopting.comment.body}”</Text> : null}
        {laterMenus.length > 0 ? (
          <ChoiceChips
            label="之后的菜单"
            choices={laterMenus.map((m) => ({ value: m.id, label: describeServiceDate(m.serviceDate) }))}
            value={laterMenuId}
            onChange={setLaterMenuId}
            stacked
          />
        ) : (
          <Text className="muted">还没有更晚的菜单。请先发布改进后的菜单，再来标记。</Text>
        )}
        <Notice notice={adopt.notice} />
      </ConfirmSheet>
    </>
  );
}
