import type { DocumentValidator } from 'cspell-lib'

/** A word cspell does not know, with its offset in the text checked. */
export interface Misspelling {
  word: string
  offset: number
  suggestions: string[]
}

/** Checks text against cspell's English and software dictionaries and a project's words. */
export interface Speller {
  /** Every unknown word of `text` (at most 1 MiB of characters), in order. */
  check(text: string): Misspelling[]
}

/** The most characters a speller checks at once: the largest content file. */
const maxLength = 1024 * 1024

/**
 * A speller with cspell's settings built here in code, never read from a
 * file: a cspell configuration in the repository can `import` modules, and
 * the repository is untrusted in CI. Loads cspell only when called, so a run
 * with `spelling` off does not pay for it.
 *
 * @example
 *   const speller = await loadSpeller(['pgvector'])
 *   speller.check('Vectors in a databse') // [{ word: 'databse', offset: 13, suggestions: ['database', …] }]
 */
export async function loadSpeller(words: ReadonlyArray<string>): Promise<Speller> {
  const { DocumentValidator, createTextDocument, getDefaultSettings, mergeSettings } = await import('cspell-lib')
  const settings = mergeSettings(await getDefaultSettings(true), {
    language: 'en',
    words: [...words],
    // Only the settings given here: no configuration file is searched for or loaded.
    noConfigSearch: true,
    // Generous: a suggestion search cut short by a busy machine would change the message.
    suggestionsTimeout: 5000,
    numSuggestions: 3
  })
  // The validator is prepared (dictionaries loaded, asynchronously) once, for
  // a blank document as long as the largest file; each text is then checked
  // synchronously with `check`, offsets relative to that text.
  const blank = createTextDocument({
    uri: 'file:///roadmap-lint/spelling.md',
    content: ' '.repeat(maxLength),
    languageId: 'markdown'
  })
  const validator: DocumentValidator = new DocumentValidator(
    blank,
    { noConfigSearch: true, generateSuggestions: true },
    settings
  )
  await validator.prepare()
  const errors = [...validator.errors, ...(validator.getDictionaryErrors()?.values() ?? [])].flat()
  if (errors.length > 0) throw new Error(`cspell could not load its dictionaries: ${String(errors[0])}`)
  return {
    check(text) {
      if (text.length > maxLength) text = text.slice(0, maxLength)
      return validator.check({ text, range: [0, text.length] }).map((issue) => ({
        word: issue.text,
        offset: issue.offset,
        suggestions: (issue.suggestions ?? []).slice(0, 3)
      }))
    }
  }
}
