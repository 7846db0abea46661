import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsPlugin from 'ajv-formats'
import { describe, expect, test } from 'vitest'
import { mixedResults, options, rules, warningResults } from './__fixtures__/results.js'
import { sarif } from './sarif.js'

/**
 * A validator for the official SARIF 2.1.0 schema (`__fixtures__/`, verbatim
 * from oasis-tcs/sarif-spec, the copy `github/codeql-action` validates uploads
 * against). It declares JSON Schema 2020-12 and has two known defects that Ajv,
 * stricter than most validators, refuses to compile; both are mended here, in
 * memory, so the fixture stays byte for byte the published file:
 * - `region`'s `anyOf` sits inside `properties` (as if it were a property named
 *   `anyOf`); it moves up to `region` itself, where it was meant to be, so a
 *   region without `startLine` is refused as the spec intends.
 * - The `language` patterns start with `(?i)`, an inline flag JavaScript lacks;
 *   they compile with the `i` flag instead.
 */
function sarifValidator() {
  const schema = JSON.parse(
    readFileSync(new URL('__fixtures__/sarif-schema-2.1.0.json', import.meta.url), 'utf8')
  ) as { definitions: { region: { properties: Record<string, unknown> } } }
  const region = schema.definitions.region
  const { anyOf, ...properties } = region.properties
  schema.definitions.region = { ...region, properties, anyOf } as typeof region
  const regExp = Object.assign(
    (pattern: string, flags: string) =>
      pattern.startsWith('^(?i)') ? new RegExp(`^${pattern.slice('^(?i)'.length)}`, `${flags}i`) : new RegExp(pattern, flags),
    { code: 'new RegExp' }
  )
  const ajv = new Ajv2020({ allErrors: true, code: { regExp } })
  addFormatsPlugin.default(ajv)
  return ajv.compile(schema)
}

const validate = sarifValidator()

function expectValid(output: string) {
  validate(JSON.parse(output))
  expect(validate.errors ?? []).toEqual([])
}

describe('sarif', () => {
  test('no problems: a run with every known rule and no results', () => {
    const output = sarif([], options())
    expectValid(output)
    expect(output).toMatchInlineSnapshot(`
      "{
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
          {
            "tool": {
              "driver": {
                "name": "roadmap-lint",
                "informationUri": "https://github.com/roadmap-dev/roadmap/tree/main/packages/lint",
                "version": "1.2.3",
                "rules": [
                  {
                    "id": "resource-kind",
                    "shortDescription": {
                      "text": "A resource has a known kind in its link title."
                    },
                    "fullDescription": {
                      "text": "A resource has a known kind in its link title."
                    },
                    "helpUri": "https://github.com/roadmap-dev/roadmap/blob/main/packages/lint/docs/rules/resource-kind.md",
                    "defaultConfiguration": {
                      "level": "error"
                    }
                  },
                  {
                    "id": "requires-unknown",
                    "shortDescription": {
                      "text": "Every \`requires\` entry names a step that exists."
                    },
                    "fullDescription": {
                      "text": "Every \`requires\` entry names a step that exists."
                    },
                    "helpUri": "https://github.com/roadmap-dev/roadmap/blob/main/packages/lint/docs/rules/requires-unknown.md",
                    "defaultConfiguration": {
                      "level": "error"
                    }
                  },
                  {
                    "id": "frontmatter-unknown-key",
                    "shortDescription": {
                      "text": "Frontmatter has only the keys the format defines."
                    },
                    "fullDescription": {
                      "text": "Frontmatter has only the keys the format defines."
                    },
                    "helpUri": "https://github.com/roadmap-dev/roadmap/blob/main/packages/lint/docs/rules/frontmatter-unknown-key.md",
                    "defaultConfiguration": {
                      "level": "error"
                    }
                  },
                  {
                    "id": "file-unreadable",
                    "shortDescription": {
                      "text": "Every content file can be read."
                    },
                    "fullDescription": {
                      "text": "Every content file can be read."
                    },
                    "helpUri": "https://github.com/roadmap-dev/roadmap/blob/main/packages/lint/docs/rules/file-unreadable.md",
                    "defaultConfiguration": {
                      "level": "error"
                    }
                  }
                ]
              }
            },
            "originalUriBaseIds": {
              "%SRCROOT%": {
                "description": {
                  "text": "The directory roadmap-lint ran in."
                }
              }
            },
            "columnKind": "utf16CodeUnits",
            "results": []
          }
        ]
      }
      "
    `)
  })

  test('warnings only', () => {
    const output = sarif(warningResults(), options({ rules: rules.slice(1, 2) }))
    expectValid(output)
    expect(output).toMatchInlineSnapshot(`
      "{
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
          {
            "tool": {
              "driver": {
                "name": "roadmap-lint",
                "informationUri": "https://github.com/roadmap-dev/roadmap/tree/main/packages/lint",
                "version": "1.2.3",
                "rules": [
                  {
                    "id": "requires-unknown",
                    "shortDescription": {
                      "text": "Every \`requires\` entry names a step that exists."
                    },
                    "fullDescription": {
                      "text": "Every \`requires\` entry names a step that exists."
                    },
                    "helpUri": "https://github.com/roadmap-dev/roadmap/blob/main/packages/lint/docs/rules/requires-unknown.md",
                    "defaultConfiguration": {
                      "level": "error"
                    }
                  }
                ]
              }
            },
            "originalUriBaseIds": {
              "%SRCROOT%": {
                "description": {
                  "text": "The directory roadmap-lint ran in."
                }
              }
            },
            "columnKind": "utf16CodeUnits",
            "results": [
              {
                "ruleId": "requires-unknown",
                "ruleIndex": 0,
                "level": "warning",
                "message": {
                  "text": "Cannot find step \`http\`; did you mean \`internet\`?"
                },
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "content/backend/steps/03-apis.md",
                        "uriBaseId": "%SRCROOT%"
                      },
                      "region": {
                        "startLine": 3,
                        "startColumn": 12,
                        "endLine": 3,
                        "endColumn": 16
                      }
                    }
                  }
                ]
              },
              {
                "ruleId": "requires-unknown",
                "ruleIndex": 0,
                "level": "warning",
                "message": {
                  "text": "Cannot find step \`dbs\`; did you mean \`databases\`?"
                },
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "content/backend/steps/03-apis.md",
                        "uriBaseId": "%SRCROOT%"
                      },
                      "region": {
                        "startLine": 3,
                        "startColumn": 18,
                        "endLine": 3,
                        "endColumn": 21
                      }
                    }
                  }
                ]
              }
            ]
          }
        ]
      }
      "
    `)
  })

  test('errors and warnings, with a rule the options do not know and a path with a space', () => {
    const output = sarif(mixedResults(), options())
    expectValid(output)
    expect(output).toMatchInlineSnapshot(`
      "{
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
          {
            "tool": {
              "driver": {
                "name": "roadmap-lint",
                "informationUri": "https://github.com/roadmap-dev/roadmap/tree/main/packages/lint",
                "version": "1.2.3",
                "rules": [
                  {
                    "id": "resource-kind",
                    "shortDescription": {
                      "text": "A resource has a known kind in its link title."
                    },
                    "fullDescription": {
                      "text": "A resource has a known kind in its link title."
                    },
                    "helpUri": "https://github.com/roadmap-dev/roadmap/blob/main/packages/lint/docs/rules/resource-kind.md",
                    "defaultConfiguration": {
                      "level": "error"
                    }
                  },
                  {
                    "id": "requires-unknown",
                    "shortDescription": {
                      "text": "Every \`requires\` entry names a step that exists."
                    },
                    "fullDescription": {
                      "text": "Every \`requires\` entry names a step that exists."
                    },
                    "helpUri": "https://github.com/roadmap-dev/roadmap/blob/main/packages/lint/docs/rules/requires-unknown.md",
                    "defaultConfiguration": {
                      "level": "error"
                    }
                  },
                  {
                    "id": "frontmatter-unknown-key",
                    "shortDescription": {
                      "text": "Frontmatter has only the keys the format defines."
                    },
                    "fullDescription": {
                      "text": "Frontmatter has only the keys the format defines."
                    },
                    "helpUri": "https://github.com/roadmap-dev/roadmap/blob/main/packages/lint/docs/rules/frontmatter-unknown-key.md",
                    "defaultConfiguration": {
                      "level": "error"
                    }
                  },
                  {
                    "id": "file-unreadable",
                    "shortDescription": {
                      "text": "Every content file can be read."
                    },
                    "fullDescription": {
                      "text": "Every content file can be read."
                    },
                    "helpUri": "https://github.com/roadmap-dev/roadmap/blob/main/packages/lint/docs/rules/file-unreadable.md",
                    "defaultConfiguration": {
                      "level": "error"
                    }
                  },
                  {
                    "id": "link-dead",
                    "shortDescription": {
                      "text": "link-dead"
                    },
                    "fullDescription": {
                      "text": "link-dead"
                    },
                    "helpUri": "https://example.org/rules/link-dead"
                  }
                ]
              }
            },
            "originalUriBaseIds": {
              "%SRCROOT%": {
                "description": {
                  "text": "The directory roadmap-lint ran in."
                }
              }
            },
            "columnKind": "utf16CodeUnits",
            "results": [
              {
                "ruleId": "requires-unknown",
                "ruleIndex": 1,
                "level": "warning",
                "message": {
                  "text": "Cannot find step \`dbs\`; did you mean \`databases\`?"
                },
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "content/backend/roadmap.md",
                        "uriBaseId": "%SRCROOT%"
                      },
                      "region": {
                        "startLine": 3,
                        "startColumn": 12,
                        "endLine": 3,
                        "endColumn": 12
                      }
                    }
                  }
                ]
              },
              {
                "ruleId": "frontmatter-unknown-key",
                "ruleIndex": 2,
                "level": "error",
                "message": {
                  "text": "Unexpected key \`a|b\`: 100% unknown, remove it\\nor rename it"
                },
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "content/backend/roadmap.md",
                        "uriBaseId": "%SRCROOT%"
                      },
                      "region": {
                        "startLine": 4,
                        "startColumn": 1,
                        "endLine": 5,
                        "endColumn": 1
                      }
                    }
                  }
                ]
              },
              {
                "ruleId": "resource-kind",
                "ruleIndex": 0,
                "level": "error",
                "message": {
                  "text": "Unexpected resource kind \`blog\`, expected \`official\`, \`article\` or \`video\`"
                },
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "content/backend/roadmap.md",
                        "uriBaseId": "%SRCROOT%"
                      },
                      "region": {
                        "startLine": 9,
                        "startColumn": 3,
                        "endLine": 9,
                        "endColumn": 37
                      }
                    }
                  }
                ]
              },
              {
                "level": "warning",
                "message": {
                  "text": "Unexpected end of file"
                },
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "content/backend/roadmap.md",
                        "uriBaseId": "%SRCROOT%"
                      },
                      "region": {
                        "startLine": 9,
                        "startColumn": 37,
                        "endLine": 9,
                        "endColumn": 37
                      }
                    }
                  }
                ]
              },
              {
                "ruleId": "file-unreadable",
                "ruleIndex": 3,
                "level": "error",
                "message": {
                  "text": "Cannot read file: EACCES, permission denied"
                },
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "content/backend/steps/02-databases.md",
                        "uriBaseId": "%SRCROOT%"
                      },
                      "region": {
                        "startLine": 1,
                        "startColumn": 1,
                        "endLine": 1,
                        "endColumn": 1
                      }
                    }
                  }
                ]
              },
              {
                "ruleId": "link-dead",
                "ruleIndex": 4,
                "level": "warning",
                "message": {
                  "text": "Cannot reach \`https://example.org/gone\`: 404"
                },
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "content/web%20dev/roadmap.md",
                        "uriBaseId": "%SRCROOT%"
                      },
                      "region": {
                        "startLine": 40,
                        "startColumn": 1,
                        "endLine": 40,
                        "endColumn": 1
                      }
                    }
                  }
                ]
              }
            ]
          }
        ]
      }
      "
    `)
  })

  test('every result points at its rule', () => {
    const log = JSON.parse(sarif(mixedResults(), options()))
    const run = log.runs[0]
    for (const result of run.results) {
      if (result.ruleId === undefined) continue
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId)
    }
  })

  test('the validator refuses what code scanning would refuse', () => {
    const log = JSON.parse(sarif(mixedResults(), options()))
    const broken = structuredClone(log)
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0
    expect(validate(broken)).toBe(false)
    const noMessage = structuredClone(log)
    delete noMessage.runs[0].results[0].message
    expect(validate(noMessage)).toBe(false)
    const unencoded = structuredClone(log)
    unencoded.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'content/web dev/roadmap.md'
    expect(validate(unencoded)).toBe(false)
    const noStartLine = structuredClone(log)
    delete noStartLine.runs[0].results[0].locations[0].physicalLocation.region.startLine
    expect(validate(noStartLine)).toBe(false)
  })
})

test('a rule listed twice in the options appears once', () => {
  const output = sarif(mixedResults(), options({ rules: [...rules, ...rules] }))
  expectValid(output)
  expect(JSON.parse(output).runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id)).toMatchInlineSnapshot(`
    [
      "resource-kind",
      "requires-unknown",
      "frontmatter-unknown-key",
      "file-unreadable",
      "link-dead",
    ]
  `)
})
