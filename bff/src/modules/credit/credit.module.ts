import { defineModule } from '../../core/module';
import { complaintOutcomeHandlers } from './complaint-outcomes';
import { creditEntities } from './credit.entity';
import { CreditInit1764800000000 } from './migrations/1764800000000-credit-init';

/** 信用: what a credit rating weighs, kept in the credit store from other stores' events. */
export const creditModule = defineModule({
  name: 'credit',
  store: 'credit',
  entities: creditEntities,
  migrations: [CreditInit1764800000000],
  subscribes: complaintOutcomeHandlers,
});
