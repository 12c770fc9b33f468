// Pairing: create or accept a one-time invite; unlink with a calm confirmation.
import { useRef, useState } from 'preact/hooks';
import { api } from '../api/endpoints';
import { ApiError } from '../api/client';
import type { Invite } from '../api/types';
import { Icon } from '../components/Icon';
import { Card, ConfirmDialog, ErrorNotice, Field, Notice, Page, useCopy } from '../components/ui';
import { formatTimestamp } from '../lib/dates';
import { useApp } from '../state';

export function PartnerPage() {
  const app = useApp();
  const partner = app.me?.partner;
  const [unlinked, setUnlinked] = useState(false);
  return (
    <Page
      title="Your partner"
      lead="Linking gives you both a shared space. Each of you still chooses what to share, and either of you can unlink at any time."
    >
      {unlinked && !partner?.linked && (
        <Notice tone="success">You are no longer linked. Your own check-ins and profile are still here.</Notice>
      )}
      {partner?.linked ? <Linked since={partner.since} onUnlinked={() => setUnlinked(true)} /> : <NotLinked />}
    </Page>
  );
}

function Linked({ since, onUnlinked }: { since: string; onUnlinked: () => void }) {
  const app = useApp();
  const [confirm, setConfirm] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function unlink() {
    setBusy(true);
    setError(null);
    try {
      await api.unlink();
      setConfirm(false);
      onUnlinked();
      await app.refreshMe();
    } catch (e) {
      setConfirm(false);
      setError(e);
      if (e instanceof ApiError && e.status === 404) await app.refreshMe();
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Card class="partner-status">
        <div class="status-row">
          <span class="status-icon" aria-hidden="true">
            <Icon name="partner" />
          </span>
          <div>
            <h2>You are linked with your partner</h2>
            <p class="muted">Since {formatTimestamp(since)}</p>
          </div>
        </div>
        <p>
          Linking alone shares nothing. Your check-ins, notes and answers stay yours unless you choose to share them.
        </p>
        <div class="actions">
          <a class="btn btn-primary" href="/partner/view">
            See side by side
          </a>
          <a class="btn btn-secondary" href="/sharing">
            Choose what you share
          </a>
        </div>
      </Card>
      <Card>
        <h2>Unlink</h2>
        <p>If you want to stop, you can unlink now. Your partner isn’t asked first.</p>
        <ErrorNotice error={error} kept="Nothing was changed." />
        <button type="button" class="btn btn-secondary" onClick={() => setConfirm(true)}>
          Unlink from your partner…
        </button>
      </Card>
      <ConfirmDialog
        open={confirm}
        title="Unlink from your partner?"
        confirmLabel="Unlink now"
        danger
        busy={busy}
        onConfirm={unlink}
        onCancel={() => setConfirm(false)}
      >
        <p>What ends, straight away:</p>
        <ul>
          <li>anything either of you shared with the other stops being visible;</li>
          <li>comparisons and shared trends between you stop.</li>
        </ul>
        <p>What stays: your own check-ins, notes, profile and practices. Nothing of yours is deleted.</p>
        <p>You can link again later with a new invite, if you both want to.</p>
      </ConfirmDialog>
    </>
  );
}

function NotLinked() {
  const app = useApp();
  const [invite, setInvite] = useState<Invite | null>(null);
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<unknown>(null);
  const [code, setCode] = useState('');
  const [accepting, setAccepting] = useState(false);
  const [acceptError, setAcceptError] = useState<ApiError | unknown>(null);
  const [copied, copy] = useCopy();
  const codeRef = useRef<HTMLElement>(null);

  async function create() {
    setCreating(true);
    setCreateError(null);
    try {
      setInvite(await api.createInvite());
    } catch (e) {
      setCreateError(e);
      if (e instanceof ApiError && e.status === 409) await app.refreshMe();
    } finally {
      setCreating(false);
    }
  }

  async function accept(e: Event) {
    e.preventDefault();
    if (!code.trim()) {
      setAcceptError(new ApiError(400, 'invalid', 'Please type the code your partner gave you.', 'code'));
      return;
    }
    setAccepting(true);
    setAcceptError(null);
    try {
      await api.acceptInvite(code.trim());
      await app.refreshMe();
    } catch (e) {
      setAcceptError(e);
      setAccepting(false);
    }
  }

  // The server's words for a code that doesn't work belong next to the field; anything else
  // (a lost connection, the other person already linked) is said below it.
  const codeProblem = acceptError instanceof ApiError && (acceptError.status === 404 || acceptError.field === 'code');
  const acceptMessage = codeProblem ? (acceptError as ApiError).message : null;

  return (
    <>
      <Card labelledBy="invite-title">
        <h2 id="invite-title">Invite your partner</h2>
        <p>Create a one-time code and give it to your partner in person or by message. It works once and expires.</p>
        {invite ? (
          <div class="invite">
            <p class="muted" id="invite-code-label">
              Your code
            </p>
            <p class="invite-code" aria-labelledby="invite-code-label">
              <code ref={codeRef}>
                {/* Lines break only between groups, never inside one. */}
                {invite.code.split('-').map((group, i, all) => (
                  <>
                    <span class="code-group">{group + (i < all.length - 1 ? '-' : '')}</span>
                    <wbr />
                  </>
                ))}
              </code>
            </p>
            <p class="muted">Expires {formatTimestamp(invite.expires_at)}</p>
            <div class="actions">
              <button type="button" class="btn btn-secondary" onClick={() => copy(invite.code, codeRef.current)}>
                <Icon name={copied ? 'check' : 'copy'} size={20} /> {copied ? 'Copied' : 'Copy code'}
              </button>
              <button type="button" class="btn btn-ghost" onClick={create} disabled={creating}>
                Make a new code
              </button>
            </div>
            <p class="hint" aria-live="polite">
              {copied ? 'The code is on your clipboard.' : 'A new code replaces this one.'}
            </p>
          </div>
        ) : (
          <button type="button" class="btn btn-primary" onClick={create} disabled={creating}>
            {creating ? 'Creating…' : 'Create an invite code'}
          </button>
        )}
        <ErrorNotice error={createError} kept="Nothing was changed." />
      </Card>
      <Card labelledBy="accept-title">
        <h2 id="accept-title">Have a code from your partner?</h2>
        <form class="form" onSubmit={accept} noValidate>
          <Field id="invite-code" label="Invite code" error={acceptMessage}>
            {(aria) => (
              <input
                {...aria}
                type="text"
                autocomplete="off"
                autocapitalize="characters"
                spellcheck={false}
                value={code}
                onInput={(e) => setCode((e.currentTarget as HTMLInputElement).value)}
              />
            )}
          </Field>
          {acceptError && !codeProblem && <ErrorNotice error={acceptError} kept="The code is still in the box." />}
          <div class="actions">
            <button type="submit" class="btn btn-primary" disabled={accepting}>
              {accepting ? 'Linking…' : 'Link with my partner'}
            </button>
          </div>
        </form>
      </Card>
    </>
  );
}
