const form = 'Expected a date written `YYYY-MM-DD`, such as `2026-11-26`'

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
] as const

/**
 * Why `input` is not a calendar date written `YYYY-MM-DD`, naming the bad
 * part: a date written in that form whose month or day does not exist gets
 * the month or day and the range it must be in, since "expected `YYYY-MM-DD`"
 * would send the author looking at a form that is right. A date in another
 * form that is unambiguous (`2026-1-5`, `2026/01/05`) gets a did-you-mean.
 *
 * @example
 *   dateMessage('2026-13-01') // 'Expected a month from `01` to `12` in `YYYY-MM-DD`; month `13` does not exist'
 *   dateMessage('2026-02-29') // 'Expected a day from `01` to `28` in `YYYY-MM-DD`; February 2026 has 28 days (2026 is not a leap year)'
 */
export function dateMessage(input: unknown): string {
  if (typeof input !== 'string') return form
  const written = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input)
  if (written) return partMessage(written[1] as string, written[2] as string, written[3] as string) ?? form
  const loose = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(input)
  if (loose) {
    const [, year = '', , month = '', day = ''] = loose
    const meant = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
    if (partMessage(year, month, day) === undefined) return `${form}; did you mean \`${meant}\`?`
  }
  return form
}

/** What is wrong with the month or day of a date, or `undefined` when it exists. */
function partMessage(yearText: string, monthText: string, dayText: string): string | undefined {
  const year = Number(yearText)
  const month = Number(monthText)
  const day = Number(dayText)
  if (month < 1 || month > 12) {
    return `Expected a month from \`01\` to \`12\` in \`YYYY-MM-DD\`; month \`${monthText}\` does not exist`
  }
  const days = daysIn(year, month)
  if (day >= 1 && day <= days) return undefined
  const expected = `Expected a day from \`01\` to \`${days}\` in \`YYYY-MM-DD\``
  if (day < 1) return `${expected}; day \`${dayText}\` does not exist`
  const leap = month === 2 && day === 29 ? ` (${yearText} is not a leap year)` : ''
  return `${expected}; ${monthNames[month - 1]} ${yearText} has ${days} days${leap}`
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}
