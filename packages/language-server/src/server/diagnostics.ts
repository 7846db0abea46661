import { readFile } from 'node:fs/promises'
import type { Diagnostic } from '@roadmap/core/pipeline-light'
import type { Connection, TextDocuments } from 'vscode-languageserver'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import { URI } from 'vscode-uri'
import { toLspDiagnostic } from '../diagnostics/to-lsp.js'
import type { Project } from '../project/project.js'
import type { Projects } from '../project/projects.js'
import { Debounce } from './debounce.js'

/** The last check of a document: what code actions and hovers answer from. */
export interface CheckedDocument {
  version: number
  messages: Diagnostic[]
}

/**
 * Checks open documents as they change (debounced per document) and
 * publishes their diagnostics. When a check changes what other files'
 * checks read (an id, a `requires`), the files involved are checked again:
 * open ones from the editor's text, closed ones from disk, so a duplicate id
 * or a broken `requires` shows in both files.
 */
export class DiagnosticsPublisher {
  readonly #checked = new Map<string, CheckedDocument>()
  readonly #closedShown = new Set<string>()
  readonly #debounce: Debounce

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly projects: Projects,
    delay: number
  ) {
    this.#debounce = new Debounce(delay, (uri) => {
      this.check(uri).catch((error: unknown) =>
        this.connection.console.error(`Checking ${uri} failed: ${describe(error)}`)
      )
    })
  }

  /** Check a document after the debounce delay. */
  schedule(uri: string): void {
    this.#debounce.schedule(uri)
  }

  /** The last check of an open document. */
  checked(uri: string): CheckedDocument | undefined {
    return this.#checked.get(uri)
  }

  /** A document was closed: its diagnostics go, and its summary is read from disk again. */
  async close(uri: string): Promise<void> {
    this.#debounce.cancel(uri)
    this.#checked.delete(uri)
    await this.connection.sendDiagnostics({ uri, diagnostics: [] })
    const path = URI.parse(uri).fsPath
    const project = await this.projects.of(path)
    const bytes = await readFile(path).catch(() => undefined)
    if (!project) return
    if (!bytes) project.remove(path)
    else await this.#checkOthers(project, project.lint(path, bytes), path)
  }

  /**
   * A file changed on disk (the client watches `content/`): a closed file's
   * summary is read again, or forgotten when it was deleted, and the files its
   * change involves are checked again. An open file is the editor's to say.
   */
  async changedOnDisk(uri: string): Promise<void> {
    if (this.documents.get(uri)) return
    const path = URI.parse(uri).fsPath
    const project = await this.projects.of(path)
    if (!project) return
    const bytes = await readFile(path).catch(() => undefined)
    if (bytes) {
      const result = project.lint(path, bytes)
      await this.#publishClosed(uri, result.messages)
      await this.#checkOthers(project, result, path)
      return
    }
    const before = project.summaryOf(path)
    if (!project.remove(path) || !before) return
    this.#closedShown.delete(uri)
    await this.connection.sendDiagnostics({ uri, diagnostics: [] })
    for (const summary of project.related(undefined, before)) {
      const other = URI.file(summary.path).toString()
      if (this.documents.get(other)) this.schedule(other)
      else await this.#checkClosed(project, summary.path, other)
    }
  }

  /** Check an open document now. */
  async check(uri: string): Promise<void> {
    const document = this.documents.get(uri)
    if (!document) return
    const path = URI.parse(uri).fsPath
    const project = await this.projects.of(path)
    if (!project) return
    const result = project.lint(path, document.getText())
    this.#checked.set(uri, { version: document.version, messages: result.messages })
    this.#closedShown.delete(uri)
    await this.connection.sendDiagnostics({
      uri,
      version: document.version,
      diagnostics: result.messages.map((message) => toLspDiagnostic(message, uri))
    })
    await this.#checkOthers(project, result, path)
  }

  async #checkOthers(project: Project, result: ReturnType<Project['lint']>, path: string): Promise<void> {
    if (!result.changed) return
    for (const summary of project.related(result.before, result.summary)) {
      const uri = URI.file(summary.path).toString()
      if (this.documents.get(uri)) this.schedule(uri)
      else await this.#checkClosed(project, summary.path, uri)
    }
    // A closed file shown before may be clean now that this one changed.
    for (const uri of [...this.#closedShown]) {
      const other = URI.parse(uri).fsPath
      if (other !== path && !this.documents.get(uri)) await this.#checkClosed(project, other, uri)
    }
  }

  async #checkClosed(project: Project, path: string, uri: string): Promise<void> {
    const bytes = await readFile(path).catch(() => undefined)
    if (!bytes) return
    await this.#publishClosed(uri, project.lint(path, bytes).messages)
  }

  // A closed file's problems are shown once it has some, and cleared when it has none left.
  async #publishClosed(uri: string, messages: ReadonlyArray<Diagnostic>): Promise<void> {
    if (messages.length === 0 && !this.#closedShown.has(uri)) return
    if (messages.length > 0) this.#closedShown.add(uri)
    else this.#closedShown.delete(uri)
    await this.connection.sendDiagnostics({
      uri,
      diagnostics: messages.map((message) => toLspDiagnostic(message, uri))
    })
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error)
}
