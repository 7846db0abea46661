import { basename, dirname, join, sep } from 'node:path'
import {
  type Connection,
  createConnection,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments
} from 'vscode-languageserver/node.js'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { URI } from 'vscode-uri'
import { codeActions } from '../features/code-actions.js'
import { complete } from '../features/completion.js'
import { definition } from '../features/definition.js'
import { hover } from '../features/hover.js'
import { documentSymbols } from '../features/symbols.js'
import { Projects } from '../project/projects.js'
import { DiagnosticsPublisher } from './diagnostics.js'
import { guard } from './guard.js'

/** How the server is tuned, from the client's `initializationOptions`. */
export interface ServerOptions {
  /** Milliseconds from the last change of a document to its check (default 150). */
  debounce?: number
}

/**
 * Start the language server on a connection (stdio, node IPC or sockets, as
 * `vscode-languageserver` reads the process's arguments: `--stdio`).
 *
 * @example
 *   startServer() // roadmap-language-server --stdio
 */
export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): Connection {
  const documents = new TextDocuments(TextDocument)
  const log = (text: string) => connection.console.error(text)
  const projects = new Projects(
    (error, place) => {
      const reason = error instanceof Error ? error.message : String(error)
      void connection.window.showErrorMessage(
        `roadmap-language-server: ${reason}\nChecking ${place.contentDir} with the default configuration.`
      )
    },
    // The spelling rule's dictionaries are loaded: check the open files of that folder again.
    (place) => {
      for (const document of documents.all()) {
        if (URI.parse(document.uri).fsPath.startsWith(place.contentDir + sep)) publisher?.schedule(document.uri)
      }
    }
  )
  let publisher: DiagnosticsPublisher | undefined
  const diagnostics = () => {
    if (!publisher) throw new Error('The server is not initialized')
    return publisher
  }

  connection.onInitialize((params) => {
    const options = (params.initializationOptions ?? {}) as ServerOptions
    const delay = typeof options.debounce === 'number' && options.debounce >= 0 ? options.debounce : 150
    publisher = new DiagnosticsPublisher(connection, documents, projects, delay)
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: ['-', ' ', '[', ',', '"', '/'] },
        definitionProvider: true,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.roadmap'] },
        documentSymbolProvider: true
      },
      serverInfo: { name: 'roadmap-language-server' }
    }
  })

  documents.onDidOpen(
    ({ document }) =>
      void diagnostics()
        .check(document.uri)
        .catch((error: unknown) => log(String(error)))
  )
  documents.onDidChangeContent(({ document }) => diagnostics().schedule(document.uri))
  documents.onDidClose(
    ({ document }) =>
      void diagnostics()
        .close(document.uri)
        .catch((error: unknown) => log(String(error)))
  )

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    for (const change of changes) {
      const path = URI.parse(change.uri).fsPath
      if (basename(path).startsWith('roadmap-lint.config.')) {
        // A new configuration: the content beside it is read again, and every open file checked.
        projects.reload(join(dirname(path), 'content'))
        for (const document of documents.all()) diagnostics().schedule(document.uri)
        continue
      }
      await diagnostics()
        .changedOnDisk(change.uri)
        .catch((error: unknown) => log(String(error)))
    }
  })

  // What a request reads: the document checked at its current version.
  const current = async (uri: string) => {
    const document = documents.get(uri)
    if (!document) return undefined
    const path = URI.parse(uri).fsPath
    const project = await projects.of(path)
    if (!project) return undefined
    if (diagnostics().checked(uri)?.version !== document.version) await diagnostics().check(uri)
    const messages = diagnostics().checked(uri)?.messages ?? []
    return { document, project, file: project.summaryOf(path), messages }
  }
  const textOf = (path: string) => documents.get(URI.file(path).toString())?.getText()

  connection.onCompletion(
    guard(
      'completion',
      async ({ textDocument, position }) => {
        // Completion reads the text as it is and, of the last check, only the
        // file's kind and roadmap: it does not wait for a check of a large file.
        const document = documents.get(textDocument.uri)
        const path = URI.parse(textDocument.uri).fsPath
        const project = document && (await projects.of(path))
        const file = project?.summaryOf(path)
        if (!document || !project || !file) return []
        return complete({ text: document.getText(), file, content: project.summaries() }, position)
      },
      log
    )
  )
  // A request on a checked document: `empty` when the document is not one the server checks.
  const onDocument =
    <Params extends { textDocument: { uri: string } }, Result>(
      name: string,
      empty: Result,
      answer: (found: NonNullable<Awaited<ReturnType<typeof current>>>, params: Params) => Result
    ) =>
    (params: Params) =>
      guard(
        name,
        async () => {
          const found = await current(params.textDocument.uri)
          return found ? answer(found, params) : empty
        },
        log
      )(params)

  connection.onDefinition(
    onDocument(
      'definition',
      null,
      (found, { position }) => definition(found.file, position, found.project.summaries()) ?? null
    )
  )
  connection.onHover(
    onDocument('hover', null, (found, { position }) => {
      const subject = { file: found.file, messages: found.messages, content: found.project.summaries(), textOf }
      return hover(subject, position) ?? null
    })
  )
  connection.onCodeAction(
    onDocument('codeAction', [], (found, { range }) => codeActions(found.document, found.messages, range))
  )
  connection.onDocumentSymbol(
    onDocument('documentSymbol', [], (found) =>
      found.file ? documentSymbols(found.file, found.document.lineCount) : []
    )
  )

  documents.listen(connection)
  connection.listen()
  return connection
}
