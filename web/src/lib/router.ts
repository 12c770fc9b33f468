// A tiny history-API router. The pure parts (matching, link decisions) are unit-tested; the
// browser parts only glue them to `history` and `popstate`.

export type Params = Record<string, string>;

export interface Route<T> {
  pattern: string; // "/practices/:id"
  value: T;
}

export interface Match<T> {
  value: T;
  params: Params;
  path: string;
}

/** Normalises a path: no query or hash, no trailing slash (except "/"), no repeated slashes. */
export function normalisePath(path: string): string {
  let p = path.split(/[?#]/)[0] || '/';
  p = p.replace(/\/{2,}/g, '/');
  if (!p.startsWith('/')) p = '/' + p;
  if (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1);
  return p;
}

export function matchPath(pattern: string, path: string): Params | null {
  const a = normalisePath(pattern).split('/');
  const b = normalisePath(path).split('/');
  if (a.length !== b.length) return null;
  const params: Params = {};
  for (let i = 0; i < a.length; i++) {
    if (a[i].startsWith(':')) {
      if (!b[i]) return null;
      try {
        params[a[i].slice(1)] = decodeURIComponent(b[i]);
      } catch {
        return null;
      }
    } else if (a[i] !== b[i]) {
      return null;
    }
  }
  return params;
}

export function matchRoute<T>(routes: readonly Route<T>[], path: string): Match<T> | null {
  const p = normalisePath(path);
  for (const r of routes) {
    const params = matchPath(r.pattern, p);
    if (params) return { value: r.value, params, path: p };
  }
  return null;
}

export interface ClickInfo {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}

export interface AnchorInfo {
  href: string; // resolved absolute URL
  target: string;
  download: boolean;
  external: boolean; // rel="external"
}

/** Should a click on this link be handled by the router (instead of a full page load)? */
export function shouldIntercept(click: ClickInfo, anchor: AnchorInfo, origin: string): string | null {
  if (click.defaultPrevented || click.button !== 0) return null;
  if (click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return null;
  if (anchor.download || anchor.external) return null;
  if (anchor.target && anchor.target !== '_self') return null;
  let url: URL;
  try {
    url = new URL(anchor.href);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  if (url.pathname.startsWith('/api/')) return null;
  // Real files (the neutral quick-exit page, icons) load normally.
  if (/\.[a-z0-9]+$/i.test(url.pathname)) return null;
  return url.pathname + url.search + url.hash;
}

/**
 * A path segment for an id. Dots are escaped too: the server treats a last segment with a dot
 * as a file name ("closeness_trend.up" would be looked up as a file and answer 404).
 */
export function idSegment(id: string): string {
  return encodeURIComponent(id).replace(/\./g, '%2E');
}

// ---- browser glue ----

type Listener = (path: string) => void;
const listeners = new Set<Listener>();

export function currentPath(): string {
  return location.pathname + location.search;
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function emit(): void {
  const p = currentPath();
  listeners.forEach((l) => l(p));
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentPath() && !options.replace) return;
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  window.scrollTo(0, 0);
  emit();
}

let installed = false;

/** Installs the popstate listener and document-wide link interception (once). */
export function installRouter(): void {
  if (installed) return;
  installed = true;
  window.addEventListener('popstate', emit);
  document.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    const a = target && (target.closest('a[href]') as HTMLAnchorElement | null);
    if (!a) return;
    const to = shouldIntercept(
      event,
      {
        href: a.href,
        target: a.target,
        download: a.hasAttribute('download'),
        external: (a.getAttribute('rel') || '').split(/\s+/).includes('external'),
      },
      location.origin,
    );
    if (to === null) return;
    event.preventDefault();
    navigate(to);
  });
}

export function queryParam(name: string): string | null {
  return new URLSearchParams(location.search).get(name);
}
