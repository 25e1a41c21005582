/**
 * Machine-readable reason a query was refused.
 *
 * @example
 * ```ts
 * import { query, QueryError, type QueryErrorCode } from 'kenya-defence-cooperation';
 * try {
 *   query.visits({ country: 'ke' });
 * } catch (error) {
 *   const code: QueryErrorCode | undefined = error instanceof QueryError ? error.code : undefined;
 *   console.log(code); // 'unknown-country'
 * }
 * ```
 */
export type QueryErrorCode =
  | 'invalid-dataset'
  | 'invalid-date'
  | 'invalid-range'
  | 'unknown-id'
  | 'unknown-country'
  | 'unknown-value'
  | 'unknown-option'
  | 'invalid-argument';

/**
 * One problem found in a dataset or an argument, with the field path where it sits.
 *
 * @example
 * ```ts
 * import { createQuery, dataset, QueryError, type QueryProblem } from 'kenya-defence-cooperation';
 * const broken = { ...dataset, visits: [{ ...dataset.visits[0], lead: 'nobody' }] };
 * try {
 *   createQuery(broken);
 * } catch (error) {
 *   const problems: readonly QueryProblem[] = error instanceof QueryError ? error.problems : [];
 *   console.log(problems[0]?.path);
 * }
 * ```
 */
export interface QueryProblem {
  /** Dot/bracket path of the offending field, e.g. `visits[3].lead`; `''` when the input as a whole is wrong (not an object). */
  readonly path: string;
  readonly message: string;
}

/**
 * Thrown for every input the query layer cannot answer honestly: an invalid dataset, an unknown
 * id or country code, an impossible date or range, an unknown vocabulary value. A query never
 * answers a malformed question with an empty result, because an empty result would read as "no
 * such records" rather than "you asked wrongly".
 *
 * @example
 * ```ts
 * try {
 *   query.visits({ country: 'ke' });
 * } catch (error) {
 *   if (error instanceof QueryError) console.log(error.code, error.argument); // 'unknown-country' 'country'
 * }
 * ```
 */
export class QueryError extends Error {
  override readonly name = 'QueryError';
  readonly code: QueryErrorCode;
  /** The argument (or dataset) that was wrong, e.g. `"country"`, `"person"`, `"dataset"`. */
  readonly argument: string;
  /** Individual problems, first ones only (see the message for the count). */
  readonly problems: readonly QueryProblem[];

  constructor(code: QueryErrorCode, argument: string, message: string, problems: readonly QueryProblem[] = []) {
    super(message);
    this.code = code;
    this.argument = argument;
    this.problems = Object.freeze(problems.map((problem) => Object.freeze({ ...problem })));
  }
}
