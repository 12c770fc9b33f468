// Quick exit: leave Rapport at once for a neutral page that we ship ourselves.
//
// Why a page of our own (/soup.html, a plain recipe): it loads instantly and offline, sends
// nothing to a third party (no referrer, no request a network log could show), passes our
// Content-Security-Policy, and looks unremarkable. location.replace() swaps the current history
// entry, so the Back button doesn't reopen the page that was on screen.

export const NEUTRAL_PAGE = '/soup.html';

/** Pressing Escape twice within this many milliseconds leaves. */
export const ESCAPE_WINDOW_MS = 800;

/** A tiny state machine: feed it Escape presses with their times; it says when to leave. */
export function escapeDetector(windowMs = ESCAPE_WINDOW_MS): (time: number) => boolean {
  let last = -Infinity;
  return (time: number) => {
    if (time - last <= windowMs) {
      last = -Infinity;
      return true;
    }
    last = time;
    return false;
  };
}

export function quickExit(beforeLeave?: () => void): void {
  try {
    beforeLeave?.();
  } finally {
    // Hide at once, even before the next page has painted.
    document.documentElement.classList.add('leaving');
    document.title = 'Soup';
    location.replace(NEUTRAL_PAGE);
  }
}
