import { Ajv2020 } from 'ajv/dist/2020.js';
import type { JsonSchema } from '../openapi/jsonSchema';

// Replies are checked against the JSON Schema that zod writes for the protocol's reply
// schema (the one the OpenAPI document shows). Ajv compiles one plain function per
// schema, which under load costs a fraction of a zod parse: zod's parsers are shared by
// every schema and copy every object (measured on GET /me with npm run bench:server).
// Request inputs stay with zod, whose issues make the `invalid_request` messages.
//
// zod writes each ISO date and time as a `format` with the `pattern` zod itself checks,
// so Ajv checks the pattern and takes the two formats as known. Any other format fails
// at startup (strict mode) until it is handled here.
const ajv = new Ajv2020({ strict: true, formats: { 'date-time': true, date: true } });

/** A check that throws, naming the first mismatch (never a value), when a reply does not match `schema`. */
export function compileReplyCheck(route: string, schema: JsonSchema): (reply: unknown) => void {
  const valid = ajv.compile(schema);
  return (reply) => {
    if (!valid(reply)) {
      throw new Error(`The ${route} reply does not match its schema: ${ajv.errorsText(valid.errors)}.`);
    }
  };
}
