// Side by side: with consent, both partners' have/want per kind, shared closeness, moments,
// notes and insights. A part that isn't shared says only "Not shared" — never why, never since when.
import { useMemo, useState } from 'preact/hooks';
import { api } from '../api/endpoints';
import type { Catalogue, Insight, KindId } from '../api/types';
import { Icon } from '../components/Icon';
import { PairChart } from '../components/PairChart';
import { KindTag, LoadFailed, Loading, Page, useAsync } from '../components/ui';
import {
  comparisonInKindOrder,
  describePair,
  levelText,
  levelsSentence,
  pairSeries,
  wantDifferenceWords,
} from '../lib/consent';
import { consentApi, type ComparisonKind, type Levels, type PartnerViewLinked } from '../lib/consentApi';
import { addDays, formatDayLong, formatDayShort, localDay } from '../lib/dates';
import { KIND_LABEL } from '../lib/kinds';
import { firstSentences } from '../lib/text';
import { loadCatalogue, useApp } from '../state';
import '../styles/consent.css';

const VIEW_DAYS = 90;

function NotShared() {
  return (
    <p class="not-shared">
      <Icon name="lock" size={18} /> Not shared
    </p>
  );
}

export function PartnerViewPage() {
  const app = useApp();
  const today = localDay();
  const data = useAsync(async () => {
    const [view, catalogue, safety] = await Promise.all([
      consentApi.partnerView(),
      loadCatalogue().catch(() => null),
      consentApi.safety().catch(() => null),
    ]);
    let mine: { day: string; closeness: number }[] = [];
    if (view.linked && view.closeness.shared) {
      mine = (await api.checkins(addDays(today, -(VIEW_DAYS - 1)), today)).checkins;
    }
    return { view, catalogue, mine, safetyActive: !!safety?.active };
  }, [today]);

  return (
    <Page
      title="Side by side"
      back={{ href: '/partner', label: 'Your partner' }}
      lead="What you and your partner have each chosen to share. Each of you decides for yourself, and either of you can stop at any time."
    >
      {data.data ? (
        data.data.view.linked ? (
          <Body
            view={data.data.view}
            catalogue={data.data.catalogue}
            mine={data.data.mine}
            today={today}
            safetyActive={data.data.safetyActive}
          />
        ) : (
          <section class="card" aria-labelledby="pv-unlinked">
            <h2 id="pv-unlinked">You aren’t linked with a partner</h2>
            <p>When you link with your partner, what each of you chooses to share appears here.</p>
            <a class="btn btn-secondary" href="/partner">
              <Icon name="partner" size={20} /> Link with your partner
            </a>
          </section>
        )
      ) : data.error ? (
        <LoadFailed error={data.error} onRetry={data.reload} />
      ) : (
        <Loading />
      )}
      {data.data && app.me?.partner.linked && (
        <p class="muted page-foot">
          What you share with your partner is up to you: <a href="/sharing">open Sharing</a>.
        </p>
      )}
    </Page>
  );
}

function Body({
  view,
  catalogue,
  mine,
  today,
  safetyActive,
}: {
  view: PartnerViewLinked;
  catalogue: Catalogue | null;
  mine: { day: string; closeness: number }[];
  today: string;
  safetyActive: boolean;
}) {
  const labels = useMemo(() => {
    const m: Record<string, string> = { ...KIND_LABEL };
    for (const k of catalogue?.kinds ?? []) m[k.id] = k.label;
    return m;
  }, [catalogue]);
  return (
    <>
      <ProfileSection view={view} labels={labels} safetyActive={safetyActive} />
      <ClosenessSection view={view} mine={mine} today={today} />
      <MomentsSection view={view} catalogue={catalogue} />
      <NotesSection view={view} />
      <InsightsSection view={view} />
    </>
  );
}

function ProfileSection({ view, labels, safetyActive }: { view: PartnerViewLinked; labels: Record<string, string>; safetyActive: boolean }) {
  const rows = view.comparison ? comparisonInKindOrder(view.comparison.kinds) : [];
  // A "needs that differ" insight sits under its own kind; any others are listed after.
  const unplaced = view.needs_differ.filter((i) => !rows.some((r) => r.kind === i.kind));
  let body;
  if (!view.profile.shared) body = <NotShared />;
  else if (view.comparison) {
    body = (
      <>
        <p class="muted">
          Scores from 0 to 100, from each of you answering the profile. Neither amount is the right one: these are two
          people’s needs, both real.
        </p>
        <ul class="compare-legend" aria-hidden="true">
          <li>
            <span class="bar-key bar-key-have" /> How it is
          </li>
          <li>
            <span class="bar-key bar-key-want" /> How you’d each like it
          </li>
        </ul>
        <div class="compare-list">
          {rows.map((r) => (
            <CompareKind row={r} label={labels[r.kind]} differ={view.needs_differ.find((i) => i.kind === r.kind)} />
          ))}
        </div>
      </>
    );
  } else if (safetyActive) {
    body = (
      <p>
        Comparison between you is off for now. <a href="/safety">More about this</a>
      </p>
    );
  } else if (view.profile.latest) {
    body = (
      <p>
        Your partner shares their profile. <a href="/profile">Take the profile yourself</a> to see both of you side by side.
      </p>
    );
  } else {
    body = <p class="muted">Nothing here yet.</p>;
  }
  return (
    <section class="card" aria-labelledby="pv-profile">
      <h2 id="pv-profile">Have and want, side by side</h2>
      {body}
      {unplaced.length > 0 && (
        <div class="needs-differ">
          <h3>Needs that differ</h3>
          {unplaced.map((i) => (
            <InsightItem insight={i} level={4} />
          ))}
        </div>
      )}
    </section>
  );
}

function Bar({ value, kind }: { value: number | null; kind: 'have' | 'want' }) {
  return (
    <svg class={'bar bar-' + kind} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="bar-bg" x="0" y="0" width="100" height="10" rx="2" />
      {value !== null && <rect class="bar-fill" x="0" y="0" width={Math.max(1, value)} height="10" rx="2" />}
    </svg>
  );
}

function Cell({ levels, key2 }: { levels: Levels; key2: 'have' | 'want' }) {
  const v = levels[key2];
  return (
    <td>
      <span class="level-num">{levelText(v)}</span>
      <Bar value={v} kind={key2} />
    </td>
  );
}

function CompareKind({ row, label, differ }: { row: ComparisonKind; label: string; differ?: Insight }) {
  const id = 'cmp-' + row.kind;
  return (
    <section class={'compare-kind kind-' + row.kind} aria-labelledby={id}>
      <h3 id={id}>
        <KindTag kind={row.kind as KindId} label={label} />
      </h3>
      <table class="compare-table">
        <caption class="sr-only">
          {label}: {levelsSentence('You', row.you)} {levelsSentence('Your partner', row.partner)}
        </caption>
        <thead>
          <tr>
            <td />
            <th scope="col">How it is</th>
            <th scope="col">Would like</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">You</th>
            <Cell levels={row.you} key2="have" />
            <Cell levels={row.you} key2="want" />
          </tr>
          <tr>
            <th scope="row">Your partner</th>
            <Cell levels={row.partner} key2="have" />
            <Cell levels={row.partner} key2="want" />
          </tr>
        </tbody>
      </table>
      <p class="difference">{wantDifferenceWords(row, label)}</p>
      {differ && (
        <details class="differ-more">
          <summary>{differ.title}</summary>
          <p>{differ.explanation}</p>
        </details>
      )}
    </section>
  );
}

function ClosenessSection({ view, mine, today }: { view: PartnerViewLinked; mine: { day: string; closeness: number }[]; today: string }) {
  const series = useMemo(
    () => (view.closeness.shared ? pairSeries(mine, view.closeness.days, addDays(today, -(VIEW_DAYS - 1)), today) : null),
    [view, mine, today],
  );
  const [table, setTable] = useState(false);
  return (
    <section class="card" aria-labelledby="pv-closeness">
      <h2 id="pv-closeness">Felt closeness</h2>
      {!series ? (
        <NotShared />
      ) : (
        <>
          <p class="muted">Each day’s 1 to 7, over the last 90 days. Your partner sees your line only if you share your felt closeness.</p>
          <PairChart series={series} showMine label={'Felt closeness over the last 90 days. ' + describePair(series, true)} />
          <ul class="chart-legend">
            <li>
              <span class="legend-swatch pair-you" aria-hidden="true" />
              You
            </li>
            <li>
              <span class="legend-swatch pair-partner" aria-hidden="true" />
              Your partner
            </li>
          </ul>
          <p class="chart-words">{describePair(series, true)}</p>
          <button type="button" class="btn btn-ghost btn-small" aria-expanded={table} onClick={() => setTable(!table)}>
            {table ? 'Hide the numbers' : 'Show the numbers as a table'}
          </button>
          {table && (
            <div class="table-scroll">
              <table class="score-table pair-table">
                <caption class="sr-only">Felt closeness by day, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Day</th>
                    <th scope="col">You</th>
                    <th scope="col">Your partner</th>
                  </tr>
                </thead>
                <tbody>
                  {series.labels
                    .map((d, i) => ({ d, a: series.mine[i], b: series.partner[i] }))
                    .filter((x) => x.a !== null || x.b !== null)
                    .reverse()
                    .map((x) => (
                      <tr>
                        <th scope="row">{formatDayShort(x.d)}</th>
                        <td>{x.a ?? '–'}</td>
                        <td>{x.b ?? '–'}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function MomentsSection({ view, catalogue }: { view: PartnerViewLinked; catalogue: Catalogue | null }) {
  const [all, setAll] = useState(false);
  const labelOf = useMemo(() => new Map((catalogue?.moments ?? []).map((m) => [m.id, m.label])), [catalogue]);
  const days = view.moments.shared ? view.moments.days.filter((d) => d.moments.length > 0).slice().reverse() : [];
  const shown = all ? days : days.slice(0, 7);
  return (
    <section class="card" aria-labelledby="pv-moments">
      <h2 id="pv-moments">Your partner’s moments</h2>
      {!view.moments.shared ? (
        <NotShared />
      ) : days.length === 0 ? (
        <p class="muted">Nothing here yet.</p>
      ) : (
        <>
          <ul class="day-list">
            {shown.map((d) => (
              <li>
                <span class="day-list-day">{formatDayLong(d.day)}</span>
                <span>{d.moments.map((m) => labelOf.get(m) ?? m.replace(/_/g, ' ')).join(', ')}</span>
              </li>
            ))}
          </ul>
          {days.length > shown.length && (
            <button type="button" class="btn btn-ghost btn-small" onClick={() => setAll(true)}>
              Show all {days.length} days
            </button>
          )}
        </>
      )}
    </section>
  );
}

function NotesSection({ view }: { view: PartnerViewLinked }) {
  const notes = view.notes.slice().reverse();
  return (
    <section class="card" aria-labelledby="pv-notes">
      <h2 id="pv-notes">Notes your partner shared</h2>
      {notes.length === 0 ? (
        <NotShared />
      ) : (
        <ul class="shared-notes">
          {notes.map((n) => (
            <li>
              <p class="day-list-day">{formatDayLong(n.day)}</p>
              <blockquote>{n.note}</blockquote>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function InsightItem({ insight, level }: { insight: Insight; level: 3 | 4 }) {
  const H = level === 3 ? 'h3' : 'h4';
  const [open, setOpen] = useState(false);
  const short = firstSentences(insight.explanation, 160);
  return (
    <article class={'shared-insight insight-' + insight.tone}>
      <H>{insight.title}</H>
      <p>{open || !short.cut ? insight.explanation : short.text}</p>
      {short.cut && (
        <button type="button" class="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Show less' : 'Read all of it'}
          <span class="sr-only">: {insight.title}</span>
        </button>
      )}
    </article>
  );
}

function InsightsSection({ view }: { view: PartnerViewLinked }) {
  return (
    <section class="card" aria-labelledby="pv-insights">
      <h2 id="pv-insights">Your partner’s insights</h2>
      {!view.insights.shared ? (
        <NotShared />
      ) : view.insights.items.length === 0 ? (
        <p class="muted">Nothing here yet.</p>
      ) : (
        <>
          <p class="muted">Written to your partner, so “you” in these means them.</p>
          {view.insights.items.map((i) => (
            <InsightItem insight={i} level={3} />
          ))}
        </>
      )}
    </section>
  );
}

