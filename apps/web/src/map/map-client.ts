// Where the map is wider than its frame (a phone), it opens scrolled to the
// first step, not to an empty corner: the box nearest the top, centred.
for (const frame of document.querySelectorAll<HTMLElement>('.map-scroll')) {
  if (frame.scrollWidth <= frame.clientWidth) continue
  const boxes = [...frame.querySelectorAll<SVGGraphicsElement>('.map-step, .map-external')]
  const first = boxes.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0]
  if (!first) continue
  const box = first.getBoundingClientRect()
  const frameBox = frame.getBoundingClientRect()
  frame.scrollLeft += box.left + box.width / 2 - (frameBox.left + frameBox.width / 2)
}
