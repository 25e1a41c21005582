import { vocabulary } from './vocabulary.js';

/**
 * What kind of body an organization is.
 *
 * @example
 * ```ts
 * import { OrganizationKind } from 'kenya-defence-cooperation/schema';
 * OrganizationKind.parse('armed-force');
 * console.log(OrganizationKind.options); // every allowed value
 * console.log(OrganizationKind.meta()?.['x-definitions']); // each value's definition
 * ```
 */
export const OrganizationKind = vocabulary('OrganizationKind', 'What kind of body an organization is.', {
  'armed-force': "A state's military as a whole (e.g. Kenya Defence Forces).",
  'military-command': 'A command within an armed force, such as a unified combatant command (e.g. AFRICOM).',
  'military-academy': 'A staff college, defence university or other military teaching institution.',
  ministry: 'A government ministry or department.',
  agency: 'A government agency, such as an intelligence service.',
  council: 'A government advisory or coordinating council (e.g. a national security council).',
  legislature: 'A parliament, congress or senate, or one of its chambers.',
  coalition: 'A standing alliance or coalition of states (e.g. IMCTC).',
  'intergovernmental-organization': 'A body whose members are states (e.g. the United Nations).',
  programme: 'A named inter-governmental programme or initiative (e.g. the Security Governance Initiative).',
  mission: 'A multinational deployment or mission, formed or proposed.',
  'armed-group': 'A non-state armed group (e.g. al-Shabaab).',
});

/**
 * What kind of place a place record is.
 *
 * @example
 * ```ts
 * import { PlaceKind } from 'kenya-defence-cooperation/schema';
 * PlaceKind.parse('military-site');
 * console.log(PlaceKind.options); // every allowed value
 * console.log(PlaceKind.meta()?.['x-definitions']); // each value's definition
 * ```
 */
export const PlaceKind = vocabulary('PlaceKind', 'What kind of place a place record is.', {
  city: 'A city or capital.',
  locality: 'A town, village or other locality smaller than a city.',
  district: 'An administrative district or county.',
  region: 'A geographic region spanning several countries (e.g. the Horn of Africa).',
  venue: 'A building or site where an engagement takes place (e.g. State House, a memorial).',
  'military-site': 'A military base or site (e.g. Manda Bay).',
});

/**
 * What kind of instrument an agreement record is.
 *
 * @example
 * ```ts
 * import { AgreementKind } from 'kenya-defence-cooperation/schema';
 * AgreementKind.parse('framework');
 * console.log(AgreementKind.options); // every allowed value
 * console.log(AgreementKind.meta()?.['x-definitions']); // each value's definition
 * ```
 */
export const AgreementKind = vocabulary('AgreementKind', 'What kind of instrument an agreement record is.', {
  'cooperation-agreement': 'A binding or formal bilateral cooperation agreement.',
  framework: 'A framework that guides a relationship over a stated term.',
  'strategic-dialogue': 'A standing dialogue mechanism between governments.',
  'action-plan': 'A joint plan of action with agreed activities.',
  communique: 'A joint statement issued at the end of a meeting.',
  'terms-of-reference': 'An instrument that sets the rules of another mechanism (e.g. the agreement to guide a dialogue).',
  'trade-preference-programme': 'A trade-preference programme established by one state for others (e.g. AGOA).',
});

/**
 * The stage an agreement has reached, as reported by a source on a date.
 *
 * @example
 * ```ts
 * import { AgreementStatus } from 'kenya-defence-cooperation/schema';
 * AgreementStatus.parse('signed');
 * console.log(AgreementStatus.options); // every allowed value
 * console.log(AgreementStatus.meta()?.['x-definitions']); // each value's definition
 * ```
 */
export const AgreementStatus = vocabulary('AgreementStatus', 'The stage an agreement has reached, as reported by a source on a date.', {
  proposed: 'Proposed or announced, with no negotiation reported.',
  negotiating: 'The parties are working on or negotiating the text.',
  'final-stages': 'Negotiation reported to be in its final stages.',
  'planned-signing': 'A signing or issue is scheduled but has not yet happened as of the source date.',
  signed: 'Signed (or, for a communiqué, issued).',
  established: 'A mechanism (such as a dialogue) was established.',
  'in-force': 'In effect.',
  expired: 'No longer in effect.',
});

/**
 * How a visit was described.
 *
 * @example
 * ```ts
 * import { VisitKind } from 'kenya-defence-cooperation/schema';
 * VisitKind.parse('working-visit');
 * console.log(VisitKind.options); // every allowed value
 * console.log(VisitKind.meta()?.['x-definitions']); // each value's definition
 * ```
 */
export const VisitKind = vocabulary('VisitKind', 'How a visit was described.', {
  'official-visit': 'Described as an official visit or official trip.',
  'working-visit': 'Described as a working visit.',
  'delegation-visit': 'A delegation led by an official travels to meetings abroad.',
  'multilateral-meeting': 'Travel to attend a multilateral meeting.',
  visit: 'A visit whose kind the source does not state.',
});

/**
 * Whether a visit or engagement took place, as of the source's date.
 *
 * @example
 * ```ts
 * import { EventStatus } from 'kenya-defence-cooperation/schema';
 * EventStatus.parse('planned');
 * console.log(EventStatus.options); // every allowed value
 * console.log(EventStatus.meta()?.['x-definitions']); // each value's definition
 * ```
 */
export const EventStatus = vocabulary('EventStatus', "Whether a visit or engagement took place, as of the source's date.", {
  planned: 'Announced as planned, expected or scheduled ("will", "is expected to", "next week").',
  'under-way': 'In progress on the source date ("is in Rwanda for a four-day visit", "left for the US").',
  'took-place': 'Reported as having happened.',
});

/**
 * What happened at an engagement within a visit.
 *
 * @example
 * ```ts
 * import { EngagementKind } from 'kenya-defence-cooperation/schema';
 * EngagementKind.parse('courtesy-call');
 * console.log(EngagementKind.options); // every allowed value
 * console.log(EngagementKind.meta()?.['x-definitions']); // each value's definition
 * ```
 */
export const EngagementKind = vocabulary('EngagementKind', 'What happened at an engagement within a visit.', {
  'bilateral-talks': 'Discussions between the two sides, named as such or as discussions.',
  meeting: 'A meeting with a named counterpart.',
  'courtesy-call': 'A courtesy call on an official.',
  'multilateral-meeting': 'A meeting of several states or a coalition.',
  'strategic-dialogue': 'A session of a standing strategic dialogue.',
  'signing-ceremony': 'An agreement was signed or a communiqué issued.',
  lecture: 'The traveller gives a lecture.',
  'memorial-visit': 'A visit to a memorial to pay tribute.',
  'museum-tour': 'A tour of a museum.',
  'institution-visit': 'A visit to an institution such as a staff college.',
});

/**
 * Controlled topic vocabulary for agreements, visits and engagements.
 *
 * @example
 * ```ts
 * import { Topic } from 'kenya-defence-cooperation/schema';
 * Topic.parse('counterterrorism');
 * console.log(Topic.options); // every allowed value
 * console.log(Topic.meta()?.['x-definitions']); // each value's definition
 * ```
 */
export const Topic = vocabulary('Topic', 'Controlled topic vocabulary for agreements, visits and engagements.', {
  'defence-cooperation': 'Defence or military cooperation in general.',
  'strategic-partnership': 'Elevating or reinforcing a strategic partnership.',
  'regional-security': 'Regional peace, security and stability.',
  counterterrorism: 'Counter-terrorism and the fight against extremist groups.',
  'military-interoperability': 'Interoperability between armed forces.',
  training: 'Joint training and military education.',
  'maritime-security': 'Maritime security.',
  'climate-change': 'The security impact of climate change.',
  'defence-technology': 'Defence technology and innovation.',
  peacekeeping: 'International peacekeeping and security-support missions.',
  'haiti-mission': 'The multinational security support mission in Haiti.',
  'military-education': 'Professional military academic institutions and lectures.',
  'economic-cooperation': 'Economic prosperity, trade and investment.',
  'democracy-governance': 'Democracy, governance and anti-corruption.',
  'civilian-security': 'Civilian security cooperation.',
  'multilateral-issues': 'Multilateral and regional issues, e.g. cooperation at the United Nations.',
  'transnational-crime': 'Transnational organized crime.',
  'genocide-remembrance': 'Remembrance of the 1994 Genocide against the Tutsi.',
});

/**
 * What a commitment promises.
 *
 * @example
 * ```ts
 * import { CommitmentKind } from 'kenya-defence-cooperation/schema';
 * CommitmentKind.parse('funding');
 * console.log(CommitmentKind.options); // every allowed value
 * console.log(CommitmentKind.meta()?.['x-definitions']); // each value's definition
 * ```
 */
export const CommitmentKind = vocabulary('CommitmentKind', 'What a commitment promises.', {
  funding: 'Money, with an amount and currency.',
  personnel: 'People to deploy, with a count.',
  'basing-access': 'Access for foreign forces to a base or site.',
});

/**
 * How a date was derived from the text.
 *
 * @example
 * ```ts
 * import { DateDerivation } from 'kenya-defence-cooperation/schema';
 * DateDerivation.parse('year-from-weekday');
 * console.log(DateDerivation.options); // every allowed value
 * console.log(DateDerivation.meta()?.['x-definitions']); // each value's definition
 * ```
 */
export const DateDerivation = vocabulary('DateDerivation', 'How a date was derived from the text.', {
  'as-printed': 'The text prints the date in full; nothing was inferred.',
  'year-from-publication': "The text gives day and month; the year is the source's publication year.",
  'year-from-weekday': 'The text gives weekday, day and month but no year; the year is inferred from the weekday.',
  'relative-to-publication': 'A relative phrase ("last month", "on Monday", "next week") resolved against the publication date.',
  'relative-to-event': 'A relative phrase ("two weeks after …") resolved against another dated event.',
  'from-context': 'Bounded by other dated facts in the text (e.g. "was in Riyadh on Saturday" and "left" by the publication date).',
});
