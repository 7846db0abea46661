// A step of just under 1 MiB (the core's `file-too-large` limit) that is
// valid content within every other limit: the largest file the server must
// check in full while someone types in it.
const maxBytes = 1024 * 1024

const sentence = (n, i) =>
  `Sentence ${i} of topic ${n} explains how a backend handles \`request ${i}\` under load, and why the answer depends on the data it reads.`

/**
 * The text of the large step: frontmatter, an introduction, then topics of
 * three paragraphs and two resources each, as many as fit under 1 MiB.
 */
export function largeStep() {
  let text =
    '---\ntitle: A very large step\nsummary: Exercise the language server on the largest file the format allows.\nlevel: advanced\nrequires: [databases]\n---\n\nAn introduction to a step that is far longer than any real one.\n\n'
  for (let n = 1; ; n++) {
    const paragraph = (p) => Array.from({ length: 7 }, (_, i) => sentence(n, p * 7 + i)).join(' ')
    const topic = `## Topic ${n}\n\n${paragraph(0)}\n\n${paragraph(1)}\n\n${paragraph(2)}\n\n- [Guide ${n}](https://example.com/guide/${n} "article")\n- [Reference ${n}](https://example.org/reference/${n} "official")\n\n`
    if (Buffer.byteLength(text + topic) >= maxBytes - 64) return text
    text += topic
  }
}
