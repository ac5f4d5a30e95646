export const contactKeys = {
  all: ['contact'] as const,
  availability: () => [...contactKeys.all, 'availability'] as const,
};
