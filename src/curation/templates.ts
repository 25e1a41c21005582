/**
 * Skeletons of the records a source usually yields, with the source id filled in, so a curator
 * copies a block into the right data file instead of recalling every required field. Each field
 * carries a comment saying what goes there; values to replace are marked `TODO`.
 */

/** What the templates need to know about the source. */
export interface TemplateContext {
  readonly sourceId: string;
  /** The publication date as EDTF, used as the default `asOf`; a TODO marker when unknown. */
  readonly published?: string;
}

function citation(sourceId: string, indent: string): string {
  return `${indent}- source: ${sourceId}\n${indent}  quote: "TODO: exact words from the article (npm run quote -- ${sourceId} \\"…\\")"`;
}

/**
 * The template file for one source: a commented YAML document with one skeleton each for a
 * visit, an agreement, a person, a post and a commitment, keyed by the data file each belongs in.
 *
 * @example
 * ```ts
 * const yaml = recordTemplates({ sourceId: 'kenya-ghana-naval-visit', published: '2031-03-14' });
 * yaml.includes('- source: kenya-ghana-naval-visit'); // true
 * ```
 */
export function recordTemplates({ sourceId, published }: TemplateContext): string {
  const asOf = published ?? 'TODO-publication-date';
  const cite = (indent: string): string => citation(sourceId, indent);
  return `# Record templates for source "${sourceId}".
# Copy each block you need into the data file named by its key (visits.yaml, agreements.yaml, …),
# replace every TODO, delete the fields the article does not support, and run \`npm run validate\`.
# Dates: \`npm run date -- "<phrase>" --published ${asOf}\` prints a DateClaim to paste.
# This file is a working aid, not part of the dataset.

visits.yaml:
  - id: TODO-visit-id               # lower-case-kebab, unique, e.g. "navy-chief-ghana-visit-2031"
    title: TODO                     # "Kenya Navy Commander's visit to Ghana"
    kind: visit                     # official-visit | working-visit | delegation-visit | multilateral-meeting | visit
    lead: TODO-person-id            # id in people.yaml
    delegation: []                  # - { person: id, citations: [...] } or { description: "…", citations: [...] }
    origin:
      country: KE
      citations:
${cite('        ')}
    destination:
      country: TODO                 # ISO 3166-1 alpha-2, e.g. GH
      places: []                    # ids in places.yaml
      citations:
${cite('        ')}
    when:                           # npm run date -- "<phrase>" --published ${asOf}
      value: TODO
      asWritten: TODO
      citations:
${cite('        ')}
    status:
      value: took-place             # planned | under-way | took-place
      asOf: ${asOf}
      citations:
${cite('        ')}
    purpose: []                     # - { text: "…", citations: [...] }
    topics: []                      # see the Topic vocabulary
    engagements: []
    agreements: []                  # ids in agreements.yaml
    related: []
    statements: []
    notes: []                       # - { text: "…", citations: [...] } for further context
    citations:
${cite('      ')}

agreements.yaml:
  - id: TODO-agreement-id
    title: TODO                     # the most specific title the article gives
    aliases: []                     # - { name: "…", citations: [...] }
    kind: cooperation-agreement     # see the AgreementKind vocabulary
    parties: [KE, TODO]             # ISO codes, sorted
    partiesCitations:
${cite('      ')}
    signatories: []                 # - { person: id, country: KE, citations: [...] }
    topics: []
    purpose: []
    statusHistory:
      - status: TODO                # proposed | negotiating | final-stages | planned-signing | signed | …
        asOf: ${asOf}
        expected: false             # true for "will sign"
        citations:
${cite('          ')}
    related: []
    citations:
${cite('      ')}

people.yaml:
  - id: TODO-person-id              # e.g. "amani-wekesa"
    name: TODO                      # full name without rank
    otherNames: []                  # - { name: "Wekesa", citations: [...] }
    rank:                           # delete if the article gives none
      value: TODO                   # spelled out, e.g. "Rear Admiral"
      asWritten: TODO               # as printed, e.g. "R Adm"
      citations:
${cite('        ')}
    nationality:
      - country: KE
        inference: TODO explain, e.g. "Inferred from the post held (Commander of the Kenya Navy)."
        citations:
${cite('          ')}
    citations:
${cite('      ')}

posts.yaml:
  - id: TODO-post-id
    person: TODO-person-id
    role: TODO                      # normalized, e.g. "Commander of the Kenya Navy"
    titlesAsWritten: [TODO]         # exactly as printed
    country: KE
    attestations:
      - asOf: ${asOf}
        citations:
${cite('          ')}

commitments.yaml:
  - id: TODO-commitment-id
    title: TODO
    kind: funding                   # funding | personnel | basing-access
    pledgedBy:
      country: TODO
      citations:
${cite('        ')}
    recipient:
      country: KE
      citations:
${cite('        ')}
    money: { amount: 0, currency: USD, bound: exact }   # TODO, or delete; bound: exact | up-to
    purpose: []
    asOf: ${asOf}
    agreements: []
    visits: []
    citations:
${cite('      ')}
`;
}
