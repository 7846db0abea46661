import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import {
  lintContent,
  lintTree,
  ofRule,
  resourceMd,
  stepMd,
  topicMd,
  useTempDirs,
  withRoadmaps,
  writeTree
} from '../../test/helpers/content.js'

const temporary = useTempDirs()
const resource = resourceMd('MDN: HTTP', 'https://developer.mozilla.org/en-US/docs/Web/HTTP')
const frameworks = stepMd(topicMd('Routing and controllers', resource), { title: 'Backend frameworks' })

async function unresolved(intro: string, others: Record<string, string> = {}): Promise<string[]> {
  const messages = await lintContent({
    'backend/01-basics.md': stepMd(topicMd('Variables and types', resource), { intro }),
    'backend/02-backend-frameworks.md': frameworks,
    ...others
  })
  return ofRule(messages, 'link-unresolved').map((message) => message.slice(message.indexOf(' link-unresolved ') + 17))
}

describe('link-unresolved', () => {
  test.each([
    './02-backend-frameworks.md',
    '02-backend-frameworks.md',
    './02-backend-frameworks.md#routing-and-controllers',
    './02-backend-frameworks.md#Routing-And-Controllers',
    '../backend/02-backend-frameworks.md#routing-and-controllers',
    '#variables-and-types',
    '#',
    './roadmap.md',
    '../backend/',
    '../frontend/01-html.md#semantic-html'
  ])('resolves %s', async (url) => {
    const frontend = { 'frontend/01-html.md': stepMd(topicMd('Semantic HTML', resource), { title: 'HTML' }) }
    expect(await unresolved(`See [this](${url}).`, frontend)).toEqual([])
  })

  test.each(['https://example.com/missing.md', 'mailto:team@example.com', '//example.com/a.md', 'tel:+15550100'])(
    'leaves %s to the link checker',
    async (url) => {
      expect(await unresolved(`See [this](${url}).`)).toEqual([])
    }
  )

  test('suggests the closest file name for a missing file', async () => {
    expect(await unresolved('See [frameworks](./02-backend-framework.md).')).toEqual([
      'Cannot find file `./02-backend-framework.md`; did you mean `./02-backend-frameworks.md`?'
    ])
    expect(await unresolved('See [frameworks](../backend/02-backend-framework.md#routing).')).toEqual([
      'Cannot find file `../backend/02-backend-framework.md` for link `../backend/02-backend-framework.md#routing`; did you mean `../backend/02-backend-frameworks.md`?'
    ])
  })

  test('asks to check the path when no file name is close', async () => {
    expect(await unresolved('See [the glossary](./glossary/terms.md).')).toEqual([
      'Cannot find file `./glossary/terms.md`; check the path, relative to this file'
    ])
  })

  test('suggests the closest heading, in another file and in this one', async () => {
    expect(
      await unresolved(
        'See [routing](./02-backend-frameworks.md#routing-and-controller) and [types](#variable-and-types).'
      )
    ).toEqual([
      'Cannot find heading `#routing-and-controller` in `./02-backend-frameworks.md`; did you mean `#routing-and-controllers`?',
      'Cannot find heading `#variable-and-types` in this file; did you mean `#variables-and-types`?'
    ])
  })

  test('says so when no heading is close', async () => {
    expect(await unresolved('See [deployment](#deploying-to-production).')).toEqual([
      'Cannot find heading `#deploying-to-production` in this file; link to an existing heading'
    ])
  })

  test('decodes percent-encoding, and survives a stray `%`', async () => {
    expect(
      await unresolved('See [frameworks](./02-backend%2Dframeworks.md) and [this](./100%.md) and [that](#50%-off).')
    ).toEqual([
      'Cannot find file `./100%.md`; check the path, relative to this file',
      'Cannot find heading `#50%-off` in this file; link to an existing heading'
    ])
  })

  test('reports at the link, as an error', async () => {
    const messages = await lintContent({
      'backend/01-basics.md': stepMd(topicMd('Variables and types', resource), { intro: 'See [it](./03-missing.md).' })
    })
    expect(ofRule(messages, 'link-unresolved')).toEqual([
      'backend/01-basics.md:7:5-7:26 error link-unresolved Cannot find file `./03-missing.md`; check the path, relative to this file'
    ])
  })

  test('does not guess at the headings of a file that could not be parsed', async () => {
    const root = await temporary()
    await writeTree(join(root, 'content'), {
      ...withRoadmaps({
        'backend/01-basics.md': stepMd(topicMd('Variables and types', resource), {
          intro: 'See [it](./02-broken.md#routing).'
        })
      }),
      'backend/02-broken.md': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a])
    })
    const { messages } = await lintTree(root)
    expect(ofRule(messages, 'link-unresolved')).toEqual([])
    expect(messages.some((message) => message.includes(' file-encoding '))).toBe(true)
  })

  test('accepts a link to a file that exists outside the content', async () => {
    const root = await temporary()
    await writeTree(root, {
      'README.md': '# Read me\n',
      ...Object.fromEntries(
        Object.entries(
          withRoadmaps({
            'backend/01-basics.md': stepMd(topicMd('Variables and types', resource), {
              intro: 'See [the read-me](../../README.md#read-me).'
            })
          })
        ).map(([path, text]) => [`content/${path}`, text])
      )
    })
    expect(ofRule((await lintTree(root)).messages, 'link-unresolved')).toEqual([])
  })
})
