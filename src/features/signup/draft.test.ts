import { describe, expect, it } from 'vitest';
import { clearAllDrafts } from '@/lib/draft-storage';
import { readDraft, saveAnswers } from './draft';

describe('signup draft', () => {
  it('goes with the other drafts at logout: no IBAN, SIRET or e-mail left behind', () => {
    saveAnswers('etablissement', {
      numeroCommercant: '9400000037',
      siret: '732 829 320 00074',
      iban: 'FR76 3000 6000 0112 3456 7890 189',
    });
    expect(readDraft().answers.etablissement.iban).not.toBe('');

    clearAllDrafts();

    expect(readDraft().answers.etablissement).toEqual({
      numeroCommercant: '',
      siret: '',
      iban: '',
    });
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('FR76');
  });
});
