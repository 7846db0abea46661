// The kinds of change `compareDatasets` reports, one id at a time.

/** What a change is about; its id is qualified: `roadmap`, `roadmap/step`, `roadmap/step/topic`. */
export type ChangeLevel = 'roadmap' | 'step' | 'topic'

/**
 * An id that existed before and does not now. Consumers lose the progress they
 * stored against it, so it is breaking. `renamedTo` names the id that most
 * likely replaced it (same position, title, description or resources).
 */
export interface RemovedChange {
  kind: 'removed'
  level: ChangeLevel
  id: string
  renamedTo?: string
  /** The id was a former key (an alias) in the base, and now leads nowhere. */
  alias?: true
  bump: 'major'
}

/**
 * An id that is now a former key (an alias) of a live step or topic: apps
 * that follow aliases keep the progress stored under it, so it is compatible.
 * The id it moved to is new: `minor`.
 */
export interface MovedChange {
  kind: 'moved'
  level: 'step' | 'topic'
  id: string
  movedTo: string
  bump: 'minor'
}

/** A new roadmap, step or topic: new ids consumers can start using. */
export interface AddedChange {
  kind: 'added'
  level: ChangeLevel
  id: string
  bump: 'minor'
}

/** The same id with different text: `fields` names what changed (`title`, `resources`, …). */
export interface ChangedChange {
  kind: 'changed'
  level: ChangeLevel
  id: string
  fields: string[]
  bump: 'patch'
}

export type ContentChange = RemovedChange | MovedChange | AddedChange | ChangedChange
