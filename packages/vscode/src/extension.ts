import * as vscode from 'vscode'
import {
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind
} from 'vscode-languageclient/node'

let client: LanguageClient | undefined

/**
 * Start the roadmap language server (bundled beside this file) for the
 * Markdown files of a `content/` folder: a roadmap (`content/<id>/roadmap.md`)
 * and its steps.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server/server.mjs')
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--inspect=6012'] } }
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'markdown', pattern: '**/content/*/*.md' }],
    initializationOptions: { debounce: vscode.workspace.getConfiguration('roadmap').get<number>('debounce', 150) },
    // Files changed outside the editor (a checkout, a rename) reach the checks
    // across files; a changed configuration is read again.
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{content/*/*.md,roadmap-lint.config.*}') }
  }
  client = new LanguageClient('roadmap', 'Roadmap content', serverOptions, clientOptions)
  await client.start()
}

export async function deactivate(): Promise<void> {
  await client?.stop()
}
