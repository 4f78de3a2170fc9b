/**
 * Keys of the PostgreSQL advisory locks the server takes, in one place so no two uses collide.
 * Advisory locks are per database, so processes on one database share them.
 */
export const ADVISORY_LOCKS = {
  /** Held while migrations (and the demo seed) run at boot: one process at a time. */
  migrations: 7_242_101,
  /** Held by the process sweeping old check-in data; the others skip that sweep. */
  sweeper: 7_242_102,
  /** Held while the region dataset is loaded into a database. */
  regions: 7_242_103,
} as const;
