/**
 * Resolves once the browser has shown the page's first content: when its `first-contentful-paint`
 * entry is out (or was already), in the task after it. Without paint entries, a frame's callbacks
 * run just before its paint, and a task queued from there runs after it. A hidden tab paints
 * nothing and gets no frames, so it resolves at once there.
 */
export function afterFirstPaint(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  if (performance.getEntriesByName('first-contentful-paint').length > 0) return Promise.resolve();
  return new Promise((resolve) => {
    const afterThisTask = () => setTimeout(resolve, 0);
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      requestAnimationFrame(afterThisTask);
      return;
    }
    const observer = new PerformanceObserver((entries) => {
      if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      afterThisTask();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}
