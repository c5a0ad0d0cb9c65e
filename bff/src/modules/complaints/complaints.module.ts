import { defineModule } from '../../core/module';
import { COMPLAINT_ERRORS } from './complaints.errors';
import { ComplaintChanged, ComplaintClosed, ComplaintDeadlineNear } from './complaints.events';
import { seedComplaintsDemo } from './complaints.demo';
import { marketEntities } from './complaints.entity';
import { complaintResolvers } from './complaints.resolver';
import { complaintDeadlineJob } from './deadline.job';
import { complaintEvidenceHeld, complaintEvidencePolicy } from './file-policy';
import { MerchantsService } from './merchants.service';
import { MarketInit1764700000000 } from './migrations/1764700000000-market-init';
import { ComplaintForwarded1765000000000 } from './migrations/1765000000000-complaint-forwarded';
import { ComplaintQueues } from './queues.service';
import { ComplaintStats } from './stats.service';
import { ComplaintWorkflow } from './workflow.service';
import { loadWorkingCalendar } from './working-days';

/** 浙江市场在线: registered businesses, and consumer complaints from filing to mediation. */
export const complaintsModule = defineModule({
  name: 'complaints',
  store: 'market',
  entities: marketEntities,
  migrations: [MarketInit1764700000000, ComplaintForwarded1765000000000],
  resolvers: [...complaintResolvers],
  services: (core) => [
    loadWorkingCalendar(core.config.holidayCalendarPath),
    new MerchantsService(),
    new ComplaintWorkflow(),
    new ComplaintQueues(),
    new ComplaintStats(),
  ],
  errorCodes: COMPLAINT_ERRORS,
  publishes: [ComplaintChanged, ComplaintClosed, ComplaintDeadlineNear],
  jobs: [complaintDeadlineJob],
  filePolicies: [complaintEvidencePolicy],
  fileHolders: [complaintEvidenceHeld],
  seed: { demo: seedComplaintsDemo },
});
