import { execFile, spawn } from 'node:child_process'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter
} from 'vscode-languageserver-protocol/node'

const extension = join(__dirname, '..')
const repository = join(__dirname, '../../..')
let scratch: string

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'roadmap-vsix-'))
})

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

// `pnpm build` bundled dist/ (scripts/bundle.mjs); `package` packs it.
describe('the VS Code extension', () => {
  it('packs the bundled extension, server and rule docs, and no node_modules', async () => {
    const vsce = join(extension, 'node_modules/.bin/vsce')
    const { stdout } = await promisify(execFile)(vsce, ['ls', '--no-dependencies'], { cwd: extension })
    const files = stdout.split('\n').filter(Boolean)
    expect(files).toEqual(
      expect.arrayContaining(['dist/extension.js', 'dist/server/server.mjs', 'package.json', 'README.md', 'LICENSE'])
    )
    expect(files).toContain('dist/server/docs/lint/rules/list-marker.md')
    expect(files.filter((file) => /^(src|test|scripts|\.turbo)\/|node_modules/.test(file))).toEqual([])
  })

  it('runs its bundled server away from the workspace: diagnostics and rule docs', async () => {
    // The bundle alone, where no node_modules can be found: what a .vsix install has.
    await cp(join(extension, 'dist'), join(scratch, 'extension/dist'), { recursive: true })
    await cp(join(extension, 'package.json'), join(scratch, 'extension/package.json'))
    await cp(join(repository, 'content'), join(scratch, 'project/content'), { recursive: true })
    const path = join(scratch, 'project/content/backend/03-how-the-internet-works.md')
    const text = (await readFile(path, 'utf8')).replace('level: beginner', 'level: expert')
    await writeFile(path, text)

    const server = spawn(process.execPath, [join(scratch, 'extension/dist/server/server.mjs'), '--stdio'], {
      cwd: scratch,
      stdio: ['pipe', 'pipe', 'inherit']
    })
    const connection: ProtocolConnection = createProtocolConnection(
      new StreamMessageReader(server.stdout),
      new StreamMessageWriter(server.stdin)
    )
    const uri = pathToFileURL(path).href
    const published = new Promise<PublishDiagnosticsParams>((resolve) =>
      connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
        if (params.uri === uri) resolve(params)
      })
    )
    connection.listen()
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(join(scratch, 'project')).href,
      capabilities: {},
      workspaceFolders: null,
      initializationOptions: { debounce: 0 }
    })
    await connection.sendNotification(InitializedNotification.type, {})
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version: 1, text }
    })
    const { diagnostics } = await published
    expect(diagnostics.map((each) => [each.code, each.range.start.line + 1, each.range.start.character + 1])).toEqual([
      ['frontmatter-invalid', 4, 8]
    ])
    const hover = await connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: diagnostics[0]?.range.start ?? { line: 0, character: 0 }
    })
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : ''
    // The page itself, read from the bundle's copy, not only the link.
    expect(value).toMatch(/^# `frontmatter-invalid`/m)
    connection.dispose()
    server.kill()
  })
})
