import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { decodeContent, defaultMaxFileBytes, type DecodeOptions } from './decode.js'

function decode(contents: string | Uint8Array, options?: DecodeOptions) {
  const file = new VFile({ path: 'backend/01-step.md' })
  const text = decodeContent(file, contents, options)
  return {
    text,
    value: file.value,
    messages: file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`)
  }
}

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('decodeContent', () => {
  test('UTF-8 bytes and strings give the same text, kept on the file', () => {
    expect(decode(utf8('# Café ✓\n'))).toEqual({ text: '# Café ✓\n', value: '# Café ✓\n', messages: [] })
    expect(decode('# Café ✓\n')).toEqual({ text: '# Café ✓\n', value: '# Café ✓\n', messages: [] })
  })

  test('a byte order mark is dropped from bytes and from strings', () => {
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('text')])).text).toBe('text')
    expect(decode('\uFEFFtext').text).toBe('text')
  })

  test('a NUL character is reported where it is: a binary file', () => {
    expect(decode(utf8('line one\nab\u0000cd'))).toMatchObject({
      text: undefined,
      messages: ['2:3 file-encoding Unexpected NUL character, expected text: this looks like a binary file']
    })
  })

  test('bytes that are not UTF-8 (Latin-1) are reported at the first such byte', () => {
    const latin1 = Buffer.from('title: ok\ntitle: Crème', 'latin1')
    expect(decode(latin1)).toMatchObject({
      text: undefined,
      messages: ['2:10 file-encoding Unexpected byte that is not UTF-8, expected UTF-8 text; re-save the file as UTF-8']
    })
  })

  test('a U+FFFD written in the file is text; the invalid byte after it is the problem', () => {
    const bytes = new Uint8Array([...utf8('\uFEFF\uFFFD ok\n\uFFFD '), 0xe9, ...utf8(' end')])
    expect(decode(bytes).messages).toEqual([
      '2:3 file-encoding Unexpected byte that is not UTF-8, expected UTF-8 text; re-save the file as UTF-8'
    ])
    expect(decode(utf8('\uFFFD is a character')).text).toBe('\uFFFD is a character')
  })

  test('characters of 2, 3 and 4 bytes before an invalid byte do not shift its column', () => {
    const bytes = new Uint8Array([...utf8('é€😀'), 0xff])
    expect(decode(bytes).messages).toEqual([
      '1:5 file-encoding Unexpected byte that is not UTF-8, expected UTF-8 text; re-save the file as UTF-8'
    ])
  })

  test.each([[''], ['  \n\t\n'], [new Uint8Array()]])('an empty file (%j) is reported', (contents) => {
    expect(decode(contents)).toMatchObject({
      text: undefined,
      messages: ['1:1 file-empty Unexpected empty file, expected frontmatter and Markdown']
    })
  })

  test('a file larger than `maxBytes` is reported with both sizes and not decoded', () => {
    expect(decode('x'.repeat(2048), { maxBytes: 1024 })).toEqual({
      text: undefined,
      value: undefined,
      messages: [
        '1:1 file-too-large Unexpected file of 2.0 KiB, expected at most 1.0 KiB; split it into smaller step files'
      ]
    })
    // Bytes are counted, not characters: 600 × `é` is 1200 bytes.
    expect(decode('é'.repeat(600), { maxBytes: 1024 }).text).toBeUndefined()
    expect(decode('x'.repeat(1024), { maxBytes: 1024 }).text).toHaveLength(1024)
  })

  test('the default limit is 1 MiB', () => {
    expect(defaultMaxFileBytes).toBe(1024 * 1024)
    expect(decode(new Uint8Array(defaultMaxFileBytes + 1)).messages).toEqual([
      '1:1 file-too-large Unexpected file of 1048577 bytes, expected at most 1048576 bytes; split it into smaller step files'
    ])
  })
})
