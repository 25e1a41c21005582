import type { CountryCodeLiteral } from '../../query/index.js';
import { onePositional } from '../args.js';
import type { CommandResult } from '../format/result.js';
import type { Command } from './types.js';

/**
 * `partners <country>`: the countries linked to one by visits, agreements and commitments.
 *
 * @example
 * ```sh
 * kenya-defence-cooperation partners KE
 * ```
 */
export const partnersCommand: Command = {
  name: 'partners',
  summary: 'Countries linked to a country by visits, agreements and commitments',
  description:
    'The countries linked to a country, most links first, then by code: visits from one to the other either way, ' +
    'agreements both are party to, and commitments one pledges and the other receives. Every record counts, ' +
    'whatever its status: planned_visits and unconcluded_agreements say how many of the counts are plans (planned ' +
    'is not done). Two records the sources leave as possibly the same event count as two.',
  positionals: [{ name: 'country', description: 'an ISO 3166-1 alpha-2 country code, upper case, e.g. KE' }],
  options: {},
  examples: ['partners KE', 'partners RW --format json'],
  run({ positionals, query }): CommandResult {
    const country = onePositional(positionals, { missing: 'partners needs a country code, e.g. partners KE.', one: 'partners takes one country code' });
    // The query checks the code (and says "use upper case KE" for "ke").
    const partners = query.partners(country as CountryCodeLiteral);
    return {
      items: partners,
      columns: ['country', 'name', 'total', 'visits', 'planned_visits', 'agreements', 'unconcluded_agreements', 'commitments'],
      rows: partners.map((partner) => [partner.country, partner.name, partner.total, partner.visits, partner.plannedVisits, partner.agreements, partner.unconcludedAgreements, partner.commitments]),
      noun: 'partners',
    };
  },
};
