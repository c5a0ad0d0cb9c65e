import { defineModule } from '../../core/module';
import { filesEntities } from './files.entity';
import { FilesUploads1766310000000 } from './migrations/1766310000000-files-uploads';
import { uploadCleanupJob } from './upload-cleanup.job';
import { registerUploadRoutes } from './uploads';

/** Photos and certificates: uploading them, reading them back to whoever may, and removing those never attached. */
export const filesModule = defineModule({
  name: 'files',
  store: 'identity',
  entities: filesEntities,
  migrations: [FilesUploads1766310000000],
  routes: registerUploadRoutes,
  jobs: [uploadCleanupJob],
});
