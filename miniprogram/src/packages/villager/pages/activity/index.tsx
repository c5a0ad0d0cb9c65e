import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import {
  ActivityDetailDocument,
  CancelSignUpDocument,
  CheckInToActivityDocument,
  SignUpForActivityDocument,
  SubmitEvidenceDocument,
  type ActivityDetailQuery,
  type MyParticipationFragment,
} from './activity.generated';
import { ActionButton } from '@/components/ActionButton';
import { Card, InfoRow } from '@/components/Card';
import { ConfirmSheet } from '@/components/ConfirmSheet';
import { DetailPage } from '@/components/DetailPage';
import { Notice } from '@/components/Notice';
import { PhotoPicker, usePhotoUploads } from '@/components/PhotoPicker';
import { ScanOrPaste } from '@/components/ScanOrPaste';
import { TextField } from '@/components/TextField';
import { activityStep, canCancelSignUp, type ActivityStep } from '@/domain/activity-steps';
import { formatDateTime, formatTimeRange } from '@/domain/china-time';
import { EVIDENCE_RULES } from '@/domain/workpoints';
import { useAction, type FieldProblemProps } from '@/hooks/use-action';
import { usePageParams } from '@/hooks/use-page-params';
import '@/components/workpoints.css';
import './index.css';

type Activity = ActivityDetailQuery['activity'];

/** 活动详情: what the activity is, how its points are earned, and the next step for this villager. */
export default function ActivityPage() {
  return (
    <DetailPage
      title="活动详情"
      document={ActivityDetailDocument}
      missing={{ title: '找不到这个活动', hint: '请从“我的工分”里的活动列表打开。' }}
    >
      {(data, reload) => <ActivityView activity={data.activity} reload={reload} />}
    </DetailPage>
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
          value={
            activity.placesLeft === null
              ? `不限（已报 ${activity.signupCount} 人）`
              : `还剩 ${activity.placesLeft} 个（共 ${activity.capacity}）`
          }
          testId="activity-places"
        />
      </Card>

      <NextStep
        activity={activity}
        participation={participation}
        step={step}
        cancellable={canCancelSignUp({ ...activity, myParticipation: participation })}
        onChanged={setMine}
        reload={reload}
      />

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
  participation: MyParticipationFragment | null;
  step: ActivityStep;
  /** The sign-up may still be taken back. */
  cancellable: boolean;
  /** What the last step made of the participation; null once the sign-up is taken back. */
  onChanged: (participation: MyParticipationFragment | null) => void;
  reload: () => void;
}

/**
 * The one thing to do next, as a large button, with what happened last time above it. The
 * actions live here rather than in each step's buttons: a refusal that means the activity changed
 * meanwhile (full, closed, cancelled) reloads the page, the step moves on, and its reason must
 * stay in view.
 */
function NextStep({ activity, participation, step, cancellable, onChanged, reload }: NextStepProps) {
  const signUp = useAction(SignUpForActivityDocument, (d) => d.signUpForActivity, { onStale: reload });
  const checkIn = useAction(CheckInToActivityDocument, (d) => d.checkInToActivity, { onStale: reload });
  const submit = useAction(SubmitEvidenceDocument, (d) => d.submitEvidence, { onStale: reload });
  const cancel = useAction(CancelSignUpDocument, (d) => d.cancelSignUp, { onStale: reload });
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const actions = [signUp, checkIn, submit, cancel];
  const notice = actions.map((a) => a.notice).find((n) => n !== null) ?? null;
  const participationId = participation?.id ?? null;

  /** Runs one step; what an earlier one said goes. Done: the status line above says what changed. */
  async function take(run: () => Promise<MyParticipationFragment | null>): Promise<boolean> {
    actions.forEach((a) => a.say(null));
    const made = await run();
    if (!made) return false;
    onChanged(made);
    reload();
    return true;
  }

  async function cancelSignUp() {
    actions.forEach((a) => a.say(null));
    const done = await cancel.run({ activityId: activity.id });
    setConfirmingCancel(false);
    if (!done) return;
    onChanged(null);
    cancel.say({ tone: 'success', text: '已取消报名，名额让给了别人' });
    reload();
  }

  return (
    <Card className="step" title="我的进度">
      <StepStatus step={step} points={activity.points} />
      <Notice notice={notice} testId="step-notice" />
      {step.kind === 'sign-up' ? (
        <SignUp busy={signUp.busy} onSignUp={() => void take(() => signUp.run({ activityId: activity.id }))} />
      ) : null}
      {step.kind === 'check-in' ? <CheckIn busy={checkIn.busy} onCheckIn={(code) => void take(() => checkIn.run({ code }))} /> : null}
      {step.kind === 'submit' && participationId ? (
        <SubmitEvidence
          needsPhoto={step.needsPhoto}
          busy={submit.busy}
          noteProblem={submit.fieldProps('note')}
          onSubmit={(evidence) => take(() => submit.run({ input: { participationId, ...evidence } }))}
        />
      ) : null}
      {cancellable ? (
        <ActionButton
          className="wide-button"
          fill="outline"
          block
          loading={cancel.busy}
          onClick={() => setConfirmingCancel(true)}
          data-testid="cancel-signup-button"
        >
          取消报名
        </ActionButton>
      ) : null}
      <ConfirmSheet
        open={confirmingCancel}
        title="取消报名？"
        confirmText="取消报名"
        cancelText="不取消"
        danger
        busy={cancel.busy}
        onConfirm={() => void cancelSignUp()}
        onCancel={() => setConfirmingCancel(false)}
        testId="cancel-signup-confirm"
      >
        <Text>名额会空出来给别人。活动开始前，还有名额的话可以再报名。</Text>
      </ConfirmSheet>
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

function SignUp({ busy, onSignUp }: { busy: boolean; onSignUp: () => void }) {
  return (
    <ActionButton className="wide-button" type="primary" size="large" block loading={busy} onClick={onSignUp} data-testid="signup-button">
      我要报名
    </ActionButton>
  );
}

function CheckIn({ busy, onCheckIn }: { busy: boolean; onCheckIn: (code: string) => void }) {
  // Opened from the 扫一扫 tab with the check-in code it read: check in straight away.
  const scannedOnTab = usePageParams().checkin ?? '';
  const [code, setCode] = useState(scannedOnTab);
  useEffect(() => {
    if (scannedOnTab) onCheckIn(scannedOnTab);
    // Once, for the code the page was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <View className="step__action">
      <ScanOrPaste
        label="现场签到码"
        value={code}
        onChange={setCode}
        // A scan is the whole step: check in straight away.
        onScan={onCheckIn}
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
          loading={busy}
          onClick={() => onCheckIn(code)}
          data-testid="checkin-button"
        >
          签到
        </ActionButton>
      ) : null}
    </View>
  );
}

interface SubmitEvidenceProps {
  needsPhoto: boolean;
  busy: boolean;
  /** A refusal of the note, shown under it. */
  noteProblem: FieldProblemProps;
  /** Answers whether the evidence went in. */
  onSubmit: (evidence: { photoKeys: string[]; note: string }) => Promise<boolean>;
}

function SubmitEvidence({ needsPhoto, busy, noteProblem, onSubmit }: SubmitEvidenceProps) {
  const uploads = usePhotoUploads(3);
  const [note, setNote] = useState('');
  const missingPhoto = needsPhoto && uploads.keys.length === 0;

  async function run() {
    if (await onSubmit({ photoKeys: uploads.keys, note: note.trim() })) uploads.clear();
  }

  return (
    <View className="step__action">
      {needsPhoto ? (
        <>
          <Text className="field__label">现场照片</Text>
          <PhotoPicker uploads={uploads} />
        </>
      ) : null}
      <TextField
        label="补充说明（可不填）"
        value={note}
        onChange={setNote}
        placeholder="比如：宣传了 12 户"
        maxLength={200}
        testId="evidence-note"
        {...noteProblem}
      />
      {uploads.uploading ? <Text className="muted">照片还在上传，请稍等…</Text> : null}
      <ActionButton
        className="wide-button"
        type="primary"
        size="large"
        block
        disabled={missingPhoto || uploads.uploading}
        loading={busy}
        onClick={() => void run()}
        data-testid="submit-evidence"
      >
        {missingPhoto ? '请先上传照片' : '提交审核'}
      </ActionButton>
    </View>
  );
}
