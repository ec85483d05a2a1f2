export { tempFolder } from './temp-folder';
export type { TempFolder, TempFolderPaths } from './temp-folder';
export { useTempFolder } from './use-temp-folder';
export type { TempFolderLifetime } from './use-temp-folder';
