import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { AttachTraceDocumentDocument } from './trace-batch.generated';
import type { AttachTraceDocumentInput, TraceDocumentKind } from '@gongfu/shared-types';
import { ActionButton } from '@/components/ActionButton';
import { Card } from '@/components/Card';
import { ChoiceChips } from '@/components/ChoiceChips';
import { DateField } from '@/components/DateField';
import { Notice } from '@/components/Notice';
import { PhotoPicker, usePhotoUploads } from '@/components/PhotoPicker';
import { TextField } from '@/components/TextField';
import { chinaToday } from '@/domain/china-time';
import { DOCUMENT_KIND_LABEL, isDay } from '@/domain/trace';
import { useAction } from '@/hooks/use-action';

const KIND_CHOICES: Array<{ value: TraceDocumentKind; label: string }> = (
  ['CERTIFICATE_OF_CONFORMITY', 'SELF_INSPECTION', 'IMPORT_QUARANTINE', 'DISINFECTION', 'NUCLEIC_ACID'] as const
).map((value) => ({ value, label: DOCUMENT_KIND_LABEL[value] }));

export interface DocumentDraft {
  kind: TraceDocumentKind | null;
  issuedBy: string;
  issuedOn: string;
  passed: 'yes' | 'no';
  summary: string;
  originCountry: string;
  entryPort: string;
  customsDeclarationNo: string;
}

/** A refusal names the input at fault as AttachTraceDocumentInput does, so the BFF's land on the same fields. */
type Checked =
  { ok: true; input: Omit<AttachTraceDocumentInput, 'fileKey'> } | { ok: false; message: string; field: keyof AttachTraceDocumentInput };

/** The checks the BFF makes too; an import's papers say where it came from and how it entered. */
export function checkDocument(batchId: string, draft: DocumentDraft, today: string = chinaToday()): Checked {
  if (!draft.kind) return { ok: false, message: '请选是什么文件', field: 'kind' };
  const issuedBy = draft.issuedBy.trim();
  if (issuedBy.length < 2 || issuedBy.length > 60)
    return { ok: false, message: '请填出具单位（2–60 个字），即盖章的单位', field: 'issuedBy' };
  if (!isDay(draft.issuedOn)) return { ok: false, message: '请选出具日期', field: 'issuedOn' };
  if (draft.issuedOn > today) return { ok: false, message: '出具日期不能晚于今天', field: 'issuedOn' };
  const summary = draft.summary.trim();
  if (summary.length > 200) return { ok: false, message: '摘要最多 200 个字', field: 'summary' };
  const input: Omit<AttachTraceDocumentInput, 'fileKey'> = {
    batchId,
    kind: draft.kind,
    issuedBy,
    issuedOn: draft.issuedOn,
    passed: draft.passed === 'yes',
    summary,
    originCountry: null,
    entryPort: null,
    customsDeclarationNo: null,
  };
  if (draft.kind === 'IMPORT_QUARANTINE') {
    const originCountry = draft.originCountry.trim();
    const entryPort = draft.entryPort.trim();
    const customs = draft.customsDeclarationNo.trim();
    if (originCountry.length < 2 || originCountry.length > 40)
      return { ok: false, message: '请填原产国（2–40 个字），例如：新西兰', field: 'originCountry' };
    if (entryPort.length < 2 || entryPort.length > 40)
      return { ok: false, message: '请填入境口岸（2–40 个字），例如：宁波口岸', field: 'entryPort' };
    if (customs && !/^\d{18}$/.test(customs)) return { ok: false, message: '报关单号是 18 位数字', field: 'customsDeclarationNo' };
    Object.assign(input, { originCountry, entryPort, customsDeclarationNo: customs || null });
  }
  return { ok: true, input };
}

/** 上传证明文件: a certificate or report for the batch, with its photo. `onStale` reloads the batch the BFF says changed. */
export function DocumentForm({
  batchId,
  onCancel,
  onAttached,
  onStale,
}: {
  batchId: string;
  onCancel: () => void;
  onAttached: (kind: TraceDocumentKind) => void;
  onStale: () => void;
}) {
  const [draft, setDraft] = useState<DocumentDraft>({
    kind: null,
    issuedBy: '',
    issuedOn: chinaToday(),
    passed: 'yes',
    summary: '',
    originCountry: '',
    entryPort: '',
    customsDeclarationNo: '',
  });
  const photos = usePhotoUploads(1);
  const attach = useAction(AttachTraceDocumentDocument, (d) => d.attachTraceDocument, { onStale });
  const set =
    <K extends keyof DocumentDraft>(key: K) =>
    (value: DocumentDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  async function submit() {
    const checked = checkDocument(batchId, draft);
    if (!checked.ok) return attach.refuse(checked.message, checked.field);
    if (photos.uploading) return attach.refuse('照片还在上传，请稍等', 'fileKey');
    if (photos.failed) return attach.refuse('照片没传上，请点“重传”或删掉它', 'fileKey');
    const done = await attach.run({ input: { ...checked.input, fileKey: photos.keys[0] ?? null } });
    if (done) onAttached(done.kind);
  }

  return (
    <Card title="上传证明文件">
      <ChoiceChips label="是什么文件" choices={KIND_CHOICES} value={draft.kind} onChange={set('kind')} testId="document-kind" />
      <TextField
        label="出具单位"
        value={draft.issuedBy}
        onChange={set('issuedBy')}
        placeholder="盖章的单位，例如：戴村镇农产品检测站"
        maxLength={60}
        testId="document-issuer"
        {...attach.fieldProps('issuedBy')}
      />
      <DateField label="出具日期" value={draft.issuedOn} onChange={set('issuedOn')} testId="document-issued-on" />
      <ChoiceChips
        label="结论"
        choices={[
          { value: 'yes', label: '合格' },
          { value: 'no', label: '不合格' },
        ]}
        value={draft.passed}
        onChange={set('passed')}
        testId="document-passed"
      />
      <TextField
        label="内容摘要（可不填）"
        value={draft.summary}
        onChange={set('summary')}
        placeholder="例如：未检出禁用兽药"
        maxLength={200}
        testId="document-summary"
        {...attach.fieldProps('summary')}
      />
      {draft.kind === 'IMPORT_QUARANTINE' ? (
        <View data-testid="import-fields">
          <TextField
            label="原产国"
            value={draft.originCountry}
            onChange={set('originCountry')}
            placeholder="例如：新西兰"
            maxLength={40}
            testId="document-origin"
            {...attach.fieldProps('originCountry')}
          />
          <TextField
            label="入境口岸"
            value={draft.entryPort}
            onChange={set('entryPort')}
            placeholder="例如：宁波口岸"
            maxLength={40}
            testId="document-port"
            {...attach.fieldProps('entryPort')}
          />
          <TextField
            label="报关单号（18 位数字）"
            kind="number"
            value={draft.customsDeclarationNo}
            onChange={set('customsDeclarationNo')}
            maxLength={18}
            testId="document-customs"
            {...attach.fieldProps('customsDeclarationNo')}
          />
        </View>
      ) : null}
      <View className="field">
        <Text className="field__label">文件照片（拍清楚盖章的地方，可不传）</Text>
        <PhotoPicker uploads={photos} testId="document-photo" {...attach.fieldProps('fileKey')} />
      </View>
      <Notice notice={attach.notice} testId="document-notice" />
      <View className="actions">
        <ActionButton fill="outline" type="primary" disabled={attach.busy} onClick={onCancel} data-testid="document-cancel">
          取消
        </ActionButton>
        <ActionButton type="primary" loading={attach.busy} onClick={() => void submit()} data-testid="document-submit">
          保存文件
        </ActionButton>
      </View>
    </Card>
  );
}
