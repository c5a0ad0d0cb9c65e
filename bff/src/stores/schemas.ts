import { identityEntities } from '../modules/identity/identity.entity';
import { IdentityInit1763800000000 } from '../modules/identity/migrations/1763800000000-identity-init';
import { WorkpointsInit1763900000000 } from '../modules/workpoints/migrations/1763900000000-workpoints-init';
import { workpointsEntities } from '../modules/workpoints/workpoints.entity';
import { TraceInit1764000000000 } from '../modules/trace/migrations/1764000000000-trace-init';
import { TraceDocuments1764100000000 } from '../modules/trace/migrations/1764100000000-trace-documents';
import { TraceEvents1764200000000 } from '../modules/trace/migrations/1764200000000-trace-events';
import { TraceSamplings1764300000000 } from '../modules/trace/migrations/1764300000000-trace-samplings';
import { TraceScans1764400000000 } from '../modules/trace/migrations/1764400000000-trace-scans';
import { TraceRecalls1764600000000 } from '../modules/trace/migrations/1764600000000-trace-recalls';
import { traceEntities } from '../modules/trace/trace.entity';
import { noticeEntities } from '../modules/notices/notices.entity';
import { Notices1764500000000 } from '../modules/notices/migrations/1764500000000-notices';
import { NoticeSubscriptions1764900000000 } from '../modules/notices/migrations/1764900000000-notice-subscriptions';
import { marketEntities } from '../modules/complaints/complaints.entity';
import { creditEntities } from '../modules/credit/credit.entity';
import { MarketInit1764700000000 } from '../modules/complaints/migrations/1764700000000-market-init';
import { ComplaintForwarded1765000000000 } from '../modules/complaints/migrations/1765000000000-complaint-forwarded';
import { CreditInit1764800000000 } from '../modules/credit/migrations/1764800000000-credit-init';
import type { StoreSchema } from './registry';
import type { StoreName } from './store-names';

/**
 * Each store's entities and migrations. A module adds its own here when it takes its store;
 * the stores not yet filled still open, answer /readyz and keep a migrations table.
 */
export const storeSchemas: Record<StoreName, StoreSchema> = {
  identity: { entities: [...identityEntities, ...noticeEntities], migrations: [IdentityInit1763800000000, Notices1764500000000, NoticeSubscriptions1764900000000] },
  village: { entities: workpointsEntities, migrations: [WorkpointsInit1763900000000] },
  credit: { entities: creditEntities, migrations: [CreditInit1764800000000] },
  shop: { entities: [], migrations: [] },
  trace: {
    entities: traceEntities,
    migrations: [
      TraceInit1764000000000,
      TraceDocuments1764100000000,
      TraceEvents1764200000000,
      TraceSamplings1764300000000,
      TraceScans1764400000000,
      TraceRecalls1764600000000,
    ],
  },
  market: { entities: marketEntities, migrations: [MarketInit1764700000000, ComplaintForwarded1765000000000] },
};
