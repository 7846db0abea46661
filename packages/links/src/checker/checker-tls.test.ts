import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:https'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { at, fakeDns, loopback } from '../__fixtures__/link-options.js'
import { createLinkChecker } from './checker.js'

// A self-signed certificate made for this run (no key is kept in the repository).
function selfSigned(): { key: string; cert: string } | undefined {
  const folder = mkdtempSync(join(tmpdir(), 'roadmap-links-tls-'))
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=tls.test',
        '-addext',
        'subjectAltName=DNS:tls.test',
        '-keyout',
        join(folder, 'key.pem'),
        '-out',
        join(folder, 'cert.pem')
      ],
      { stdio: 'ignore' }
    )
    return { key: readFileSync(join(folder, 'key.pem'), 'utf8'), cert: readFileSync(join(folder, 'cert.pem'), 'utf8') }
  } catch {
    return undefined
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

const credentials = selfSigned()
const server = credentials ? createServer(credentials, (_, response) => response.end()) : undefined
afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

test.skipIf(!server)('a certificate that does not verify is broken, and not retried', async () => {
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
  const port = (server!.address() as { port: number }).port
  const checker = createLinkChecker({ ...loopback, lookup: fakeDns({ 'tls.test': '127.0.0.1' }) })
  checker.add(...at(`https://tls.test:${port}/`))
  const report = await checker.finish()
  expect(report.verdicts[0]).toMatchObject({
    verdict: 'broken',
    reasonCode: 'tls',
    reason: 'TLS certificate problem (DEPTH_ZERO_SELF_SIGNED_CERT)',
    attempts: 1
  })
})
