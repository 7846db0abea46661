import { describe, expect, test } from 'vitest'
import { fixedContent, lintContent, ofRule, resourceMd, stepMd, topicMd } from '../../test/helpers/content.js'

const secure = 'https://cheatsheetseries.owasp.org/cheatsheets/Transport_Layer_Security_Cheat_Sheet.html'

function reasons(messages: string[]): string[] {
  return ofRule(messages, 'url-insecure').map((message) => message.slice(message.indexOf('Unexpected')))
}

describe('url-insecure', () => {
  test('names the https URL when another file links the host over https', async () => {
    const messages = await lintContent({
      'backend/01-security.md': stepMd(topicMd('Transport security', resourceMd('OWASP: TLS', secure))),
      'backend/02-headers.md': stepMd(
        topicMd(
          'Security headers',
          resourceMd('OWASP: HSTS', 'http://cheatsheetseries.owasp.org/cheatsheets/HSTS.html?x=1#how')
        )
      )
    })
    expect(ofRule(messages, 'url-insecure')).toEqual([
      'backend/02-headers.md:13:3-13:91 warning url-insecure Unexpected `http://` in `http://cheatsheetseries.owasp.org/cheatsheets/HSTS.html?x=1#how`, expected `https://cheatsheetseries.owasp.org/cheatsheets/HSTS.html?x=1#how`: this host is linked over https elsewhere in the content'
    ])
  })

  test('asks for a check by hand when no https link to the host is known', async () => {
    const messages = await lintContent({
      'backend/01-security.md': stepMd(topicMd('History', resourceMd('SSL history', 'http://ssl-history.example/')))
    })
    expect(reasons(messages)).toEqual([
      'Unexpected `http://` in `http://ssl-history.example/`, expected `https://`; use https if the site serves it'
    ])
  })

  test('checks links in prose as well as resources', async () => {
    const messages = await lintContent({
      'backend/01-security.md': stepMd(topicMd('Transport security', resourceMd('OWASP: TLS', secure)), {
        intro: 'Read [the overview](http://cheatsheetseries.owasp.org/) first.'
      })
    })
    expect(reasons(messages)).toEqual([
      'Unexpected `http://` in `http://cheatsheetseries.owasp.org/`, expected `https://cheatsheetseries.owasp.org/`: this host is linked over https elsewhere in the content'
    ])
  })

  test.each(['http://cheatsheetseries.owasp.org:8080/index.html', 'http://cheatsheetseries.owasp.org:80/index.html'])(
    'offers no https URL for %s, which names a port',
    async (url) => {
      const messages = await lintContent({
        'backend/01-security.md': stepMd(
          topicMd('Transport security', resourceMd('OWASP: TLS', secure), resourceMd('Local', url))
        )
      })
      expect(reasons(messages)).toEqual([
        `Unexpected \`http://\` in \`${url}\`, expected \`https://\`; use https if the site serves it`
      ])
    }
  )

  test('the fix switches to https only where the host is known to serve it', async () => {
    const fixed = await fixedContent({
      'backend/01-security.md': stepMd(
        topicMd(
          'Transport security',
          resourceMd('OWASP: TLS', secure),
          resourceMd('OWASP: HSTS', 'HTTP://cheatsheetseries.owasp.org/cheatsheets/HSTS.html'),
          resourceMd('SSL history', 'http://ssl-history.example/')
        )
      )
    })
    expect(fixed['backend/01-security.md']).toContain(
      '- [OWASP: HSTS](https://cheatsheetseries.owasp.org/cheatsheets/HSTS.html "article")\n'
    )
    expect(fixed['backend/01-security.md']).toContain('- [SSL history](http://ssl-history.example/ "article")\n')
  })
})
