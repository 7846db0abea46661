import { defineLinkRule } from '../rule/define-rule.js'
import { lintRuleIds } from '../rule-ids.js'

/** A `#fragment` that names nothing on the page leaves the reader at its top. */
export const linkFragmentMissing = defineLinkRule(
  {
    id: lintRuleIds.linkFragmentMissing,
    description: "A link's `#fragment` must name an anchor (`id` or `name`) on the page",
    defaultSeverity: 'warning'
  },
  ({ verdict, report }) => {
    const fragment = verdict.fragment
    if (fragment?.state !== 'missing') return
    const page = verdict.url.replace(/#.*$/, '')
    const hint =
      fragment.suggestion === undefined ? 'fix or remove the fragment' : `did you mean \`#${fragment.suggestion}\`?`
    report(`Cannot find anchor \`#${fragment.id}\` on \`${page}\`; ${hint}`)
  }
)
