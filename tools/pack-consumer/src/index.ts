export {
  consumerProject,
  type ConsumerLockfileInput,
  type ConsumerProject,
  type Tarball,
  type TarballManifest
} from './consumer-lockfile.js'
export { PackConsumerError } from './errors.js'
export { installConsumer, type Consumer, type InstallConsumerOptions, type PackedPackage } from './install-consumer.js'
export type { Importer, ImporterDependency, Lockfile, PackageEntry, Snapshot } from './lockfile-types.js'
export { findWorkspaceRoot, readWorkspaceLockfile, readWorkspaceStore } from './workspace.js'
