// Sign up and sign in.
import { useState } from 'preact/hooks';
import { api } from '../api/endpoints';
import { ApiError, describeError } from '../api/client';
import { Field, Notice, Page } from '../components/ui';
import { navigate, queryParam } from '../lib/router';
import { useApp } from '../state';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 1024;

/** Words for a password that the server would refuse, or null when it's fine. */
export function passwordProblem(password: string): string | null {
  const n = [...password].length;
  if (n < PASSWORD_MIN) {
    return `Please use at least ${PASSWORD_MIN} characters (this one has ${n}). A few words in a row work well.`;
  }
  if (n > PASSWORD_MAX) return `Please use at most ${PASSWORD_MAX} characters.`;
  return null;
}

/** Where to go after signing in: the page the person was on (same origin only), or Today. */
export function nextAfterSignIn(next: string | null = queryParam('next')): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') && !next.startsWith('/login') && !next.startsWith('/signup')
    ? next
    : '/today';
}

interface Errors {
  email?: string;
  password?: string;
  form?: unknown;
}

function splitError(error: unknown): Errors {
  if (error instanceof ApiError && error.field === 'email') return { email: error.message };
  if (error instanceof ApiError && error.field === 'password') return { password: error.message };
  return { form: error };
}

function PasswordInput(props: {
  aria: Record<string, string | undefined>;
  value: string;
  onInput: (v: string) => void;
  autocomplete: string;
}) {
  const [shown, setShown] = useState(false);
  return (
    <div class="password-row">
      <input
        {...props.aria}
        type={shown ? 'text' : 'password'}
        autocomplete={props.autocomplete}
        value={props.value}
        required
        onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
      />
      <button
        type="button"
        class="btn btn-ghost btn-small"
        aria-pressed={shown}
        onClick={() => setShown(!shown)}
      >
        {shown ? 'Hide' : 'Show'}
        <span class="sr-only"> password</span>
      </button>
    </div>
  );
}

function EmailField({ value, error, onInput }: { value: string; error?: string; onInput: (v: string) => void }) {
  return (
    <Field id="email" label="Email" error={error}>
      {(aria) => (
        <input
          {...aria}
          type="email"
          autocomplete="username"
          inputMode="email"
          value={value}
          required
          onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
        />
      )}
    </Field>
  );
}

function SubmitButton({ busy, busyLabel, label }: { busy: boolean; busyLabel: string; label: string }) {
  return (
    <div class="actions">
      <button type="submit" class="btn btn-primary btn-wide" disabled={busy}>
        {busy ? busyLabel : label}
      </button>
    </div>
  );
}

export function LoginPage() {
  const app = useApp();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Errors>({});

  async function submit(e: Event) {
    e.preventDefault();
    const next: Errors = {};
    if (!email.trim()) next.email = 'Please enter your email.';
    if (!password) next.password = 'Please enter your password.';
    setErrors(next);
    if (next.email || next.password) return;
    setBusy(true);
    // Read it now: once signed in, the app may already have moved on from this URL.
    const destination = nextAfterSignIn();
    try {
      await api.login(email.trim(), password);
      await app.refreshMe();
      navigate(destination, { replace: true });
    } catch (error) {
      setErrors(splitError(error));
      setBusy(false);
    }
  }

  return (
    <Page title="Sign in" lead="Welcome back. Take your time.">
      {app.sessionEnded && (
        <Notice>
          You were signed out. Sign in again to carry on: anything you were writing is still here in this tab.
        </Notice>
      )}
      <form class="card form" onSubmit={submit} noValidate>
        <EmailField value={email} error={errors.email} onInput={setEmail} />
        <Field id="password" label="Password" error={errors.password}>
          {(aria) => <PasswordInput aria={aria} value={password} onInput={setPassword} autocomplete="current-password" />}
        </Field>
        {errors.form !== undefined && <FormError error={errors.form} kept="Your email is still filled in." />}
        <SubmitButton busy={busy} busyLabel="Signing in…" label="Sign in" />
      </form>
      <p class="aside">
        New to Rapport? <a href="/signup">Create an account</a>
      </p>
    </Page>
  );
}

function FormError({ error, kept }: { error: unknown; kept?: string }) {
  return (
    <Notice tone="error">
      <p>{describeError(error, error instanceof ApiError && error.isNetwork ? kept : undefined)}</p>
    </Notice>
  );
}

export function SignupPage() {
  const app = useApp();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [touched, setTouched] = useState(false);
  const length = [...password].length;

  async function submit(e: Event) {
    e.preventDefault();
    setTouched(true);
    const next: Errors = {};
    if (!email.trim() || !email.includes('@')) next.email = 'Please enter an email address, like name@example.com.';
    const p = passwordProblem(password);
    if (p) next.password = p;
    setErrors(next);
    if (next.email || next.password) {
      document.getElementById(next.email ? 'email' : 'password')?.focus();
      return;
    }
    setBusy(true);
    try {
      await api.signup(email.trim(), password);
      await app.refreshMe();
      navigate('/today', { replace: true });
    } catch (error) {
      setErrors(splitError(error));
      setBusy(false);
    }
  }

  return (
    <Page title="Create your account" lead="Your own private space. Nothing is shared with your partner unless you choose to share it.">
      <form class="card form" onSubmit={submit} noValidate>
        <EmailField value={email} error={errors.email} onInput={setEmail} />
        <Field
          id="password"
          label="Password"
          hint={`At least ${PASSWORD_MIN} characters. A short sentence is easy to remember and hard to guess.`}
          error={errors.password}
        >
          {(aria) => (
            <PasswordInput
              aria={aria}
              value={password}
              onInput={(v) => {
                setPassword(v);
                if (touched) setErrors({ ...errors, password: passwordProblem(v) ?? undefined });
              }}
              autocomplete="new-password"
            />
          )}
        </Field>
        <p class="hint counter" aria-live="polite">
          {length === 0 ? '' : length < PASSWORD_MIN ? `${length} of ${PASSWORD_MIN} characters` : 'Long enough'}
        </p>
        {errors.form !== undefined && <FormError error={errors.form} kept="What you typed is still here." />}
        <SubmitButton busy={busy} busyLabel="Creating your account…" label="Create account" />
      </form>
      <p class="aside">
        Already have an account? <a href="/login">Sign in</a>
      </p>
    </Page>
  );
}
