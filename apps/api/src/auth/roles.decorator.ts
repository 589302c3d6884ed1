import { SetMetadata } from '@nestjs/common';
import type { Role } from './roles.js';

export const ROLES_KEY = 'aidledger:roles';
export const PUBLIC_KEY = 'aidledger:public';

/** The roles allowed on an endpoint, besides `admin` which is always allowed. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
/** No token needed (health, docs, the screens' static files). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
