import { dataset } from '../../datasets/all.js';
import { datasetInfo } from '../../release/dataset-info.js';
import { canonicalJson, sha256Hex } from '../../release/hash.js';
import { DATASET_NAMES } from '../../schema/dataset.js';
import { UsageError } from '../errors.js';
import type { CommandResult } from '../format/result.js';
import { renderTable } from '../format/table.js';
import type { Command } from './types.js';

/**
 * The package version, from the build's dataset info (written from package.json when the data
 * was built, so it is the version of the data this CLI carries).
 *
 * @example
 * ```ts
 * packageVersion(); // '0.1.0'
 * ```
 */
export function packageVersion(): string {
  return datasetInfo.version;
}

/**
 * `versions`: package version, record counts and SHA-256 of every dataset file, each re-hashed
 * from the bundled data to show the CLI answers from exactly the published bytes.
 *
 * @example
 * ```sh
 * kenya-defence-cooperation versions --format json
 * ```
 */
export const versionsCommand: Command = {
  name: 'versions',
  summary: 'Package version, dataset record counts and SHA-256 hashes',
  description:
    'Prints the package version and, for every dataset file published under kenya-defence-cooperation/data/, its ' +
    'record count and SHA-256 — the hashes to pin in a citation or a reproducible analysis. The verified column ' +
    'says whether the data bundled in this CLI hashes to the same value (it re-hashes the records in the build\'s ' +
    'canonical JSON form).',
  positionals: [],
  options: {},
  examples: ['versions', 'versions --format json'],
  async run({ positionals }): Promise<CommandResult> {
    if (positionals.length > 0) throw new UsageError(`versions takes no arguments (got "${positionals[0] ?? ''}").`);
    const entries = [
      ...DATASET_NAMES.map((name) => ({ name, info: datasetInfo.datasets[name], data: dataset[name] as unknown })),
      { name: 'dataset', info: datasetInfo.dataset, data: dataset as unknown },
    ];
    const files = await Promise.all(
      entries.map(async ({ name, info, data }) => ({
        dataset: name,
        file: info.file,
        count: info.count,
        bytes: info.bytes,
        sha256: info.sha256,
        verified: (await sha256Hex(canonicalJson(data))) === info.sha256,
      })),
    );
    const columns = ['dataset', 'count', 'bytes', 'sha256', 'verified'];
    const rows = files.map((file) => [file.dataset, file.count, file.bytes, file.sha256, file.verified]);
    const document = { package: 'kenya-defence-cooperation', version: datasetInfo.version, engagements: datasetInfo.engagements, files };
    return {
      items: files.map((file) => ({ version: datasetInfo.version, ...file })),
      document,
      columns,
      rows,
      // A cut hash is useless, so this table allows cells as wide as a SHA-256 (64 hex digits).
      text: `kenya-defence-cooperation ${datasetInfo.version} (${datasetInfo.engagements} engagements within visits)\n\n${renderTable(columns, rows, 64)}`,
    };
  },
};
