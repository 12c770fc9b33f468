// A small fetch wrapper for the Rapport API.
//
// - Sends cookies same-origin, JSON bodies, and the CSRF header on every state-changing request.
// - Turns every failure into an ApiError with a calm message: server errors keep the server's
//   own code/message/field; a lost connection becomes code "network".
// - Retries requests that are safe to repeat (GET, PUT, DELETE are idempotent in this API) when
//   the connection drops or the server is briefly unavailable. POST is retried only when the
//   caller says the operation is safe to repeat.

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field?: string;
  /** Seconds to wait, from Retry-After (429/503). */
  readonly retryAfter?: number;

  constructor(status: number, code: string, message: string, field?: string, retryAfter?: number) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
    this.retryAfter = retryAfter;
  }

  get isNetwork(): boolean {
    return this.code === 'network';
  }
}

export const NETWORK_MESSAGE = "We couldn't reach Rapport just now. It may be your connection.";

export interface ClientOptions {
  base?: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Delays before each retry; its length is the number of retries. */
  retryDelays?: number[];
  /** Called when any request answers 401 (the session ended). */
  onUnauthenticated?: (path: string) => void;
}

export interface RequestOptions {
  /** Retry on network failure even for POST (the caller knows it is safe to repeat). */
  retry?: boolean;
  /** Don't call onUnauthenticated for a 401 (e.g. a wrong password on login). */
  expectUnauthenticated?: boolean;
}

const STATE_CHANGING: ReadonlySet<Method> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const IDEMPOTENT: ReadonlySet<Method> = new Set(['GET', 'PUT', 'DELETE']);
const TRANSIENT_STATUS: ReadonlySet<number> = new Set([502, 503, 504]);

export function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(value);
  if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - Date.now()) / 1000));
  return undefined;
}

function fallbackMessage(status: number): string {
  if (status === 401) return 'Please sign in again.';
  if (status === 403) return "That wasn't allowed. Reload the page and try again.";
  if (status === 404) return "We couldn't find that.";
  if (status === 413) return 'That is more than Rapport can take in one go.';
  if (status === 429) return 'Too many tries in a short time. Please wait a little and try again.';
  if (status >= 500) return 'Something went wrong on the server. Nothing you entered was lost.';
  return 'Something went wrong.';
}

const CODE_FOR_STATUS: Record<number, string> = {
  400: 'invalid',
  401: 'unauthenticated',
  403: 'csrf',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
  500: 'internal',
  503: 'unavailable',
};

/** Builds an ApiError from a non-2xx response, tolerating bodies that aren't our JSON. */
export async function errorFromResponse(res: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(res.headers.get('Retry-After'));
  let code = CODE_FOR_STATUS[res.status] ?? 'http_' + res.status;
  let message = fallbackMessage(res.status);
  let field: string | undefined;
  try {
    const body = (await res.json()) as { error?: { code?: unknown; message?: unknown; field?: unknown } };
    const e = body && body.error;
    if (e && typeof e === 'object') {
      if (typeof e.code === 'string' && e.code) code = e.code;
      if (typeof e.message === 'string' && e.message) message = e.message;
      if (typeof e.field === 'string' && e.field) field = e.field;
    }
  } catch {
    // Not JSON (a proxy page, an empty body): keep the calm fallback.
  }
  return new ApiError(res.status, code, message, field, retryAfter);
}

export interface Client {
  request<T>(method: Method, path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  post<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  put<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  del<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createClient(options: ClientOptions = {}): Client {
  const base = options.base ?? '/api/v1';
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const sleep = options.sleep ?? defaultSleep;
  const delays = options.retryDelays ?? [400, 1500];

  async function once(method: Method, path: string, body: unknown): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const init: RequestInit = { method, headers, credentials: 'same-origin', cache: 'no-store' };
    if (STATE_CHANGING.has(method)) {
      headers['X-Rapport-CSRF'] = '1';
      headers['Content-Type'] = 'application/json';
      if (body !== undefined) init.body = JSON.stringify(body);
    }
    return doFetch(base + path, init);
  }

  async function request<T>(method: Method, path: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
    const canRetry = IDEMPOTENT.has(method) || opts.retry === true;
    for (let attempt = 0; ; attempt++) {
      let res: Response | undefined;
      let error: ApiError | undefined;
      try {
        res = await once(method, path, body);
      } catch {
        error = new ApiError(0, 'network', NETWORK_MESSAGE);
      }
      if (res && !res.ok) {
        error = await errorFromResponse(res);
        if (!TRANSIENT_STATUS.has(res.status) || error.retryAfter !== undefined && error.retryAfter > 5) {
          // Not worth repeating: the answer won't change by retrying at once.
          if (res.status === 401 && !opts.expectUnauthenticated) options.onUnauthenticated?.(path);
          throw error;
        }
      }
      if (res && res.ok) {
        if (res.status === 204) return undefined as T;
        const text = await res.text();
        return (text ? JSON.parse(text) : undefined) as T;
      }
      if (!canRetry || attempt >= delays.length) throw error!;
      await sleep(delays[attempt]);
    }
  }

  return {
    request,
    get: (path, o) => request('GET', path, undefined, o),
    post: (path, body, o) => request('POST', path, body === undefined ? {} : body, o),
    put: (path, body, o) => request('PUT', path, body, o),
    del: (path, body, o) => request('DELETE', path, body, o),
  };
}

/** Words for a person: what happened, and (when given) what was kept and what to do next. */
export function describeError(error: unknown, kept?: string): string {
  const base =
    error instanceof ApiError
      ? error.code === 'too_many_requests' && error.retryAfter && !/\b(second|minute|hour)s?\b/i.test(error.message)
        ? `${error.message.replace(/\s+$/, '')} You can try again in ${formatWait(error.retryAfter)}.`
        : error.message
      : 'Something unexpected went wrong.';
  return kept ? `${base} ${kept}` : base;
}

export function formatWait(seconds: number): string {
  if (seconds < 60) return seconds <= 1 ? 'a second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? 'a minute' : `${minutes} minutes`;
}
