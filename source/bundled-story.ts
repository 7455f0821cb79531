import {fileURLToPath} from 'node:url';

// Resolved relative to this module: source/ in development, dist/ in the bundle; both sit beside data/.
export const bundledStoryPath = fileURLToPath(new URL('../data/dushanbe-prison-escape.txt', import.meta.url));
