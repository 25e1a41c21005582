import { isObject } from '../paths.js';
import type { Finding, Rule } from '../types.js';

/**
 * Each source's article text exists, and its stored sha256 and character count match the file:
 * the hash is the proof that the quotes were checked against this exact text.
 */
export const sourceFilesRule: Rule = {
  name: 'source-files',
  description: "Each source's text file exists and matches its stored sha256 and character count.",
  check(context) {
    const findings: Finding[] = [];
    for (const record of context.data.records.sources) {
      const value = record.value;
      if (!isObject(value) || typeof value['file'] !== 'string') continue;
      const file = value['file'];
      const source = context.readSource(file);
      if (!source) {
        findings.push({ record, path: ['file'], message: `source text "${file}" not found in ${context.sourcesLabel} (set --sources DIR or KDC_SOURCES_DIR)` });
        continue;
      }
      const sha256 = value['sha256'];
      if (typeof sha256 === 'string' && sha256 !== source.sha256) {
        findings.push({
          record,
          path: ['sha256'],
          message: `sha256 does not match "${file}": stored ${sha256}, file has ${source.sha256}; the text changed since the quotes were checked — re-check them, then store the new hash`,
        });
      }
      const characters = value['characters'];
      if (typeof characters === 'number' && characters !== source.text.length) {
        findings.push({ record, path: ['characters'], message: `characters does not match "${file}": stored ${characters}, file has ${source.text.length}` });
      }
    }
    return findings;
  },
};
