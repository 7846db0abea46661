// The sizes of the map's boxes and text, in SVG user units (CSS pixels at
// scale 1). The renderer (components/RoadmapMap.astro) and the layout read the
// same numbers, so a box is always as tall as what it holds. Character widths
// are those of a wide character of the site's sans-serif font, so counted
// characters never overflow a line (see wrap-text.ts).

export const stepNode = {
  width: 220,
  padding: 12,
  title: { fontSize: 15, lineHeight: 19, charWidth: 8.4, maxLines: 3 },
  meta: { fontSize: 12.5, lineHeight: 18 },
  bar: { height: 6, gapAfter: 10 },
  topic: { fontSize: 13, lineHeight: 17, charWidth: 6.9, maxLines: 2, indent: 18, gapAfter: 3 }
} as const

export const externalNode = {
  width: 208,
  padding: 10,
  roadmap: { fontSize: 12.5, lineHeight: 17, charWidth: 7.4, maxLines: 2 },
  title: { fontSize: 14, lineHeight: 18, charWidth: 8.8, maxLines: 3 }
} as const

/** How many characters fit on a line of `width` units, at `charWidth` each. */
export function charsPerLine(width: number, charWidth: number): number {
  return Math.max(1, Math.floor(width / charWidth))
}
