export const activationKeys = {
  all: ['activation'] as const,
  notifications: () => [...activationKeys.all, 'notifications'] as const,
};
