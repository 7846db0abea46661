import { expect, test } from 'vitest'
import { lintContent, ofRule, resourceMd, stepMd, topicMd } from '../../test/helpers/content.js'

const select = 'https://www.postgresql.org/docs/current/tutorial-select.html'
const join = 'https://www.postgresql.org/docs/current/tutorial-join.html'

test('reports a repeat within one topic', async () => {
  const messages = await lintContent({
    'backend/01-databases.md': stepMd(
      topicMd('Writing queries', resourceMd('SELECT', select), resourceMd('SELECT again', select))
    )
  })
  expect(ofRule(messages, 'duplicate-resource-url')).toEqual([
    `backend/01-databases.md:14:3-14:89 error duplicate-resource-url Unexpected duplicate resource \`${select}\`, already listed in topic \`Writing queries\` on line 13; keep it in one topic`
  ])
})

test('reports every repeat across topics against the first', async () => {
  const messages = await lintContent({
    'backend/01-databases.md': stepMd(
      [
        topicMd('Writing queries', resourceMd('SELECT', select)),
        topicMd('Joins', resourceMd('Joins', join), resourceMd('SELECT', select)),
        topicMd('Filtering', resourceMd('SELECT', select))
      ].join('\n')
    )
  })
  expect(ofRule(messages, 'duplicate-resource-url').map((message) => message.split(' ')[0])).toEqual([
    'backend/01-databases.md:20:3-20:83',
    'backend/01-databases.md:26:3-26:83'
  ])
  expect(
    ofRule(messages, 'duplicate-resource-url').every((message) =>
      message.includes('topic `Writing queries` on line 13')
    )
  ).toBe(true)
})

test('compares URLs as a browser does', async () => {
  const messages = await lintContent({
    'backend/01-databases.md': stepMd(
      topicMd(
        'Writing queries',
        resourceMd('SELECT', 'https://www.postgresql.org/docs/'),
        resourceMd('SELECT', 'HTTPS://WWW.PostgreSQL.org:443/docs/')
      )
    )
  })
  expect(ofRule(messages, 'duplicate-resource-url')).toHaveLength(1)
})

test('treats other paths, queries and fragments as other resources', async () => {
  const messages = await lintContent({
    'backend/01-databases.md': stepMd(
      topicMd(
        'Writing queries',
        resourceMd('SELECT', select),
        resourceMd('SELECT: FROM', `${select}#TUTORIAL-SELECT-FROM`),
        resourceMd('SELECT, printable', `${select}?print=1`),
        resourceMd('Joins', join)
      )
    )
  })
  expect(ofRule(messages, 'duplicate-resource-url')).toEqual([])
})

test('allows the same resource in two steps, and a prose link to a resource', async () => {
  const messages = await lintContent({
    'backend/01-databases.md': stepMd(topicMd('Writing queries', resourceMd('SELECT', select)), {
      intro: `Start with [SELECT](${select}).`
    }),
    'backend/02-sql.md': stepMd(topicMd('Writing queries', resourceMd('SELECT', select)))
  })
  expect(ofRule(messages, 'duplicate-resource-url')).toEqual([])
})
