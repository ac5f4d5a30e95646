/**
 * Resolves once the browser has painted the current page: a frame's callbacks run just before its
 * paint, a task queued from there runs after it. A hidden tab paints nothing and gets no frames,
 * so it resolves at once there.
 */
export function afterFirstPaint(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
