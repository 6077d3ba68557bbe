// Repeats a task every interval without overlapping runs; skips runs while the page is hidden.

/**
 * task() may return a promise; the next run is scheduled after it settles. A failure is handed to
 * onError only for the first of a row of failures, so a server that is down is reported once.
 */
export function startPolling(task, intervalMs, onError) {
  let timer = null;
  let stopped = false;
  let failing = false;
  let running = false;
  let runAgain = false; // now() was called during a run

  async function run() {
    clearTimeout(timer);
    if (stopped) {
      return;
    }
    if (running) {
      runAgain = true;
      return;
    }
    running = true;
    try {
      if (!document.hidden) {
        await task();
      }
      failing = false;
    } catch (error) {
      if (!failing && onError) {
        onError(error);
      }
      failing = true;
    }
    running = false;
    if (runAgain) {
      runAgain = false;
      run();
    } else if (!stopped) {
      timer = setTimeout(run, intervalMs);
    }
  }

  run();
  return {
    /** Runs the task now (after an action that changed what it shows). */
    now: run,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
