import { describe, expect, test } from 'vitest'
import { mixedResults, options, rules, warningResults } from './__fixtures__/results.js'
import { expectValid, validate } from './__fixtures__/sarif-validator.js'
import { sarif } from './sarif.js'

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
                    "helpUri": "https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/resource-kind.md",
                    "help": {
                      "text": "A resource has a known kind in its link title.\\n\\nSee https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/resource-kind.md",
                      "markdown": "A resource has a known kind in its link title.\\n\\nSee [the rule's documentation](https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/resource-kind.md)."
                    },
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
                    "helpUri": "https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/requires-unknown.md",
                    "help": {
                      "text": "Every \`requires\` entry names a step that exists.\\n\\nSee https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/requires-unknown.md",
                      "markdown": "Every \`requires\` entry names a step that exists.\\n\\nSee [the rule's documentation](https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/requires-unknown.md)."
                    },
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
                    "helpUri": "https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/frontmatter-unknown-key.md",
                    "help": {
                      "text": "Frontmatter has only the keys the format defines.\\n\\nSee https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/frontmatter-unknown-key.md",
                      "markdown": "Frontmatter has only the keys the format defines.\\n\\nSee [the rule's documentation](https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/frontmatter-unknown-key.md)."
                    },
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
                    "helpUri": "https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/file-unreadable.md",
                    "help": {
                      "text": "Every content file can be read.\\n\\nSee https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/file-unreadable.md",
                      "markdown": "Every content file can be read.\\n\\nSee [the rule's documentation](https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/file-unreadable.md)."
                    },
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
                    "helpUri": "https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/requires-unknown.md",
                    "help": {
                      "text": "Every \`requires\` entry names a step that exists.\\n\\nSee https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/requires-unknown.md",
                      "markdown": "Every \`requires\` entry names a step that exists.\\n\\nSee [the rule's documentation](https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/requires-unknown.md)."
                    },
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
