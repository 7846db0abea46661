import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter
} from 'vscode-languageserver-protocol/node'
import { URI } from 'vscode-uri'

const bin = fileURLToPath(new URL('../../bin/roadmap-language-server.js', import.meta.url))

/** A real LSP client on the built server's stdio, as an editor starts it. */
export interface TestClient {
  connection: ProtocolConnection
  /** Open a file with the given text (version 1). */
  open(path: string, text: string): Promise<string>
  /** Replace a document's whole text (the next version). */
  change(uri: string, text: string): Promise<void>
  /** The next diagnostics published for `uri` that satisfy `until` (any by default), in the order the server sends them. */
  diagnostics(uri: string, until?: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>
  /** Forget the diagnostics published so far that no one waited for. */
  clear(): void
  /** Every `window/showMessage` and `window/logMessage` text so far. */
  messages: string[]
  stop(): Promise<void>
}

/**
 * Start `roadmap-language-server --stdio` in a child process and initialize it.
 *
 * @example
 *   const client = await startClient(root)
 */
export async function startClient(root: string): Promise<TestClient> {
  const child: ChildProcess = spawn(process.execPath, [bin, '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] })
  const stderr: string[] = []
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()))
  if (!child.stdout || !child.stdin) throw new Error('The server has no stdio')
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin)
  )
  const published: PublishDiagnosticsParams[] = []
  const waiting: Array<{
    uri: string
    until: (params: PublishDiagnosticsParams) => boolean
    resolve: (params: PublishDiagnosticsParams) => void
  }> = []
  const messages: string[] = []
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const index = waiting.findIndex((each) => each.uri === params.uri && each.until(params))
    if (index >= 0) waiting.splice(index, 1)[0]?.resolve(params)
    else published.push(params)
  })
  connection.onNotification('window/showMessage', (params: { message: string }) => {
    messages.push(params.message)
  })
  connection.onNotification('window/logMessage', (params: { message: string }) => {
    messages.push(params.message)
  })
  connection.listen()
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: URI.file(root).toString(),
    capabilities: {},
    workspaceFolders: null,
    initializationOptions: { debounce: 0 }
  })
  await connection.sendNotification(InitializedNotification.type, {})
  const versions = new Map<string, number>()
  return {
    connection,
    messages,
    async open(path, text) {
      const uri = URI.file(path).toString()
      versions.set(uri, 1)
      await connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'markdown', version: 1, text }
      })
      return uri
    },
    async change(uri, text) {
      const version = (versions.get(uri) ?? 0) + 1
      versions.set(uri, version)
      await connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ text }]
      })
    },
    clear() {
      published.length = 0
    },
    diagnostics(uri, until = () => true) {
      const index = published.findIndex((each) => each.uri === uri && until(each))
      if (index >= 0) return Promise.resolve(published.splice(index, 1)[0] as PublishDiagnosticsParams)
      return new Promise((resolve) => waiting.push({ uri, until, resolve }))
    },
    async stop() {
      await connection.sendRequest(ShutdownRequest.type)
      await connection.sendNotification(ExitNotification.type)
      connection.dispose()
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve))
      if (stderr.length > 0) messages.push(...stderr)
    }
  }
}
