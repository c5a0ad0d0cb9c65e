import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ActivityScenesDocument, PublishActivityDocument, type PublishActivityMutation } from './publish-activity.generated';
import type { EvidenceRule, PublishActivityInput } from '@gongfu/shared-types';
import { ActionButton } from '@/components/ActionButton';
import { AsyncView } from '@/components/AsyncView';
import { Card } from '@/components/Card';
import { ChoiceChips } from '@/components/ChoiceChips';
import { DateTimeField } from '@/components/DateTimeField';
import { Notice, type NoticeMessage } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { TextField, parseWholeNumber } from '@/components/TextField';
import { addDays, chinaLocalToIso, chinaToday, isoToChinaLocal } from '@/domain/china-time';
import { EVIDENCE_RULES } from '@/domain/workpoints';
import { useMutation } from '@/hooks/use-mutation';
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

type Checked = { ok: true; input: PublishActivityInput } | { ok: false; message: string };

/** The checks the BFF makes too, said before the round trip. */
function check(draft: Draft): Checked {
  if (!draft.sceneId) return { ok: false, message: '请选择场景' };
  const title = draft.title.trim();
  if (title.length < 2 || title.length > 60) return { ok: false, message: '活动名称 2–60 个字' };
  const place = draft.place.trim();
  if (place.length < 2) return { ok: false, message: '请填写活动地点' };
  const points = parseWholeNumber(draft.points);
  if (points === null || points < 1 || points > 1000) return { ok: false, message: '奖励工分填 1 到 1000' };
  let capacity: number | null = null;
  if (draft.capacity.trim()) {
    capacity = parseWholeNumber(draft.capacity);
    if (capacity === null || capacity < 1) return { ok: false, message: '名额填正整数，不限名额就空着' };
  }
  const signupOpensAt = chinaLocalToIso(draft.signupOpensAt);
  const signupClosesAt = chinaLocalToIso(draft.signupClosesAt);
  const startsAt = chinaLocalToIso(draft.startsAt);
  const endsAt = chinaLocalToIso(draft.endsAt);
  if (!signupOpensAt || !signupClosesAt || !startsAt || !endsAt) return { ok: false, message: '请把四个时间都填好' };
  if (signupClosesAt <= signupOpensAt) return { ok: false, message: '报名截止要晚于报名开始' };
  if (endsAt <= startsAt) return { ok: false, message: '活动结束要晚于活动开始' };
  if (signupClosesAt > endsAt) return { ok: false, message: '报名截止不能晚于活动结束' };
  if (Date.parse(endsAt) <= Date.now()) return { ok: false, message: '活动结束时间已经过去了' };
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
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [published, setPublished] = useState<PublishActivityMutation['publishActivity'] | null>(null);
  const publish = useMutation(PublishActivityDocument);
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function submit() {
    const checked = check(draft);
    if (!checked.ok) {
      setNotice({ tone: 'error', text: checked.message });
      return;
    }
    setNotice(null);
    const outcome = await publish.run({ input: checked.input });
    if (!outcome) return;
    if (outcome.ok) setPublished(outcome.data.publishActivity);
    else setNotice({ tone: 'error', text: outcome.error.message });
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
        <ActionButton className="wide-button" fill="outline" type="primary" block onClick={() => void Taro.redirectTo({ url: ROUTES.adminActivities })}>
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
      <AsyncView
        state={scenes.state}
        onRetry={scenes.reload}
        isEmpty={(d) => d.scenes.every((s) => !s.enabled)}
      >
        {(data) => (
          <>
            <Card title="做什么">
              <ChoiceChips
                label="场景"
                choices={data.scenes.filter((s) => s.enabled).map((s) => ({ value: s.id, label: s.name }))}
                value={draft.sceneId}
                onChange={set('sceneId')}
                testId="scene-choice"
              />
              <TextField label="活动名称" value={draft.title} onChange={set('title')} placeholder="例如：垃圾分类入户宣传" maxLength={60} testId="activity-title-input" />
              <TextField label="活动说明" value={draft.description} onChange={set('description')} placeholder="做什么、怎么做" maxLength={1000} testId="activity-description-input" />
              <TextField label="活动地点" value={draft.place} onChange={set('place')} placeholder="例如：村文化礼堂" maxLength={100} testId="activity-place-input" />
            </Card>
            <Card title="怎样记分">
              <TextField label="奖励工分" kind="number" value={draft.points} onChange={set('points')} maxLength={4} testId="activity-points-input" />
              <ChoiceChips label="凭什么记分" choices={EVIDENCE_CHOICES} value={draft.evidence} onChange={set('evidence')} stacked testId="evidence-choice" />
              <TextField label="名额（不限就空着）" kind="number" value={draft.capacity} onChange={set('capacity')} maxLength={5} testId="activity-capacity-input" />
            </Card>
            <Card title="时间">
              <DateTimeField label="活动开始" value={draft.startsAt} onChange={set('startsAt')} testId="starts-at" />
              <DateTimeField label="活动结束" value={draft.endsAt} onChange={set('endsAt')} testId="ends-at" />
              <DateTimeField label="报名开始" value={draft.signupOpensAt} onChange={set('signupOpensAt')} testId="signup-opens-at" />
              <DateTimeField label="报名截止" value={draft.signupClosesAt} onChange={set('signupClosesAt')} testId="signup-closes-at" />
            </Card>
            <Notice notice={notice} testId="publish-notice" />
            <ActionButton className="wide-button" type="primary" size="large" block loading={publish.busy} onClick={() => void submit()} data-testid="publish-submit">
              发布
            </ActionButton>
          </>
        )}
      </AsyncView>
    </PageShell>
  );
}
