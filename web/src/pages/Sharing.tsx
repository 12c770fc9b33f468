// The sharing centre: what my partner may see, per category, switched on and off at once; a pause
// that looks to my partner exactly like "nothing new"; and the log of every read of my things.
import { useEffect, useState } from 'preact/hooks';
import { Icon } from '../components/Icon';
import { ErrorNotice, LoadFailed, Loading, Notice, Page, useAsync } from '../components/ui';
import { groupAccessLog, visitWords, whenWords } from '../lib/consent';
import { consentApi, SHARE_CATEGORIES, type ShareCategory, type SharingState } from '../lib/consentApi';
import { formatTimestamp } from '../lib/dates';
import { useApp } from '../state';
import '../styles/consent.css';

const CATEGORY: Record<ShareCategory, { title: string; sees: string }> = {
  profile: {
    title: 'Profile results',
    sees: 'Your latest have and want scores for each kind, next to theirs. Never your closeness-comfort score.',
  },
  closeness: {
    title: 'Felt closeness',
    sees: 'The 1 to 7 you choose each day, as a line over the last 90 days.',
  },
  moments: {
    title: 'Moments',
    sees: 'Which moments you ticked on each day. Not your feeling words, conflicts, after-sex answers or notes.',
  },
  insights: {
    title: 'Insights',
    sees: 'The patterns Rapport finds in your own check-ins, as you see them on your Insights page.',
  },
};

export function SwitchRow(props: {
  id: string;
  title: string;
  description: string;
  checked: boolean;
  disabled?: boolean;
  onLabel: string;
  offLabel: string;
  onChange: (next: boolean) => void;
}) {
  return (
    <div class={'switch-row' + (props.checked ? ' is-on' : '')}>
      <div class="switch-text">
        <label for={props.id} class="switch-title">
          {props.title}
        </label>
        <p class="hint" id={props.id + '-desc'}>
          {props.description}
        </p>
      </div>
      <span class="switch">
        <input
          id={props.id}
          type="checkbox"
          role="switch"
          checked={props.checked}
          disabled={props.disabled}
          aria-describedby={props.id + '-desc'}
          onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
        />
        <span class="switch-track" aria-hidden="true">
          <span class="switch-thumb">{props.checked && <Icon name="check" size={14} />}</span>
        </span>
        <span class="switch-state" aria-hidden="true">
          {props.checked ? props.onLabel : props.offLabel}
        </span>
      </span>
    </div>
  );
}

export function SharingPage() {
  const app = useApp();
  const data = useAsync(async () => {
    const [sharing, log, safety] = await Promise.all([
      consentApi.sharing(),
      consentApi.accessLog(),
      consentApi.safety().catch(() => null),
    ]);
    return { sharing, log: log.entries, safetyActive: !!safety?.active };
  }, []);
  const [state, setState] = useState<SharingState | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<{ error: unknown; what: string; retry: () => void } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);

  useEffect(() => {
    if (data.data) setState(data.data.sharing);
  }, [data.data]);

  async function change(key: string, run: () => Promise<SharingState>, doneWords: string, what: string) {
    setBusy(key);
    setError(null);
    setDone(null);
    try {
      const next = await run();
      setState(next);
      setDone(doneWords);
      if (!next.linked && app.me?.partner.linked) await app.refreshMe();
    } catch (e) {
      setError({ error: e, what, retry: () => change(key, run, doneWords, what) });
    } finally {
      setBusy(null);
    }
  }

  const linked = state ? state.linked : !!app.me?.partner.linked;
  const visits = data.data ? groupAccessLog(data.data.log) : [];
  const shownVisits = showAll ? visits : visits.slice(0, 20);

  return (
    <Page
      title="Sharing"
      lead="Everything in Rapport is yours alone unless you choose to share it. Each switch works at once, and you can change your mind at any time."
    >
      {!state && data.error ? (
        <LoadFailed error={data.error} onRetry={data.reload} />
      ) : !state ? (
        <Loading />
      ) : (
        <>
          {!linked && (
            <section class="card" aria-labelledby="not-linked-title">
              <h2 id="not-linked-title">You aren’t linked with a partner</h2>
              <p>
                There is no one to share with yet, so everything stays with you. Once you link with your partner, you can
                choose here what they may see. Linking alone shares nothing.
              </p>
              <a class="btn btn-secondary" href="/partner">
                <Icon name="partner" size={20} /> Link with your partner
              </a>
            </section>
          )}
          {data.data?.safetyActive && (
            <Notice>
              <p>
                Right now your partner sees nothing new from you, whatever these switches say.{' '}
                <a href="/safety">More about this</a>
              </p>
            </Notice>
          )}
          <section class="card" aria-labelledby="grants-title">
            <h2 id="grants-title">What your partner may see</h2>
            <p class="muted">Off means private. Your partner is never told when you turn something on or off.</p>
            <div class="switch-list">
              {SHARE_CATEGORIES.map((c) => (
                <SwitchRow
                  id={'share-' + c}
                  title={CATEGORY[c].title}
                  description={CATEGORY[c].sees}
                  checked={state.grants[c]}
                  disabled={!linked || busy !== null}
                  onLabel="Shared"
                  offLabel="Private"
                  onChange={(granted) =>
                    change(
                      c,
                      () => consentApi.setGrant(c, granted),
                      granted ? `${CATEGORY[c].title}: shared with your partner from now on.` : `${CATEGORY[c].title}: private again, from this moment.`,
                      granted ? `${CATEGORY[c].title} isn’t shared yet.` : `${CATEGORY[c].title} is still shared.`,
                    )
                  }
                />
              ))}
            </div>
            <p class="note-line">
              <Icon name="lock" size={18} />
              <span>
                Notes are never shared in bulk. To let your partner read one note, use the switch under that note on its{' '}
                <a href="/today">check-in page</a>.
              </span>
            </p>
          </section>

          <section class="card" aria-labelledby="pause-title">
            <h2 id="pause-title">Pause</h2>
            <div class="switch-list">
              <SwitchRow
                id="share-pause"
                title="Pause all sharing"
                description="Your partner will see nothing new, and won’t be told. What they already saw stays as it was."
                checked={state.paused}
                disabled={busy !== null}
                onLabel="Paused"
                offLabel="Off"
                onChange={(paused) =>
                  change(
                    'pause',
                    () => consentApi.setPaused(paused),
                    paused ? 'Sharing is paused. Your partner sees nothing new.' : 'Sharing is on again, as your switches above say.',
                    paused ? 'Sharing isn’t paused yet.' : 'Sharing is still paused.',
                  )
                }
              />
            </div>
            {state.paused && (
              <p class="hint">
                Paused since {state.paused_at ? formatTimestamp(state.paused_at) : 'just now'}. When you turn the pause off,
                your partner can see what you added meanwhile, in the parts you share.
              </p>
            )}
          </section>

          <div aria-live="polite" class="sharing-status">
            {done && !error && (
              <Notice tone="success">
                <p>{done}</p>
              </Notice>
            )}
          </div>
          {error && <ErrorNotice error={error.error} kept={error.what + ' Nothing else changed.'} onRetry={error.retry} />}

          <section class="card" aria-labelledby="log-title">
            <h2 id="log-title">When your partner looked</h2>
            <p class="muted">Each time your partner reads something of yours, it is listed here. Only you can see this list.</p>
            {visits.length === 0 ? (
              <p class="empty-line">Your partner hasn’t read anything of yours.</p>
            ) : (
              <>
                <ol class="access-log">
                  {shownVisits.map((v) => (
                    <li>
                      <time dateTime={v.at} class="access-when">
                        {whenWords(v.at)}
                      </time>
                      <span class="access-what">Your partner read {visitWords(v)}.</span>
                    </li>
                  ))}
                </ol>
                {visits.length > shownVisits.length && (
                  <button type="button" class="btn btn-ghost btn-small" onClick={() => setShowAll(true)}>
                    Show all {visits.length} times
                  </button>
                )}
              </>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
