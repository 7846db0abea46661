import { describe, expect, test } from 'vitest'
import { consumerProject, type Tarball } from './consumer-lockfile.js'
import type { Lockfile } from './lockfile-types.js'

const workspace: Lockfile = {
  lockfileVersion: '9.0',
  settings: { autoInstallPeers: true, excludeLinksFromLockfile: false },
  importers: {
    '.': { devDependencies: { typescript: { specifier: '~5.9.3', version: '5.9.3' } } },
    'packages/core': {
      dependencies: {
        zod: { specifier: '^4.1.0', version: '4.6.7' },
        debug: { specifier: '^4.0.0', version: '4.4.3' }
      },
      devDependencies: { vitest: { specifier: '^4.1.0', version: '4.1.12' } }
    },
    'packages/lint': {
      dependencies: {
        '@roadmap/core': { specifier: 'workspace:^', version: 'link:../core' },
        'string-width-cjs': { specifier: 'npm:string-width@^4.2.0', version: 'string-width@4.2.3' }
      }
    }
  },
  packages: {
    'zod@4.6.7': { resolution: { integrity: 'sha512-zod' } },
    'debug@4.4.3': { resolution: { integrity: 'sha512-debug' }, peerDependencies: { 'supports-color': '*' } },
    'ms@2.1.3': { resolution: { integrity: 'sha512-ms' } },
    'string-width@4.2.3': { resolution: { integrity: 'sha512-sw' } },
    'typescript@5.9.3': { resolution: { integrity: 'sha512-ts' }, hasBin: true },
    'vitest@4.1.12': { resolution: { integrity: 'sha512-vitest' } }
  },
  snapshots: {
    'zod@4.6.7': {},
    'debug@4.4.3': { dependencies: { ms: '2.1.3' }, transitivePeerDependencies: ['supports-color'] },
    'ms@2.1.3': {},
    'string-width@4.2.3': {},
    'typescript@5.9.3': {},
    'vitest@4.1.12': {}
  }
}

const core: Tarball = {
  file: 'roadmap-core-0.1.0.tgz',
  integrity: 'sha512-core',
  importer: 'packages/core',
  manifest: {
    name: '@roadmap/core',
    version: '0.1.0',
    dependencies: { zod: '^4.1.0', debug: '^4.0.0' },
    engines: { node: '>=20.19' }
  }
}
const lint: Tarball = {
  file: 'roadmap-lint-0.1.0.tgz',
  integrity: 'sha512-lint',
  importer: 'packages/lint',
  manifest: {
    name: '@roadmap/lint',
    version: '0.1.0',
    dependencies: { '@roadmap/core': '^0.1.0', 'string-width-cjs': 'npm:string-width@^4.2.0' },
    bin: { 'roadmap-lint': 'bin.js' }
  }
}

describe('consumerProject', () => {
  test('locks the tarballs and, from the workspace lockfile, everything they depend on', () => {
    const { manifest, lockfile } = consumerProject({ workspace, tarballs: [core, lint], dependencies: ['typescript'] })
    expect(manifest).toEqual({
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: {
        '@roadmap/core': 'file:roadmap-core-0.1.0.tgz',
        '@roadmap/lint': 'file:roadmap-lint-0.1.0.tgz',
        typescript: '5.9.3'
      },
      pnpm: {
        overrides: { '@roadmap/core': 'file:roadmap-core-0.1.0.tgz', '@roadmap/lint': 'file:roadmap-lint-0.1.0.tgz' }
      }
    })
    expect(lockfile.overrides).toEqual(manifest.pnpm.overrides)
    expect(lockfile.settings).toEqual(workspace.settings)
    expect(lockfile.importers).toEqual({
      '.': {
        dependencies: {
          '@roadmap/core': { specifier: 'file:roadmap-core-0.1.0.tgz', version: 'file:roadmap-core-0.1.0.tgz' },
          '@roadmap/lint': { specifier: 'file:roadmap-lint-0.1.0.tgz', version: 'file:roadmap-lint-0.1.0.tgz' },
          typescript: { specifier: '5.9.3', version: '5.9.3' }
        }
      }
    })
    // Only what is reachable: not vitest, a dev dependency of the package.
    expect(Object.keys(lockfile.packages ?? {})).toEqual([
      '@roadmap/core@file:roadmap-core-0.1.0.tgz',
      '@roadmap/lint@file:roadmap-lint-0.1.0.tgz',
      'debug@4.4.3',
      'ms@2.1.3',
      'string-width@4.2.3',
      'typescript@5.9.3',
      'zod@4.6.7'
    ])
    expect(lockfile.packages?.['@roadmap/core@file:roadmap-core-0.1.0.tgz']).toEqual({
      resolution: { integrity: 'sha512-core', tarball: 'file:roadmap-core-0.1.0.tgz' },
      version: '0.1.0',
      engines: { node: '>=20.19' }
    })
    expect(lockfile.packages?.['@roadmap/lint@file:roadmap-lint-0.1.0.tgz']).toMatchObject({ hasBin: true })
    expect(lockfile.snapshots?.['@roadmap/core@file:roadmap-core-0.1.0.tgz']).toEqual({
      dependencies: { debug: '4.4.3', zod: '4.6.7' },
      transitivePeerDependencies: ['supports-color']
    })
    // The packed core stands in for the released one; an alias keeps its target.
    expect(lockfile.snapshots?.['@roadmap/lint@file:roadmap-lint-0.1.0.tgz']).toEqual({
      dependencies: { '@roadmap/core': 'file:roadmap-core-0.1.0.tgz', 'string-width-cjs': 'string-width@4.2.3' }
    })
  })

  test('copies a version with peer suffixes under its full key and its package under the bare one', () => {
    const peered: Lockfile = {
      ...workspace,
      importers: {
        ...workspace.importers,
        '.': { devDependencies: { tool: { specifier: '^1.0.0', version: '1.0.0(zod@4.6.7)' } } }
      },
      packages: { ...workspace.packages, 'tool@1.0.0': { resolution: { integrity: 'sha512-tool' } } },
      snapshots: { ...workspace.snapshots, 'tool@1.0.0(zod@4.6.7)': { dependencies: { zod: '4.6.7' } } }
    }
    const { manifest, lockfile } = consumerProject({ workspace: peered, tarballs: [], dependencies: ['tool'] })
    expect(manifest.dependencies).toEqual({ tool: '1.0.0' })
    expect(lockfile.importers['.']?.dependencies?.['tool']).toEqual({ specifier: '1.0.0', version: '1.0.0(zod@4.6.7)' })
    expect(Object.keys(lockfile.snapshots ?? {})).toEqual(['tool@1.0.0(zod@4.6.7)', 'zod@4.6.7'])
    expect(Object.keys(lockfile.packages ?? {})).toEqual(['tool@1.0.0', 'zod@4.6.7'])
  })

  test('says which workspace package to pack when a tarball depends on one that is not packed', () => {
    expect(() => consumerProject({ workspace, tarballs: [lint] })).toThrow(
      expect.objectContaining({
        code: 'ERR_PACK_CONSUMER_LOCKFILE',
        message: '`@roadmap/lint` depends on the workspace package `@roadmap/core`: pack it too'
      })
    )
  })

  test('says to run `pnpm install` when a dependency is not locked', () => {
    const stale = {
      ...core,
      manifest: { ...core.manifest, dependencies: { ...core.manifest.dependencies, undici: '^7.0.0' } }
    }
    expect(() => consumerProject({ workspace, tarballs: [stale] })).toThrow(
      /`@roadmap\/core` depends on `undici`, which the workspace lockfile does not lock for `packages\/core`; run `pnpm install`/
    )
    const broken: Lockfile = {
      ...workspace,
      snapshots: { ...workspace.snapshots, 'debug@4.4.3': { dependencies: { ms: '9.9.9' } } }
    }
    expect(() => consumerProject({ workspace: broken, tarballs: [core] })).toThrow(/no entry for `ms@9\.9\.9`/)
    expect(() => consumerProject({ workspace, tarballs: [], dependencies: ['left-pad'] })).toThrow(
      /does not depend on `left-pad`/
    )
  })
})
