import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataDir, parseDatasetText } from '../../scripts/lib/load-data.js';

const text = ['- id: first', '  when:', '    value: x', '  list:', '    - a', '    - b', '- id: second', ''].join('\n');

describe('YAML loader', () => {
  it('maps records and field paths to lines', () => {
    const { records, issues } = parseDatasetText('places', 'data/places.yaml', text);
    expect(issues).toEqual([]);
    expect(records.map((record) => [record.index, record.line])).toEqual([
      [0, 1],
      [1, 7],
    ]);
    const first = records[0];
    expect(first?.lineOf(['when'])).toBe(2);
    expect(first?.lineOf(['when', 'value'])).toBe(3);
    expect(first?.lineOf(['list', 1])).toBe(6);
    // A path that leaves the document falls back to the deepest field that exists.
    expect(first?.lineOf(['when', 'missing', 'deeper'])).toBe(2);
  });

  it('reports YAML syntax errors with their line and keeps no records', () => {
    const { records, issues } = parseDatasetText('places', 'data/places.yaml', '- id: a\n  name: [unclosed\n- id: b\n');
    expect(records).toEqual([]);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]).toMatchObject({ file: 'data/places.yaml', dataset: 'places', rule: 'yaml' });
    expect(issues[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('reports duplicate keys in a record', () => {
    const { issues } = parseDatasetText('places', 'data/places.yaml', '- id: a\n  id: b\n');
    expect(issues).toEqual([expect.objectContaining({ rule: 'yaml', line: 2 })]);
  });

  it('reports a file that is not a sequence, and treats an empty file as no records', () => {
    expect(parseDatasetText('places', 'p.yaml', 'id: a\n').issues).toEqual([expect.objectContaining({ rule: 'load', message: 'expected a YAML sequence of records (each starting with "- id: …")' })]);
    expect(parseDatasetText('places', 'p.yaml', '# nothing yet\n')).toEqual({ records: [], issues: [] });
    expect(parseDatasetText('places', 'p.yaml', '[]\n')).toEqual({ records: [], issues: [] });
  });

  it('reports every missing dataset file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kdc-empty-'));
    try {
      const data = loadDataDir(dir);
      expect(data.loadIssues).toHaveLength(9);
      expect(data.loadIssues[0]).toMatchObject({ dataset: 'sources', rule: 'load', message: 'missing data file; create it (an empty dataset is "[]")' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
