import type { Dataset, DatasetName } from '../../../src/schema/dataset.js';
import { DATASET_NAMES } from '../../../src/schema/dataset.js';
import { ISO_COUNTRIES } from '../../../src/schema/iso-countries.js';
import type { DeepReadonly } from '../../../src/util/deep-freeze.js';

/** The bundled data as the generators read it. */
export type Data = DeepReadonly<Dataset>;
export type AgreementRecord = Data['agreements'][number];
export type VisitRecord = Data['visits'][number];
export type EngagementRecord = VisitRecord['engagements'][number];
export type PersonRecord = Data['people'][number];
export type SourceRecord = Data['sources'][number];
export type CitationValue = AgreementRecord['citations'][number];
export type DateClaimValue = NonNullable<AgreementRecord['signed']>;

/** Where a citation sits: the record that carries it and the dot path of the field. */
export interface CitingPlace {
  readonly dataset: DatasetName;
  readonly id: string;
  readonly path: string;
  readonly quote: string;
}

/** A record of any dataset, as far as the pages need: an id and maybe a display name. */
interface AnyRecord {
  readonly id: string;
  readonly name?: string;
  readonly title?: string;
  readonly role?: string;
}

function isCitation(value: unknown): value is CitationValue {
  return value !== null && typeof value === 'object' && typeof (value as { source?: unknown }).source === 'string' && typeof (value as { quote?: unknown }).quote === 'string';
}

function walkCitations(value: unknown, path: string, found: (citation: CitationValue, path: string) => void): void {
  if (isCitation(value)) {
    found(value, path);
    return;
  }
  if (Array.isArray(value)) value.forEach((item, index) => walkCitations(item, `${path}[${index}]`, found));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) walkCitations(child, path === '' ? key : `${path}.${key}`, found);
  }
}

/** Look-ups the record pages share: records by id, names for ids, and reverse references. */
export class Lookup {
  private readonly byDataset = new Map<DatasetName, Map<string, AnyRecord>>();
  private readonly engagementVisit = new Map<string, VisitRecord>();
  /** Every citation of each source, in dataset order then record order. */
  readonly citationsBySource = new Map<string, CitingPlace[]>();

  constructor(readonly data: Data) {
    for (const name of DATASET_NAMES) {
      const records = data[name] as readonly AnyRecord[];
      this.byDataset.set(name, new Map(records.map((record) => [record.id, record])));
      for (const record of records) {
        walkCitations(record, '', (citation, path) => {
          const list = this.citationsBySource.get(citation.source) ?? [];
          list.push({ dataset: name, id: record.id, path, quote: citation.quote });
          this.citationsBySource.set(citation.source, list);
        });
      }
    }
    for (const visit of data.visits) for (const engagement of visit.engagements) this.engagementVisit.set(engagement.id, visit);
  }

  record(dataset: DatasetName, id: string): AnyRecord | undefined {
    return this.byDataset.get(dataset)?.get(id);
  }

  /** The name a reader knows a record by: a person's or body's name, a title, a role. */
  label(dataset: DatasetName, id: string): string {
    const record = this.record(dataset, id);
    return record?.name ?? record?.title ?? record?.role ?? id;
  }

  /** The visit an engagement belongs to. */
  visitOf(engagementId: string): VisitRecord | undefined {
    return this.engagementVisit.get(engagementId);
  }
}

/** "Kenya (KE)": the CLDR English short name with the code, or the bare code if unknown. */
export function countryName(code: string): string {
  const name = (ISO_COUNTRIES as Readonly<Record<string, string>>)[code];
  return name === undefined ? code : `${name} (${code})`;
}
