import { TempFolder, tempFolder, TempFolderPaths } from './temp-folder';

/** How long one folder lives: one test, or all tests of the enclosing `describe` (or file). */
export interface TempFolderLifetime {
  readonly per: 'test' | 'describe';
}

/**
 * Gives each test (beforeEach/afterEach) or the enclosing `describe` (beforeAll/afterAll) a
 * fresh `tempFolder(name)` and removes it afterwards. Read `dir` and `path()` inside tests and
 * hooks declared after this call; the folder is removed before later-declared after-hooks run.
 */
export const useTempFolder = (name: string, { per }: TempFolderLifetime): TempFolderPaths => {
  const [setUp, tearDown] = per === 'test' ? [beforeEach, afterEach] : [beforeAll, afterAll];
  let folder: TempFolder | null = null;
  setUp(() => {
    folder = tempFolder(name);
  });
  tearDown(() => {
    folder?.remove();
    folder = null;
  });
  const current = (): TempFolder => {
    if (folder !== null) return folder;
    throw new Error(`the temp folder '${name}' is there only during its tests and hooks`);
  };
  return {
    get dir() {
      return current().dir;
    },
    path: (...names) => current().path(...names),
  };
};
