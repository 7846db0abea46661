import { describe, expect, test } from 'vitest'
import { fixedContent, lintContent, ofRule, resourceMd, stepMd, topicMd } from '../../test/helpers/content.js'
import { withoutTracking } from './url-tracking-params.js'

describe('withoutTracking', () => {
  test.each([
    [
      'https://example.com/a?utm_source=news&utm_medium=email&utm_campaign=spring',
      'https://example.com/a',
      ['utm_source', 'utm_medium', 'utm_campaign']
    ],
    [
      'https://example.com/a?utm_content=x&utm_term=y&utm_id=z',
      'https://example.com/a',
      ['utm_content', 'utm_term', 'utm_id']
    ],
    ['https://example.com/a?fbclid=IwAR2x', 'https://example.com/a', ['fbclid']],
    ['https://example.com/a?gclid=1&msclkid=2&dclid=3', 'https://example.com/a', ['gclid', 'msclkid', 'dclid']],
    [
      'https://example.com/a?mc_cid=1&mc_eid=2&_hsenc=3&_hsmi=4&mkt_tok=5',
      'https://example.com/a',
      ['mc_cid', 'mc_eid', '_hsenc', '_hsmi', 'mkt_tok']
    ],
    ['https://www.youtube.com/watch?v=lsMQRaeKNDk&si=Xy12', 'https://www.youtube.com/watch?v=lsMQRaeKNDk', ['si']],
    ['https://example.com/a?UTM_Source=x', 'https://example.com/a', ['UTM_Source']]
  ])('%s loses exactly its tracking parameters', (url, clean, removed) => {
    expect(withoutTracking(url)).toEqual({ clean, removed })
  })

  test('keeps every other parameter as written, in its order', () => {
    expect(withoutTracking('https://example.com/s?q=a%20b&utm_source=x&page=2').clean).toBe(
      'https://example.com/s?q=a%20b&page=2'
    )
    expect(withoutTracking('https://example.com/s?flag&utm_source=x').clean).toBe('https://example.com/s?flag')
    expect(withoutTracking('https://example.com/s?path=a/b:c&utm_source=x').clean).toBe(
      'https://example.com/s?path=a/b:c'
    )
    expect(withoutTracking('https://example.com/s?utm_source=x&q=a+b').clean).toBe('https://example.com/s?q=a+b')
  })

  test('keeps the #fragment, and drops the `?` when no parameter is left', () => {
    expect(withoutTracking('https://example.com/a?utm_source=x#install').clean).toBe('https://example.com/a#install')
    expect(withoutTracking('https://example.com/a?v=1&utm_source=x#install').clean).toBe(
      'https://example.com/a?v=1#install'
    )
  })

  test('names a repeated parameter once', () => {
    expect(withoutTracking('https://example.com/?utm_source=a&utm_source=b')).toEqual({
      clean: 'https://example.com/',
      removed: ['utm_source']
    })
  })

  test.each([
    'https://example.com/a?page=2&lang=en',
    'https://example.com/a?source=rss&ref=home&utm=1',
    'https://example.com/a#section?utm_source=x',
    'https://example.com/a'
  ])('leaves %s alone', (url) => {
    expect(withoutTracking(url)).toEqual({ clean: url, removed: [] })
  })
})

describe('url-tracking-params', () => {
  test('reports resources and prose links, at the link', async () => {
    const messages = await lintContent({
      'backend/01-apis.md': stepMd(
        topicMd(
          'REST',
          resourceMd('MDN: HTTP', 'https://developer.mozilla.org/en-US/docs/Web/HTTP?utm_source=newsletter')
        ),
        { intro: 'Start with [the guide](https://example.com/guide?ref=home&fbclid=abc).' }
      )
    })
    expect(messages).toEqual([
      'backend/01-apis.md:7:12-7:70 warning url-tracking-params Unexpected tracking parameter `fbclid` in `https://example.com/guide?ref=home&fbclid=abc`, expected `https://example.com/guide?ref=home`',
      'backend/01-apis.md:13:3-13:97 warning url-tracking-params Unexpected tracking parameter `utm_source` in `https://developer.mozilla.org/en-US/docs/Web/HTTP?utm_source=newsletter`, expected `https://developer.mozilla.org/en-US/docs/Web/HTTP`'
    ])
  })

  test('ignores relative links and legitimate parameters', async () => {
    const messages = await lintContent({
      'backend/01-apis.md': stepMd(
        topicMd('REST', resourceMd('Search', 'https://docs.python.org/3/search.html?q=http&check_keywords=yes')),
        {
          intro: 'See [the next step](./01-apis.md?utm_source=x).'
        }
      )
    })
    expect(ofRule(messages, 'url-tracking-params')).toEqual([])
  })

  test('the fix leaves a title that holds `](` alone', async () => {
    const fixed = await fixedContent({
      'backend/01-apis.md': stepMd(topicMd('REST', resourceMd('MDN', 'https://developer.mozilla.org/')), {
        intro: 'See [the guide](https://example.com/a?utm_source=x "see ](here)").'
      })
    })
    expect(fixed['backend/01-apis.md']).toContain('See [the guide](https://example.com/a "see ](here)").')
  })

  test('the fix rewrites only the URL, keeping the link text and kind', async () => {
    const fixed = await fixedContent({
      'backend/01-apis.md': stepMd(
        topicMd(
          'REST',
          resourceMd(
            'MDN: HTTP',
            'https://developer.mozilla.org/en-US/docs/Web/HTTP?lang=en&utm_source=x#top',
            'official'
          )
        )
      )
    })
    expect(fixed['backend/01-apis.md']).toContain(
      '- [MDN: HTTP](https://developer.mozilla.org/en-US/docs/Web/HTTP?lang=en#top "official")\n'
    )
  })
})
