import { describe, expect, it } from 'vitest';
import { typographyProblems } from '@/testing/typography';
import { demoAccounts } from '../fixtures/accounts';
import { answer, greeting } from './conversation';

const [marie] = demoAccounts;
if (!marie) throw new Error('demo account missing');

// One question per answer the adviser knows, and one it does not.
const questions = ['litige', 'activer', 'inscription', 'mot de passe', 'horaires'];

describe('chat answers', () => {
  it('answer in the language the merchant writes in', () => {
    expect(answer('litige', 'fr')).toMatch(/^Vos litiges sont dans la rubrique/);
    expect(answer('dispute', 'en')).toMatch(/^Your disputes are in the “Disputes” section/);
    expect(answer('activer', 'fr')).toContain('plus envoyés par voie postale\u00a0:');
  });

  it.each(['fr', 'en'] as const)('follow the app’s typography in %s', (langue) => {
    const texts = [greeting(marie, langue), ...questions.map((texte) => answer(texte, langue))];
    expect(texts.flatMap((text) => typographyProblems(text, langue))).toEqual([]);
  });
});
