import Taro from '@tarojs/taro';
import { loadSession } from '@/device/session';
import { ApiError } from './api-error';

/** Where photos go (multipart, field `file`) and come back from (`/files/<key>`, with the token). */
export const UPLOAD_URL = `${API_BASE}/uploads`;

const UPLOAD_TIMEOUT_MS = 60_000;

/** What the upload endpoint refuses, said so a villager knows what to do next. */
const UPLOAD_MESSAGES: Record<number, string> = {
  401: '登录已过期，请重新登录后再上传',
  413: '照片太大了（不能超过 5 MB），请换一张',
  415: '只能上传 JPG、PNG 或 WebP 照片',
  429: '上传太频繁，请稍后再试',
};

interface UploadBody {
  key?: unknown;
  error?: { code?: unknown; message?: unknown };
}

function parseBody(data: unknown): UploadBody | null {
  if (typeof data === 'object' && data !== null) return data as UploadBody;
  if (typeof data !== 'string') return null;
  try {
    return JSON.parse(data) as UploadBody;
  } catch {
    return null;
  }
}

function authHeader(): Record<string, string> {
  const session = loadSession();
  return session ? { Authorization: `Bearer ${session.token}` } : {};
}

/** Uploads one photo the person picked (a temp file path) and answers the key the BFF gave it. */
export async function uploadPhoto(filePath: string): Promise<string> {
  let response: { statusCode: number; data: unknown };
  try {
    response = await Taro.uploadFile({
      url: UPLOAD_URL,
      filePath,
      name: 'file',
      header: authHeader(),
      timeout: UPLOAD_TIMEOUT_MS,
    });
  } catch {
    throw ApiError.transport('NETWORK_ERROR');
  }
  const body = parseBody(response.data);
  if (response.statusCode === 201 && typeof body?.key === 'string') return body.key;
  const code = typeof body?.error?.code === 'string' ? body.error.code : 'UPLOAD_FAILED';
  const message =
    UPLOAD_MESSAGES[response.statusCode] ?? (typeof body?.error?.message === 'string' ? body.error.message : '照片没有传上去，请重试');
  throw new ApiError(code, message);
}

/**
 * A private photo (`/files/…`), fetched with the token and kept as a local temp file an <Image>
 * can show: in a browser an <img> cannot send the Authorization header itself.
 */
export async function downloadPrivateFile(path: string): Promise<string> {
  let response: { statusCode: number; tempFilePath: string };
  try {
    response = await Taro.downloadFile({ url: `${API_BASE}${path}`, header: authHeader() });
  } catch {
    throw ApiError.transport('NETWORK_ERROR');
  }
  if (response.statusCode !== 200) {
    throw new ApiError(response.statusCode === 404 ? 'NOT_FOUND' : 'DOWNLOAD_FAILED', '照片没能打开');
  }
  return response.tempFilePath;
}
