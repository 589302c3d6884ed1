import { parseArgs } from 'node:util';
import { loadConfig } from '../config/app.config.js';
import { resolveAuthSecret } from './auth-secret.js';
import { isRole, ROLES } from './roles.js';
import { signToken } from './token-verifier.js';

/** `npm run token -- --role <role> --name "<display name>"`: prints a token the running configuration accepts. */
const main = async (): Promise<number> => {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      name: { type: 'string' },
      subject: { type: 'string' },
      expires: { type: 'string', default: '12h' },
      'payer-id': { type: 'string' },
    },
  });
  if (!isRole(values.role) || !values.name || (values.role === 'payer') !== (values['payer-id'] !== undefined)) {
    process.stderr.write(
      `Usage: npm run token -- --role <${ROLES.join('|')}> --name "<display name>" [--subject id] [--expires 12h, at most 30d] [--payer-id id: for and only for --role payer]\n`,
    );
    return 64;
  }
  const config = loadConfig();
  const secret = resolveAuthSecret(config.authSecret, config.dataDir);
  const subject =
    values.subject ??
    values.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '.')
      .replace(/^\.|\.$/g, '');
  process.stdout.write(
    `${await signToken(secret, { subject, name: values.name, role: values.role, expiresIn: values.expires, payerId: values['payer-id'] })}\n`,
  );
  return 0;
};

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
