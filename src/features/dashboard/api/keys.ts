export const dashboardKeys = {
  all: ['dashboard'] as const,
  account: () => [...dashboardKeys.all, 'account'] as const,
  disputesOverview: () => [...dashboardKeys.all, 'disputes-overview'] as const,
};
