import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { RoadmapSchema, resourceKinds } from '../src/index.js'
import { loadContent } from '../src/node.js'
import { diagnosticLines } from './format-diagnostics.js'

const fixture = fileURLToPath(new URL('fixtures/valid/', import.meta.url))

test('the valid fixture loads with zero diagnostics', async () => {
  const { diagnostics } = await loadContent(fixture)
  expect(diagnosticLines(diagnostics, fixture)).toEqual([])
})

test('the valid fixture uses what the format allows: every resource kind, comments, `###` in sections, a cross-roadmap requirement, aliases', async () => {
  const { roadmaps } = await loadContent(fixture)
  const resources = roadmaps.flatMap((roadmap) =>
    roadmap.steps.flatMap((step) => step.topics.flatMap((topic) => topic.resources))
  )
  expect(new Set(resources.map((resource) => resource.kind))).toEqual(new Set(resourceKinds))
  expect(roadmaps.flatMap((roadmap) => roadmap.sections.map((section) => section.body)).join('\n')).toContain('### ')
  expect(roadmaps.flatMap((roadmap) => roadmap.steps.flatMap((step) => step.requires))).toContainEqual({
    roadmap: 'sql',
    step: 'queries'
  })
  const queries = roadmaps.flatMap((roadmap) => roadmap.steps).find((step) => step.id === 'queries')
  expect(queries?.aliases).toEqual(['sql/reading-data'])
  expect(queries?.topics[0]?.aliases).toEqual(['sql/reading-data/select', 'sql/tables/selecting'])
  for (const roadmap of roadmaps) expect(RoadmapSchema.parse(roadmap)).toEqual(roadmap)
})

test('the valid fixture gives exactly this model', async () => {
  const { roadmaps } = await loadContent(fixture)
  expect(roadmaps).toMatchInlineSnapshot(`
    [
      {
        "description": "Store and query data with SQL.",
        "id": "sql",
        "introduction": "SQL is the language of relational databases.",
        "sections": [],
        "steps": [
          {
            "aliases": [],
            "id": "tables",
            "introduction": "",
            "level": "beginner",
            "order": 1,
            "requires": [],
            "summary": "Design tables with keys.",
            "title": "Tables",
            "topics": [
              {
                "aliases": [],
                "description": "A primary key identifies each row.",
                "id": "primary-keys",
                "resources": [
                  {
                    "kind": "official",
                    "title": "PostgreSQL: constraints",
                    "url": "https://www.postgresql.org/docs/current/ddl-constraints.html",
                  },
                ],
                "title": "Primary keys",
              },
            ],
          },
          {
            "aliases": [
              "sql/reading-data",
            ],
            "id": "queries",
            "introduction": "Queries read data.",
            "level": "beginner",
            "order": 2,
            "requires": [
              {
                "roadmap": "sql",
                "step": "tables",
              },
            ],
            "summary": "Select, filter and join rows.",
            "title": "Queries",
            "topics": [
              {
                "aliases": [
                  "sql/reading-data/select",
                  "sql/tables/selecting",
                ],
                "description": "Use \`SELECT\` to read rows and \`WHERE\` to filter them.",
                "id": "selecting-rows",
                "resources": [
                  {
                    "kind": "official",
                    "title": "PostgreSQL tutorial: querying a table",
                    "url": "https://www.postgresql.org/docs/current/tutorial-select.html",
                  },
                  {
                    "kind": "article",
                    "title": "SQL joins explained",
                    "url": "https://example.org/sql-joins",
                  },
                ],
                "title": "Selecting rows",
              },
            ],
          },
        ],
        "tags": [],
        "title": "SQL",
        "updated": "2026-01-31",
      },
      {
        "description": "Learn how the web works, from HTML pages to HTTP requests.",
        "id": "web-basics",
        "introduction": "The web is documents and requests. This roadmap covers both.

    It has two steps.",
        "sections": [
          {
            "body": "A small site that talks to a database.

    ### A first page

    Plain HTML, served as a file.

    ### A form

    A form that sends a request:

    - a name field
    - a submit button",
            "id": "what-you-will-build",
            "title": "What you will build",
          },
          {
            "body": "Web developers start with **HTML** and \`HTTP\`.",
            "id": "career-path",
            "title": "Career path",
          },
        ],
        "steps": [
          {
            "aliases": [],
            "id": "html",
            "introduction": "HTML describes what is on a page.

    - Elements
    - Attributes",
            "level": "beginner",
            "order": 1,
            "requires": [],
            "summary": "Write the structure of a web page with HTML elements.",
            "title": "HTML",
            "topics": [
              {
                "aliases": [],
                "description": "An element is a start tag, content and an end tag.

    A second paragraph of the description.",
                "id": "elements-and-tags",
                "resources": [
                  {
                    "kind": "official",
                    "title": "HTML elements reference",
                    "url": "https://developer.mozilla.org/en-US/docs/Web/HTML/Element",
                  },
                  {
                    "kind": "article",
                    "title": "HTML basics",
                    "url": "https://example.org/html-basics",
                  },
                  {
                    "kind": "video",
                    "title": "A video about tags",
                    "url": "https://video.example.org/watch?v=tags",
                  },
                ],
                "title": "Elements and tags",
              },
              {
                "aliases": [],
                "description": "Forms collect input and send it to a server.",
                "id": "forms",
                "resources": [
                  {
                    "kind": "course",
                    "title": "Web forms course",
                    "url": "https://learn.example.org/forms",
                  },
                  {
                    "kind": "book",
                    "title": "HTML and CSS book",
                    "url": "https://books.example.org/html-css",
                  },
                ],
                "title": "Forms",
              },
            ],
          },
          {
            "aliases": [],
            "id": "http",
            "introduction": "HTTP is how a browser talks to a server.",
            "level": "intermediate",
            "order": 2,
            "requires": [
              {
                "roadmap": "web-basics",
                "step": "html",
              },
              {
                "roadmap": "sql",
                "step": "queries",
              },
            ],
            "summary": "Understand requests, responses and status codes.",
            "title": "HTTP",
            "topics": [
              {
                "aliases": [],
                "description": "A client sends a request; the server sends a response with a status code.",
                "id": "requests-and-responses",
                "resources": [
                  {
                    "kind": "official",
                    "title": "HTTP overview",
                    "url": "https://developer.mozilla.org/en-US/docs/Web/HTTP/Overview",
                  },
                  {
                    "kind": "podcast",
                    "title": "A podcast episode on HTTP/3",
                    "url": "https://podcast.example.org/episodes/http3",
                  },
                  {
                    "kind": "opensource",
                    "title": "A small HTTP server",
                    "url": "https://github.com/example/tiny-http",
                  },
                ],
                "title": "Requests and responses",
              },
            ],
          },
        ],
        "tags": [
          "web",
          "beginner-friendly",
        ],
        "title": "Web basics",
        "updated": "2026-11-26",
      },
    ]
  `)
})
