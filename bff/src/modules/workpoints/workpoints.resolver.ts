import { ActivityResolver, ParticipationResolver } from './activities.resolver';
import { CanteenDishResolver, CanteenMenuResolver } from './canteen.resolver';
import { MallResolver } from './mall.resolver';
import { PaymentsResolver, SettlementsResolver, ShopPointsBalanceResolver } from './payments.resolver';
import { PointsResolver } from './points.resolver';

/** 工分宝's resolvers, one file per part of it. */
export const workpointsResolvers = [
  ActivityResolver,
  ParticipationResolver,
  PointsResolver,
  PaymentsResolver,
  SettlementsResolver,
  ShopPointsBalanceResolver,
  MallResolver,
  CanteenMenuResolver,
  CanteenDishResolver,
] as const;
