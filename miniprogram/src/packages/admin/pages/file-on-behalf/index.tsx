import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { FileOnBehalfActivityDocument, FileOnBehalfDocument, type FileOnBehalfActivityQuery } from './file-on-behalf.generated';
import { ActionButton } from '@/components/ActionButton';
import { AsyncView } from '@/components/AsyncView';
import { Card } from '@/components/Card';
import { Notice, type NoticeMessage } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { PhotoPicker, usePhotoUploads } from '@/components/PhotoPicker';
import { EmptyState } from '@/components/StatusViews';
import { TextField } from '@/components/TextField';
import { VillagerPicker, type PickedVillager } from '../../components/VillagerPicker';
import { EVIDENCE_RULES } from '@/domain/workpoints';
import { useMutation } from '@/hooks/use-mutation';
import { usePageParams } from '@/hooks/use-page-params';
import { useQuery } from '@/hooks/use-query';
import '@/components/workpoints.css';

type Activity = FileOnBehalfActivityQuery['activity'];

/** 代办: a cadre files an activity for an older villager without a phone; it is still reviewed. */
export default function FileOnBehalfPage() {
  const { activityId } = usePageParams();
  if (!activityId) {
    return (
      <PageShell>
        <EmptyState title="没有指定活动" hint="请从“活动管理”里点“代办”。" />
      </PageShell>
    );
  }
  return <ForActivity activityId={activityId} />;
}

function ForActivity({ activityId }: { activityId: string }) {
  const { state, reload } = useQuery(FileOnBehalfActivityDocument, { activityId });
  return (
    <PageShell>
      <Text className="page-title">代办</Text>
      <AsyncView state={state} onRetry={reload}>
        {(data) => <FileForm activity={data.activity} />}
      </AsyncView>
    </PageShell>
  );
}

function FileForm({ activity }: { activity: Activity }) {
  const [villager, setVillager] = useState<PickedVillager | null>(null);
  const [note, setNote] = useState('');
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const uploads = usePhotoUploads(3);
  const file = useMutation(FileOnBehalfDocument);
  const needsPhoto = activity.evidence !== 'CHECKIN';

  async function submit() {
    if (!villager) {
      setNotice({ tone: 'error', text: '请先选为哪位村民代办' });
      return;
    }
    if (note.trim().length < 2) {
      setNotice({ tone: 'error', text: '请写明代办情况（2–200 个字）' });
      return;
    }
    if (needsPhoto && uploads.keys.length === 0) {
      setNotice({ tone: 'error', text: '这个活动要现场照片，请先上传' });
      return;
    }
    const outcome = await file.run({
      input: { activityId: activity.id, villagerId: villager.id, note: note.trim(), photoKeys: uploads.keys },
    });
    if (!outcome) return;
    if (outcome.ok) {
      setNotice({ tone: 'success', text: `已为 ${outcome.data.fileOnBehalf.villager.displayName} 代办，请到“审核工分”里审核` });
      setVillager(null);
      setNote('');
      uploads.clear();
    } else {
      setNotice({ tone: 'error', text: outcome.error.message });
    }
  }

  return (
    <>
      <Card>
        <View className="row__main">
          <Text className="row__title">{activity.title}</Text>
          <Text className="row__meta">
            {EVIDENCE_RULES[activity.evidence].label} · {activity.points} 工分
          </Text>
        </View>
      </Card>
      <Card title="为谁代办">
        <VillagerPicker value={villager} onChange={setVillager} />
        <TextField label="代办情况" value={note} onChange={setNote} placeholder="例如：老人没有手机，本人到场参加" maxLength={200} testId="behalf-note" />
        {needsPhoto ? (
          <View className="field">
            <Text className="field__label">现场照片</Text>
            <PhotoPicker uploads={uploads} />
          </View>
        ) : (
          <Text className="muted">这个活动只要签到：您代办即表示您确认村民本人到场。</Text>
        )}
      </Card>
      <Notice notice={notice} testId="behalf-notice" />
      <ActionButton
        className="wide-button"
        type="primary"
        size="large"
        block
        disabled={uploads.uploading}
        loading={file.busy}
        onClick={() => void submit()}
        data-testid="behalf-submit"
      >
        提交代办
      </ActionButton>
    </>
  );
}
