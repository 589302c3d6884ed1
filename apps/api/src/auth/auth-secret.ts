import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A random secret kept in a file of DATA_DIR (0600), generated the first time it is asked for. */
export const resolveSecretFile = (dataDir: string, name: string): string => {
  const file = path.join(dataDir, name);
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(48).toString('base64url');
  try {
    // 'wx' fails if another process created it first; then theirs wins.
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch {
    return readFileSync(file, 'utf8').trim();
  }
};

/**
 * The HS256 secret of service tokens: AUTH_SECRET when set, otherwise generated once into DATA_DIR so the
 * tokens minted by `npm run token` stay valid across restarts.
 */
export const resolveAuthSecret = (configured: string | null, dataDir: string): string =>
  configured ?? resolveSecretFile(dataDir, 'auth-secret');
