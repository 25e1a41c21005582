// Writes a synthetic dataset (valid against the `Dataset` schema) of N visits to disk, streamed
// record by record so that 10^6 visits never sit in memory as one string.
//
//   npm run generate:synthetic -- --visits 1000000 --seed 42 --out artifacts/synthetic-1e6.json
//
// The file is one JSON object in the shape of `Dataset`, one record per line, so it can also be
// read line by line.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { planSynthetic } from '../bench/synthetic.js';
import { DATASET_NAMES } from '../src/schema/dataset.js';

/**
 * Streams the dataset to `out`; resolves with the number of visits written.
 *
 * @example
 * ```ts
 * await writeSynthetic({ visits: 1000, seed: 1, out: 'artifacts/synthetic.json' });
 * ```
 */
export async function writeSynthetic(options: { visits: number; seed: number; out: string }): Promise<number> {
  const plan = planSynthetic({ visits: options.visits, seed: options.seed });
  await mkdir(dirname(options.out), { recursive: true });
  const stream = createWriteStream(options.out, { encoding: 'utf8' });
  const write = async (text: string): Promise<void> => {
    // Respect back-pressure so memory stays flat however many visits are written.
    if (!stream.write(text)) await once(stream, 'drain');
  };
  await write('{\n');
  for (const [datasetIndex, name] of DATASET_NAMES.entries()) {
    await write(`${JSON.stringify(name)}: [\n`);
    if (name === 'visits') {
      for (let i = 0; i < plan.visitCount; i++) await write(`${i === 0 ? '' : ',\n'}${JSON.stringify(plan.visit(i))}`);
    } else {
      const records = plan.base[name];
      for (let i = 0; i < records.length; i++) await write(`${i === 0 ? '' : ',\n'}${JSON.stringify(records[i])}`);
    }
    await write(`\n]${datasetIndex === DATASET_NAMES.length - 1 ? '' : ','}\n`);
  }
  await write('}\n');
  stream.end();
  await once(stream, 'finish');
  return plan.visitCount;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { visits: { type: 'string', default: '1000' }, seed: { type: 'string', default: '42' }, out: { type: 'string' } } });
  const visits = Number(values.visits);
  const out = values.out ?? `artifacts/synthetic-${visits}.json`;
  const started = performance.now();
  const written = await writeSynthetic({ visits, seed: Number(values.seed), out });
  console.log(`wrote ${written} visits to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
