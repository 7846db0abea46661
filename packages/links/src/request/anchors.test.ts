import { describe, expect, test } from 'vitest'
import { extractAnchors } from './anchors.js'

describe('extractAnchors', () => {
  test('ids on any element, names on <a> only, any quoting, entities decoded', () => {
    const html = `
      <h2 id="install">Install</h2>
      <section ID='usage' class="x"><a NAME=top-link href="#"></a></section>
      <div data-id="not-this" id="r&amp;d"></div>
      <input name="not-an-anchor">
      <p id="">empty</p>
      <span class="a"id="tight"></span>
      <h3 id="caf&#xe9;">Café</h3>`
    expect([...extractAnchors(html)].sort()).toEqual(['café', 'install', 'r&d', 'tight', 'top-link', 'usage'])
  })

  test('markup inside attribute values, scripts and comments is not an anchor', () => {
    const html = `<div title=' id="in-value"'>x</div>
      <script>const s = '<div id="in-script">'</script>
      <!-- <p id="in-comment"> -->
      <textarea><b id="in-textarea"></b></textarea>
      <p id="real">`
    expect([...extractAnchors(html)]).toEqual(['real'])
  })

  test('half-written tags of a hostile page (unclosed `<a `) give what is there and no more', () => {
    expect([...extractAnchors('<a '.repeat(1000))]).toEqual([])
    expect([...extractAnchors(`<p id="first">${'<a '.repeat(1000)}`)]).toEqual(['first'])
  })
})
