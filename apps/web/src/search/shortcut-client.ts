// `/` focuses the search box, on every page (the search page's own box where
// there is one, else the header's), unless the learner is typing somewhere.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return
  const target = event.target
  if (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.closest('input, textarea, select, [contenteditable]') !== null)
  )
    return
  const box =
    document.querySelector<HTMLInputElement>('main input[type="search"]') ??
    document.querySelector<HTMLInputElement>('header input[type="search"]')
  if (!box) return
  event.preventDefault()
  box.focus()
  box.select()
})
