import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ChangesetParseError } from '../errors.js'
import { parseChangeset } from './parse-changeset.js'
import { declaredBump, readChangesets } from './read-changesets.js'

describe('parseChangeset', () => {
  it('reads packages, bumps and the summary', () => {
    expect(
      parseChangeset(
        '---\n"@roadmap/core": major\n\'@roadmap/lint\': patch\n---\n\nRemove the indexing topic.\n',
        'wild-owls'
      )
    ).toEqual({
      id: 'wild-owls',
      releases: [
        { name: '@roadmap/core', type: 'major' },
        { name: '@roadmap/lint', type: 'patch' }
      ],
      summary: 'Remove the indexing topic.'
    })
  })

  it('reads an empty changeset (changeset --empty)', () => {
    expect(parseChangeset('---\n---\n', 'calm-cats')).toEqual({ id: 'calm-cats', releases: [], summary: '' })
  })

  it('reads CRLF line endings', () => {
    expect(parseChangeset('---\r\n"@roadmap/core": minor\r\n---\r\n\r\nAdd a step.\r\n', 'a').releases).toEqual([
      { name: '@roadmap/core', type: 'minor' }
    ])
  })

  it('rejects a file without frontmatter, naming it', () => {
    expect(() => parseChangeset('Just text', 'plain')).toThrow(ChangesetParseError)
    expect(() => parseChangeset('Just text', 'plain')).toThrow(
      'Cannot parse changeset `plain`: missing or invalid frontmatter.'
    )
  })

  it('rejects an unknown bump, naming it', () => {
    expect(() => parseChangeset('---\n"@roadmap/core": huge\n---\n', 'big')).toThrow(
      'Cannot parse changeset `big`: invalid version type "huge" for package "@roadmap/core".'
    )
  })

  it('rejects frontmatter that is not a mapping', () => {
    expect(() => parseChangeset('---\n- "@roadmap/core"\n---\n', 'list')).toThrow(
      expect.objectContaining({ code: 'ERR_RELEASE_CHECK_CHANGESET', file: 'list' })
    )
  })
})

describe('readChangesets', () => {
  it('reads every changeset but the README and takes the largest bump per package', async () => {
    const root = await mkdtemp(join(tmpdir(), 'changesets-'))
    const directory = join(root, '.changeset')
    try {
      await mkdir(directory)
      await writeFile(join(directory, 'README.md'), '# Changesets\n')
      await writeFile(join(directory, 'config.json'), '{}')
      await writeFile(join(directory, 'a.md'), '---\n"@roadmap/core": patch\n---\n\nFix a typo.\n')
      await writeFile(
        join(directory, 'b.md'),
        '---\n"@roadmap/core": minor\n"@roadmap/lint": major\n---\n\nAdd a step.\n'
      )
      const changesets = await readChangesets(root)
      expect(changesets.map((changeset) => changeset.id)).toEqual(['a', 'b'])
      expect(declaredBump(changesets, '@roadmap/core')).toBe('minor')
      expect(declaredBump(changesets, '@roadmap/lint')).toBe('major')
      expect(declaredBump(changesets, '@roadmap/other')).toBe('none')
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })

  it('names the changeset it cannot parse', async () => {
    const root = await mkdtemp(join(tmpdir(), 'changesets-'))
    try {
      await mkdir(join(root, '.changeset'))
      await writeFile(join(root, '.changeset', 'good.md'), '---\n"@roadmap/core": patch\n---\n\nFix.\n')
      await writeFile(join(root, '.changeset', 'bad.md'), '---\n"@roadmap/core": huge\n---\n')
      await expect(readChangesets(root)).rejects.toMatchObject({ code: 'ERR_RELEASE_CHECK_CHANGESET', file: 'bad' })
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })

  it('reads a repository without `.changeset/` as no changesets', async () => {
    expect(await readChangesets(join(tmpdir(), 'no-such-repository'))).toEqual([])
  })
})
