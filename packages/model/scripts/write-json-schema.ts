// Writes JSON Schema files for non-TypeScript users into dist/json-schema/ after tsup has run.
// They are generated from the zod schemas, so they can never drift from the types.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { DiagnosticSchema, ProjectSchema, SearchDocumentSchema } from '../src/index.js'

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'json-schema')
mkdirSync(outDir, { recursive: true })
const schemas = {
  project: ProjectSchema,
  diagnostic: DiagnosticSchema,
  'search-document': SearchDocumentSchema,
}
for (const [name, schema] of Object.entries(schemas)) {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12' })
  writeFileSync(join(outDir, `${name}.schema.json`), `${JSON.stringify(json, null, 2)}\n`)
}
console.log(`wrote ${Object.keys(schemas).length} JSON Schemas to ${outDir}`)
