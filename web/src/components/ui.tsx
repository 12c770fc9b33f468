// Small building blocks shared by every page.
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef, useState, useCallback } from 'preact/hooks';
import { ApiError, describeError } from '../api/client';
import type { KindId } from '../api/types';
import { KIND_LABEL } from '../lib/kinds';
import { Icon, type IconName } from './Icon';

let moveFocusOnNextPage = false;

/** Called by the router glue: after an in-app navigation, the new page's heading takes focus. */
export function focusNextPageHeading(): void {
  moveFocusOnNextPage = true;
}

interface PageProps {
  title: string;
  /** Shown instead of `title` in the heading, when the tab title should differ. */
  heading?: ComponentChildren;
  lead?: ComponentChildren;
  back?: { href: string; label: string };
  children?: ComponentChildren;
  wide?: boolean;
  class?: string;
}

export function Page({ title, heading, lead, back, children, wide, class: cls }: PageProps) {
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Rapport`;
  }, [title]);
  useEffect(() => {
    if (moveFocusOnNextPage && h1.current) {
      moveFocusOnNextPage = false;
      h1.current.focus({ preventScroll: true });
    }
  }, []);
  return (
    <div class={'page' + (wide ? ' page-wide' : '') + (cls ? ' ' + cls : '')}>
      {back && (
        <a class="back-link" href={back.href}>
          <Icon name="back" size={20} /> {back.label}
        </a>
      )}
      <h1 ref={h1} tabIndex={-1} class="page-title">
        {heading ?? title}
      </h1>
      {lead && <p class="lead">{lead}</p>}
      {children}
    </div>
  );
}

export function Card(props: { children?: ComponentChildren; class?: string; as?: 'section' | 'article' | 'div'; labelledBy?: string }) {
  const Tag = (props.as ?? 'section') as 'section';
  return (
    <Tag class={'card' + (props.class ? ' ' + props.class : '')} aria-labelledby={props.labelledBy}>
      {props.children}
    </Tag>
  );
}

export function Notice(props: { tone?: 'error' | 'info' | 'success'; children?: ComponentChildren; id?: string }) {
  const tone = props.tone ?? 'info';
  const icon: IconName = tone === 'error' ? 'alert' : tone === 'success' ? 'check' : 'info';
  return (
    <div
      id={props.id}
      class={'notice notice-' + tone}
      role={tone === 'error' ? 'alert' : 'status'}
    >
      <Icon name={icon} size={20} />
      <div>{props.children}</div>
    </div>
  );
}

/** Shows an API error calmly; `kept` says what was kept and what to do next. */
export function ErrorNotice({ error, kept, onRetry, retryLabel = 'Try again' }: { error: unknown; kept?: string; onRetry?: () => void; retryLabel?: string }) {
  if (!error) return null;
  return (
    <Notice tone="error">
      <p>{describeError(error, kept)}</p>
      {onRetry && (
        <button type="button" class="btn btn-secondary btn-small" onClick={onRetry}>
          {retryLabel}
        </button>
      )}
    </Notice>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p class="loading" role="status">
      <span class="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

/** A calm full-width failure for a page that couldn't load. */
export function LoadFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return <ErrorNotice error={error} kept="Nothing was changed." onRetry={onRetry} />;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: ComponentChildren;
  error?: string | null;
  children: (aria: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: 'true' }) => JSX.Element;
}

/** A label, the control, a hint and the error for that field — wired for screen readers. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  const hintId = hint ? id + '-hint' : undefined;
  const errorId = error ? id + '-error' : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={'field' + (error ? ' field-invalid' : '')}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? 'true' : undefined })}
      {error && (
        <p class="field-error" id={errorId}>
          <Icon name="alert" size={18} /> {error}
        </p>
      )}
    </div>
  );
}

export function KindTag({ kind, label, small }: { kind: KindId; label?: string; small?: boolean }) {
  return (
    <span class={`kind-tag kind-${kind}` + (small ? ' kind-tag-small' : '')}>
      <Icon name={kind} size={small ? 16 : 18} />
      <span>{label ?? KIND_LABEL[kind]}</span>
    </span>
  );
}

export interface Async<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  setData: (value: T) => void;
}

/** Loads data for a page; keeps the last good data while reloading. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[] = []): Async<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let alive = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    load().then(
      (data) => alive && setState({ data, loading: false }),
      (error) => alive && setState((s) => ({ data: s.data, error, loading: false })),
    );
    return () => {
      alive = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  const setData = useCallback((data: T) => setState({ data, loading: false }), []);
  return { data: state.data, error: state.error, loading: state.loading, reload, setData };
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/** A modal confirmation built on <dialog>: focus is trapped and Escape closes it. */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (props.open && !d.open) d.showModal();
    if (!props.open && d.open) d.close();
  }, [props.open]);
  const titleId = useRef('dlg-' + Math.random().toString(36).slice(2)).current;
  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id={titleId}>{props.title}</h2>
      <div class="dialog-body">{props.children}</div>
      <div class="actions">
        <button type="button" class="btn btn-secondary" onClick={props.onCancel} disabled={props.busy}>
          {props.cancelLabel ?? 'Keep things as they are'}
        </button>
        <button
          type="button"
          class={'btn ' + (props.danger ? 'btn-danger' : 'btn-primary')}
          onClick={props.onConfirm}
          disabled={props.busy}
        >
          {props.busy ? 'One moment…' : props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

export function useCopy(): [boolean, (text: string, fallbackEl?: HTMLElement | null) => Promise<boolean>] {
  const [copied, setCopied] = useState(false);
  const copy = useCallback(async (text: string, fallbackEl?: HTMLElement | null) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 3000);
      return true;
    } catch {
      // Clipboard may be unavailable (plain HTTP, permissions): select the text instead.
      if (fallbackEl) {
        const range = document.createRange();
        range.selectNodeContents(fallbackEl);
        const sel = window.getSelection();
        sel?.removeAllRanges();
        sel?.addRange(range);
      }
      return false;
    }
  }, []);
  return [copied, copy];
}
