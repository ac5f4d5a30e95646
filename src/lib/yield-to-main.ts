/**
 * Ends the current task and resumes in a new one, so the browser can handle input and paint in
 * between: the start-up's long steps run as separate short tasks instead of one long one.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
