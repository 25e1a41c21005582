import { asList, checkId } from './arguments.js';
import { heldSpan, type QueryIndex } from './build-index.js';
import { QueryError } from './errors.js';
import { union, type Constraint, type Table } from './table.js';
import type { OneOrMany } from './types.js';

/**
 * Checks a `viaPostHolders` argument: a boolean, given only with an organization (visits,
 * engagements and timelines alike).
 *
 * @example
 * ```ts
 * checkViaPostHolders(false, true);  // fine
 * checkViaPostHolders(false, false); // throws: only meaningful together with organization
 * ```
 */
export function checkViaPostHolders(viaPostHolders: unknown, withOrganization: boolean): void {
  if (viaPostHolders === undefined) return;
  if (typeof viaPostHolders !== 'boolean') {
    throw new QueryError('invalid-argument', 'viaPostHolders', `viaPostHolders must be true or false, not ${JSON.stringify(viaPostHolders) ?? String(viaPostHolders)}.`);
  }
  if (!withOrganization) throw new QueryError('invalid-argument', 'viaPostHolders', 'viaPostHolders: only meaningful together with organization.');
}

/**
 * The `organization` constraint of visits and engagements. A record is under an organization
 * that hosts one of its engagements or is met at one; unless `viaPostHolders` is false, also
 * when a holder of one of the organization's posts takes part in it, in any role, and its date
 * may fall while the data shows them in post (see `heldSpan`). People act for an organization
 * through its posts: Gen Langley's visit to Nairobi is an AFRICOM visit though no engagement of
 * it names AFRICOM.
 *
 * @example
 * ```ts
 * organizationConstraint(index, index.visits, 'united-states-africa-command', undefined);
 * ```
 */
export function organizationConstraint<R>(index: QueryIndex, table: Table<R>, organization: OneOrMany<string> | undefined, viaPostHolders: unknown): Constraint[] {
  checkViaPostHolders(viaPostHolders, organization !== undefined);
  if (organization === undefined) return [];
  const ids = asList(organization, 'organization').map((id) => checkId(index, 'organization', id, 'organization'));
  const terms = ids.map((key) => ({ dimension: 'organization', key }));
  if (viaPostHolders === false) return [{ terms }];
  const lists = ids.map((id) => table.posting('organization', id));
  for (const id of ids) {
    for (const post of index.postsByOrganization.get(id) ?? []) {
      const held = heldSpan(post);
      const window = { from: held.earliest, to: held.latest, match: 'overlaps' as const };
      lists.push(table.posting('person', post.person).filter((position) => table.matchesWindow(position, window)));
    }
  }
  return [{ terms, positions: union(lists) }];
}
