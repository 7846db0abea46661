import { expect, test } from 'vitest'
import * as api from './index.js'
import { formatterNames, formatters, isFormatterName } from './index.js'

test('the formatters module exports exactly this list', () => {
  expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
    [
      "formatterNames",
      "formatters",
      "github",
      "isFormatterName",
      "json",
      "markdown",
      "sarif",
      "stylish",
    ]
  `)
})

test('every name has a formatter, and every formatter a name', () => {
  expect(formatterNames).toEqual(['stylish', 'json', 'github', 'sarif', 'markdown'])
  expect(Object.keys(formatters)).toEqual(formatterNames)
  for (const formatter of Object.values(formatters)) expect(formatter).toBeTypeOf('function')
})

test('isFormatterName accepts the names and nothing an object inherits', () => {
  expect(formatterNames.every(isFormatterName)).toBe(true)
  expect(['toString', 'constructor', '__proto__', 'Stylish', ''].some(isFormatterName)).toBe(false)
})
