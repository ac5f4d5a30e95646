import { describe, expect, it } from 'vitest';
import { parseScenarioParam, scenarios } from './registry';
import { activeScenarios, scenarioFailure, scenarioLatency, setActiveScenarios } from './active';

const browserTests = Object.values(
  import.meta.glob<string>('../../e2e/*.spec.ts', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
).join('\n');

describe('the scenario registry', () => {
  it('names every scenario in French kebab-case, once, with a title, a description and screens', () => {
    const names = scenarios.map((scenario) => scenario.name);
    expect(new Set(names).size).toBe(names.length);
    for (const scenario of scenarios) {
      expect(scenario.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(scenario.title.length).toBeGreaterThan(3);
      expect(scenario.description.length).toBeGreaterThan(10);
      expect(scenario.screens.length).toBeGreaterThan(0);
    }
  });

  it.each(scenarios.map((scenario) => scenario.name))(
    '%s is exercised by a browser test',
    (name) => {
      expect(browserTests).toMatch(new RegExp(`[=,'"]${name}[,&'"\\s]`));
    },
  );

  it('reads ?scenario=a,b, reports unknown names and adds up their effects', () => {
    expect(parseScenarioParam('?scenario=reseau-lent,%20hors-ligne')).toEqual([
      'reseau-lent',
      'hors-ligne',
    ]);
    expect(parseScenarioParam('?autre=1')).toBeNull();
    expect(setActiveScenarios(['reseau-lent', 'inconnu', 'erreur-serveur'])).toEqual({
      unknown: ['inconnu'],
    });
    expect(activeScenarios().map((scenario) => scenario.name)).toEqual([
      'reseau-lent',
      'erreur-serveur',
    ]);
    expect(scenarioLatency()).toBe(2000);
    expect(scenarioFailure()).toBe('erreur-serveur');
  });
});
