import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { openContext, siteUrl, useBrowser } from './browser.js'
import { sitePages } from './site-pages.js'

const browser = useBrowser()

/** What a Tab press landed on: its place among the page's controls, and whether a sighted user can see it. */
interface FocusStop {
  /** Index in the page's controls in document order; -1 for anything else (the page itself). */
  index: number
  description: string
  inViewport: boolean
  hasFocusIndicator: boolean
}

/** Mark every control a keyboard user should reach (visible, not disabled, not taken out of the tab order), in document order. */
function markControls(page: Page): Promise<number> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]'
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter((element) => {
      if (element.tabIndex < 0 || element.matches(':disabled')) return false
      // A radio group is one stop: its checked radio (arrow keys move within it).
      if (element instanceof HTMLInputElement && element.type === 'radio') {
        const group = document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${element.name}"]`)
        const stop = [...group].find((radio) => radio.checked) ?? group[0]
        if (element !== stop) return false
      }
      // The skip link is hidden until focused, on purpose.
      if (element.classList.contains('skip-link')) return true
      const box = element.getBoundingClientRect()
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden'
    })
    for (const [index, element] of controls.entries()) element.dataset.controlIndex = String(index)
    return controls.length
  })
}

function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element || element === document.body)
      return { index: -1, description: 'body', inViewport: false, hasFocusIndicator: false }
    const box = element.getBoundingClientRect()
    const style = getComputedStyle(element)
    return {
      index: Number(element.dataset.controlIndex ?? -1),
      description: `${element.tagName.toLowerCase()} “${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 60)}”`,
      inViewport:
        box.width > 0 &&
        box.height > 0 &&
        box.bottom > 0 &&
        box.right > 0 &&
        box.top < innerHeight &&
        box.left < innerWidth,
      hasFocusIndicator: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
    }
  })
}

const desktop = { width: 1280, height: 800 }
const phone = { width: 320, height: 640 }
// Every page at desktop width; at the narrowest phone width, the first page of
// each kind, as the pages of a kind share their layout.
const cases = [
  ...sitePages.map((sitePage) => ({ sitePage, device: 'desktop', viewport: desktop })),
  ...sitePages
    .filter((sitePage, index) => sitePages.findIndex((other) => other.kind === sitePage.kind) === index)
    .map((sitePage) => ({ sitePage, device: 'phone', viewport: phone }))
]

describe.each(cases)('$sitePage.path ($sitePage.kind, $device)', ({ sitePage, viewport }) => {
  test('Tab reaches every control in document order, each visible with a focus outline', async () => {
    const { context, page, problems } = await openContext(browser(), { viewport })
    try {
      await page.goto(siteUrl(sitePage.path), { waitUntil: sitePage.kind === 'search' ? 'networkidle' : 'load' })
      const controlCount = await markControls(page)
      const stops: FocusStop[] = []
      // One press more than there are controls: the last must leave the page, not land on something unlisted.
      for (let press = 0; press <= controlCount; press++) {
        await page.keyboard.press('Tab')
        stops.push(await focusStop(page))
      }
      const reached = stops.slice(0, controlCount)
      expect(reached.map((stop) => stop.index)).toEqual([...Array(controlCount).keys()])
      expect(reached.filter((stop) => !stop.inViewport || !stop.hasFocusIndicator)).toEqual([])
      expect(stops.at(-1)?.index).toBe(-1)
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth),
        'no sideways scrolling'
      ).toBe(true)
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })
})

test('the skip link is the first stop and moves focus to the main content', async () => {
  const { context, page, problems } = await openContext(browser())
  try {
    await page.goto(siteUrl('/'))
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true)
    expect(problems).toEqual([])
  } finally {
    await context.close()
  }
})
