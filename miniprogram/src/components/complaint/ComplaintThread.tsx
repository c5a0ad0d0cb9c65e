import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ActionButton } from '@/components/ActionButton';
import { Notice } from '@/components/Notice';
import { PhotoPicker, usePhotoUploads } from '@/components/PhotoPicker';
import { PrivateImage } from '@/components/PrivateImage';
import { TextAreaField } from '@/components/TextAreaField';
import { cx } from '@/components/class-names';
import { formatDateTime } from '@/domain/china-time';
import { COMPLAINT_PARTY_LABEL, fileUrl, type ComplaintPartyName } from '@/domain/complaints';
import type { ComplaintMessageView, StepAction } from './types';
import './complaint.css';

/** The conversation in time order; the viewer's own side on the right, like a chat. */
export function ComplaintThread({
  messages,
  viewer,
}: {
  messages: readonly ComplaintMessageView[];
  viewer: ComplaintPartyName | null | undefined;
}) {
  if (messages.length === 0) {
    return (
      <Text className="complaint-thread__empty" data-testid="thread-empty">
        还没有留言。
      </Text>
    );
  }
  return (
    <View className="complaint-thread" aria-label="双方留言">
      {messages.map((message) => {
        const mine = viewer !== null && viewer !== undefined && message.party === viewer;
        return (
          <View
            key={message.id}
            className={cx('complaint-message', mine && 'complaint-message--mine', `complaint-message--${message.party.toLowerCase()}`)}
            data-testid="thread-message"
            data-party={message.party}
          >
            <Text className="complaint-message__who">
              {mine ? '我' : message.authorName}（{COMPLAINT_PARTY_LABEL[message.party]}）· {formatDateTime(message.createdAt)}
            </Text>
            <Text className="complaint-message__body">{message.body}</Text>
            {message.attachments.length > 0 ? (
              <View className="complaint-photos">
                {message.attachments.map((key, index) => (
                  <PrivateImage
                    key={key}
                    path={fileUrl(key)}
                    alt={`${message.authorName} 的第 ${index + 1} 张照片`}
                    className="complaint-photos__item"
                  />
                ))}
              </View>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}

interface MessageComposerProps {
  /** The page's action for its role's postComplaintMessage: busy, notice, the field at fault. */
  action: StepAction;
  /** Sends the message; answers what was sent, or null when it did not go through. */
  onSend: (body: string, attachments: string[]) => Promise<unknown>;
  label?: string;
  placeholder?: string;
}

/** A reply with up to three photos; cleared once it is sent. */
export function MessageComposer({ action, onSend, label = '留言', placeholder = '写下您要对对方说的话' }: MessageComposerProps) {
  const [body, setBody] = useState('');
  const uploads = usePhotoUploads(3);

  async function send() {
    const text = body.trim();
    if (text.length < 2) return action.refuse('请写上要说的话（至少 2 个字）', 'body');
    if (uploads.uploading) return action.refuse('照片还在上传，请稍等', 'attachments');
    const sent = await onSend(text, uploads.keys);
    if (!sent) return;
    setBody('');
    uploads.clear();
    action.say({ tone: 'success', text: '已发送' });
  }

  return (
    <View className="complaint-composer" data-testid="message-composer">
      <TextAreaField
        label={label}
        value={body}
        onChange={setBody}
        placeholder={placeholder}
        maxLength={1000}
        testId="message-body"
        {...action.fieldProps('body')}
      />
      <PhotoPicker uploads={uploads} testId="message-photos" {...action.fieldProps('attachments')} />
      <Notice notice={action.notice} testId="message-notice" />
      <ActionButton
        className="wide-button complaint-gap"
        type="primary"
        size="large"
        block
        loading={action.busy}
        disabled={uploads.uploading}
        onClick={() => void send()}
        data-testid="message-send"
      >
        发送留言
      </ActionButton>
    </View>
  );
}
