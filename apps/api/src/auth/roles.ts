export const ROLES = ['warehouse', 'transport', 'planner', 'auditor', 'viewer', 'finance', 'payer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Every role (admin may do everything anyway). */
export const ALL_ROLES: Role[] = [...ROLES];

/** Figures only: KPIs, stock, the assortment; nothing that names a person. The payer sees its own basis instead. */
export const FIGURE_ROLES: Role[] = ['warehouse', 'transport', 'planner', 'auditor', 'viewer', 'finance'];

/** Reads that name persons, need to know: customer service and the auditor (transport sees its routes' persons). */
export const PERSON_ROLES: Role[] = ['planner', 'auditor'];

/** The aids and their state (who holds one is a pseudonymous id): the staff who handle them and the auditor. */
export const AID_ROLES: Role[] = ['warehouse', 'transport', 'planner', 'auditor'];

/** The billing as it comes: finance and the auditor read every payer's, a payer its own (persons as personRef). */
export const BILLING_ROLES: Role[] = ['finance', 'auditor', 'payer'];

/**
 * `payerId` scopes a `payer` token to one payer (its fleet and invoice basis); null for every other role.
 */
export type Principal = { subject: string; name: string; role: Role; payerId?: string | null };

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);
