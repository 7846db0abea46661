// The SARIF log of a mixed run, in full: errors and warnings, a rule the
// options do not know, and a path with a space.
import { expect, test } from 'vitest'
import { mixedResults, options } from './__fixtures__/results.js'
import { expectValid } from './__fixtures__/sarif-validator.js'
import { sarif } from './sarif.js'

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
                },
                {
                  "id": "link-dead",
                  "shortDescription": {
                    "text": "link-dead"
                  },
                  "fullDescription": {
                    "text": "link-dead"
                  },
                  "helpUri": "https://example.org/rules/link-dead",
                  "help": {
                    "text": "link-dead\\n\\nSee https://example.org/rules/link-dead",
                    "markdown": "link-dead\\n\\nSee [the rule's documentation](https://example.org/rules/link-dead)."
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
