import { dataset } from '../../../src/datasets/all.js';
import type { Data } from '../reference/lookup.js';
import { networkSvg } from './network.js';
import { timelineSvg } from './timeline.js';

/** File names of the figures under docs/figures, in the order they are shown. */
export const FIGURE_FILES = ['timeline.svg', 'network.svg'] as const;

/** Every figure, keyed by file name, rendered from the data. */
export function figureFiles(data: Data = dataset): ReadonlyMap<(typeof FIGURE_FILES)[number], string> {
  return new Map([
    ['timeline.svg', timelineSvg(data)],
    ['network.svg', networkSvg(data)],
  ]);
}
