import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/disputes-reasons.json';
import fr from '../../../locales/fr/disputes-reasons.json';
import { REASON_CODE_PATTERN } from './api/contract';
import {
  categoryLabelKey,
  getReasonCode,
  isReasonCode,
  reasonCodeCategories,
  reasonCodes,
  reasonCodesFor,
  REASON_CODES_NAMESPACE,
  unknownReasonCodeKeys,
} from './reason-codes';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function leafPaths(value: Json, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    leafPaths(child, prefix ? `${prefix}.${key}` : key),
  );
}

function lookup(bundle: Json, key: string): unknown {
  const path = key.slice(`${REASON_CODES_NAMESPACE}:`.length).split('.');
  let node: unknown = bundle;
  for (const part of path) {
    node =
      typeof node === 'object' && node !== null
        ? (node as Record<string, unknown>)[part]
        : undefined;
  }
  return node;
}

describe('reason codes', () => {
  it('describes the network codes merchants meet most', () => {
    const codes = reasonCodes.map((info) => info.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThanOrEqual(16);
    for (const code of [
      'C02',
      'C04',
      'C05',
      'C08',
      'C14',
      'C18',
      'C28',
      'C31',
      'C32',
      'F10',
      'F24',
      'F29',
      'FR2',
      'FR4',
      'P01',
      'P03',
      'P05',
      'P07',
      'P08',
      'P22',
      'R03',
      'R13',
    ]) {
      expect(codes).toContain(code);
    }
    for (const code of codes) expect(code).toMatch(REASON_CODE_PATTERN);
  });

  it('gives each code a category, the dispute types it applies to and its text keys', () => {
    for (const info of reasonCodes) {
      expect(reasonCodeCategories).toContain(info.category);
      expect(info.appliesTo.length).toBeGreaterThan(0);
      expect(info.labelKey).toBe(`disputes-reasons:codes.${info.code}.label`);
      expect(info.explanationKey).toBe(`disputes-reasons:codes.${info.code}.explanation`);
      expect(info.guidanceKey).toBe(`disputes-reasons:codes.${info.code}.guidance`);
    }
    expect(new Set(reasonCodes.map((info) => info.category))).toEqual(
      new Set(reasonCodeCategories),
    );
  });

  it('keeps follow-ups and chargeback programmes off first inquiries', () => {
    for (const code of ['R03', 'R13', 'FR2', 'FR4']) {
      expect(getReasonCode(code)?.appliesTo).toEqual(['action-compensatoire']);
    }
    expect(reasonCodesFor('demande-informations').map((info) => info.code)).toContain('C08');
    expect(reasonCodesFor('action-compensatoire')).toHaveLength(reasonCodes.length);
  });

  it('tells known codes from unknown ones', () => {
    expect(isReasonCode('C08')).toBe(true);
    expect(isReasonCode('Z99')).toBe(false);
    expect(getReasonCode('Z99')).toBeUndefined();
  });
});

describe('disputes-reasons locales', () => {
  const bundles = { fr: fr as Json, en: en as Json };

  it('have exactly the same keys in French and English', () => {
    expect(leafPaths(bundles.en).sort()).toEqual(leafPaths(bundles.fr).sort());
  });

  it('hold a text for every key the code uses', () => {
    const keys = [
      ...reasonCodes.flatMap((info) => [info.labelKey, info.explanationKey, info.guidanceKey]),
      ...reasonCodeCategories.map(categoryLabelKey),
      ...Object.values(unknownReasonCodeKeys),
    ];
    for (const bundle of Object.values(bundles)) {
      for (const key of keys) {
        const text = lookup(bundle, key);
        expect(typeof text === 'string' && text.trim().length > 0, key).toBe(true);
      }
      // Nothing in the files that the code does not use.
      expect(leafPaths(bundle).length).toBe(keys.length);
    }
    expect(lookup(bundles.fr, unknownReasonCodeKeys.labelKey)).toContain('{{code}}');
    expect(lookup(bundles.en, unknownReasonCodeKeys.labelKey)).toContain('{{code}}');
  });

  it('follow French typography', () => {
    const texts = leafPaths(bundles.fr).map((path) =>
      String(lookup(bundles.fr, `${REASON_CODES_NAMESPACE}:${path}`)),
    );
    for (const text of texts) {
      expect(text, text).not.toMatch(/[^\u00a0\u202f][:;!?]/);
      expect(text, text).not.toMatch(/«(?!\u00a0)|(?<!\u00a0)»/);
      expect(text, text).not.toContain("'");
    }
  });
});
