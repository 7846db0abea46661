// The model's types, written out as interfaces so that editors show their
// names and each field's documentation. The zod schemas stay the single
// source of truth: `model.test.ts` checks that each interface equals the
// schema's inferred type and that each field's comment is the schema's
// description.
import type { Level, ResourceKind } from './values.js'

/** A page worth reading, watching or doing for a topic */
export interface Resource {
  /** The link text: what the resource is called */
  title: string
  /** Absolute http(s) URL of the resource */
  url: string
  /** What kind of resource it is, written as the link title */
  kind: ResourceKind
}

/** A `##` section of a step: something to learn, with resources */
export interface Topic {
  /** GitHub-style slug of the topic heading */
  id: string
  /** The text of the `##` heading */
  title: string
  /** Former keys of this topic (`roadmap-id/step-id/topic-id`), from the `topic-aliases` of its step: progress stored under one of them counts for this topic */
  aliases: string[]
  /** Markdown: the paragraphs under the heading */
  description: string
  /** What to read, watch or do, official ones first */
  resources: Resource[]
}

/** A step that must be finished first */
export interface StepReference {
  /** Id of the roadmap the step belongs to */
  roadmap: string
  /** Id of the step */
  step: string
}

/** One step of a roadmap: a file `NN-step-id.md` */
export interface Step {
  /** File name without the `NN-` prefix and `.md` */
  id: string
  /** The `NN` of the file name */
  order: number
  /** The step's name, from `title` in its frontmatter */
  title: string
  /** One sentence: what the learner gets out of the step */
  summary: string
  /** How demanding the step is */
  level: Level
  /** Steps to finish first, always qualified with their roadmap id */
  requires: StepReference[]
  /** Former keys of this step (`roadmap-id/step-id`), from its `aliases`: a step moved or renamed keeps them so links and progress follow it */
  aliases: string[]
  /** Markdown before the first topic */
  introduction: string
  /** The `##` topics, in document order */
  topics: Topic[]
}

/** A `##` section of prose in `roadmap.md` */
export interface Section {
  /** GitHub-style slug of the section heading */
  id: string
  /** The text of the `##` heading */
  title: string
  /** Markdown under the heading */
  body: string
}

/** A learning roadmap: `content/<id>/roadmap.md` and its step files */
export interface Roadmap {
  /** Folder name under `content/` */
  id: string
  /** The roadmap's name */
  title: string
  /** One sentence: what the roadmap is for */
  description: string
  /** When the content was last reviewed, `YYYY-MM-DD` */
  updated: string
  /** Kebab-case keywords */
  tags: string[]
  /** Markdown before the first section */
  introduction: string
  /** The `##` sections of prose, such as the career path */
  sections: Section[]
  /** The steps, in order (`order` ascending) */
  steps: Step[]
}
