import { useCallback, useMemo, useState } from 'react';
import type { DisputeSummary } from '../api/contract';

/** The cases ticked for « Accepter la sélection », kept across pages, sorts and filters. */
export interface BulkSelection {
  readonly size: number;
  /** The ticked cases as they were when ticked: the dialog's count and amounts come from them. */
  readonly items: readonly DisputeSummary[];
  has(numero: string): boolean;
  toggle(dispute: DisputeSummary, selected: boolean): void;
  /** Ticks or unticks every case of the page on screen. */
  setPage(page: readonly DisputeSummary[], selected: boolean): void;
  clear(): void;
}

/** `scope` (the tab): another scope starts with nothing selected. */
export function useBulkSelection(scope: string): BulkSelection {
  const [state, setState] = useState<{
    scope: string;
    cases: ReadonlyMap<string, DisputeSummary>;
  }>(() => ({ scope, cases: new Map() }));
  const cases = state.scope === scope ? state.cases : null;

  const update = useCallback(
    (change: (cases: Map<string, DisputeSummary>) => void) =>
      setState((previous) => {
        const next = new Map(previous.scope === scope ? previous.cases : []);
        change(next);
        return { scope, cases: next };
      }),
    [scope],
  );

  return useMemo(
    () => ({
      size: cases?.size ?? 0,
      items: cases ? [...cases.values()] : [],
      has: (numero) => cases?.has(numero) ?? false,
      toggle: (dispute, selected) =>
        update((next) => {
          if (selected) next.set(dispute.numeroDossier, dispute);
          else next.delete(dispute.numeroDossier);
        }),
      setPage: (page, selected) =>
        update((next) => {
          for (const dispute of page) {
            if (selected) next.set(dispute.numeroDossier, dispute);
            else next.delete(dispute.numeroDossier);
          }
        }),
      clear: () => update((next) => next.clear()),
    }),
    [cases, update],
  );
}
