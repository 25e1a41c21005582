import { existsSync } from 'node:fs';
import path from 'node:path';
import { CACHE_ROOT, cachedDir } from './cache.js';
import { runOk } from './run.js';

/** The Node majors the package supports (package.json engines: ">=20"); 20 is past EOL but still tested. */
export const NODE_MAJORS = [20, 22, 24] as const;
export type NodeMajor = (typeof NODE_MAJORS)[number];

const installs = new Map<NodeMajor, Promise<string>>();

/**
 * A `node` binary of the given major version. The one running the tests when it matches;
 * otherwise the official build from the npm registry package `node-<platform>-<arch>@<major>`,
 * installed once into the cache dir (never into the repo) and reused by later runs.
 */
export function nodeBinary(major: NodeMajor): Promise<string> {
  if (Number(process.versions.node.split('.')[0]) === major) return Promise.resolve(process.execPath);
  let install = installs.get(major);
  if (install === undefined) {
    install = (async () => {
      const packageName = `node-${process.platform}-${process.arch}`;
      const dir = await cachedDir(path.join(CACHE_ROOT, `${packageName}-${major}`), async (target) => {
        await runOk('npm', ['install', '--prefix', target, '--no-save', '--no-audit', '--no-fund', '--prefer-offline', `${packageName}@${major}`], {
          cwd: target,
        });
      });
      const binary = path.join(dir, 'node_modules', packageName, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
      if (!existsSync(binary)) throw new Error(`${packageName}@${major} installed no binary at ${binary}`);
      return binary;
    })();
    installs.set(major, install);
  }
  return install;
}
