import { expect, test } from 'vitest'
import { lintContent, ofRule, resourceMd, stepMd, topicMd } from '../../test/helpers/content.js'

async function shortenerMessages(url: string): Promise<string[]> {
  const messages = await lintContent({ 'backend/01-apis.md': stepMd(topicMd('REST', resourceMd('A page', url))) })
  return ofRule(messages, 'url-shortener').map((message) => message.slice(message.indexOf('Unexpected')))
}

test.each([
  ['https://bit.ly/3xQz', 'bit.ly'],
  ['https://www.bit.ly/3xQz', 'bit.ly'],
  ['https://t.co/abc', 't.co'],
  ['https://tinyurl.com/y2abc', 'tinyurl.com'],
  ['https://goo.gl/maps/abc', 'goo.gl'],
  ['https://lnkd.in/eAbc', 'lnkd.in'],
  ['http://is.gd/abc', 'is.gd']
])('reports %s', async (url, host) => {
  expect(await shortenerMessages(url)).toEqual([
    `Unexpected URL shortener \`${host}\` in \`${url}\`, expected the full address of the page; open the link and use the URL it leads to`
  ])
})

test.each([
  'https://youtu.be/HiBDZgTNpXY',
  'https://bitly.com/pages/about',
  'https://notbit.ly/abc',
  'https://docs.python.org/3/'
])('leaves %s alone', async (url) => {
  expect(await shortenerMessages(url)).toEqual([])
})

test('reports links in prose, as an error', async () => {
  const messages = await lintContent({
    'backend/01-apis.md': stepMd(topicMd('REST', resourceMd('MDN', 'https://developer.mozilla.org/')), {
      intro: 'Read [this](https://bit.ly/abc) first.'
    })
  })
  expect(ofRule(messages, 'url-shortener')).toEqual([
    'backend/01-apis.md:7:6-7:32 error url-shortener Unexpected URL shortener `bit.ly` in `https://bit.ly/abc`, expected the full address of the page; open the link and use the URL it leads to'
  ])
})
