/** `roadmap-lint --help`. Keep in sync with the README's flag table. */
export const helpText = `Usage: roadmap-lint [paths…] [options]

Lint roadmap content: structure, then external links. Paths are a content
folder, roadmap folders or Markdown files (default: content). A \`--\` is
skipped: flags after it are still flags (write a path that starts with - as
./-name).

Options:
  --offline                  Check structure only; no network
  --changed [base]           Lint only files changed against a git base (default:
                             origin/main, else main) and the files they affect
  -f, --format NAME          stylish (default), json, github, sarif, markdown
  -o, --output FILE          Write the report to FILE instead of stdout
  --max-warnings N           Exit 1 when there are more than N warnings
  --fix                      Apply safe fixes, writing files atomically
  -c, --config FILE          Use this config file instead of the nearest
                             roadmap-lint.config.{json,js,mjs,ts,mts}
  --color, --no-color        Force colours on or off (also NO_COLOR, FORCE_COLOR)
  --exit-on-internal-error   Exit 2 when a check failed with an internal error
                             (default: reported as an error in the file, exit 1)
  --content-cache PATH       Keep each file's results by its content here (default
                             .roadmap-lint-content-cache; never with --fix; a
                             cache that git tracks is refused, as is a link cache)
  --no-content-cache         Neither read nor write the content cache

Link checking:
  --link-concurrency N       Requests in flight in all (default 128)
  --host-concurrency N       Requests in flight per host (default 4)
  --timeout MS               Limit for one whole request (default 30000)
  --cache-file PATH          Cache results here (default .roadmap-lint-cache.json)
  --no-cache                 Neither read nor write the cache
  --check-fragments          Check that #fragments exist in linked HTML pages
  --allow-private-hosts      Allow loopback and private addresses (local testing)
  --allow-env NAME           Let the config's link headers read the environment
                             variable NAME, sent over https only (repeatable;
                             also ROADMAP_LINT_ALLOW_ENV=NAME,NAME)
  --shard i/n                Check only shard i of n of the unique URLs

  -h, --help                 Show this help
  -v, --version              Show the version

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, config or
internal error.
`
