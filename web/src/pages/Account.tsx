// Account: where you are signed in, change password, sign out, delete the account.
import { useState } from 'preact/hooks';
import { api } from '../api/endpoints';
import { ApiError } from '../api/client';
import { Card, ConfirmDialog, ErrorNotice, Field, LoadFailed, Loading, Notice, Page, useAsync } from '../components/ui';
import { formatTimestamp } from '../lib/dates';
import { navigate } from '../lib/router';
import { forgetDrafts, useApp } from '../state';
import { passwordProblem } from './Auth';

export function AccountPage() {
  const app = useApp();
  return (
    <Page title="Account">
      <Card>
        <h2>Signed in as</h2>
        <p class="account-email">{app.me?.user.email}</p>
        <SignOut />
      </Card>
      <Sessions />
      <ChangePassword />
      <DeleteAccount />
    </Page>
  );
}

function SignOut() {
  const app = useApp();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function signOut() {
    setBusy(true);
    try {
      await api.logout();
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 401)) {
        setError(e);
        setBusy(false);
        return;
      }
    }
    forgetDrafts();
    app.setMe(null);
    navigate('/login', { replace: true });
  }
  return (
    <>
      <ErrorNotice error={error} kept="You are still signed in." />
      <button type="button" class="btn btn-secondary" onClick={signOut} disabled={busy}>
        {busy ? 'Signing out…' : 'Sign out'}
      </button>
    </>
  );
}

function Sessions() {
  const sessions = useAsync(() => api.sessions(), []);
  const [error, setError] = useState<unknown>(null);
  const [ending, setEnding] = useState<string | number | null>(null);
  async function end(id: string | number) {
    setEnding(id);
    setError(null);
    try {
      await api.endSession(id);
      sessions.reload();
    } catch (e) {
      setError(e);
    } finally {
      setEnding(null);
    }
  }
  return (
    <Card labelledBy="sessions-title">
      <h2 id="sessions-title">Where you’re signed in</h2>
      <p class="muted">If you see a device you don’t recognise, sign it out and change your password.</p>
      {sessions.error !== undefined && !sessions.data && <LoadFailed error={sessions.error} onRetry={sessions.reload} />}
      {!sessions.data && sessions.loading && <Loading />}
      {sessions.data && (
        <ul class="session-list">
          {sessions.data.sessions.map((s) => (
            <li class="session">
              <div>
                <p class="session-label">
                  {s.label || 'A browser'}
                  {s.current && <span class="badge">This device</span>}
                </p>
                <p class="muted small">
                  Signed in {formatTimestamp(s.created_at)} · last used {formatTimestamp(s.last_seen_at)}
                </p>
              </div>
              {!s.current && (
                <button
                  type="button"
                  class="btn btn-secondary btn-small"
                  onClick={() => end(s.id)}
                  disabled={ending === s.id}
                  aria-label={`Sign out ${s.label || 'this browser'}, last used ${formatTimestamp(s.last_seen_at)}`}
                >
                  {ending === s.id ? 'Signing out…' : 'Sign out'}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ErrorNotice error={error} kept="That session is still signed in." />
    </Card>
  );
}

function ChangePassword() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ current?: string; next?: string; form?: unknown }>({});
  const [done, setDone] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    setDone(false);
    const errs: typeof errors = {};
    if (!current) errs.current = 'Please enter your current password.';
    const p = passwordProblem(next);
    if (p) errs.next = p;
    setErrors(errs);
    if (errs.current || errs.next) return;
    setBusy(true);
    try {
      await api.changePassword(current, next);
      setCurrent('');
      setNext('');
      setDone(true);
    } catch (error) {
      if (error instanceof ApiError && (error.field === 'current_password' || error.status === 401)) {
        setErrors({ current: error.status === 401 ? 'That isn’t your current password. Please try again.' : error.message });
      } else if (error instanceof ApiError && error.field === 'new_password') {
        setErrors({ next: error.message });
      } else {
        setErrors({ form: error });
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card labelledBy="password-title">
      <h2 id="password-title">Change password</h2>
      <p class="muted">Changing it signs out every other device.</p>
      <form class="form" onSubmit={submit} noValidate>
        <Field id="current-password" label="Current password" error={errors.current}>
          {(aria) => (
            <input
              {...aria}
              type="password"
              autocomplete="current-password"
              value={current}
              onInput={(e) => setCurrent((e.currentTarget as HTMLInputElement).value)}
            />
          )}
        </Field>
        <Field id="new-password" label="New password" hint="At least 10 characters." error={errors.next}>
          {(aria) => (
            <input
              {...aria}
              type="password"
              autocomplete="new-password"
              value={next}
              onInput={(e) => setNext((e.currentTarget as HTMLInputElement).value)}
            />
          )}
        </Field>
        {errors.form !== undefined && <ErrorNotice error={errors.form} kept="Your password was not changed." />}
        {done && <Notice tone="success">Your password is changed. Other devices have been signed out.</Notice>}
        <div class="actions">
          <button type="submit" class="btn btn-primary" disabled={busy}>
            {busy ? 'Changing…' : 'Change password'}
          </button>
        </div>
      </form>
    </Card>
  );
}

function DeleteAccount() {
  const app = useApp();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<unknown>(null);

  async function remove() {
    if (!password) {
      setError('Please enter your password to confirm.');
      return;
    }
    setBusy(true);
    setError(null);
    setFormError(null);
    try {
      await api.deleteAccount(password);
      forgetDrafts();
      app.setMe(null);
      navigate('/goodbye', { replace: true });
    } catch (e) {
      if (e instanceof ApiError && (e.status === 401 || e.field === 'password')) {
        setError(e.status === 401 ? 'That password doesn’t match. Nothing was deleted.' : e.message);
      } else {
        setFormError(e);
      }
      setBusy(false);
    }
  }

  return (
    <Card labelledBy="delete-title" class="card-quiet">
      <h2 id="delete-title">Delete your account</h2>
      <p>
        This removes your account and everything in it: check-ins, notes, profile answers and practice history. If you
        are linked, the link ends too. It can’t be undone.
      </p>
      <button type="button" class="btn btn-secondary" onClick={() => setOpen(true)}>
        Delete my account…
      </button>
      <ConfirmDialog
        open={open}
        title="Delete your account for good?"
        confirmLabel="Delete everything"
        danger
        busy={busy}
        onConfirm={remove}
        onCancel={() => {
          setOpen(false);
          setPassword('');
          setError(null);
        }}
      >
        <p>Everything you have written in Rapport will be gone, and it can’t be brought back.</p>
        <Field id="delete-password" label="Your password, to confirm" error={error}>
          {(aria) => (
            <input
              {...aria}
              type="password"
              autocomplete="current-password"
              value={password}
              onInput={(e) => setPassword((e.currentTarget as HTMLInputElement).value)}
            />
          )}
        </Field>
        {formError !== null && <ErrorNotice error={formError} kept="Nothing was deleted." />}
      </ConfirmDialog>
    </Card>
  );
}
