// The interfaces of model.ts and readonly.ts are written by hand so editors
// show their names and documentation; this keeps them equal to the schemas.
import { readFileSync } from 'node:fs'
import ts from 'typescript'
import { expect, expectTypeOf, test } from 'vitest'
import type { z } from 'zod'
import { StepReferenceSchema } from './id.js'
import type * as model from './model.js'
import type { DeepReadonly } from './readonly.js'
import type * as frozen from './readonly.js'
import { type ResourceKindSchema, ResourceSchema } from './resource.js'
import { RoadmapSchema, SectionSchema } from './roadmap.js'
import { type LevelSchema, StepSchema } from './step.js'
import { TopicSchema } from './topic.js'
import type { Level, ResourceKind } from './values.js'

const schemas: Record<string, z.ZodObject> = {
  Resource: ResourceSchema,
  Topic: TopicSchema,
  StepReference: StepReferenceSchema,
  Step: StepSchema,
  Section: SectionSchema,
  Roadmap: RoadmapSchema
}

/** Each interface of a file: its comment and each of its own fields' comments. */
function documentedInterfaces(file: string): Map<string, { comment: string; fields: Map<string, string> }> {
  const source = ts.createSourceFile(
    file,
    readFileSync(new URL(file, import.meta.url), 'utf8'),
    ts.ScriptTarget.Latest,
    true
  )
  const comment = (node: ts.Node) =>
    ts
      .getJSDocCommentsAndTags(node)
      .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
      .join('')
  const found = new Map<string, { comment: string; fields: Map<string, string> }>()
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue
    const fields = new Map<string, string>()
    for (const member of statement.members)
      if (ts.isPropertySignature(member)) fields.set(member.name.getText(source), comment(member))
    found.set(statement.name.text, { comment: comment(statement), fields })
  }
  return found
}

test("every field of the model's interfaces carries its schema's description", () => {
  const interfaces = documentedInterfaces('model.ts')
  expect([...interfaces.keys()].sort()).toEqual(Object.keys(schemas).sort())
  for (const [name, schema] of Object.entries(schemas)) {
    const written = interfaces.get(name)
    expect(written?.comment, name).toBe(schema.description)
    const described = Object.entries(schema.shape).map(([field, child]) => [field, child.description])
    expect([...(written?.fields ?? [])], name).toEqual(described)
  }
})

test('the read-only interfaces document the fields they restate as the schemas do', () => {
  for (const [name, { fields }] of documentedInterfaces('readonly.ts')) {
    const schema = schemas[name.replace(/^Readonly/, '')]
    for (const [field, comment] of fields) expect(comment, `${name}.${field}`).toBe(schema?.shape[field]?.description)
  }
})

test('the interfaces are the schemas’ types, and the read-only ones their deeply read-only forms', () => {
  expectTypeOf<model.Resource>().toEqualTypeOf<z.infer<typeof ResourceSchema>>()
  expectTypeOf<model.Topic>().toEqualTypeOf<z.infer<typeof TopicSchema>>()
  expectTypeOf<model.Step>().toEqualTypeOf<z.infer<typeof StepSchema>>()
  expectTypeOf<model.Section>().toEqualTypeOf<z.infer<typeof SectionSchema>>()
  expectTypeOf<model.Roadmap>().toEqualTypeOf<z.infer<typeof RoadmapSchema>>()
  expectTypeOf<model.StepReference>().toEqualTypeOf<z.infer<typeof StepReferenceSchema>>()
  expectTypeOf<Level>().toEqualTypeOf<z.infer<typeof LevelSchema>>()
  expectTypeOf<ResourceKind>().toEqualTypeOf<z.infer<typeof ResourceKindSchema>>()
  expectTypeOf<frozen.ReadonlyTopic>().toEqualTypeOf<DeepReadonly<model.Topic>>()
  expectTypeOf<frozen.ReadonlyStep>().toEqualTypeOf<DeepReadonly<model.Step>>()
  expectTypeOf<frozen.ReadonlyRoadmap>().toEqualTypeOf<DeepReadonly<model.Roadmap>>()
  expectTypeOf<frozen.ReadonlyResource>().toEqualTypeOf<DeepReadonly<model.Resource>>()
})
