import { expect, test } from 'vitest'
import { fakeDns } from '../__fixtures__/link-options.js'
import { createSafeLookup } from './lookup.js'

function resolve(lookup: ReturnType<typeof createSafeLookup>, hostname: string, all: boolean) {
  return new Promise<{ error: NodeJS.ErrnoException | null; result: unknown }>((done) => {
    lookup(hostname, { all }, (error, address, family) => done({ error, result: all ? address : [address, family] }))
  })
}

const dns = fakeDns({
  'mixed.test': ['127.0.0.1', '93.184.215.14', '::1', '2606:4700::1111'],
  'private.test': ['10.0.0.1', 'fd00::1'],
  'public.test': '93.184.215.14'
})

test('only allowed addresses are handed to the socket', async () => {
  const lookup = createSafeLookup(dns, false)
  expect(await resolve(lookup, 'mixed.test', true)).toEqual({
    error: null,
    result: [
      { address: '93.184.215.14', family: 4 },
      { address: '2606:4700::1111', family: 6 }
    ]
  })
  expect(await resolve(lookup, 'public.test', false)).toEqual({ error: null, result: ['93.184.215.14', 4] })
})

test('a name with only refused addresses fails with a stable code, naming the address', async () => {
  const { error } = await resolve(createSafeLookup(dns, false), 'private.test', true)
  expect(error).toMatchObject({
    code: 'ERR_ROADMAP_LINKS_PRIVATE_ADDRESS',
    message: 'refused: private address 10.0.0.1'
  })
})

test('allowed hosts (or all, with `true`) resolve as they are', async () => {
  expect((await resolve(createSafeLookup(dns, ['private.test']), 'private.test', true)).result).toHaveLength(2)
  expect((await resolve(createSafeLookup(dns, true), 'mixed.test', true)).result).toHaveLength(4)
  expect((await resolve(createSafeLookup(dns, ['other.test']), 'private.test', true)).error).not.toBeNull()
})

test('lookup errors pass through with their code', async () => {
  const { error } = await resolve(createSafeLookup(dns, false), 'unknown.test', true)
  expect(error?.code).toBe('ENOTFOUND')
})
