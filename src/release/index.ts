/**
 * Releases users can pin: facts about the shipped data ({@link datasetInfo}), hash checks, and
 * {@link loadDataset} for the `dataset.json` of any release.
 */
export { datasetInfo, verifyDatasetHash, type DatasetFileInfo, type DatasetInfo } from './dataset-info.js';
export { sha256Hex } from './hash.js';
export { DatasetLoadError, loadDataset, type DatasetLoadErrorCode, type DatasetManifest, type LoadDatasetOptions } from './load-dataset.js';
