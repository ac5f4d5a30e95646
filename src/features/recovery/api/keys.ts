export const recoveryKeys = {
  all: ['recovery'] as const,
  /** The link the page was opened with; one at a time, forgotten when the page closes. */
  resetLink: () => [...recoveryKeys.all, 'reset-link'] as const,
};
