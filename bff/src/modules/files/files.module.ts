import { defineModule } from '../../core/module';
import { registerUploadRoutes } from './uploads';

/** Photos and certificates: uploading them, and reading them back to whoever may. */
export const filesModule = defineModule({
  name: 'files',
  routes: registerUploadRoutes,
});
