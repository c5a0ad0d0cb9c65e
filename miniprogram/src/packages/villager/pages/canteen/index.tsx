import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import {
  CancelMealReservationDocument,
  CanteenDayDocument,
  CanteenPastMenusDocument,
  CommentOnDishDocument,
  ReserveMealDocument,
  ToggleDishLikeDocument,
  type CanteenMenuViewFragment,
} from './canteen.generated';
import type { Meal } from '@gongfu/shared-types';
import { ariaRole } from '@/components/a11y';
import { ActionButton } from '@/components/ActionButton';
import { AsyncView } from '@/components/AsyncView';
import { Card } from '@/components/Card';
import { Notice } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { PagedView } from '@/components/PagedView';
import { EmptyState } from '@/components/StatusViews';
import { TextField } from '@/components/TextField';
import { chinaToday, describeServiceDate, formatDate } from '@/domain/china-time';
import { MEAL_LABEL, MEALS } from '@/domain/workpoints';
import { useAction } from '@/hooks/use-action';
import { usePagedQuery } from '@/hooks/use-paged-query';
import { useQuery } from '@/hooks/use-query';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import '@/components/workpoints.css';
import './index.css';

type Dish = CanteenMenuViewFragment['dishes'][number];

/** 老年食堂: tomorrow's menu by default, meal by meal, to reserve, like and comment; past menus below. */
export default function CanteenPage() {
  // null: tomorrow (the BFF's default); otherwise a day picked from the list of menus.
  const [day, setDay] = useState<string | null>(null);
  const menu = useQuery(CanteenDayDocument, { serviceDate: day });
  const pastMenus = usePagedQuery(CanteenPastMenusDocument, (d) => d.canteenMenus, {});
  useReloadOnShow(menu.reload);

  return (
    <PageShell className="canteen">
      <AsyncView
        state={menu.state}
        onRetry={menu.reload}
        isEmpty={(data) => data.canteenMenu === null}
        empty={<EmptyState title={day ? '这一天没有菜单' : '明天的菜单还没发布'} hint="村里一般提前一天发布菜单，晚些再来看看。" />}
      >
        {(data) => (data.canteenMenu ? <MenuView menu={data.canteenMenu} reload={menu.reload} /> : null)}
      </AsyncView>
      {day ? (
        <ActionButton
          className="wide-button"
          fill="outline"
          type="primary"
          block
          onClick={() => setDay(null)}
          data-testid="canteen-tomorrow"
        >
          回到明天的菜单
        </ActionButton>
      ) : null}

      <Text className="section-title">全部菜单</Text>
      <Card>
        <PagedView query={pastMenus} emptyTitle="还没有发布过菜单" loadMoreTestId="menus-more">
          {(items) =>
            items.map((m) => (
              <View
                key={m.id}
                className="row tappable"
                onClick={() => setDay(m.serviceDate)}
                {...ariaRole('button')}
                data-testid="past-menu"
              >
                <View className="row__main">
                  <Text className="row__title">{describeServiceDate(m.serviceDate)}</Text>
                  <Text className="row__meta">{m.dishes.map((d) => d.name).join('、')}</Text>
                </View>
                <Text className="canteen__go">看 ›</Text>
              </View>
            ))
          }
        </PagedView>
      </Card>
    </PageShell>
  );
}

function MenuView({ menu, reload }: { menu: CanteenMenuViewFragment; reload: () => void }) {
  const open = menu.serviceDate > chinaToday();
  return (
    <View data-testid="canteen-menu" data-date={menu.serviceDate}>
      <Text className="page-title canteen__date">{describeServiceDate(menu.serviceDate)}</Text>
      {menu.note ? <Text className="canteen__note">{menu.note}</Text> : null}
      {MEALS.map((meal) => {
        const dishes = menu.dishes.filter((d) => d.meal === meal);
        if (dishes.length === 0) return null;
        return (
          <MealCard
            key={meal}
            menuId={menu.id}
            meal={meal}
            dishes={dishes}
            reserved={menu.myReservations.includes(meal)}
            open={open}
            reload={reload}
          />
        );
      })}
    </View>
  );
}

interface MealCardProps {
  menuId: string;
  meal: Meal;
  dishes: Dish[];
  reserved: boolean;
  open: boolean;
  reload: () => void;
}

function MealCard({ menuId, meal, dishes, reserved, open, reload }: MealCardProps) {
  // Closed, booked or changed meanwhile: the menu is loaded anew.
  const reserve = useAction(ReserveMealDocument, (d) => d.reserveMeal, { onStale: reload });
  const cancel = useAction(CancelMealReservationDocument, (d) => d.cancelMealReservation, { onStale: reload });
  const label = MEAL_LABEL[meal];

  async function toggleReservation() {
    const [action, other] = reserved ? [cancel, reserve] : [reserve, cancel];
    other.say(null);
    const made = await action.run({ menuId, meal });
    if (!made) return;
    action.say({ tone: 'success', text: made.reserved ? `${label}订好了，到时候来吃` : `已取消${label}预订` });
    reload();
  }

  return (
    <Card className="meal">
      <View className="meal__head">
        <Text className="meal__title">{label}</Text>
        {reserved ? (
          <Text className="badge" data-testid={`reserved-${meal}`}>
            已预订
          </Text>
        ) : null}
      </View>
      {dishes.map((dish) => (
        <DishRow key={dish.id} dish={dish} reload={reload} />
      ))}
      <Notice notice={reserve.notice ?? cancel.notice} />
      {open ? (
        <ActionButton
          className="wide-button"
          type="primary"
          fill={reserved ? 'outline' : 'solid'}
          size="large"
          block
          loading={reserve.busy || cancel.busy}
          onClick={() => void toggleReservation()}
          data-testid={`reserve-${meal}`}
        >
          {reserved ? `取消${label}预订` : `预订${label}`}
        </ActionButton>
      ) : (
        <Text className="muted">这一天已经过去，不能预订了。</Text>
      )}
    </Card>
  );
}

const COMMENTS_SHOWN = 3;

function DishRow({ dish, reload }: { dish: Dish; reload: () => void }) {
  const [writing, setWriting] = useState(false);
  const [body, setBody] = useState('');
  const like = useAction(ToggleDishLikeDocument, (d) => d.toggleDishLike, { onStale: reload });
  const comment = useAction(CommentOnDishDocument, (d) => d.commentOnDish, { onStale: reload });

  async function toggleLike() {
    comment.say(null);
    if (await like.run({ dishId: dish.id })) reload();
  }

  async function sendComment() {
    like.say(null);
    const text = body.trim();
    if (!text) return comment.refuse('请先写几个字', 'body');
    if (!(await comment.run({ dishId: dish.id, body: text }))) return;
    setBody('');
    setWriting(false);
    comment.say({ tone: 'success', text: '谢谢您的意见，食堂会看到' });
    reload();
  }

  return (
    <View className="dish" data-testid="dish" data-name={dish.name}>
      <Text className="dish__name">{dish.name}</Text>
      {dish.description ? <Text className="dish__description">{dish.description}</Text> : null}
      <View className="dish__actions">
        <ActionButton
          className="small-button"
          type="primary"
          fill={dish.likedByMe ? 'solid' : 'outline'}
          loading={like.busy}
          onClick={() => void toggleLike()}
          aria-pressed={dish.likedByMe}
          data-testid="dish-like"
        >
          {dish.likedByMe ? '已赞' : '赞'} {dish.likeCount}
        </ActionButton>
        <ActionButton
          className="small-button"
          fill="outline"
          type="primary"
          onClick={() => setWriting((w) => !w)}
          data-testid="dish-comment"
        >
          {writing ? '不写了' : '提意见'}
        </ActionButton>
      </View>
      {writing ? (
        <View className="dish__write">
          <TextField
            label={`对“${dish.name}”的意见`}
            value={body}
            onChange={setBody}
            placeholder="比如：太咸了 / 希望软一点"
            maxLength={200}
            testId="dish-comment-input"
            {...comment.fieldProps('body')}
          />
          <ActionButton
            className="wide-button"
            type="primary"
            block
            loading={comment.busy}
            onClick={() => void sendComment()}
            data-testid="dish-comment-send"
          >
            发送
          </ActionButton>
        </View>
      ) : null}
      <Notice notice={like.notice ?? comment.notice} />
      {dish.comments.length > 0 ? (
        <View className="dish__comments">
          {dish.comments.slice(0, COMMENTS_SHOWN).map((c) => (
            <Text key={c.id} className="dish__comment">
              “{c.body}” <Text className="dish__comment-date">{formatDate(c.createdAt)}</Text>
            </Text>
          ))}
          {dish.comments.length > COMMENTS_SHOWN ? (
            <Text className="dish__comment-date">还有 {dish.comments.length - COMMENTS_SHOWN} 条意见</Text>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}
