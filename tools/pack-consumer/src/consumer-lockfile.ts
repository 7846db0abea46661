import { PackConsumerError } from './errors.js'
import type { Importer, Lockfile, PackageEntry, Snapshot } from './lockfile-types.js'

/** A workspace package packed into a tarball that the consumer depends on. */
export interface Tarball {
  /** The tarball's file name inside the consumer folder: `roadmap-core-0.0.0.tgz`. */
  file: string
  /** `sha512-…` of the tarball's bytes, as pnpm records it. */
  integrity: string
  /** The workspace lockfile's importer for the package's folder: `packages/core`. */
  importer: string
  /** The package.json inside the tarball (with `workspace:` ranges replaced). */
  manifest: TarballManifest
}

export interface TarballManifest {
  name: string
  version: string
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  engines?: Record<string, string>
  bin?: string | Record<string, string>
}

export interface ConsumerLockfileInput {
  /** The workspace's `pnpm-lock.yaml`, parsed. */
  workspace: Lockfile
  tarballs: Tarball[]
  /** More direct dependencies, at the version the workspace root (`.`) locks them: `typescript`. */
  dependencies?: string[]
}

export interface ConsumerProject {
  /** The consumer's package.json. */
  manifest: {
    name: string
    private: true
    type: 'module'
    dependencies: Record<string, string>
    pnpm: { overrides: Record<string, string> }
  }
  lockfile: Lockfile
}

/**
 * The package.json and lockfile of a consumer project that depends on the
 * given tarballs, with every other package resolved exactly as the workspace
 * lockfile resolved it. `pnpm install --frozen-lockfile --offline` then needs
 * nothing but the store the workspace was installed from: no registry and no
 * metadata cache, which a frozen workspace install never fills.
 */
export function consumerProject({ workspace, tarballs, dependencies = [] }: ConsumerLockfileInput): ConsumerProject {
  const packages: Record<string, PackageEntry> = {}
  const snapshots: Record<string, Snapshot> = {}
  const fileOf = new Map(tarballs.map((tarball) => [tarball.manifest.name, `file:${tarball.file}`]))
  const importer: Required<Pick<Importer, 'dependencies'>> = { dependencies: {} }
  const manifestDependencies: Record<string, string> = {}

  /** Copy a locked package and everything it depends on. */
  const copy = (name: string, version: string): void => {
    const snapshotKey = /^\d/.test(version) ? `${name}@${version}` : version
    if (snapshots[snapshotKey]) return
    const snapshot = workspace.snapshots?.[snapshotKey]
    const packageKey = snapshotKey.replace(/\(.*$/, '')
    const entry = workspace.packages?.[packageKey]
    if (!snapshot || !entry) {
      throw new PackConsumerError(
        'ERR_PACK_CONSUMER_LOCKFILE',
        `The workspace lockfile has no entry for \`${snapshotKey}\`; run \`pnpm install\` to bring it up to date`
      )
    }
    snapshots[snapshotKey] = snapshot
    packages[packageKey] = entry
    for (const [child, childVersion] of Object.entries({ ...snapshot.dependencies, ...snapshot.optionalDependencies }))
      copy(child, childVersion)
  }

  for (const tarball of tarballs) {
    const { name, version } = tarball.manifest
    const file = `file:${tarball.file}`
    const locked = workspace.importers[tarball.importer]
    if (!locked) {
      throw new PackConsumerError(
        'ERR_PACK_CONSUMER_LOCKFILE',
        `The workspace lockfile has no importer \`${tarball.importer}\` for \`${name}\`; run \`pnpm install\``
      )
    }
    if (Object.keys(tarball.manifest.peerDependencies ?? {}).length > 0) {
      throw new PackConsumerError(
        'ERR_PACK_CONSUMER_LOCKFILE',
        `\`${name}\` has peer dependencies, which a consumer project does not resolve yet`
      )
    }
    const resolved: Record<string, string> = {}
    const transitivePeers = new Set<string>()
    for (const dependency of Object.keys({
      ...tarball.manifest.dependencies,
      ...tarball.manifest.optionalDependencies
    })) {
      const packed = fileOf.get(dependency)
      if (packed) {
        resolved[dependency] = packed
        continue
      }
      const lockedVersion = (locked.dependencies?.[dependency] ?? locked.optionalDependencies?.[dependency])?.version
      if (lockedVersion === undefined) {
        throw new PackConsumerError(
          'ERR_PACK_CONSUMER_LOCKFILE',
          `\`${name}\` depends on \`${dependency}\`, which the workspace lockfile does not lock for \`${tarball.importer}\`; run \`pnpm install\``
        )
      }
      if (lockedVersion.startsWith('link:')) {
        throw new PackConsumerError(
          'ERR_PACK_CONSUMER_LOCKFILE',
          `\`${name}\` depends on the workspace package \`${dependency}\`: pack it too`
        )
      }
      resolved[dependency] = lockedVersion
      copy(dependency, lockedVersion)
      const snapshotKey = /^\d/.test(lockedVersion) ? `${dependency}@${lockedVersion}` : lockedVersion
      for (const peer of snapshots[snapshotKey]?.transitivePeerDependencies ?? []) transitivePeers.add(peer)
    }
    packages[`${name}@${file}`] = {
      resolution: { integrity: tarball.integrity, tarball: file },
      version,
      ...(tarball.manifest.engines ? { engines: tarball.manifest.engines } : {}),
      ...(tarball.manifest.bin ? { hasBin: true } : {})
    }
    snapshots[`${name}@${file}`] = {
      ...(Object.keys(resolved).length > 0 ? { dependencies: sortKeys(resolved) } : {}),
      ...(transitivePeers.size > 0 ? { transitivePeerDependencies: [...transitivePeers].sort() } : {})
    }
    importer.dependencies[name] = { specifier: file, version: file }
    manifestDependencies[name] = file
  }

  const root = workspace.importers['.']
  for (const dependency of dependencies) {
    const locked = root?.dependencies?.[dependency] ?? root?.devDependencies?.[dependency]
    if (!locked) {
      throw new PackConsumerError(
        'ERR_PACK_CONSUMER_LOCKFILE',
        `The workspace root does not depend on \`${dependency}\`, so its lockfile cannot give the consumer a version of it`
      )
    }
    copy(dependency, locked.version)
    const specifier = locked.version.replace(/\(.*$/, '')
    importer.dependencies[dependency] = { specifier, version: locked.version }
    manifestDependencies[dependency] = specifier
  }

  // Packed packages that depend on each other ask for a released version
  // (`@roadmap/core@^0.3.0`) that the registry may not have: use the tarball.
  const overrides = sortKeys(Object.fromEntries(fileOf))
  return {
    manifest: {
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: sortKeys(manifestDependencies),
      pnpm: { overrides }
    },
    lockfile: {
      lockfileVersion: workspace.lockfileVersion,
      ...(workspace.settings ? { settings: workspace.settings } : {}),
      overrides,
      importers: { '.': { dependencies: sortKeys(importer.dependencies) } },
      packages: sortKeys(packages),
      snapshots: sortKeys(snapshots)
    }
  }
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
