import fs from 'node:fs/promises';
import path from 'node:path';
import { ownerOfFileKey } from './file-keys';

/** Where evidence photos and certificates live: `data/uploads/` by default, S3-compatible later. */
export interface FileStore {
  put(key: string, content: Buffer): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  exists(key: string): Promise<boolean>;
}

/** Files under a folder on this machine, one file per key. */
export class LocalFileStore implements FileStore {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    const full = path.resolve(this.root, key);
    // Keys are made by the server, but a key read back from a request must not climb out.
    if (!full.startsWith(path.resolve(this.root) + path.sep)) throw new Error(`bad file key ${key}`);
    return full;
  }

  async put(key: string, content: Buffer): Promise<void> {
    const file = this.pathOf(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, content, { flag: 'wx' });
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await fs.readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    return (await this.get(key)) !== null;
  }
}

/** A photo a person attaches must be one they uploaded themselves, and still be there. */
export async function isOwnUpload(files: FileStore, key: string, accountId: number): Promise<boolean> {
  return ownerOfFileKey(key) === accountId && (await files.exists(key));
}
