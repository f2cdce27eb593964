/**
 * Writes the published JSON Schemas from the one source, `src/format/schema.ts`.
 * Run through `scripts/build.mjs` (bundled with esbuild for Node).
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { SwvDataSchema, SwvLookupSchema, SwvMapSchema, SwvSchoolsSchema } from '../src/format/schema.js';

const BASE = 'https://unpkg.com/swv-elements/schema/';

export function jsonSchemas(): Record<string, object> {
  const make = (schema: Parameters<typeof toJsonSchema>[0], file: string, title: string, description: string) => ({
    $id: BASE + file,
    title,
    description,
    ...toJsonSchema(schema, { target: 'draft-07', errorMode: 'throw' }),
  });
  return {
    'swv-data-v1.schema.json': make(
      SwvDataSchema,
      'swv-data-v1.schema.json',
      'swv-data, version 1',
      'Dutch passend onderwijs partnerships (samenwerkingsverbanden), their schools and OPRs. See docs/data-format.md. Extra fields are allowed.',
    ),
    'swv-schools-v1.schema.json': make(
      SwvSchoolsSchema,
      'swv-schools-v1.schema.json',
      'swv-schools, version 1',
      'The schools of one partnership, in a file of their own. See docs/data-format.md.',
    ),
    'swv-map-v1.schema.json': make(
      SwvMapSchema,
      'swv-map-v1.schema.json',
      'swv-map, version 1',
      'The map of one sector for <swv-map>: partnership outlines, shared municipalities and provinces as SVG path data. See docs/data-format.md.',
    ),
    'swv-lookup-v1.schema.json': make(
      SwvLookupSchema,
      'swv-lookup-v1.schema.json',
      'swv-lookup, version 1',
      'One part of a postcode or school lookup: which partnerships a PC4 or a school location code belongs to. See docs/data-format.md.',
    ),
  };
}
