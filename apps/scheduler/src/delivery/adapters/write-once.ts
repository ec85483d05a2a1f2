import { randomUUID } from 'node:crypto';
import { link, mkdir, open, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * A path segment made from an id: characters a file system could read as structure are
 * percent-encoded, and a name of dots alone cannot climb out of the folder.
 */
export const fileNameOf = (id: string): string =>
  encodeURIComponent(id).replace(/^\.+$/, (dots) => '%2E'.repeat(dots.length));

const syncFolder = async (folder: string): Promise<void> => {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
};

/**
 * Writes a file whole or not at all, and never over an existing one: the content goes to a
 * temporary file that is synced and then hard-linked to its name, which fails if the name
 * exists. A reader never sees half a file, and two writers of one name leave the first.
 */
export const writeFileOnce = async (
  path: string,
  content: string | Buffer,
): Promise<'written' | 'exists'> => {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${randomUUID()}.tmp`);
  const handle = await open(temporary, 'wx');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await link(temporary, path);
    await syncFolder(folder);
    return 'written';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
    throw error;
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
};
