export const ROLES = ['warehouse', 'transport', 'planner', 'auditor', 'viewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Every authenticated role may read; `admin` may do everything. */
export const READ_ROLES: Role[] = [...ROLES];

export type Principal = { subject: string; name: string; role: Role };

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);
