import Taro from '@tarojs/taro';
import { ApiError } from '@/api/api-error';
import { loadSession } from '@/device/session';

/** What became of the file: saved by the browser, or handed to WeChat to send to a chat. */
export type CodesFileOutcome = 'saved' | 'shared';

const MESSAGES_BY_STATUS: Record<number, string> = {
  401: '登录已过期，请重新登录后再下载',
  403: '只有生产这批货的商家才能下载它的溯源码',
  404: '找不到这批货',
};

const codesCsvUrl = (batchId: string) => `${API_BASE}/trace/batches/${encodeURIComponent(batchId)}/codes.csv`;

function authHeader(): Record<string, string> {
  const session = loadSession();
  return session ? { Authorization: `Bearer ${session.token}` } : {};
}

function refusal(status: number, body: unknown): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : 'DOWNLOAD_FAILED';
  const message = MESSAGES_BY_STATUS[status] ?? (typeof error?.message === 'string' ? error.message : '表格没能下载下来，请重试');
  return new ApiError(code, message);
}

/**
 * Every code of a batch as a CSV table (序号, 溯源码链接) for a label printer. The file needs the
 * session's token, which a plain link cannot send: the browser fetches it and saves the bytes
 * through a Blob link; WeChat downloads it and offers to send it to a chat (文件传输助手 reaches
 * the shop's computer), since it cannot open a CSV itself.
 */
export async function downloadCodesCsv(batchId: string, fileName: string): Promise<CodesFileOutcome> {
  if (process.env.TARO_ENV === 'weapp') return shareInWeChat(batchId, fileName);
  let response: Response;
  try {
    response = await fetch(codesCsvUrl(batchId), { headers: authHeader() });
  } catch {
    throw ApiError.transport('NETWORK_ERROR');
  }
  if (!response.ok) throw refusal(response.status, await response.json().catch(() => null));
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The click has handed the bytes to the browser's download; the URL only holds memory now.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return 'saved';
}

async function shareInWeChat(batchId: string, fileName: string): Promise<CodesFileOutcome> {
  let response: { statusCode: number; tempFilePath: string; filePath?: string };
  try {
    response = await Taro.downloadFile({
      url: codesCsvUrl(batchId),
      header: authHeader(),
      // A named file in the user folder, so the chat shows "溯源码….csv" rather than a temp name.
      filePath: `${Taro.env.USER_DATA_PATH}/${fileName}`,
    });
  } catch {
    throw ApiError.transport('NETWORK_ERROR');
  }
  if (response.statusCode !== 200) throw refusal(response.statusCode, null);
  try {
    await Taro.shareFileMessage({ filePath: response.filePath || response.tempFilePath, fileName });
  } catch (failure) {
    const message = (failure as { errMsg?: string } | null)?.errMsg ?? '';
    if (/cancel/i.test(message)) throw new ApiError('CANCELLED', '已取消发送；表格已下载，可以再点一次发送');
    throw new ApiError('SHARE_FAILED', '表格已下载，但没能发送，请再试一次');
  }
  return 'shared';
}
