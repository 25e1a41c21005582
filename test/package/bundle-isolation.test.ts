import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { consumerProject, DATASET_NAMES, generatedRecords, PACKAGE_NAME, REPO_ROOT, type DatasetName } from './helpers/package.js';

interface Bundle {
  code: string;
  /** The input files esbuild pulled in, relative to the consumer project. */
  inputs: string[];
}

let project: string;
beforeAll(async () => {
  project = await consumerProject();
}, 300_000);

/** Bundles `import { <name> } from '<package>/datasets/<name>'` from the installed tarball, as an app would. */
async function bundleDataset(name: DatasetName): Promise<Bundle> {
  const result = await build({
    stdin: { contents: `import { ${name} } from '${PACKAGE_NAME}/datasets/${name}';\nconsole.log(${name});\n`, resolveDir: project, loader: 'js' },
    absWorkingDir: project,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return { code, inputs: Object.keys(result.metafile.inputs) };
}

/** The ids of a dataset's records, and of the engagements nested in visits. */
function idsOf(name: DatasetName): string[] {
  const records = generatedRecords(name) as { id: string; engagements?: { id: string }[] }[];
  return records.flatMap((record) => [record.id, ...(record.engagements ?? []).map((engagement) => engagement.id)]);
}

/** A string literal in the bundle: any quote style, so the check does not depend on formatting. */
function containsLiteral(code: string, text: string): boolean {
  return ['"', "'", '`'].some((quote) => code.includes(`${quote}${text}${quote}`));
}

const generatedText = (name: DatasetName): string => readFileSync(path.join(REPO_ROOT, 'generated', 'data', `${name}.json`), 'utf8');

describe('a bundle that imports one dataset subpath', () => {
  it.each(DATASET_NAMES)('datasets/%s contains that dataset and nothing of the others', { timeout: 300_000 }, async (name) => {
    const { code, inputs } = await bundleDataset(name);
    // Every record of the dataset is there.
    const own = idsOf(name);
    expect(own.length).toBeGreaterThan(0);
    for (const id of own) expect(containsLiteral(code, id), `${name} bundle lacks its record ${id}`).toBe(true);

    // No record of another dataset, except ids this dataset itself refers to (a place's citation
    // names a source id, for instance).
    const ownText = generatedText(name);
    const leaked = DATASET_NAMES.filter((other) => other !== name)
      .flatMap((other) => idsOf(other).map((id) => `${other}:${id}`))
      .filter((entry) => {
        const id = entry.slice(entry.indexOf(':') + 1);
        return !ownText.includes(`"${id}"`) && containsLiteral(code, id);
      });
    expect(leaked).toEqual([]);

    // Only the package's own code: the data subpaths need neither zod nor date-fns at run time.
    const foreign = inputs.filter((input) => input.includes('node_modules/') && !input.includes(`node_modules/${PACKAGE_NAME}/`));
    expect(foreign).toEqual([]);
  });

  it('datasets/places carries no visit or person, and not the visits dataset', { timeout: 300_000 }, async () => {
    const { code } = await bundleDataset('places');
    expect(containsLiteral(code, 'kahariri-rwanda-working-visit-2025')).toBe(false);
    expect(containsLiteral(code, 'aden-duale')).toBe(false);
    // The full visits JSON would bring every visit title with it.
    const visits = generatedRecords('visits') as { id: string; title: string }[];
    expect(visits.filter((visit) => code.includes(visit.title)).map((visit) => visit.id)).toEqual([]);
    expect(code.length).toBeLessThan(generatedText('visits').length);
  });
});
