import { defineModule } from '../../core/module';
import { banksEntities } from './banks/banks.entity';
import { seedLoansDemo } from './loans.demo';
import { LOANS_ERRORS } from './loans.errors';
import { LoansInit1766450000000 } from './migrations/1766450000000-loans-init';
import { productsEntities } from './products/products.entity';
import { LoanProductResolver } from './products/products.resolver';
import { ProductsService } from './products/products.service';
import { LoanQuoteResolver } from './schedule/quote.resolver';

/**
 * 美德贷 virtue loans, on the credit store: banks and their staff, loan products priced by credit
 * grade, exact repayment schedules and the public calculator, and the arrears classification.
 */
export const loansModule = defineModule({
  name: 'loans',
  store: 'credit',
  entities: [...banksEntities, ...productsEntities],
  migrations: [LoansInit1766450000000],
  resolvers: [LoanQuoteResolver, LoanProductResolver],
  services: () => [new ProductsService()],
  errorCodes: LOANS_ERRORS,
  seed: { demo: seedLoansDemo },
});
