/** The parts of a pnpm v9 lockfile (`lockfileVersion: '9.0'`) that a consumer install needs. */
export interface Lockfile {
  lockfileVersion: string
  settings?: Record<string, unknown>
  overrides?: Record<string, string>
  importers: Record<string, Importer>
  packages?: Record<string, PackageEntry>
  snapshots?: Record<string, Snapshot>
}

export interface Importer {
  dependencies?: Record<string, ImporterDependency>
  devDependencies?: Record<string, ImporterDependency>
  optionalDependencies?: Record<string, ImporterDependency>
}

export interface ImporterDependency {
  specifier: string
  /** A version, maybe with peer suffixes (`4.1.12(vite@8.3.8)`), an alias (`name@1.0.0`), `link:` or `file:`. */
  version: string
}

/** Where a package comes from and what it needs to install, keyed `name@version`. */
export type PackageEntry = Record<string, unknown>

/** What a package resolved to, keyed `name@version(peers)`. */
export interface Snapshot {
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  transitivePeerDependencies?: string[]
  [key: string]: unknown
}
