import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  disputeListQueryDefaults,
  disputeListQuerySchema,
  readDisputeListQuery,
  toDisputeListSearchParams,
} from './list-query';

function messages(result: z.ZodSafeParseResult<unknown>): string[] {
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

function fromSearch(search: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(search));
}

describe('disputeListQuerySchema', () => {
  it('defaults to the « à traiter » tab, nearest deadline first, page 1 of 25', () => {
    const expected = { tab: 'a-traiter', sort: 'deadline', order: 'asc', page: 1, pageSize: 25 };
    expect(disputeListQuerySchema.parse({})).toEqual(expected);
    expect(disputeListQueryDefaults).toEqual(expected);
  });

  it('reads every parameter from URL strings', () => {
    const query = disputeListQuerySchema.parse(
      fromSearch(
        'tab=clos&type=action-compensatoire&du=2026-01-01&au=2026-01-31&q=%20LT-2026-0042%20&sort=amount&order=desc&page=3&pageSize=25',
      ),
    );
    expect(query).toEqual({
      tab: 'clos',
      type: 'action-compensatoire',
      du: '2026-01-01',
      au: '2026-01-31',
      q: 'LT-2026-0042',
      sort: 'amount',
      order: 'desc',
      page: 3,
      pageSize: 25,
    });
  });

  it('treats empty parameters as absent and ignores unknown ones', () => {
    const query = disputeListQuerySchema.parse(
      fromSearch('tab=&type=&du=&au=&q=&sort=&order=&page=&__scenario=nombreux-litiges'),
    );
    expect(query).toEqual(disputeListQueryDefaults);
  });

  it('accepts a single-day range', () => {
    expect(
      disputeListQuerySchema.safeParse(fromSearch('du=2026-03-04&au=2026-03-04')).success,
    ).toBe(true);
  });

  it.each([
    ['tab=fermes', 'disputes:list.errors.invalidTab'],
    ['type=litige', 'disputes:list.errors.invalidType'],
    ['sort=montant', 'disputes:list.errors.invalidSort'],
    ['order=up', 'disputes:list.errors.invalidSort'],
    ['page=0', 'disputes:list.errors.invalidPage'],
    ['page=-2', 'disputes:list.errors.invalidPage'],
    ['page=1.5', 'disputes:list.errors.invalidPage'],
    ['page=deux', 'disputes:list.errors.invalidPage'],
    ['pageSize=100', 'disputes:list.errors.invalidPageSize'],
    ['du=2026-02-30', 'disputes:list.errors.invalidDate'],
    ['au=26/11/2026', 'disputes:list.errors.invalidDate'],
    ['du=2026-03-05&au=2026-03-04', 'disputes:list.errors.dateRangeInverted'],
    [`q=${'x'.repeat(41)}`, 'disputes:list.errors.searchTooLong'],
  ])('rejects %s with %s', (search, key) => {
    expect(messages(disputeListQuerySchema.safeParse(fromSearch(search)))).toEqual([key]);
  });

  it('points an inverted range at the end date, where the user fixes it', () => {
    const result = disputeListQuerySchema.safeParse(fromSearch('du=2026-03-05&au=2026-03-04'));
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path)).toEqual([['au']]);
  });
});

describe('readDisputeListQuery (address bar)', () => {
  it('drops only the bad parameters and keeps the rest', () => {
    const query = readDisputeListQuery(
      new URLSearchParams('tab=fermes&sort=amount&page=zero&q=REF-7K'),
    );
    expect(query).toEqual({ ...disputeListQueryDefaults, sort: 'amount', q: 'REF-7K' });
  });

  it('drops an inverted range end even when another parameter was bad too', () => {
    const query = readDisputeListQuery(
      new URLSearchParams('tab=fermes&du=2026-03-05&au=2026-03-04'),
    );
    expect(query).toEqual({ ...disputeListQueryDefaults, du: '2026-03-05' });
  });

  it('drops an inverted date range end', () => {
    const query = readDisputeListQuery(new URLSearchParams('du=2026-03-05&au=2026-03-04'));
    expect(query).toEqual({ ...disputeListQueryDefaults, du: '2026-03-05' });
  });
});

describe('toDisputeListSearchParams', () => {
  it('leaves defaults out and round-trips through the schema', () => {
    expect(toDisputeListSearchParams(disputeListQueryDefaults).toString()).toBe('');
    const query = disputeListQuerySchema.parse({
      tab: 'clos',
      q: 'LT-2026',
      sort: 'amount',
      order: 'desc',
      page: '2',
    });
    const params = toDisputeListSearchParams(query);
    expect(params.toString()).toBe('tab=clos&q=LT-2026&sort=amount&order=desc&page=2');
    expect(disputeListQuerySchema.parse(Object.fromEntries(params))).toEqual(query);
  });
});
