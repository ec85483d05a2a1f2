/** What a role opens the store for: reading alone, or writing, which migrates the schema first. */
export type StoreAccess = 'read' | 'write';

const PURPOSE: Record<StoreAccess, string> = {
  read: 'which reading the store needs',
  write: 'which opening the store to write needs (it migrates the schema)',
};

/**
 * The role the store was opened with lacks privileges that opening it needs (PostgreSQL
 * refuses with SQLSTATE 42501): names each one, and the GRANTs an admin runs. A role that may
 * not migrate gets no GRANT: write as the role the service uses, which owns the schema.
 */
export class InsufficientPrivilege extends Error {
  override readonly name = 'InsufficientPrivilege';
  /** PostgreSQL's SQLSTATE for it (insufficient_privilege), kept from the driver's error. */
  readonly code = '42501';
  constructor(
    readonly role: string,
    readonly access: StoreAccess,
    /** E.g. `SELECT on table public.events`. */
    readonly lacks: readonly string[],
    /** The statements that grant them, or none when the role should not be given them. */
    readonly grants: readonly string[],
    options?: { cause?: unknown },
  ) {
    super(
      `Role ${role} lacks ${lacks.join(', ')}, ${PURPOSE[access]}: ` +
        (grants.length > 0
          ? `an admin runs ${grants.join('; ')}`
          : 'write to it as the role the service uses'),
      options,
    );
  }
}
