import { describe, expect, it } from 'vitest';
import { formatAmount, formatDate, formatTime } from './format';

describe('French formats in Paris time', () => {
  it('writes times the French way, in Paris time whatever the machine', () => {
    expect(formatTime('2026-11-26T08:05:00Z', 'fr')).toBe('9\u00a0h\u00a005');
    expect(formatTime('2026-07-14T16:30:00Z', 'fr')).toBe('18\u00a0h\u00a030');
    expect(formatTime('2026-11-26T08:05:00Z', 'en')).toBe('09:05');
  });

  it('writes dates as dd/mm/yyyy', () => {
    expect(formatDate('2026-11-25T23:30:00Z', 'fr')).toBe('26/11/2026');
  });

  it('writes amounts with a comma and a non-breaking thousands space', () => {
    expect(formatAmount(123456, 'fr').replace(/\s/g, ' ')).toBe('1 234,56 €');
    expect(formatAmount(123456, 'en')).toBe('€1,234.56');
  });
});
