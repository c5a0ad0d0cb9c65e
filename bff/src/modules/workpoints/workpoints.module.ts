import { subscribe } from '../../core/events/events';
import { defineModule } from '../../core/module';
import { activitiesEntities } from './activities/activities.entity';
import { ActivityResolver, ParticipationResolver } from './activities/activities.resolver';
import { ActivitiesService } from './activities/activities.service';
import { participationPhotosHeld } from './activities/activity-photos';
import { seedSceneCatalogue } from './activities/scenes.catalogue';
import { canteenEntities } from './canteen/canteen.entity';
import { CanteenDishResolver, CanteenMenuResolver } from './canteen/canteen.resolver';
import { CanteenService } from './canteen/canteen.service';
import { ledgerEntities } from './ledger/ledger.entity';
import { PointsLedgerEntryResolver, PointsResolver } from './ledger/points.resolver';
import { PointsService } from './ledger/points.service';
import { mallEntities } from './mall/mall.entity';
import { MallResolver } from './mall/mall.resolver';
import { MallService } from './mall/mall.service';
import { RecordingTopUpProvider, type TopUpProvider } from './mall/topup.provider';
import { TopUpService } from './mall/topup.service';
import { WorkpointsInit1763900000000 } from './migrations/1763900000000-workpoints-init';
import { SettlementRequestPerCadre1766100000000 } from './migrations/1766100000000-settlement-request-per-cadre';
import { VillageScenes1766100000001 } from './migrations/1766100000001-village-scenes';
import { TopUpChecks1766100000002 } from './migrations/1766100000002-topup-checks';
import { PaymentCodeSigner } from './payments/payment-code';
import { paymentsEntities } from './payments/payments.entity';
import { PaymentsResolver, SettlementsResolver, ShopPointsBalanceResolver } from './payments/payments.resolver';
import { PaymentsService } from './payments/payments.service';
import { seedWorkpointsDemo } from './workpoints.demo';
import { WORKPOINTS_ERRORS } from './workpoints.errors';
import { TopUpRequested } from './workpoints.events';

declare module '../../core/module' {
  interface ServiceOverrides {
    /** Tests fail a top-up on purpose. */
    topUps?: TopUpProvider;
  }
}

/**
 * 工分宝: activities that earn work points, the points ledger with deductions and appeals,
 * payments in village shops and their settlement, the points mall, and the elderly canteen.
 */
export const workpointsModule = defineModule({
  name: 'workpoints',
  store: 'village',
  entities: [...activitiesEntities, ...ledgerEntities, ...paymentsEntities, ...mallEntities, ...canteenEntities],
  migrations: [WorkpointsInit1763900000000, SettlementRequestPerCadre1766100000000, VillageScenes1766100000001, TopUpChecks1766100000002],
  resolvers: [
    ActivityResolver,
    ParticipationResolver,
    PointsResolver,
    PointsLedgerEntryResolver,
    PaymentsResolver,
    SettlementsResolver,
    ShopPointsBalanceResolver,
    MallResolver,
    CanteenMenuResolver,
    CanteenDishResolver,
  ],
  services: (core, overrides) => [
    new ActivitiesService(),
    new PointsService(),
    new PaymentsService(new PaymentCodeSigner(core.config.jwtSecret)),
    new MallService(),
    new TopUpService(overrides.topUps ?? new RecordingTopUpProvider(core.logger)),
    new CanteenService(),
  ],
  errorCodes: WORKPOINTS_ERRORS,
  // Its own event: the top-up is sent outside the redemption's transaction, once it has committed.
  publishes: [TopUpRequested],
  subscribes: [
    subscribe(TopUpRequested, 'workpoints.sendTopUp', (ctx, { redemptionId }) => ctx.service(TopUpService).send(ctx, redemptionId)),
  ],
  jobs: [{ name: 'workpoints.topUpChecks', everyMs: () => 60_000, run: (ctx) => ctx.service(TopUpService).checkPending(ctx) }],
  fileHolders: [participationPhotosHeld],
  seed: { reference: seedSceneCatalogue, demo: seedWorkpointsDemo },
});
