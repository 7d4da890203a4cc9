/** Plain columns of one table, as the TypeScript references of lib/profile take them. */
export type Columns = Readonly<Record<string, ArrayLike<unknown>>>;

/** Milliseconds in a day: days are UTC calendar days. */
export const dayMs = 86_400_000;

/** Which timestamp columns of an event table to profile, with the synthetic world's names as defaults. */
export interface EventTimeOptions {
  /** The event table. */
  table: string;
  /** When the event happened (TIMESTAMP, UTC). Default "event_timestamp". */
  event?: string;
  /** When the row reached the store (TIMESTAMP, UTC). Default "created_timestamp". */
  created?: string;
}
