import { z } from 'zod';
import { DISPUTES_PAGE_SIZE, disputeTypeSchema, REASON_CODE_PATTERN } from './contract';

/*
 * The disputes list's query: the tabs, filters, sort and page the client puts in the address and
 * sends, the mock handler reads with the same schema. Parsed from URLSearchParams, so every value
 * arrives as a string.
 */

export const disputeTabSchema = z.enum(['a-traiter', 'en-cours', 'clos'], {
  error: 'disputes:list.errors.invalidTab',
});
export type DisputeTab = z.infer<typeof disputeTabSchema>;

export const disputeSortFieldSchema = z.enum(['deadline', 'opened', 'amount', 'number'], {
  error: 'disputes:list.errors.invalidSort',
});
export type DisputeSortField = z.infer<typeof disputeSortFieldSchema>;

export const sortOrderSchema = z.enum(['asc', 'desc'], {
  error: 'disputes:list.errors.invalidSort',
});
export type SortOrder = z.infer<typeof sortOrderSchema>;

/** A form or a link may send `type=`; an empty parameter means "not set". */
function param<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema);
}

const euros = z.preprocess(
  (value) => (typeof value === 'string' ? value.replace(/\s/g, '').replace(',', '.') : value),
  z.coerce
    .number({ error: 'disputes:list.errors.invalidAmount' })
    .nonnegative('disputes:list.errors.invalidAmount')
    .max(10_000_000, 'disputes:list.errors.invalidAmount')
    .multipleOf(0.01, 'disputes:list.errors.invalidAmount'),
);

const disputeListQueryObjectSchema = z.object({
  tab: param(disputeTabSchema.default('a-traiter')),
  type: param(
    z.enum(disputeTypeSchema.options, { error: 'disputes:list.errors.invalidType' }).optional(),
  ),
  /** Opening date range, both ends included. */
  du: param(z.iso.date({ error: 'disputes:list.errors.invalidDate' }).optional()),
  au: param(z.iso.date({ error: 'disputes:list.errors.invalidDate' }).optional()),
  /** Case number or card member reference, matched case-insensitively as a substring. */
  q: param(z.string().trim().max(40, 'disputes:list.errors.searchTooLong').optional()),
  /** The card's last four digits. */
  carte: param(
    z
      .string()
      .trim()
      .regex(/^\d{4}$/, 'disputes:list.errors.invalidCard')
      .optional(),
  ),
  /** Disputed amount range in euros, both ends included; « 12,50 » as typed is read too. */
  min: param(euros.optional()),
  max: param(euros.optional()),
  motif: param(
    z.string().regex(REASON_CODE_PATTERN, 'disputes:list.errors.invalidReason').optional(),
  ),
  sort: param(disputeSortFieldSchema.default('deadline')),
  order: param(sortOrderSchema.default('asc')),
  page: param(
    z.coerce
      .number({ error: 'disputes:list.errors.invalidPage' })
      .int('disputes:list.errors.invalidPage')
      .min(1, 'disputes:list.errors.invalidPage')
      .default(1),
  ),
  pageSize: param(
    z.coerce
      .number()
      .pipe(z.literal(DISPUTES_PAGE_SIZE, { error: 'disputes:list.errors.invalidPageSize' }))
      .default(DISPUTES_PAGE_SIZE),
  ),
});

export const disputeListQuerySchema = disputeListQueryObjectSchema
  .refine((query) => !query.du || !query.au || query.du <= query.au, {
    message: 'disputes:list.errors.dateRangeInverted',
    path: ['au'],
  })
  .refine((query) => query.min === undefined || query.max === undefined || query.min <= query.max, {
    message: 'disputes:list.errors.amountRangeInverted',
    path: ['max'],
  });
export type DisputeListQuery = z.infer<typeof disputeListQuerySchema>;
export type DisputeListQueryInput = z.input<typeof disputeListQuerySchema>;

export const disputeListQueryDefaults: DisputeListQuery = disputeListQuerySchema.parse({});

/**
 * Lenient reading for the browser's address bar: a bad parameter in a bookmark falls back to its
 * default instead of breaking the page. The API itself stays strict (400 on a bad query).
 */
export function readDisputeListQuery(params: URLSearchParams): DisputeListQuery {
  let raw = [...params];
  // A second round is needed when the date-range check only runs once the fields are valid.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const result = disputeListQuerySchema.safeParse(Object.fromEntries(raw));
    if (result.success) return result.data;
    const bad = new Set(result.error.issues.map((issue) => issue.path[0]));
    raw = raw.filter(([key]) => !bad.has(key));
  }
  return disputeListQueryDefaults;
}

/** The query as URL parameters, defaults left out so links stay short and canonical. */
export function toDisputeListSearchParams(query: Partial<DisputeListQuery>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of disputeListQueryObjectSchema.keyof().options) {
    const value = query[key];
    if (value !== undefined && value !== '' && value !== disputeListQueryDefaults[key]) {
      params.set(key, String(value));
    }
  }
  return params;
}
