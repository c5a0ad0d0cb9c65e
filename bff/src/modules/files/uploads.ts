import { randomUUID } from 'node:crypto';
import multipart from '@fastify/multipart';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RequestContext } from '../../core/context';
import { newFileKey, ownerOfFileKey, sniffImage } from '../../core/files/file-keys';
import { readImage } from '../../core/files/file-store';
import type { AppRuntime } from '../../core/module';
import { Role } from '../../core/roles';
import { accountById } from '../identity/identity.loaders';
import { Upload } from './files.entity';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

function refuse(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).send({ error: { code, message } });
}

/**
 * Who reads a file no module claims (an activity's evidence, a batch's certificate): its
 * uploader, a regulator, or a cadre of the uploader's own village.
 */
async function mayReadByDefault(ctx: RequestContext, ownerAccountId: number): Promise<boolean> {
  const caller = ctx.requireCaller();
  if (ownerAccountId === caller.accountId || caller.roles.includes(Role.REGULATOR)) return true;
  if (!caller.roles.includes(Role.VILLAGE_ADMIN) || !caller.villageId) return false;
  const uploader = await ctx.loader(accountById).load(ownerAccountId);
  return uploader?.villageId === caller.villageId;
}

/**
 * The one file of a multipart request, or the refusal: a body too large is 413, one that cannot be
 * read as multipart (no boundary, cut short) is the client's to fix, never a 500.
 */
async function readUploadedFile(request: FastifyRequest): Promise<Buffer | { status: number; code: string; message: string }> {
  try {
    const file = await request.file();
    if (!file) return { status: 400, code: 'BAD_USER_INPUT', message: '没有收到照片' };
    return await file.toBuffer();
  } catch (error) {
    request.log.info({ err: error }, 'upload refused');
    if ((error as FastifyError).statusCode === 413) return { status: 413, code: 'FILE_TOO_LARGE', message: '照片不能超过 5 MB' };
    return { status: 400, code: 'BAD_USER_INPUT', message: '照片没有完整上传，请重新上传' };
  }
}

/**
 * POST /uploads (multipart, field `file`) stores one photo and answers its key, which a mutation
 * then attaches (evidence, complaints). GET /files/<key> reads one back to whoever the module that
 * holds it allows (its file policy), or by the default rule.
 */
export async function registerUploadRoutes(server: FastifyInstance, app: AppRuntime): Promise<void> {
  await server.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 0 } });
  const { files, rateLimiter } = app.core;

  server.post('/uploads', async (request, reply) => {
    const ctx = await app.contextOf(request);
    if (!ctx.caller) return refuse(reply, 401, 'UNAUTHENTICATED', '请先登录');
    const limited = await rateLimiter.hit(`upload:${ctx.caller.accountId}`, 60, 3600);
    if (!limited.allowed) return refuse(reply, 429, 'RATE_LIMITED', '上传太频繁，请稍后再试');
    if (!request.isMultipart()) return refuse(reply, 400, 'BAD_USER_INPUT', '请以 multipart/form-data 上传照片');

    const content = await readUploadedFile(request);
    if (!Buffer.isBuffer(content)) return refuse(reply, content.status, content.code, content.message);
    if (content.length === 0) return refuse(reply, 400, 'BAD_USER_INPUT', '照片是空的');
    const image = sniffImage(content);
    if (!image) return refuse(reply, 415, 'UNSUPPORTED_FILE', '只能上传 JPG、PNG 或 WebP 照片');

    const uploader = ctx.caller.accountId;
    const key = newFileKey(uploader, image.ext, ctx.now(), randomUUID());
    // Recorded before it is stored: a record whose file never arrived is removed like any unattached one.
    await ctx.transaction('identity', (manager) =>
      manager.insert(Upload, {
        key,
        accountId: uploader,
        contentType: image.type,
        size: content.length,
        createdAt: ctx.now(),
        keptAt: null,
      }),
    );
    await files.put(key, content);
    return reply.code(201).send({ key, contentType: image.type, size: content.length });
  });

  server.get<{ Params: { '*': string } }>('/files/*', async (request, reply) => {
    const ctx = await app.contextOf(request);
    if (!ctx.caller) return refuse(reply, 401, 'UNAUTHENTICATED', '请先登录');
    const key = request.params['*'];
    const owner = ownerOfFileKey(key);
    if (owner === null) return refuse(reply, 404, 'NOT_FOUND', '找不到该文件');
    let mayRead: boolean | null = null;
    for (const policy of app.filePolicies) {
      mayRead = await policy(ctx, key, owner);
      if (mayRead !== null) break;
    }
    if (!(mayRead ?? (await mayReadByDefault(ctx, owner)))) return refuse(reply, 403, 'FORBIDDEN', '您没有权限查看该文件');
    // Only what is an image by its bytes is served, with that type and nosniff (set for every answer).
    const image = await readImage(files, key);
    if (!image) return refuse(reply, 404, 'NOT_FOUND', '找不到该文件');
    return reply.type(image.type).header('cache-control', 'private, max-age=3600').send(image.content);
  });
}
