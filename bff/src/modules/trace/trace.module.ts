import { defineModule } from '../../core/module';
import { TraceInit1764000000000 } from './migrations/1764000000000-trace-init';
import { TraceDocuments1764100000000 } from './migrations/1764100000000-trace-documents';
import { TraceEvents1764200000000 } from './migrations/1764200000000-trace-events';
import { TraceSamplings1764300000000 } from './migrations/1764300000000-trace-samplings';
import { TraceScans1764400000000 } from './migrations/1764400000000-trace-scans';
import { TraceRecalls1764600000000 } from './migrations/1764600000000-trace-recalls';
import { TraceCounterfeitReview1766200000000 } from './migrations/1766200000000-trace-counterfeit-review';
import { recallResolvers } from './recalls.resolver';
import { RecallsService } from './recalls.service';
import { ScanService } from './scan.service';
import { seedTraceDemo } from './trace.demo';
import { traceEntities } from './trace.entity';
import { TRACE_ERRORS } from './trace.errors';
import { RecallClosed, RecallOpened } from './trace.events';
import { traceResolvers } from './trace.resolver';
import { traceDocumentsHeld } from './trace.files';
import { registerTraceRoutes } from './trace.routes';
import { TraceService } from './trace.service';

/** 浙食链: products, batches, serial codes and their chain; the public scan; samplings and recalls. */
export const traceModule = defineModule({
  name: 'trace',
  store: 'trace',
  entities: traceEntities,
  migrations: [
    TraceInit1764000000000,
    TraceDocuments1764100000000,
    TraceEvents1764200000000,
    TraceSamplings1764300000000,
    TraceScans1764400000000,
    TraceRecalls1764600000000,
    TraceCounterfeitReview1766200000000,
  ],
  resolvers: [...traceResolvers, ...recallResolvers],
  services: () => [new TraceService(), new ScanService(), new RecallsService()],
  errorCodes: TRACE_ERRORS,
  publishes: [RecallOpened, RecallClosed],
  routes: registerTraceRoutes,
  fileHolders: [traceDocumentsHeld],
  seed: { demo: seedTraceDemo },
});
