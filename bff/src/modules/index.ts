import type { ModuleManifest } from '../core/module';
import { complaintsModule } from './complaints/complaints.module';
import { creditModule } from './credit/credit.module';
import { filesModule } from './files/files.module';
import { identityModule } from './identity/identity.module';
import { loansModule } from './loans/loans.module';
import { noticesModule } from './notices/notices.module';
import { traceModule } from './trace/trace.module';
import { workpointsModule } from './workpoints/workpoints.module';

/**
 * Every module of the BFF, in the order their seeds run (identity first: the others' demo data
 * finds the demo people through its loaders). Adding a module is a folder and one line here.
 */
export const MODULES: readonly ModuleManifest[] = [
  identityModule,
  noticesModule,
  filesModule,
  workpointsModule,
  creditModule,
  loansModule,
  traceModule,
  complaintsModule,
];
