import { mkdir, open, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test, vi } from 'vitest'
import { ContentNotFoundError, RoadmapError } from '../src/index.js'
import { loadContent } from '../src/node.js'
import { diagnosticLines } from './format-diagnostics.js'
import { tempDir } from './temp-dir.js'

// Record every file read, to prove a huge file is never read into memory:
// descriptors are reused after `close`, so map each to its path as it opens.
const reads = vi.hoisted(() => ({ open: new Map<number, string>(), paths: [] as string[] }))
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>()
  return {
    ...actual,
    openSync: (...args: Parameters<typeof actual.openSync>) => {
      const descriptor = actual.openSync(...args)
      reads.open.set(descriptor, String(args[0]))
      return descriptor
    },
    readSync: (...args: Parameters<typeof actual.readSync>) => {
      reads.paths.push(reads.open.get(args[0]) ?? '')
      return actual.readSync(...args)
    }
  }
})

const roadmap =
  '---\ntitle: A roadmap\ndescription: A roadmap of the test.\nupdated: 2026-01-01\n---\n\nIntroduction.\n'

function step(title: string, kind = 'article'): string {
  return `---\ntitle: ${title}\nsummary: A step of the test.\nlevel: beginner\n---\n\nIntroduction.\n\n## Topic\n\nA description.\n\n- [Guide](https://example.org/guide "${kind}")\n`
}

async function write(root: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [name, contents] of Object.entries(files)) {
    await mkdir(join(root, name, '..'), { recursive: true })
    await writeFile(join(root, name), contents)
  }
}

describe('loadContent on bad input', () => {
  test('each bad file or folder is a diagnostic, never a throw, and the other files still load', async () => {
    const root = await tempDir('bad-input')
    await write(root, {
      'good/roadmap.md': roadmap,
      'good/01-first.md': step('First'),
      'bad/roadmap.md': roadmap,
      'bad/01-fine.md': step('Fine'),
      'bad/02-binary.md': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02, 0xff, 0x00]),
      'bad/03-latin1.md': Buffer.from('---\ntitle: Crème brûlée\n---\n', 'latin1'),
      'bad/04-empty.md': ''
    })
    // 10 MiB without writing 10 MiB: a sparse file (all NUL bytes if it were read).
    const huge = await open(join(root, 'bad/05-huge.md'), 'w')
    await huge.truncate(10 * 1024 * 1024)
    await huge.close()
    await symlink('06-loop.md', join(root, 'bad/06-loop.md'))
    await symlink('loop', join(root, 'loop'))
    await mkdir(join(root, 'bad/07-folder.md'))

    const { roadmaps, diagnostics } = await loadContent(root)

    expect(diagnosticLines(diagnostics, root)).toMatchInlineSnapshot(`
      [
        "bad/02-binary.md:2:1-2:1 file-encoding Unexpected NUL character, expected text: this looks like a binary file",
        "bad/03-latin1.md:2:10-2:10 file-encoding Unexpected byte that is not UTF-8, expected UTF-8 text; re-save the file as UTF-8",
        "bad/04-empty.md:1:1-1:1 file-empty Unexpected empty file, expected frontmatter and Markdown",
        "bad/05-huge.md:1:1-1:1 file-too-large Unexpected file of 10.0 MiB, expected at most 1.0 MiB; split it into smaller step files",
        "bad/06-loop.md:1:1-1:1 content-symlink Unexpected symbolic link \`06-loop.md\`, expected a real file or folder: content is never read through a link; replace the link with what it points to",
        "bad/07-folder.md:1:1-1:1 file-unexpected Unexpected folder \`07-folder.md\` in roadmap \`bad\`, expected only \`roadmap.md\` and step files",
        "loop:1:1-1:1 content-symlink Unexpected symbolic link \`loop\`, expected a real file or folder: content is never read through a link; replace the link with what it points to",
      ]
    `)
    expect(roadmaps.map((each) => [each.id, each.steps.map((one) => one.id)])).toEqual([['good', ['first']]])
    // `bad` is not published: some of its files have errors, though `01-fine.md` has none.
    expect(diagnostics.some((diagnostic) => diagnostic.file?.endsWith('01-fine.md'))).toBe(false)
    expect(reads.paths).toContain(join(root, 'bad/01-fine.md'))
    expect(reads.paths).not.toContain(join(root, 'bad/05-huge.md'))
  })

  test('CRLF line endings: the same positions as LF, and no `\\r` in the model', async () => {
    const root = await tempDir('crlf')
    const lf = step('Line endings', 'blog').replace('Introduction.', 'Introduction\nover two lines.')
    await write(root, {
      'lf/roadmap.md': roadmap,
      'lf/01-step.md': lf,
      'crlf/roadmap.md': roadmap.replaceAll('\n', '\r\n'),
      'crlf/01-step.md': lf.replaceAll('\n', '\r\n'),
      'fixed/roadmap.md': roadmap.replaceAll('\n', '\r\n'),
      'fixed/01-step.md': lf.replace('"blog"', '"article"').replaceAll('\n', '\r\n')
    })

    const { roadmaps, diagnostics } = await loadContent(root)
    const lines = diagnosticLines(diagnostics, root)

    expect(lines).toMatchInlineSnapshot(`
      [
        "crlf/01-step.md:14:3-14:44 resource-kind Unexpected resource kind \`blog\`, expected a resource kind: one of \`official\`, \`article\`, \`video\`, \`course\`, \`book\`, \`podcast\`, \`opensource\`",
        "lf/01-step.md:14:3-14:44 resource-kind Unexpected resource kind \`blog\`, expected a resource kind: one of \`official\`, \`article\`, \`video\`, \`course\`, \`book\`, \`podcast\`, \`opensource\`",
      ]
    `)
    expect(lines[0]?.replace(/^crlf/, 'lf')).toBe(lines[1])
    expect(JSON.stringify(roadmaps)).not.toContain('\\r')
    expect(roadmaps[0]?.steps[0]?.introduction).toBe('Introduction\nover two lines.')
  })

  test('a byte order mark is not content: the file loads and positions start after it', async () => {
    const root = await tempDir('bom')
    const bom = new Uint8Array([0xef, 0xbb, 0xbf])
    await write(root, {
      'bom/roadmap.md': Buffer.concat([bom, Buffer.from(roadmap)]),
      'bom/01-step.md': Buffer.concat([bom, Buffer.from(step('With a byte order mark', 'blog'))])
    })

    const { diagnostics } = await loadContent(root)

    expect(diagnosticLines(diagnostics, root)).toMatchInlineSnapshot(`
      [
        "bom/01-step.md:13:3-13:44 resource-kind Unexpected resource kind \`blog\`, expected a resource kind: one of \`official\`, \`article\`, \`video\`, \`course\`, \`book\`, \`podcast\`, \`opensource\`",
      ]
    `)
  })
})

describe('loadContent on a missing folder', () => {
  test.each([
    ['a path that does not exist', (root: string) => join(root, 'missing')],
    ['a file, not a folder', (root: string) => join(root, 'file.md')]
  ])('%s throws `ContentNotFoundError` with a stable code', async (_, pathIn) => {
    const root = await tempDir('not-found')
    await writeFile(join(root, 'file.md'), roadmap)
    const directory = pathIn(root)

    const error = await loadContent(directory).then(
      () => undefined,
      (error: unknown) => error
    )

    expect(error).toBeInstanceOf(ContentNotFoundError)
    expect(error).toBeInstanceOf(RoadmapError)
    expect(error).toMatchObject({ code: 'ERR_ROADMAP_CONTENT_NOT_FOUND', directory, name: 'ContentNotFoundError' })
    expect((error as Error).cause).toBeInstanceOf(Error)
  })
})
