// The vocabulary of the synthetic corpus: changing it changes every file
// generated, so bump `corpusVersion` in generate-corpus.js with it.

export const words = `
  application architecture access cache caching client cluster code command compiler
  concurrency configuration container contract cookie data database debugging deployment
  design dependency document domain editor encoding endpoint environment error event
  feature file filter format framework function gateway graph handler header history
  index input interface isolation job key language latency layer library limit log
  logging memory message metric migration model module monitoring network object
  operation package pattern performance pipeline platform policy pool process protocol
  proxy query queue record release request resource response retry route runtime
  schema scope script search secret server service session shell signal socket source
  state storage stream structure system table task template test testing thread token
  tool trace transaction type update user validation value version view worker workflow
`
  .split(/\s+/)
  .filter(Boolean)

export const fillers = `
  a an the of to in on for with and or but that which when where how why what
  is are can should will helps lets makes keeps turns gives every each most many
  small large simple careful reliable clear fast safe common useful practical
`
  .split(/\s+/)
  .filter(Boolean)

export const hosts = [
  'developer.mozilla.org/en-US/docs',
  'docs.python.org/3/library',
  'nodejs.org/api',
  'www.postgresql.org/docs/current',
  'learn.microsoft.com/en-us/dotnet',
  'go.dev/doc',
  'doc.rust-lang.org/book',
  'kubernetes.io/docs/concepts',
  'docs.docker.com/engine',
  'martinfowler.com/articles',
  'www.freecodecamp.org/news',
  'github.com/example-org',
  'en.wikipedia.org/wiki',
  'www.oreilly.com/library/view',
  'roadmap-guides.dev/articles',
  'web.dev/articles',
  'owasp.org/www-project',
  'redis.io/docs/latest',
  'www.sqlite.org/docs',
  'git-scm.com/book/en/v2'
]

export const kinds = [
  'official',
  'official',
  'article',
  'article',
  'article',
  'course',
  'book',
  'podcast',
  'opensource'
]
export const levels = ['beginner', 'intermediate', 'advanced']
