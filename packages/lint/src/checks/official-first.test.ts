import { expect, test } from 'vitest'
import { type ListedResource, officialOrder } from './official-first.js'

function listOf(lines: string[]): { text: string; resources: ListedResource[] } {
  const resources: ListedResource[] = []
  let text = ''
  for (const line of lines) {
    const kind = /"(\w+)"\)/.exec(line)?.[1]
    resources.push({ kind, start: text.length, end: text.length + line.length })
    text += `${line}\n`
  }
  return { text, resources }
}

test('a list with official resources first, or none at all, is in order', () => {
  const { text, resources } = listOf([
    '- [A](https://a "official")',
    '- [B](https://b "article")',
    '- [C](https://c "video")'
  ])
  expect(officialOrder(text, resources)).toBeUndefined()
  const none = listOf(['- [B](https://b "article")', '- [C](https://c "video")'])
  expect(officialOrder(none.text, none.resources)).toBeUndefined()
})

test('names each official resource after another kind, and reorders stably', () => {
  const { text, resources } = listOf([
    '- [B](https://b "article")',
    '- [A](https://a "official")',
    '- [C](https://c "video")',
    '- [D](https://d "official")'
  ])
  const order = officialOrder(text, resources)
  expect(order?.misplaced).toEqual([1, 3])
  expect(order?.firstOther).toBe(0)
  const fixed = `${text.slice(0, order?.fix.start)}${order?.fix.text}${text.slice(order?.fix.end)}`
  expect(fixed).toBe(
    '- [A](https://a "official")\n- [D](https://d "official")\n- [B](https://b "article")\n- [C](https://c "video")\n'
  )
})
