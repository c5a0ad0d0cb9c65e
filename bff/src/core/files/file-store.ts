import fs from 'node:fs/promises';
import path from 'node:path';
import { ownerOfFileKey, sniffImage } from './file-keys';

/** Where evidence photos and certificates live: `data/uploads/` by default, S3-compatible later. */
export interface FileStore {
  put(key: string, content: Buffer): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  /** Removes the file; one already gone is no error. */
  remove(key: string): Promise<void>;
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

  async remove(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }
}

/**
 * A stored file that is, by its first bytes, an accepted image of the kind its key names; null
 * for anything else, whatever reached the store (a file put there by hand, a damaged object).
 */
export async function readImage(files: FileStore, key: string): Promise<{ content: Buffer; type: string } | null> {
  const content = await files.get(key);
  const image = content ? sniffImage(content) : null;
  return content && image && key.endsWith(`.${image.ext}`) ? { content, type: image.type } : null;
}

/** A photo a person attaches must be one they uploaded themselves, still there, and an image. */
export async function isOwnUpload(files: FileStore, key: string, accountId: number): Promise<boolean> {
  return ownerOfFileKey(key) === accountId && (await readImage(files, key)) !== null;
}
