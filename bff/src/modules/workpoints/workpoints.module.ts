import { defineModule } from '../../core/module';
import { activitiesEntities } from './activities/activities.entity';
import { ActivityResolver, ParticipationResolver } from './activities/activities.resolver';
import { ActivitiesService } from './activities/activities.service';
import { seedSceneCatalogue } from './activities/scenes.catalogue';
import { canteenEntities } from './canteen/canteen.entity';
import { CanteenDishResolver, CanteenMenuResolver } from './canteen/canteen.resolver';
import { CanteenService } from './canteen/canteen.service';
import { ledgerEntities } from './ledger/ledger.entity';
import { PointsResolver } from './ledger/points.resolver';
import { PointsService } from './ledger/points.service';
import { mallEntities } from './mall/mall.entity';
import { MallResolver } from './mall/mall.resolver';
import { MallService } from './mall/mall.service';
import { RecordingTopUpProvider, type TopUpProvider } from './mall/topup.provider';
import { WorkpointsInit1763900000000 } from './migrations/1763900000000-workpoints-init';
import { PaymentCodeSigner } from './payments/payment-code';
import { paymentsEntities } from './payments/payments.entity';
import { PaymentsResolver, SettlementsResolver, ShopPointsBalanceResolver } from './payments/payments.resolver';
import { PaymentsService } from './payments/payments.service';
import { seedWorkpointsDemo } from './workpoints.demo';
import { WORKPOINTS_ERRORS } from './workpoints.errors';

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
  migrations: [WorkpointsInit1763900000000],
  resolvers: [
    ActivityResolver,
    ParticipationResolver,
    PointsResolver,
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
    new MallService(overrides.topUps ?? new RecordingTopUpProvider(core.logger)),
    new CanteenService(),
  ],
  errorCodes: WORKPOINTS_ERRORS,
  seed: { reference: seedSceneCatalogue, demo: seedWorkpointsDemo },
});
