// Writes the dataset's modules from the assembled roadmaps: one module per
// roadmap (`@roadmap/core/data/<id>`), the whole dataset (`/data`, built from
// those modules, so importing both bundles each roadmap once), the skeleton
// (`/skeleton`) and `data.json`. Each `.d.ts` declares literal ids, so that
// apps get completion and a typo fails to compile. Nothing here names a
// roadmap: every roadmap of content/ gets its modules.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { roadmapSkeleton } from '../dist/query/skeleton.js'

const header = '// Generated from content/ by scripts/build-dataset.js. Do not edit.\n'
const freezeModule = `${header}/** Freeze a value and everything in it. */
export function freeze(value) {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) freeze(value[key])
    Object.freeze(value)
  }
  return value
}
`

/** A type name for a roadmap id: `ai-engineer` → `AiEngineer`; a leading digit gets a prefix. */
function typeName(id) {
  const name = id.replace(/(^|-)([a-z0-9])/g, (_, __, letter) => letter.toUpperCase())
  return /^[0-9]/.test(name) ? `Roadmap${name}` : name
}

const literal = (value) => JSON.stringify(value)
const union = (values) => (values.length === 0 ? 'never' : values.map(literal).join(' | '))

/** A frozen value parsed from JSON text: V8 parses `JSON.parse` of a string literal faster than an object literal. */
const frozenJson = (value) => `freeze(JSON.parse(${JSON.stringify(JSON.stringify(value))}))`

/** The step types of a roadmap: `Kind<'step-id', 'topic-a' | 'topic-b'>` for each step. */
function stepTypes(roadmap, kind) {
  return roadmap.steps.map((step) => `${kind}<${literal(step.id)}, ${union(step.topics.map((topic) => topic.id))}>`)
}

function roadmapModule(roadmap) {
  const name = typeName(roadmap.id)
  const stepKeys = roadmap.steps.map((step) => `${roadmap.id}/${step.id}`)
  const topicKeys = roadmap.steps.flatMap((step) => step.topics.map((topic) => `${roadmap.id}/${step.id}/${topic.id}`))
  const js = `${header}import { freeze } from '../data-freeze.js'

/** The \`${roadmap.id}\` roadmap: validated at build time, deeply frozen. */
export const roadmap = ${frozenJson(roadmap)}
`
  const dts = `${header}import type { DatasetRoadmap, DatasetStep } from '../query/dataset-types.js'

/** The id of this roadmap. */
export type RoadmapId = ${literal(roadmap.id)}
/** The ids of its steps. */
export type StepId = ${union(roadmap.steps.map((step) => step.id))}
/** The keys of its steps, \`roadmap-id/step-id\`. */
export type StepKey = ${union(stepKeys)}
/** The keys of its topics, \`roadmap-id/step-id/topic-id\`: what apps store progress under. */
export type TopicKey = ${union(topicKeys)}

/** A step of the \`${roadmap.id}\` roadmap. */
export type ${name}Step =
  | ${stepTypes(roadmap, 'DatasetStep').join('\n  | ')}

/** The \`${roadmap.id}\` roadmap, with its ids as literal types. */
export interface ${name}Roadmap extends DatasetRoadmap<${literal(roadmap.id)}, ${name}Step> {}

/** The \`${roadmap.id}\` roadmap: validated at build time, deeply frozen, and typed so. */
export declare const roadmap: ${name}Roadmap
`
  return { js, dts }
}

function datasetModule(roadmaps) {
  const imports = roadmaps.map((roadmap, index) => `import { roadmap as r${index} } from './data/${roadmap.id}.js'`)
  const js = `${header}${imports.join('\n')}

/** Every roadmap, validated at build time, sorted by id; steps in order. */
export const roadmaps = Object.freeze([${roadmaps.map((_, index) => `r${index}`).join(', ')}])
`
  const typeImports = roadmaps.map(
    (roadmap, index) =>
      `import type { roadmap as r${index}, StepKey as StepKey${index}, TopicKey as TopicKey${index} } from './data/${roadmap.id}.js'`
  )
  const dts = `${header}import type { EveryRoadmap } from './query/dataset-types.js'
${typeImports.join('\n')}

/** The id of every roadmap. */
export type RoadmapId = ${union(roadmaps.map((roadmap) => roadmap.id))}
/** The key of every step, \`roadmap-id/step-id\`. */
export type StepKey = ${roadmaps.length === 0 ? 'never' : roadmaps.map((_, index) => `StepKey${index}`).join(' | ')}
/** The key of every topic, \`roadmap-id/step-id/topic-id\`: what apps store progress under. */
export type TopicKey = ${roadmaps.length === 0 ? 'never' : roadmaps.map((_, index) => `TopicKey${index}`).join(' | ')}

/** Every roadmap, validated at build time, sorted by id; steps in order. Deeply frozen, and typed so. */
export declare const roadmaps: EveryRoadmap<${roadmaps.length === 0 ? 'never' : roadmaps.map((_, index) => `typeof r${index}`).join(' | ')}>
`
  return { js, dts }
}

function skeletonModule(roadmaps) {
  const skeletons = roadmaps.map(roadmapSkeleton)
  const js = `${header}import { freeze } from './data-freeze.js'

/** Every roadmap without its prose and resources: ids, titles, summaries, levels, requirements, aliases and counts. */
export const roadmaps = ${frozenJson(skeletons)}
`
  const types = roadmaps.map((roadmap) => {
    const name = typeName(roadmap.id)
    return `/** The skeleton of the \`${roadmap.id}\` roadmap. */
export interface ${name}Skeleton
  extends DatasetSkeletonRoadmap<
    ${literal(roadmap.id)},
    | ${stepTypes(roadmap, 'DatasetSkeletonStep').join('\n    | ')}
  > {}`
  })
  const dts = `${header}import type { DatasetSkeletonRoadmap, DatasetSkeletonStep, EveryRoadmap } from './query/dataset-types.js'

${types.join('\n\n')}

/** Every roadmap without its prose and resources, sorted by id. Deeply frozen, and typed so. */
export declare const roadmaps: EveryRoadmap<${roadmaps.length === 0 ? 'never' : roadmaps.map((roadmap) => `${typeName(roadmap.id)}Skeleton`).join(' | ')}>
`
  return { js, dts }
}

/**
 * Write every module of the dataset into `dist`.
 *
 * @example
 *   await writeDataset('dist', roadmaps)
 */
export async function writeDataset(dist, roadmaps) {
  await mkdir(join(dist, 'data'), { recursive: true })
  await writeFile(join(dist, 'data-freeze.js'), freezeModule)
  await writeFile(join(dist, 'data-freeze.d.ts'), `${header}export declare function freeze<T>(value: T): T\n`)
  for (const roadmap of roadmaps) {
    const { js, dts } = roadmapModule(roadmap)
    await writeFile(join(dist, 'data', `${roadmap.id}.js`), js)
    await writeFile(join(dist, 'data', `${roadmap.id}.d.ts`), dts)
  }
  const dataset = datasetModule(roadmaps)
  await writeFile(join(dist, 'data.js'), dataset.js)
  await writeFile(join(dist, 'data.d.ts'), dataset.dts)
  const skeleton = skeletonModule(roadmaps)
  await writeFile(join(dist, 'skeleton.js'), skeleton.js)
  await writeFile(join(dist, 'skeleton.d.ts'), skeleton.dts)
  await writeFile(join(dist, 'data.json'), `${JSON.stringify(roadmaps, null, 2)}\n`)
}
