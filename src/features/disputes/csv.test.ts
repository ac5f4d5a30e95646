import { describe, expect, it } from 'vitest';
import { csvCell } from './csv';

describe('csvCell', () => {
  it.each([
    ['LT-2026-000001', 'LT-2026-000001'],
    ['Boulangerie Durand', 'Boulangerie Durand'],
    ['x,=1+1', '"x,=1+1"'],
    ['a;b', '"a;b"'],
    ['dit "bonjour"', '"dit ""bonjour"""'],
    ['=1+1', "'=1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['+33 1 23', "'+33 1 23"],
    [' =1+1', "' =1+1"],
    ['\u00a0=1+1', "'\u00a0=1+1"],
    ['＝1+1', "'＝1+1"],
    ['－5', "'－5"],
    ['ligne\nsuivante', 'ligne suivante'],
    ['\t=1+1', "' =1+1"],
    ['nul\u0000', 'nul '],
    ['-3', '-3'],
    ['125,50', '125,50'],
    ['1,=2', '"1,=2"'],
  ])('%j → %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});
