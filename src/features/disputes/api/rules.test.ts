import { describe, expect, it } from 'vitest';
import { disputeStatusSchema } from './contract';
import { disputeTabSchema } from './list-query';
import { statusesByTab, tabOfStatus } from './rules';

describe('tabs', () => {
  it('puts every status in exactly one tab', () => {
    const listed = Object.values(statusesByTab).flat();
    expect([...listed].sort()).toEqual([...disputeStatusSchema.options].sort());
    expect(tabOfStatus('reponse-requise')).toBe('a-traiter');
    expect(tabOfStatus('en-cours-examen')).toBe('en-cours');
    for (const status of [
      'clos-en-votre-faveur',
      'clos-en-faveur-du-titulaire',
      'accepte',
      'expire',
    ] as const) {
      expect(tabOfStatus(status)).toBe('clos');
    }
    expect(disputeTabSchema.options).toEqual(['a-traiter', 'en-cours', 'clos']);
  });
});
