import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import {
  ActivityDetailDocument,
  CheckInToActivityDocument,
  SignUpForActivityDocument,
  SubmitEvidenceDocument,
  type ActivityDetailQuery,
  type MyParticipationFragment,
} from './activity.generated';
import type { ApiError } from '@/api/api-error';
import { ActionButton } from '@/components/ActionButton';
import { AsyncView } from '@/components/AsyncView';
import { Card, InfoRow } from '@/components/Card';
import { Notice, type NoticeMessage } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { PhotoPicker, usePhotoUploads } from '@/components/PhotoPicker';
import { ScanOrPaste } from '@/components/ScanOrPaste';
import { EmptyState } from '@/components/StatusViews';
import { TextField } from '@/components/TextField';
import { activityStep, type ActivityStep } from '@/domain/activity-steps';
import { formatDateTime, formatTimeRange } from '@/domain/china-time';
import { EVIDENCE_RULES } from '@/domain/workpoints';
import { useMutation } from '@/hooks/use-mutation';
import { usePageParams } from '@/hooks/use-page-params';
import { useQuery } from '@/hooks/use-query';
import '@/components/workpoints.css';
import './index.css';

type Activity = ActivityDetailQuery['activity'];

/** 活动详情: what the activity is, how its points are earned, and the next step for this villager. */
export default function ActivityPage() {
  const { id } = usePageParams();
  if (!id) {
    return (
      <PageShell>
        <EmptyState title="找不到这个活动" hint="请从“我的工分”里的活动列表打开。" />
      </PageShell>
    );
  }
  return <ActivityById id={id} />;
}

function ActivityById({ id }: { id: string }) {
  const { state, reload } = useQuery(ActivityDetailDocument, { id });
  return (
    <PageShell className="activity">
      <AsyncView state={state} onRetry={reload}>
        {(data) => <ActivityView activity={data.activity} reload={reload} />}
      </AsyncView>
    </PageShell>
  );
}

function ActivityView({ activity, reload }: { activity: Activity; reload: () => void }) {
  // What the last mutation answered, shown at once while the page reloads in the background.
  const [mine, setMine] = useState<MyParticipationFragment | null | undefined>(undefined);
  useEffect(() => setMine(undefined), [activity]);
  const participation = mine === undefined ? activity.myParticipation : mine;
  const step = activityStep({ ...activity, myParticipation: participation });

  return (
    <>
      <View className="activity__head">
        <Text className="badge">{activity.scene.name}</Text>
        <Text className="page-title activity__title" data-testid="activity-title">
          {activity.title}
        </Text>
        <Text className="activity__points">
          完成可得 <Text className="activity__points-number">{activity.points}</Text> 工分
        </Text>
      </View>

      <Card>
        <InfoRow label="时间" value={formatTimeRange(activity.startsAt, activity.endsAt)} />
        <InfoRow label="地点" value={activity.place} />
        <InfoRow label="报名截止" value={formatDateTime(activity.signupClosesAt)} />
        <InfoRow
          label="名额"
          value={activity.placesLeft === null ? `不限（已报 ${activity.signupCount} 人）` : `还剩 ${activity.placesLeft} 个（共 ${activity.capacity}）`}
          testId="activity-places"
        />
      </Card>

      <NextStep activity={activity} participationId={participation?.id ?? null} step={step} onChanged={setMine} reload={reload} />

      <Card title="怎样拿到工分" className="activity__rule">
        <Text className="activity__rule-label">{EVIDENCE_RULES[activity.evidence].label}</Text>
        <Text className="activity__description">{EVIDENCE_RULES[activity.evidence].explain}</Text>
      </Card>

      {activity.description ? (
        <Card title="活动内容">
          <Text className="activity__description">{activity.description}</Text>
        </Card>
      ) : null}


    </>
  );
}

interface NextStepProps {
  activity: Activity;
  participationId: string | null;
  step: ActivityStep;
  onChanged: (participation: MyParticipationFragment) => void;
  reload: () => void;
}

/** The one thing to do next, as a large button, with what happened last time above it. */
function NextStep({ activity, participationId, step, onChanged, reload }: NextStepProps) {
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  /** A refusal from the BFF: say why, and reload, as the activity may have changed meanwhile. */
  function refused(error: ApiError) {
    setNotice({ tone: 'error', text: error.message });
    if (!['NETWORK_ERROR', 'BAD_RESPONSE'].includes(error.code)) reload();
  }
  /** Done: the status line above says what changed, so no second message. */
  function done(participation: MyParticipationFragment) {
    onChanged(participation);
    setNotice(null);
    reload();
  }

  return (
    <Card className="step" title="我的进度">
      <StepStatus step={step} points={activity.points} />
      <Notice notice={notice} testId="step-notice" />
      {step.kind === 'sign-up' ? <SignUp activityId={activity.id} onDone={done} onRefused={refused} /> : null}
      {step.kind === 'check-in' ? <CheckIn onDone={done} onRefused={refused} /> : null}
      {step.kind === 'submit' && participationId ? (
        <SubmitEvidence participationId={participationId} needsPhoto={step.needsPhoto} onDone={done} onRefused={refused} />
      ) : null}
    </Card>
  );
}

function StepStatus({ step, points }: { step: ActivityStep; points: number }) {
  const [tone, text] = ((): [string, string] => {
    switch (step.kind) {
      case 'sign-up':
        return ['', '还没报名'];
      case 'check-in':
        return step.rejectReason ? ['danger', `未通过：${step.rejectReason}`] : ['warm', '已报名，请到现场签到'];
      case 'submit':
        return step.rejectReason
          ? ['danger', `未通过：${step.rejectReason}。请按要求重新提交。`]
          : ['warm', step.needsPhoto ? '已报名，做完后请上传照片' : '已签到，请提交审核'];
      case 'pending':
        return ['warm', '待审核：已提交，等村干部审核'];
      case 'approved':
        return ['', `已通过：${points} 工分已经记到您名下`];
      case 'cancelled':
        return ['muted', '这个活动已经取消了'];
      case 'ended':
        return ['muted', '这个活动已经结束了'];
      case 'signup-not-open':
        return ['muted', `报名还没开始，${formatDateTime(step.opensAt)} 开始报名`];
      case 'signup-closed':
        return ['muted', '报名已经截止了'];
      case 'full':
        return ['muted', '名额已满'];
    }
  })();
  return (
    <Text className={`step__status step__status--${tone || 'ok'}`} data-testid="participation-status" data-step={step.kind}>
      {text}
    </Text>
  );
}

interface ActionProps {
  onDone: (participation: MyParticipationFragment) => void;
  onRefused: (error: ApiError) => void;
}

function SignUp({ activityId, onDone, onRefused }: ActionProps & { activityId: string }) {
  const signUp = useMutation(SignUpForActivityDocument);
  async function run() {
    const outcome = await signUp.run({ activityId });
    if (!outcome) return;
    if (outcome.ok) onDone(outcome.data.signUpForActivity);
    else onRefused(outcome.error);
  }
  return (
    <ActionButton className="wide-button" type="primary" size="large" block loading={signUp.busy} onClick={() => void run()} data-testid="signup-button">
      我要报名
    </ActionButton>
  );
}

function CheckIn({ onDone, onRefused }: ActionProps) {
  // Opened from the 扫一扫 tab with the check-in code it read: check in straight away.
  const scannedOnTab = usePageParams().checkin ?? '';
  const [code, setCode] = useState(scannedOnTab);
  const checkIn = useMutation(CheckInToActivityDocument);
  useEffect(() => {
    if (scannedOnTab) void run(scannedOnTab);
    // Once, for the code the page was opened with.
  }, []);
  async function run(scanned = code) {
    if (!scanned) return;
    const outcome = await checkIn.run({ code: scanned });
    if (!outcome) return;
    if (outcome.ok) onDone(outcome.data.checkInToActivity);
    else onRefused(outcome.error);
  }
  return (
    <View className="step__action">
      <ScanOrPaste
        label="现场签到码"
        value={code}
        onChange={(scanned) => {
          setCode(scanned);
          // In WeChat the scan is the whole step: check in straight away.
          if (process.env.TARO_ENV === 'weapp' && scanned) void run(scanned);
        }}
        scanText="扫现场签到码"
        placeholder="粘贴村干部给的签到码"
        testId="checkin-code-input"
      />
      {process.env.TARO_ENV !== 'weapp' ? (
        <ActionButton
          className="wide-button"
          type="primary"
          size="large"
          block
          disabled={!code}
          loading={checkIn.busy}
          onClick={() => void run()}
          data-testid="checkin-button"
        >
          签到
        </ActionButton>
      ) : null}
    </View>
  );
}

function SubmitEvidence({ participationId, needsPhoto, onDone, onRefused }: ActionProps & { participationId: string; needsPhoto: boolean }) {
  const uploads = usePhotoUploads(3);
  const [note, setNote] = useState('');
  const submit = useMutation(SubmitEvidenceDocument);
  const missingPhoto = needsPhoto && uploads.keys.length === 0;

  async function run() {
    const outcome = await submit.run({ input: { participationId, photoKeys: uploads.keys, note: note.trim() } });
    if (!outcome) return;
    if (outcome.ok) {
      uploads.clear();
      onDone(outcome.data.submitEvidence);
    } else {
      onRefused(outcome.error);
    }
  }

  return (
    <View className="step__action">
      {needsPhoto ? (
        <>
          <Text className="field__label">现场照片</Text>
          <PhotoPicker uploads={uploads} />
        </>
      ) : null}
      <TextField label="补充说明（可不填）" value={note} onChange={setNote} placeholder="比如：宣传了 12 户" maxLength={200} testId="evidence-note" />
      {uploads.uploading ? <Text className="muted">照片还在上传，请稍等…</Text> : null}
      <ActionButton
        className="wide-button"
        type="primary"
        size="large"
        block
        disabled={missingPhoto || uploads.uploading}
        loading={submit.busy}
        onClick={() => void run()}
        data-testid="submit-evidence"
      >
        {missingPhoto ? '请先上传照片' : '提交审核'}
      </ActionButton>
    </View>
  );
}
