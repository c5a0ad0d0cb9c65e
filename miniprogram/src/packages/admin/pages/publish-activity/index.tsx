import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ActivityScenesDocument, PublishActivityDocument } from './publish-activity.generated';
import type { EvidenceRule, PublishActivityInput } from '@gongfu/shared-types';
import { ActionButton } from '@/components/ActionButton';
import { AsyncView } from '@/components/AsyncView';
import { Card } from '@/components/Card';
import { ChoiceChips } from '@/components/ChoiceChips';
import { DateTimeField } from '@/components/DateTimeField';
import { Notice } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { TextField, parseWholeNumber } from '@/components/TextField';
import { addDays, chinaLocalToIso, chinaToday, isoToChinaLocal } from '@/domain/china-time';
import { EVIDENCE_RULES } from '@/domain/workpoints';
import { useAction } from '@/hooks/use-action';
import { useQuery } from '@/hooks/use-query';
import { ROUTES, withParams } from '@/routes';
import '@/components/workpoints.css';

const EVIDENCE_CHOICES = (Object.keys(EVIDENCE_RULES) as EvidenceRule[]).map((value) => ({
  value,
  label: EVIDENCE_RULES[value].label,
  hint: EVIDENCE_RULES[value].explain,
}));

interface Draft {
  sceneId: string | null;
  title: string;
  description: string;
  points: string;
  place: string;
  evidence: EvidenceRule;
  capacity: string;
  signupOpensAt: string;
  signupClosesAt: string;
  startsAt: string;
  endsAt: string;
}

function initialDraft(): Draft {
  const tomorrow = addDays(chinaToday(), 1);
  return {
    sceneId: null,
    title: '',
    description: '',
    points: '10',
    place: '',
    evidence: 'PHOTO',
    capacity: '',
    signupOpensAt: isoToChinaLocal(new Date().toISOString()),
    signupClosesAt: `${tomorrow}T08:00`,
    startsAt: `${tomorrow}T09:00`,
    endsAt: `${tomorrow}T11:00`,
  };
}

/** What is wrong with the draft, and the input of PublishActivityInput at fault. */
type Checked = { ok: true; input: PublishActivityInput } | { ok: false; message: string; field: keyof PublishActivityInput };

const wrong = (message: string, field: keyof PublishActivityInput): Checked => ({ ok: false, message, field });

/** The checks the BFF makes too, said before the round trip. */
function check(draft: Draft): Checked {
  if (!draft.sceneId) return wrong('请选择场景', 'sceneId');
  const title = draft.title.trim();
  if (title.length < 2 || title.length > 60) return wrong('活动名称 2–60 个字', 'title');
  const place = draft.place.trim();
  if (place.length < 2) return wrong('请填写活动地点', 'place');
  const points = parseWholeNumber(draft.points);
  if (points === null || points < 1 || points > 1000) return wrong('奖励工分填 1 到 1000', 'points');
  let capacity: number | null = null;
  if (draft.capacity.trim()) {
    capacity = parseWholeNumber(draft.capacity);
    if (capacity === null || capacity < 1) return wrong('名额填正整数，不限名额就空着', 'capacity');
  }
  const signupOpensAt = chinaLocalToIso(draft.signupOpensAt);
  const signupClosesAt = chinaLocalToIso(draft.signupClosesAt);
  const startsAt = chinaLocalToIso(draft.startsAt);
  const endsAt = chinaLocalToIso(draft.endsAt);
  if (!signupOpensAt || !signupClosesAt || !startsAt || !endsAt) {
    const missing = (['startsAt', 'endsAt', 'signupOpensAt', 'signupClosesAt'] as const).find((key) => !chinaLocalToIso(draft[key]));
    return wrong('请把四个时间都填好', missing ?? 'startsAt');
  }
  if (signupClosesAt <= signupOpensAt) return wrong('报名截止要晚于报名开始', 'signupClosesAt');
  if (endsAt <= startsAt) return wrong('活动结束要晚于活动开始', 'endsAt');
  if (signupClosesAt > endsAt) return wrong('报名截止不能晚于活动结束', 'signupClosesAt');
  if (Date.parse(endsAt) <= Date.now()) return wrong('活动结束时间已经过去了', 'endsAt');
  return {
    ok: true,
    input: {
      sceneId: draft.sceneId,
      title,
      description: draft.description.trim(),
      points,
      place,
      evidence: draft.evidence,
      capacity,
      signupOpensAt,
      signupClosesAt,
      startsAt,
      endsAt,
    },
  };
}

/** 发布活动: a scene, what and where, the points, how it is proved, and when. */
export default function PublishActivityPage() {
  const scenes = useQuery(ActivityScenesDocument);
  const [draft, setDraft] = useState<Draft>(initialDraft);
  const publish = useAction(PublishActivityDocument, (d) => d.publishActivity);
  const [published, setPublished] = useState<{ id: string; title: string } | null>(null);
  // Until the cadre types the points, a picked scene offers the village's default for it.
  const [pointsTyped, setPointsTyped] = useState(false);
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const field = (key: keyof PublishActivityInput) => publish.fieldProps(key);

  async function submit() {
    const checked = check(draft);
    if (!checked.ok) return publish.refuse(checked.message, checked.field);
    const done = await publish.run({ input: checked.input });
    if (done) setPublished(done);
  }

  if (published) {
    return (
      <PageShell>
        <View className="result result--ok" data-testid="publish-result">
          <Text className="result__title">活动已发布</Text>
          <Text className="result__text">{published.title}</Text>
          <Text className="result__text">村民在“我的工分 · 怎样挣工分”里就能看到。</Text>
        </View>
        {draft.evidence !== 'PHOTO' ? (
          <ActionButton
            className="wide-button"
            type="primary"
            size="large"
            block
            onClick={() => void Taro.redirectTo({ url: withParams(ROUTES.adminCheckinCode, { id: published.id }) })}
          >
            看签到码
          </ActionButton>
        ) : null}
        <ActionButton
          className="wide-button"
          fill="outline"
          type="primary"
          block
          onClick={() => void Taro.redirectTo({ url: ROUTES.adminActivities })}
        >
          回到活动管理
        </ActionButton>
        <ActionButton
          className="wide-button"
          fill="outline"
          type="primary"
          block
          onClick={() => {
            setPublished(null);
            setDraft(initialDraft());
            setPointsTyped(false);
          }}
        >
          再发布一个
        </ActionButton>
      </PageShell>
    );
  }

  return (
    <PageShell className="publish">
      <Text className="page-title">发布活动</Text>
      <AsyncView state={scenes.state} onRetry={scenes.reload} isEmpty={(d) => d.scenes.every((s) => !s.enabled)}>
        {(data) => (
          <>
            <Card title="做什么">
              <ChoiceChips
                label="场景"
                choices={data.scenes.filter((s) => s.enabled).map((s) => ({ value: s.id, label: s.name }))}
                value={draft.sceneId}
                onChange={(sceneId) => {
                  set('sceneId')(sceneId);
                  const scene = data.scenes.find((s) => s.id === sceneId);
                  if (scene && !pointsTyped) set('points')(String(scene.defaultPoints));
                }}
                testId="scene-choice"
                {...field('sceneId')}
              />
              <TextField
                label="活动名称"
                value={draft.title}
                onChange={set('title')}
                placeholder="例如：垃圾分类入户宣传"
                maxLength={60}
                testId="activity-title-input"
                {...field('title')}
              />
              <TextField
                label="活动说明"
                value={draft.description}
                onChange={set('description')}
                placeholder="做什么、怎么做"
                maxLength={1000}
                testId="activity-description-input"
                {...field('description')}
              />
              <TextField
                label="活动地点"
                value={draft.place}
                onChange={set('place')}
                placeholder="例如：村文化礼堂"
                maxLength={100}
                testId="activity-place-input"
                {...field('place')}
              />
            </Card>
            <Card title="怎样记分">
              <TextField
                label="奖励工分"
                kind="number"
                value={draft.points}
                onChange={(points) => {
                  setPointsTyped(true);
                  set('points')(points);
                }}
                maxLength={4}
                testId="activity-points-input"
                {...field('points')}
              />
              <ChoiceChips
                label="凭什么记分"
                choices={EVIDENCE_CHOICES}
                value={draft.evidence}
                onChange={set('evidence')}
                stacked
                testId="evidence-choice"
                {...field('evidence')}
              />
              <TextField
                label="名额（不限就空着）"
                kind="number"
                value={draft.capacity}
                onChange={set('capacity')}
                maxLength={5}
                testId="activity-capacity-input"
                {...field('capacity')}
              />
            </Card>
            <Card title="时间">
              <DateTimeField label="活动开始" value={draft.startsAt} onChange={set('startsAt')} testId="starts-at" {...field('startsAt')} />
              <DateTimeField label="活动结束" value={draft.endsAt} onChange={set('endsAt')} testId="ends-at" {...field('endsAt')} />
              <DateTimeField
                label="报名开始"
                value={draft.signupOpensAt}
                onChange={set('signupOpensAt')}
                testId="signup-opens-at"
                {...field('signupOpensAt')}
              />
              <DateTimeField
                label="报名截止"
                value={draft.signupClosesAt}
                onChange={set('signupClosesAt')}
                testId="signup-closes-at"
                {...field('signupClosesAt')}
              />
            </Card>
            <Notice notice={publish.notice} testId="publish-notice" />
            <ActionButton
              className="wide-button"
              type="primary"
              size="large"
              block
              loading={publish.busy}
              onClick={() => void submit()}
              data-testid="publish-submit"
            >
              发布
            </ActionButton>
          </>
        )}
      </AsyncView>
    </PageShell>
  );
}
