/*
 * YAML for JSON data, which is all an OpenAPI document is: block mappings and sequences; a string
 * stays plain only when nothing in it can read as YAML syntax, a multi-line one becomes a literal
 * block, anything else is written as a JSON string (a JSON string is a YAML double-quoted scalar).
 * docs/decisions/0008-openapi-from-zod.md says why this is not a library.
 */

// Letters, digits and a few marks that mean nothing to YAML inside a plain scalar; no ": " or " #".
const PLAIN = /^[A-Za-z_$/][A-Za-z0-9_$/ .,()+-]*$/;
// Words YAML 1.1 or 1.2 would read as a boolean or null.
const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null)$/i;
// A literal block keeps a string exactly when no line has trailing or special whitespace.
const LITERAL_LINE = /^(?:\S(?:[^\t\r\p{Cc}]*\S)?)?$/u;

type Line = string;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function scalar(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`Not a JSON number: ${value}`);
    return String(value);
  }
  if (typeof value === 'string') {
    const plain = PLAIN.test(value) && !value.endsWith(' ') && !RESERVED.test(value);
    return plain ? value : JSON.stringify(value);
  }
  throw new TypeError(`Not JSON data: ${typeof value}`);
}

/** The lines of a multi-line string written as a literal block, or null when it cannot be. */
function literalLines(value: unknown): string[] | null {
  if (typeof value !== 'string' || !value.includes('\n') || value.endsWith('\n')) return null;
  const lines = value.split('\n');
  return lines.every((line) => LITERAL_LINE.test(line)) ? lines : null;
}

function isNonEmptyCollection(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return isObject(value) && Object.values(value).some((entry) => entry !== undefined);
}

function emptyCollection(value: unknown): string | null {
  if (Array.isArray(value)) return '[]';
  if (isObject(value)) return '{}';
  return null;
}

/** `prefix` is what comes before the value on its first line: `key:` or `-`. */
function entry(prefix: string, value: unknown, indent: string): Line[] {
  const inner = `${indent}  `;
  if (isNonEmptyCollection(value)) {
    if (Array.isArray(value) || prefix.endsWith(':')) {
      return [`${indent}${prefix}`, ...collection(value, inner)];
    }
    // A mapping in a sequence starts on the dash's line.
    const [first = '', ...rest] = collection(value, inner);
    return [`${indent}${prefix} ${first.slice(inner.length)}`, ...rest];
  }
  const literal = literalLines(value);
  if (literal) {
    return [`${indent}${prefix} |-`, ...literal.map((line) => (line ? `${inner}${line}` : ''))];
  }
  return [`${indent}${prefix} ${emptyCollection(value) ?? scalar(value)}`];
}

function collection(value: unknown, indent: string): Line[] {
  if (Array.isArray(value)) return value.flatMap((item) => entry('-', item, indent));
  if (!isObject(value)) throw new TypeError('Not a collection');
  return Object.entries(value)
    .filter(([, item]) => item !== undefined)
    .flatMap(([key, item]) => entry(`${scalar(key)}:`, item, indent));
}

/** A YAML document holding `value`, an object or an array of JSON data. */
export function toYaml(value: unknown): string {
  return `${collection(value, '').join('\n')}\n`;
}
