/**
 * The CLI's exit codes. Scripts branch on them, so each has one meaning:
 * - `ok` (0): the command ran; an empty list is still a success (a "0 records" note goes to stderr);
 * - `notFound` (1): `show` found no record with the id;
 * - `usage` (2): the command line itself is wrong (unknown command or flag, missing argument,
 *   malformed value) — checked without looking at the data;
 * - `query` (3): the query layer refused the question (unknown id or country, impossible date);
 * - `internal` (70, EX_SOFTWARE): a bug in the CLI or the package; the stack trace follows.
 */
export const EXIT = Object.freeze({ ok: 0, notFound: 1, usage: 2, query: 3, internal: 70 });

/** One of the values of {@link EXIT}. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * A problem with the command line. The message says what was wrong and what is accepted.
 *
 * @example
 * ```ts
 * throw new UsageError('--limit must be a positive whole number, e.g. --limit 10.', 'list');
 * ```
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** The command whose usage to point at, if any. */
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}

/**
 * A lookup that found nothing (`show <id>`): exit code 1, unlike a refused query.
 *
 * @example
 * ```ts
 * throw new NotFoundError('no record has the id "aden-dual". Nearest ids: "aden-duale".');
 * ```
 */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}
