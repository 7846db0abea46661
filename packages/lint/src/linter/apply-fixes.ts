import type { Fix } from '@roadmap/core/pipeline-light'

/**
 * Apply the fixes the messages carry to `text`, the one way every fix is
 * applied (as ESLint's source-code fixer). Fixes are taken by where they
 * start (then end; for the same range, in the order of `messages`), and one
 * that overlaps a fix taken before it is left for a later run, so no fix can
 * garble another; one that touches the previous only at its end does not
 * overlap it. A fix whose range runs backwards or past the end is never
 * applied. `fixed` lists the messages whose fix was applied, in that order.
 *
 * @example
 *   const { text, fixed } = applyFixes(source, file.messages)
 */
export function applyFixes<Message extends object>(
  text: string,
  messages: ReadonlyArray<Message>
): { text: string; fixed: Message[] } {
  const fixes = messages
    .flatMap((message) => {
      const fix = (message as { fix?: Fix }).fix
      return fix ? [{ message, fix }] : []
    })
    .sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1])
  if (fixes.length === 0) return { text, fixed: [] }
  const fixed: Message[] = []
  const parts: string[] = []
  let end = 0
  for (const { message, fix } of fixes) {
    const [start, stop] = fix.range
    if (start < end || start > stop || stop > text.length) continue
    parts.push(text.slice(end, start), fix.text)
    end = stop
    fixed.push(message)
  }
  parts.push(text.slice(end))
  return { text: parts.join(''), fixed }
}
