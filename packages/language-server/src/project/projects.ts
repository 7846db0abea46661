import { lintRules, prepareRules, resolveConfig } from '@roadmap/lint'
import { type ContentPlace, contentPlaceOf } from './content-path.js'
import { Project } from './project.js'

/**
 * The projects of the files the editor opens, one per content folder, each
 * read once. An invalid configuration is reported through `onConfigError` and
 * the folder is checked with the defaults, so the editor still shows the
 * content format's problems.
 */
export class Projects {
  readonly #projects = new Map<string, Promise<Project>>()

  constructor(
    private readonly onConfigError: (error: unknown, place: ContentPlace) => void,
    private readonly onPrepared: (place: ContentPlace) => void = () => {}
  ) {}

  /**
   * The project of a content file, or `undefined` for a file outside any `content/` folder.
   *
   * @example
   *   const project = await projects.of('/repo/content/backend/03-databases.md')
   */
  async of(path: string): Promise<Project | undefined> {
    const place = contentPlaceOf(path)
    if (!place) return undefined
    let project = this.#projects.get(place.contentDir)
    if (!project) {
      project = Project.open(place).catch((error: unknown) => {
        this.onConfigError(error, place)
        return Project.open(place, resolveConfig({}, undefined))
      })
      this.#projects.set(place.contentDir, project)
      void project.then((opened) => this.#prepare(opened))
    }
    return project
  }

  /**
   * Load what rules need before they can check (the `spelling` rule's
   * dictionaries, seconds of work), in the background: the first diagnostics
   * do not wait for it, and the files are checked again once it is done.
   * A dictionary that cannot be read is reported like a configuration error.
   */
  async #prepare(project: Project): Promise<void> {
    const on = lintRules.filter((rule) => project.config.severities.get(rule.meta.id) !== 'off')
    try {
      await prepareRules(on, [project.place.contentDir])
      this.onPrepared(project.place)
    } catch (error) {
      this.onConfigError(error, project.place)
    }
  }

  /** Read a content folder again (its configuration changed). */
  reload(contentDir: string): void {
    this.#projects.delete(contentDir)
  }

  /** The projects read so far. */
  all(): Promise<Project[]> {
    return Promise.all(this.#projects.values())
  }
}
