import { z } from 'zod';
import { componentDescriptions, components } from './components';

/*
 * zod schemas to JSON Schema, as the wire carries them: zod's `input` side, since the server
 * parses what the client sends and the client parses what the server sends.
 */

export type Json = Record<string, unknown>;
type Schema = z.core.$ZodType;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** What zod writes that says nothing more than the rest of the schema. */
function tidy({ jsonSchema }: { jsonSchema: z.core.JSONSchema.BaseSchema }): void {
  // `format` says it; zod's regular expression for it is only its way to check it.
  if (['date', 'date-time', 'uuid', 'email'].includes(String(jsonSchema.format))) {
    delete jsonSchema.pattern;
  }
  // z.int() bounds every integer to the safe range.
  if (jsonSchema.maximum === MAX_SAFE) delete jsonSchema.maximum;
  if (jsonSchema.minimum === -MAX_SAFE) delete jsonSchema.minimum;
}

export const conversion = { io: 'input', target: 'draft-2020-12', override: tidy } as const;

const schemaRef = (id: string) => `#/components/schemas/${id}`;

export function ref(schema: Schema): Json {
  const id = components.get(schema)?.id;
  if (!id)
    throw new Error('A body or a response schema must be named in src/openapi/components.ts');
  return { $ref: schemaRef(id) };
}

/** The document says the dialect once, and a named schema's place is its id. */
function withoutDialect(schema: Json): Json {
  const rest = { ...schema };
  delete rest.$schema;
  delete rest.$id;
  return rest;
}

export function inline(schema: Schema): Json {
  return withoutDialect(z.toJSONSchema(schema, conversion));
}

export function componentSchemas(): Json {
  const { schemas } = z.toJSONSchema(components, { ...conversion, uri: schemaRef });
  const result: Json = {};
  for (const [id, schema] of Object.entries(schemas)) {
    // Every schema a named one uses is either named too or written in place.
    if (id === '__shared') throw new Error('A schema is shared without a name');
    const description = componentDescriptions.get(id);
    result[id] = { ...(description ? { description } : {}), ...withoutDialect(schema) };
  }
  return result;
}

export function parameters(where: 'path' | 'query', schema: z.ZodObject): Json[] {
  const json = inline(schema);
  const properties = (json.properties ?? {}) as Record<string, Json>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: property,
  }));
}
