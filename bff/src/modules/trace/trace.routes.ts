import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors';
import type { AppRuntime } from '../../core/module';
import { digitalLinkOf, type TraceKey } from './gs1';
import { ScanService } from './scan.service';
import { TraceService } from './trace.service';
import { InvalidTraceCode } from './trace.types';

const LINKSET = 'application/linkset+json';

interface LinkParams {
  gtin: string;
  lot?: string;
  serial?: string;
}

/** The H5 scan page showing a code, where a browser that opens a Digital Link is sent. */
function scanPageOf(base: string, link: string): string {
  return `${base}/#/pages/scan/index?code=${encodeURIComponent(link)}`;
}

/**
 * The GS1 Digital Link resolver: `GET /01/{gtin}[/10/{lot}][/21/{serial}]` sends a browser to
 * the scan page for that code, or answers the linkset (`Accept: application/linkset+json` or
 * `?linkType=all`). An unknown lot or serial falls back to the product; an unknown GTIN is 404,
 * an invalid one 400.
 */
function registerDigitalLinkRoutes(server: FastifyInstance, app: AppRuntime): void {
  const handler = async (request: FastifyRequest<{ Params: LinkParams; Querystring: { linkType?: string } }>, reply: FastifyReply) => {
    const { gtin, lot, serial } = request.params;
    const ctx = await app.contextOf(request);
    const base = ctx.app.config.publicBaseUrl ?? ctx.origin;
    const asked = digitalLinkOf({ gtin, lot: lot ?? null, serial: serial ?? null }, base);
    const found = await ctx.service(ScanService).resolve(ctx, asked);
    if (found instanceof InvalidTraceCode) {
      const status = found.errorCode === 'UNKNOWN_PRODUCT' ? 404 : 400;
      return reply.code(status).send({ error: { code: found.errorCode, message: found.message } });
    }
    // A browser's visit is logged when its scan page asks; a machine reading the linkset is not a scan.
    // Fall back to what is known: the product when the lot is not, the batch when the serial is not.
    const known: TraceKey = found.unknownLot
      ? { gtin: found.key.gtin, lot: null, serial: null }
      : { ...found.key, serial: found.key.serial !== null && !found.serialIssued ? null : found.key.serial };
    const link = digitalLinkOf(known, base);
    const wantsLinkset = request.query.linkType === 'all' || (request.headers.accept ?? '').includes(LINKSET);
    if (!wantsLinkset) return reply.redirect(scanPageOf(base, link), 307);

    const target = { href: scanPageOf(base, link), title: `${found.product.name}：溯源信息`, type: 'text/html', hreflang: ['zh-CN'] };
    return reply.type(LINKSET).send({
      linkset: [
        {
          anchor: link,
          'https://gs1.org/voc/defaultLink': [target],
          'https://gs1.org/voc/pip': [target],
          'https://gs1.org/voc/traceability': [target],
        },
      ],
    });
  };
  server.get('/01/:gtin', handler);
  server.get('/01/:gtin/10/:lot', handler);
  server.get('/01/:gtin/21/:serial', handler);
  server.get('/01/:gtin/10/:lot/21/:serial', handler);
}

/**
 * `GET /trace/batches/:id/codes.csv` (Bearer token of the batch's producer): every serial of the
 * batch with its Digital Link, for a label printer. Streamed, because a batch may have a million.
 */
function registerTraceCodeExport(server: FastifyInstance, app: AppRuntime): void {
  server.get<{ Params: { id: string } }>('/trace/batches/:id/codes.csv', async (request, reply) => {
    const ctx = await app.contextOf(request);
    if (!ctx.caller) return reply.code(401).send({ error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
    const batchId = Number(request.params.id);
    if (!Number.isSafeInteger(batchId) || batchId <= 0)
      return reply.code(400).send({ error: { code: 'BAD_USER_INPUT', message: '批次编号无效' } });

    const base = ctx.app.config.publicBaseUrl ?? ctx.origin;
    const slices = ctx.service(TraceService).allCodes(ctx, batchId);
    // The first slice settles access (and the file name) before any byte is sent.
    let first: Awaited<ReturnType<typeof slices.next>>;
    try {
      first = await slices.next();
    } catch (error) {
      if (error instanceof AppError) {
        const code = String(error.extensions.code);
        const status = code === 'NOT_FOUND' ? 404 : code === 'NOT_BATCH_HOLDER' || code === 'FORBIDDEN' ? 403 : 400;
        return reply.code(status).send({ error: { code, message: error.message } });
      }
      throw error;
    }
    const lines = async function* () {
      // A BOM so that Excel, which most merchants open it with, reads the Chinese header as UTF-8.
      yield '\uFEFF序号,溯源码链接\r\n';
      for (let slice = first; !slice.done; slice = await slices.next()) {
        const { product, batch, serials } = slice.value;
        yield serials.map((serial) => `${serial},${digitalLinkOf({ gtin: product.gtin, lot: batch.lot, serial }, base)}\r\n`).join('');
      }
    };
    const name = first.done ? `batch-${batchId}` : `${first.value.product.gtin}-${first.value.batch.lot}`;
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="codes-${name.replace(/[^\w.-]/g, '_')}.csv"`)
      .send(Readable.from(lines()));
  });
}

/** The trace module's routes outside GraphQL. */
export function registerTraceRoutes(server: FastifyInstance, app: AppRuntime): void {
  registerDigitalLinkRoutes(server, app);
  registerTraceCodeExport(server, app);
}
