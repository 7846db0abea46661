/** Text styles for terminal output; each returns its input unchanged when colour is off. */
export interface Paint {
  red: (text: string) => string
  yellow: (text: string) => string
  green: (text: string) => string
  dim: (text: string) => string
  bold: (text: string) => string
  underline: (text: string) => string
}

/**
 * ANSI styles that depend on `color` alone. `node:util` `styleText` would also
 * look at `NO_COLOR`, `FORCE_COLOR` and whether stdout is a TTY: that choice
 * belongs to the CLI, and a formatter's output must depend only on its input.
 *
 * @example
 *   paint(true).red('error') // → '\u001B[31merror\u001B[39m'
 *   paint(false).red('error') // → 'error'
 */
export function paint(color: boolean): Paint {
  const style = (open: number, close: number) =>
    color ? (text: string) => `\u001B[${open}m${text}\u001B[${close}m` : (text: string) => text
  return {
    red: style(31, 39),
    yellow: style(33, 39),
    green: style(32, 39),
    dim: style(2, 22),
    bold: style(1, 22),
    underline: style(4, 24)
  }
}

/**
 * Text made safe to print: every control character but the tab becomes its
 * Control Pictures symbol (`\u001B` shows as `␛`), so a message or a line of
 * content cannot move the cursor, recolour the terminal or set the clipboard.
 * Each character stays one column wide, so markers under the text still line up.
 *
 * @example
 *   printable('a\u001B[2Jb') // → 'a␛[2Jb'
 */
export function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this replaces
  return text.replace(/[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/g, (character) => {
    const code = character.charCodeAt(0)
    if (code < 0x20) return String.fromCharCode(0x2400 + code)
    return code === 0x7f ? '\u2421' : '\uFFFD'
  })
}
