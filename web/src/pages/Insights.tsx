// Insights: patterns in a person's own data, each with its evidence, how sure we are, and
// practices that may help. Never a diagnosis.
import { api } from '../api/endpoints';
import type { Insight, Practice } from '../api/types';
import { Icon } from '../components/Icon';
import { idSegment } from '../lib/router';
import { Card, KindTag, LoadFailed, Loading, Notice, Page, useAsync } from '../components/ui';
import { formatDayShort, formatDayLong } from '../lib/dates';
import { isKind, sortKinds } from '../lib/kinds';
import { firstSentences, humanise } from '../lib/text';

export const CONFIDENCE_WORDS: Record<Insight['confidence'], string> = {
  low: 'An early sign, from a small amount of data',
  medium: 'Fairly clear in your data so far',
  high: 'A clear, steady pattern in your data',
};


function ToneBadge({ tone }: { tone: Insight['tone'] }) {
  return tone === 'strength' ? (
    <span class="badge badge-strength">
      <Icon name="strength" size={16} /> Going well
    </span>
  ) : (
    <span class="badge badge-pattern">
      <Icon name="pattern" size={16} /> A pattern to notice
    </span>
  );
}

export function InsightsPage() {
  const data = useAsync(() => Promise.all([api.insights(), api.practices()]));
  return (
    <Page
      title="Insights"
      lead="What your own check-ins and profile show so far. Each one says what it’s based on and how sure it is. They’re observations, not verdicts."
    >
      {data.data ? (
        <InsightList feed={data.data[0]} practices={data.data[1].practices} />
      ) : data.error !== undefined ? (
        <LoadFailed error={data.error} onRetry={data.reload} />
      ) : (
        <Loading />
      )}
    </Page>
  );
}

function InsightList({ feed, practices }: { feed: Awaited<ReturnType<typeof api.insights>>; practices: Practice[] }) {
  const byId = new Map(practices.map((p) => [p.id, p]));
  return (
    <>
      {feed.insights.length === 0 && (
        <Notice>
          Nothing to show yet. Insights appear once there are enough check-ins to say something honest. Checking in on
          ordinary days helps as much as on special ones.
        </Notice>
      )}
      <ul class="card-list">
        {feed.insights.map((i) => (
          <li>
            <Card as="article" class={'insight insight-' + i.tone} labelledBy={'insight-' + i.id}>
              <p class="insight-tags">
                <ToneBadge tone={i.tone} />
                {i.kind && isKind(i.kind) && <KindTag kind={i.kind} small />}
              </p>
              <h2 id={'insight-' + i.id}>
                <a href={'/insights/' + idSegment(i.id)}>{i.title}</a>
              </h2>
              <p>
                {firstSentences(i.explanation).text}
                {firstSentences(i.explanation).cut && <span class="muted"> Open it to read more.</span>}
              </p>
              <p class="confidence">
                <Icon name="info" size={18} />
                <span>
                  {CONFIDENCE_WORDS[i.confidence]}
                  {i.evidence?.days && i.evidence.days.length > 0 &&
                    ` · based on ${i.evidence.days.length} ${i.evidence.days.length === 1 ? 'day' : 'days'}`}
                </span>
              </p>
              {i.practices.length > 0 && (
                <p class="small">
                  Might help:{' '}
                  {i.practices.map((id, n) => (
                    <>
                      {n > 0 && ', '}
                      <a href={'/practices/' + idSegment(id)}>{byId.get(id)?.title ?? humanise(id)}</a>
                    </>
                  ))}
                </p>
              )}
            </Card>
          </li>
        ))}
      </ul>
      {feed.not_enough_data.length > 0 && (
        <Card class="card-quiet" labelledBy="learning-title">
          <h2 id="learning-title">Still learning</h2>
          <p class="muted">These need a bit more data before they can say anything fair.</p>
          <ul class="plain-list">
            {feed.not_enough_data.map((n) => (
              <li>
                <strong>{humanise(n.pattern)}</strong>: {n.needs}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}

export function InsightDetailPage({ id }: { id: string }) {
  const data = useAsync(() => Promise.all([api.insights(), api.practices()]), [id]);
  const insight = data.data?.[0].insights.find((i) => i.id === id);
  const back = { href: '/insights', label: 'Insights' };
  if (!data.data) {
    return (
      <Page title="Insight" back={back}>
        {data.error !== undefined ? <LoadFailed error={data.error} onRetry={data.reload} /> : <Loading />}
      </Page>
    );
  }
  if (!insight) {
    return (
      <Page title="Insight" back={back}>
        <Notice>This insight isn’t showing any more. Insights change as your data changes.</Notice>
      </Page>
    );
  }
  const practices = new Map(data.data[1].practices.map((p) => [p.id, p]));
  return (
    <Page title={insight.title} back={back}>
      <p class="insight-tags">
        <ToneBadge tone={insight.tone} />
        {insight.kind && isKind(insight.kind) && <KindTag kind={insight.kind} small />}
      </p>
      <Card>
        <p class="lead-text">{insight.explanation}</p>
        <p class="confidence">
          <Icon name="info" size={18} />
          <span>
            {CONFIDENCE_WORDS[insight.confidence]}
            {insight.confidence_rule && <span class="confidence-rule"> {insight.confidence_rule}</span>}
          </span>
        </p>
      </Card>
      <Evidence insight={insight} />
      {insight.practices.length > 0 && (
        <section aria-labelledby="try-title">
          <h2 id="try-title" class="section-title">
            Something to try, if you both want to
          </h2>
          <ul class="card-list">
            {insight.practices.map((pid) => {
              const p = practices.get(pid);
              return (
                <li>
                  <PracticeSummary id={pid} practice={p} />
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <p class="muted small">
        If a pattern keeps hurting, a couples therapist can help you both look at it together.
      </p>
    </Page>
  );
}

function Evidence({ insight }: { insight: Insight }) {
  const { days = [], counts = {}, scores = {} } = insight.evidence ?? {};
  const countEntries = Object.entries(counts);
  const scoreEntries = Object.entries(scores);
  return (
    <Card labelledBy="evidence-title">
      <h2 id="evidence-title">What this is based on</h2>
      {countEntries.length > 0 && (
        <dl class="facts">
          {countEntries.map(([k, v]) => (
            <div>
              <dt>{humanise(k)}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      )}
      {scoreEntries.length > 0 && (
        <dl class="facts">
          {scoreEntries.map(([k, v]) => (
            <div>
              <dt>{humanise(k)}</dt>
              <dd>{v === null ? 'not scored' : v}</dd>
            </div>
          ))}
        </dl>
      )}
      {days.length > 0 && (
        <>
          <h3>
            {days.length} {days.length === 1 ? 'day' : 'days'} in your check-ins
          </h3>
          <ul class="day-chips">
            {[...days].sort().map((d) => (
              <li>
                <a href={'/checkin/' + d} title={formatDayLong(d)}>
                  {formatDayShort(d)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {days.length === 0 && countEntries.length === 0 && scoreEntries.length === 0 && (
        <p class="muted">Based on your overall check-ins and profile.</p>
      )}
    </Card>
  );
}

export function PracticeSummary({ id, practice, reason }: { id: string; practice?: Practice; reason?: string }) {
  return (
    <Card as="article" class="practice-summary" labelledBy={'p-' + id}>
      <h3 id={'p-' + id}>
        <a href={'/practices/' + idSegment(id)}>{practice?.title ?? humanise(id)}</a>
      </h3>
      {reason && <p class="reason">{reason}</p>}
      {practice && (
        <>
          <p class="muted">{practice.why}</p>
          <p class="meta">
            <span>
              <Icon name="clock" size={16} /> {practice.minutes} min
            </span>
            <span>
              <Icon name={practice.mode === 'together' ? 'partner' : 'account'} size={16} />{' '}
              {practice.mode === 'together' ? 'Together' : 'On your own'}
            </span>
          </p>
          <p class="kind-tags">
            {sortKinds(practice.kinds).map((k) => (
              <KindTag kind={k} small />
            ))}
          </p>
        </>
      )}
    </Card>
  );
}
