import { randomUUID } from 'node:crypto';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppServices } from '../../app-services';
import { RequestContext, type Caller } from '../../core/context';
import { Role } from '../../core/roles';
import { Account } from '../identity/identity.entity';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** The image kinds accepted as evidence, known by their first bytes rather than their names. */
const IMAGE_SIGNATURES: Array<{ type: string; ext: string; matches: (b: Buffer) => boolean }> = [
  { type: 'image/jpeg', ext: 'jpg', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/png', ext: 'png', matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: 'image/webp', ext: 'webp', matches: (b) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP' },
];

export function sniffImage(content: Buffer): { type: string; ext: string } | null {
  return IMAGE_SIGNATURES.find((s) => s.matches(content)) ?? null;
}

/** Keys start with the uploader's account id, so ownership is read from the key itself. */
export function ownerOfFileKey(key: string): number | null {
  const match = /^(\d+)\/\d{6}\/[0-9a-f-]{36}\.(jpg|png|webp)$/.exec(key);
  return match ? Number(match[1]) : null;
}

export function isFileKey(key: string): boolean {
  return ownerOfFileKey(key) !== null;
}

function refuse(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).send({ error: { code, message } });
}

/**
 * POST /uploads (multipart, field `file`) stores one photo and answers its key, which a mutation
 * then attaches (evidence, complaints). GET /files/<key> reads one back to its owner, to the
 * cadres of the owner's village and to regulators; complaint evidence only to the complaint's two
 * parties and regulators.
 */
export async function registerUploadRoutes(server: FastifyInstance, services: AppServices): Promise<void> {
  await server.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 0 } });

  const callerOf = async (request: FastifyRequest): Promise<Caller | null> => {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match) return null;
    const caller = await services.identity.authenticate(match[1]);
    return typeof caller === 'string' ? null : caller;
  };

  server.post('/uploads', async (request, reply) => {
    const caller = await callerOf(request);
    if (!caller) return refuse(reply, 401, 'UNAUTHENTICATED', '请先登录');
    const limited = await services.rateLimiter.hit(`upload:${caller.accountId}`, 60, 3600);
    if (!limited.allowed) return refuse(reply, 429, 'RATE_LIMITED', '上传太频繁，请稍后再试');
    if (!request.isMultipart()) return refuse(reply, 400, 'BAD_USER_INPUT', '请以 multipart/form-data 上传照片');

    const file = await request.file();
    if (!file) return refuse(reply, 400, 'BAD_USER_INPUT', '没有收到照片');
    const content = await file.toBuffer().catch(() => null);
    if (!content || file.file.truncated) return refuse(reply, 413, 'FILE_TOO_LARGE', '照片不能超过 5 MB');
    if (content.length === 0) return refuse(reply, 400, 'BAD_USER_INPUT', '照片是空的');
    const image = sniffImage(content);
    if (!image) return refuse(reply, 415, 'UNSUPPORTED_FILE', '只能上传 JPG、PNG 或 WebP 照片');

    const month = new Date().toISOString().slice(0, 7).replace('-', '');
    const key = `${caller.accountId}/${month}/${randomUUID()}.${image.ext}`;
    await services.files.put(key, content);
    return reply.code(201).send({ key, contentType: image.type, size: content.length });
  });

  /** A village cadre reads the photos of the villagers of the cadre's own village. */
  const sameVillageCadre = async (caller: Caller, owner: number): Promise<boolean> => {
    if (!caller.roles.includes(Role.VILLAGE_ADMIN)) return false;
    const identity = services.stores.get('identity').manager;
    const [cadre, uploader] = await Promise.all([identity.findOneBy(Account, { id: caller.accountId }), identity.findOneBy(Account, { id: owner })]);
    return Boolean(cadre?.villageId && cadre.villageId === uploader?.villageId);
  };

  server.get<{ Params: { '*': string } }>('/files/*', async (request, reply) => {
    const caller = await callerOf(request);
    if (!caller) return refuse(reply, 401, 'UNAUTHENTICATED', '请先登录');
    const key = request.params['*'];
    const owner = ownerOfFileKey(key);
    if (owner === null) return refuse(reply, 404, 'NOT_FOUND', '找不到该文件');
    // Complaint evidence is for the two parties and regulators only; other photos as before.
    const ctx = new RequestContext(services, { requestId: String(request.id), ip: request.ip, origin: '' }, caller);
    const complaintAccess = await services.complaints.mayReadFile(ctx, key);
    const mayRead = complaintAccess ?? (owner === caller.accountId || caller.roles.includes(Role.REGULATOR) || (await sameVillageCadre(caller, owner)));
    if (!mayRead) return refuse(reply, 403, 'FORBIDDEN', '您没有权限查看该文件');
    const content = await services.files.get(key);
    if (!content) return refuse(reply, 404, 'NOT_FOUND', '找不到该文件');
    return reply
      .type(sniffImage(content)?.type ?? 'application/octet-stream')
      .header('cache-control', 'private, max-age=3600')
      .send(content);
  });
}
