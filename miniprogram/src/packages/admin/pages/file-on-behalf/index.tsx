import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { FileOnBehalfActivityDocument, FileOnBehalfDocument, type FileOnBehalfActivityQuery } from './file-on-behalf.generated';
import { ActionButton } from '@/components/ActionButton';
import { Card } from '@/components/Card';
import { DetailPage } from '@/components/DetailPage';
import { FieldError } from '@/components/FieldError';
import { Notice } from '@/components/Notice';
import { PhotoPicker, usePhotoUploads } from '@/components/PhotoPicker';
import { TextField } from '@/components/TextField';
import { VillagerPicker, type PickedVillager } from '../../components/VillagerPicker';
import { EVIDENCE_RULES } from '@/domain/workpoints';
import { useAction } from '@/hooks/use-action';
import '@/components/workpoints.css';

type Activity = FileOnBehalfActivityQuery['activity'];

/** 代办: a cadre files an activity for an older villager without a phone; it is still reviewed. */
export default function FileOnBehalfPage() {
  return (
    <DetailPage
      title="代办"
      document={FileOnBehalfActivityDocument}
      missing={{ title: '没有指定活动', hint: '请从“活动管理”里点“代办”。' }}
    >
      {(data, reload) => <FileForm activity={data.activity} onStale={reload} />}
    </DetailPage>
  );
}

function FileForm({ activity, onStale }: { activity: Activity; onStale: () => void }) {
  const [villager, setVillager] = useState<PickedVillager | null>(null);
  const [note, setNote] = useState('');
  const uploads = usePhotoUploads(3);
  const file = useAction(FileOnBehalfDocument, (d) => d.fileOnBehalf, { onStale });
  const needsPhoto = activity.evidence !== 'CHECKIN';

  async function submit() {
    if (!villager) return file.refuse('请先选为哪位村民代办', 'villagerId');
    if (note.trim().length < 2) return file.refuse('请写明代办情况（2–200 个字）', 'note');
    if (needsPhoto && uploads.keys.length === 0) return file.refuse('这个活动要现场照片，请先上传', 'photoKeys');
    const done = await file.run({
      input: { activityId: activity.id, villagerId: villager.id, note: note.trim(), photoKeys: uploads.keys },
    });
    if (!done) return;
    file.say({ tone: 'success', text: `已为 ${done.villager.displayName} 代办，请到“审核工分”里审核` });
    setVillager(null);
    setNote('');
    uploads.clear();
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
        <VillagerPicker value={villager} onChange={setVillager} {...file.fieldProps('villagerId')} />
        <TextField
          label="代办情况"
          value={note}
          onChange={setNote}
          placeholder="例如：老人没有手机，本人到场参加"
          maxLength={200}
          testId="behalf-note"
          {...file.fieldProps('note')}
        />
        {needsPhoto ? (
          <View className="field">
            <Text className="field__label">现场照片</Text>
            <PhotoPicker uploads={uploads} />
            <FieldError error={file.fieldProps('photoKeys').error} />
          </View>
        ) : (
          <Text className="muted">这个活动只要签到：您代办即表示您确认村民本人到场。</Text>
        )}
      </Card>
      <Notice notice={file.notice} testId="behalf-notice" />
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
