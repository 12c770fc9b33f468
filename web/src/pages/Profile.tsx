// Intimacy profile: results (radar of have vs want + the same numbers in words), start, resume
// or retake, and earlier takes.
import type { ComponentChildren } from 'preact';
import { api } from '../api/endpoints';
import type { KindScore, ProfileResult } from '../api/types';
import { ChartLegend, RadarChart } from '../components/Charts';
import { Card, KindTag, LoadFailed, Loading, Notice, Page, isNotFound, useAsync } from '../components/ui';
import { queryParam } from '../lib/router';
import { changeBetween, gapWords, radarShape } from '../lib/chartData';
import { dayOfTimestamp, formatDayFull } from '../lib/dates';
import { KIND_SHORT, sortKinds } from '../lib/kinds';
import { profileDrafts, loadCatalogue } from '../state';

export function ProfilePage() {
  const data = useAsync(async () => {
    const [overview, catalogue] = await Promise.all([api.profile(), loadCatalogue()]);
    let hasDraft = profileDrafts.has('profile');
    if (!hasDraft) {
      try {
        await api.profileDraft();
        hasDraft = true;
      } catch (e) {
        if (!isNotFound(e)) throw e;
      }
    }
    return { overview, hasDraft, kindLabels: Object.fromEntries(catalogue.kinds.map((k) => [k.id, k.label])) };
  });

  return (
    <Page
      title="Your intimacy profile"
      lead="For each kind of closeness: how it is for you now, and how you’d like it to be. There are no right answers, and you can retake it whenever things change."
    >
      {queryParam('paused') && (
        <Notice tone="success">Paused. Your answers are saved, and you can pick up whenever you like.</Notice>
      )}
      {data.data ? (
        <ProfileBody {...data.data} />
      ) : data.error !== undefined ? (
        <LoadFailed error={data.error} onRetry={data.reload} />
      ) : (
        <Loading />
      )}
    </Page>
  );
}

function ProfileBody({ overview, hasDraft, kindLabels }: { overview: { latest: ProfileResult | null; history: ProfileResult[] }; hasDraft: boolean; kindLabels: Record<string, string> }) {
  const latest = overview.latest;
  const start = (
    <div class="actions">
      <a class="btn btn-primary" href="/profile/take">
        {hasDraft ? 'Carry on where you paused' : latest ? 'Retake the profile' : 'Start the profile'}
      </a>
    </div>
  );
  if (!latest) {
    return (
      <Card>
        <h2>About ten minutes, at your own pace</h2>
        <p>
          You’ll see one statement at a time and answer it twice: how it is now, and how you’d like it. You can skip any
          question, pause at any point and pick up later.
        </p>
        <p class="muted">Your answers are private. You can change them later by retaking it.</p>
        {start}
      </Card>
    );
  }
  const history = [...overview.history].reverse();
  const previous = overview.history.length >= 2 ? overview.history[overview.history.length - 2] : null;
  return (
    <>
      <ProfileResultView result={latest} kindLabels={kindLabels} />
      <Card>
        <h2>{hasDraft ? 'You have a retake in progress' : 'Things change'}</h2>
        <p>
          {hasDraft
            ? 'Your answers so far are saved. Pick up where you left off.'
            : 'Needs shift with time, with stress, with each other. Retaking shows how. Earlier results are kept.'}
        </p>
        {start}
      </Card>
      {previous && <ChangeSince before={previous} after={latest} kindLabels={kindLabels} />}
      {history.length > 1 && (
        <Card labelledBy="takes-title">
          <h2 id="takes-title">Earlier takes</h2>
          <ul class="plain-list">
            {history.map((r) => (
              <li>
                {formatDayFull(dayOfTimestamp(r.taken_at))}
                {r === latest ? ' (latest)' : ''}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}

export function ProfileResultView({ result, kindLabels, heading = 'Your latest results' }: { result: ProfileResult; kindLabels: Record<string, string>; heading?: string }) {
  const shape = radarShape(result);
  const scored = sortKinds(result.kinds.map((k) => k.kind))
    .map((k) => result.kinds.find((x) => x.kind === k)!)
    .filter(Boolean);
  const summary = scored
    .map((s) => `${kindLabels[s.kind] ?? KIND_SHORT[s.kind]}: have ${s.have ?? 'not scored'}, want ${s.want ?? 'not scored'}`)
    .join('; ');
  return (
    <Card labelledBy="result-title" class="result">
      <h2 id="result-title">{heading}</h2>
      <p class="muted">Taken {formatDayFull(dayOfTimestamp(result.taken_at))}. Scores run from 0 to 100.</p>
      <div class="result-grid">
        <div>
          <RadarChart
            shape={shape}
            kindLabels={Object.fromEntries(shape.kinds.map((k) => [k, KIND_SHORT[k]]))}
            label={`Radar chart of how each kind of closeness is now and how you’d like it. ${summary}.`}
          />
          <ChartLegend
            items={[
              { label: 'How it is (solid)', style: 'solid' },
              { label: 'How I’d like it (dashed)', style: 'dashed' },
            ]}
          />
        </div>
        <ScoreTable scores={scored} kindLabels={kindLabels} />
      </div>
      {result.comfort && (
        <div class="comfort">
          <h3>Closeness comfort</h3>
          {result.comfort.scored && result.comfort.score !== null ? (
            <p>
              <strong class="big-number">{result.comfort.score}</strong> of 100. This is about how easy closeness feels for
              you right now. Lower numbers are common, and they can change. It stays private to you.
            </p>
          ) : (
            <p class="muted">Not enough answers to give a score yet.</p>
          )}
        </div>
      )}
    </Card>
  );
}

/** A table with a row per kind (the `children`) and a column each for how it is and how I’d like it. */
function HaveWantTable({ caption, children }: { caption?: string; children: ComponentChildren }) {
  return (
    <table class="score-table">
      {caption && <caption class="sr-only">{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">Kind</th>
          <th scope="col">How it is</th>
          <th scope="col">How I’d like it</th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

function ScoreTable({ scores, kindLabels }: { scores: KindScore[]; kindLabels: Record<string, string> }) {
  return (
    <HaveWantTable caption="Your scores for each kind, from 0 to 100">
      {scores.map((s) => (
        <tr>
          <th scope="row">
            <KindTag kind={s.kind} label={kindLabels[s.kind]} small />
            <span class="gap-words">{gapWords(s)}</span>
          </th>
          <td>{s.scored && s.have !== null ? s.have : '—'}</td>
          <td>{s.scored && s.want !== null ? s.want : '—'}</td>
        </tr>
      ))}
    </HaveWantTable>
  );
}

function ChangeSince({ before, after, kindLabels }: { before: ProfileResult; after: ProfileResult; kindLabels: Record<string, string> }) {
  const rows = changeBetween(before, after);
  const fmt = (n: number | null) => (n === null ? '—' : n > 0 ? `+${n}` : n === 0 ? 'no change' : `−${-n}`);
  return (
    <Card labelledBy="change-title">
      <h2 id="change-title">Since {formatDayFull(dayOfTimestamp(before.taken_at))}</h2>
      <HaveWantTable>
        {rows.map((r) => (
          <tr>
            <th scope="row">
              <KindTag kind={r.kind} label={kindLabels[r.kind]} small />
            </th>
            <td>{fmt(r.have)}</td>
            <td>{fmt(r.want)}</td>
          </tr>
        ))}
      </HaveWantTable>
      <p class="muted small">Small changes of a few points are within the normal wobble of any questionnaire.</p>
    </Card>
  );
}
