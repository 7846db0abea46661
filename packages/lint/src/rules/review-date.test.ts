import { expect, test } from 'vitest'
import { lintContent, ofRule, resourceMd, stepMd, topicMd } from '../../test/helpers/content.js'
import { todayUtc } from '../checks/review-dates.js'

const topic = topicMd('REST', resourceMd('MDN: HTTP', 'https://developer.mozilla.org/en-US/docs/Web/HTTP', 'official'))
const reviewed = (date: string) =>
  stepMd(topic).replace('level: intermediate\n', `level: intermediate\nreviewed: ${date}\n`)

test('judges by today in UTC unless `today` is set, and the options change the windows', async () => {
  const on = { rules: { 'review-date': 'warning' } }
  expect(ofRule(await lintContent({ 'backend/01-apis.md': reviewed(todayUtc()) }, on), 'review-date')).toEqual([])
  const old = { 'backend/01-apis.md': reviewed('2026-06-05') }
  const at = (options: object) => ({ rules: { 'review-date': ['warning', { today: '2026-12-05', ...options }] } })
  expect(ofRule(await lintContent(old, at({})), 'review-date')).toEqual([])
  expect(ofRule(await lintContent(old, at({ 'max-age-months': 6 })), 'review-date')).toEqual([
    'backend/01-apis.md:5:11-5:21 warning review-date Unexpected `reviewed` date `2026-06-05`, 6 months or more ago (due `2026-12-05`); check the step against its sources, then set `reviewed` to that day'
  ])
})

test('a marker warns within `warn-days` of its day; claim-expired takes it from the day on', async () => {
  const files = {
    'backend/01-apis.md': reviewed('2026-12-01').replace(
      'that call it.',
      'that call it. <!-- expires: 2026-12-15 --> <!-- expires: 2026-12-05 -->'
    )
  }
  const config = {
    rules: {
      'review-date': ['warning', { today: '2026-12-05', 'warn-days': 10 }],
      'claim-expired': ['error', { today: '2026-12-05' }]
    }
  }
  const messages = await lintContent(files, config)
  expect(ofRule(messages, 'review-date')).toEqual([
    'backend/01-apis.md:8:51-8:79 warning review-date Claim expires on `2026-12-15`, in 10 days; check it against its source, then update it and its `expires` marker'
  ])
  expect(ofRule(messages, 'claim-expired')).toEqual([
    'backend/01-apis.md:8:80-8:108 error claim-expired Unexpected claim past its `expires` date `2026-12-05` (today is `2026-12-05`); check it against its source, then update it and its marker, or remove both'
  ])
})

test('a reviewed date is read even when another frontmatter key is invalid', async () => {
  const on = { rules: { 'review-date': ['warning', { today: '2026-12-05' }] } }
  const invalidLevel = (text: string) => text.replace('level: intermediate', 'level: expert')
  const files = { 'backend/01-apis.md': invalidLevel(reviewed('2026-12-01')) }
  expect(ofRule(await lintContent(files, on), 'review-date')).toEqual([])
  // Missing is still missing when the rest is invalid.
  const missing = { 'backend/01-apis.md': invalidLevel(stepMd(topic)) }
  expect(ofRule(await lintContent(missing, on), 'review-date')).toHaveLength(1)
})
