import corePackage from '@roadmap/core/package.json'

/** The version of `@roadmap/core` whose dataset the site was built from. */
export const coreVersion: string = corePackage.version
