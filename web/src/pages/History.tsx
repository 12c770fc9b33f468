// History: felt closeness over time, a calendar of moments by kind, and profile retakes.
import { useMemo, useState } from 'preact/hooks';
import { api } from '../api/endpoints';
import type { Catalogue, Checkin, KindId, ProfileResult } from '../api/types';
import { ChartLegend, ClosenessChart } from '../components/Charts';
import { Icon } from '../components/Icon';
import { Card, KindTag, LoadFailed, Loading, Page, useAsync } from '../components/ui';
import { groupMomentsByKind, kindDayCounts, kindsOf, monthGrid, summariseDays, type DaySummary } from '../lib/calendar';
import { closenessSeries, describeCloseness } from '../lib/chartData';
import {
  addDays,
  addMonths,
  dayOfTimestamp,
  formatDayFull,
  formatDayLong,
  formatMonth,
  localDay,
  monthOf,
} from '../lib/dates';
import { KIND_ORDER, KIND_SHORT } from '../lib/kinds';
import { loadCatalogue } from '../state';

const RANGES = [30, 90, 180] as const;

export function HistoryPage() {
  return (
    <Page title="History" lead="How things have moved over time. Gaps are fine: not every day needs a check-in.">
      <ClosenessSection />
      <CalendarSection />
      <RetakesSection />
    </Page>
  );
}

function ClosenessSection() {
  const today = localDay();
  const [range, setRange] = useState<(typeof RANGES)[number]>(30);
  const from = addDays(today, -(range - 1));
  const data = useAsync(() => api.checkins(from, today), [from, today]);
  const series = useMemo(() => (data.data ? closenessSeries(data.data.checkins, from, today) : null), [data.data, from, today]);
  return (
    <Card labelledBy="closeness-title">
      <div class="card-head">
        <h2 id="closeness-title">Felt closeness</h2>
        <div class="segmented" role="radiogroup" aria-label="Period">
          {RANGES.map((r) => (
            <label class="segment">
              <input type="radio" name="range" value={r} checked={range === r} onChange={() => setRange(r)} />
              <span>{r} days</span>
            </label>
          ))}
        </div>
      </div>
      {series ? (
        <>
          <ClosenessChart series={series} label={`Line chart of felt closeness over the last ${range} days. ${describeCloseness(series)}`} />
          <ChartLegend
            items={[
              { label: 'Each check-in, 1 to 7 (solid)', style: 'solid' },
              { label: '7-day average (dashed)', style: 'dashed' },
            ]}
          />
          <p class="summary-text">{describeCloseness(series)}</p>
        </>
      ) : data.error !== undefined ? (
        <LoadFailed error={data.error} onRetry={data.reload} />
      ) : (
        <Loading />
      )}
    </Card>
  );
}

function CalendarSection() {
  const today = localDay();
  const [month, setMonth] = useState(monthOf(today));
  const [selected, setSelected] = useState<string | null>(null);
  const [focusKind, setFocusKind] = useState<KindId | null>(null);
  const first = month + '-01';
  const last = addDays(addMonths(month, 1) + '-01', -1);
  const data = useAsync(async () => {
    const [catalogue, list] = await Promise.all([loadCatalogue(), api.checkins(first, last < today ? last : today)]);
    return { catalogue, checkins: list.checkins };
  }, [month]);
  const summaries = useMemo(
    () => (data.data ? summariseDays(data.data.checkins, data.data.catalogue.moments) : new Map<string, DaySummary>()),
    [data.data],
  );
  const counts = kindDayCounts(summaries.values(), month);
  const weeks = monthGrid(month);
  const kindLabels = new Map(data.data?.catalogue.kinds.map((k) => [k.id, k.label]) ?? []);
  const checkinFor = (d: string) => data.data?.checkins.find((c) => c.day === d) ?? null;

  return (
    <Card labelledBy="calendar-title" class="calendar-card">
      <div class="card-head">
        <h2 id="calendar-title">Moments by kind</h2>
        <div class="month-nav">
          <button type="button" class="btn btn-ghost btn-icon" onClick={() => { setMonth(addMonths(month, -1)); setSelected(null); }} aria-label={'Previous month, ' + formatMonth(addMonths(month, -1))}>
            <Icon name="back" />
          </button>
          <p class="month-label" aria-live="polite">
            {formatMonth(month)}
          </p>
          <button
            type="button"
            class="btn btn-ghost btn-icon"
            onClick={() => { setMonth(addMonths(month, 1)); setSelected(null); }}
            disabled={month >= monthOf(today)}
            aria-label={'Next month, ' + formatMonth(addMonths(month, 1))}
          >
            <Icon name="forward" />
          </button>
        </div>
      </div>
      <div class="filter" role="group" aria-label="Highlight one kind">
        {KIND_ORDER.map((k) => (
          <button
            type="button"
            class={'chip-button kind-' + k}
            aria-pressed={focusKind === k}
            onClick={() => setFocusKind(focusKind === k ? null : k)}
          >
            <Icon name={k} size={16} /> {KIND_SHORT[k]} <span class="count">{counts[k]}</span>
            <span class="sr-only"> {counts[k] === 1 ? 'day' : 'days'}</span>
          </button>
        ))}
      </div>
      {data.error !== undefined && !data.data && <LoadFailed error={data.error} onRetry={data.reload} />}
      <table class={'calendar' + (focusKind ? ' calendar-focus kind-' + focusKind : '')} aria-busy={data.loading ? 'true' : 'false'}>
        <caption class="sr-only">
          {formatMonth(month)}: days with a check-in show the kinds of moments you ticked. Choose a day to see it.
        </caption>
        <thead>
          <tr>
            {['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((d, i) => (
              <th scope="col" abbr={['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][i]}>
                {d.slice(0, 1)}
                <span class="wide-only">{d.slice(1)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr>
              {w.map((d) => {
                if (!d) return <td class="cal-empty" />;
                const s = summaries.get(d);
                const kinds = s ? kindsOf(s) : [];
                const future = d > today;
                const label =
                  formatDayLong(d) +
                  (s
                    ? `: closeness ${s.closeness} of 7${kinds.length ? '; ' + kinds.map((k) => KIND_SHORT[k]).join(', ') : '; no moments ticked'}`
                    : future
                      ? ''
                      : ': no check-in');
                const dim = focusKind !== null && !kinds.includes(focusKind);
                return (
                  <td class={(s ? 'cal-day has-checkin' : 'cal-day') + (dim ? ' dim' : '') + (d === today ? ' is-today' : '')}>
                    {future ? (
                      <span class="cal-num cal-future">{Number(d.slice(8))}</span>
                    ) : (
                      <button
                        type="button"
                        class="cal-button"
                        aria-label={label}
                        aria-pressed={selected === d}
                        onClick={() => setSelected(selected === d ? null : d)}
                      >
                        <span class="cal-num">{Number(d.slice(8))}</span>
                        <span class="cal-kinds" aria-hidden="true">
                          {kinds.map((k) => (
                            <span class={'cal-kind kind-' + k}>
                              <Icon name={k} size={12} />
                            </span>
                          ))}
                        </span>
                      </button>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {selected && data.data && (
        <DayDetail day={selected} checkin={checkinFor(selected)} catalogue={data.data.catalogue} kindLabels={kindLabels} />
      )}
    </Card>
  );
}

function DayDetail({ day, checkin, catalogue, kindLabels }: { day: string; checkin: Checkin | null; catalogue: Catalogue; kindLabels: Map<string, string> }) {
  const href = day === localDay() ? '/today' : '/checkin/' + day;
  const feelings = new Map(catalogue.feelings.map((f) => [f.id, f.label]));
  return (
    <div class="day-detail" aria-live="polite">
      <h3>{formatDayLong(day)}</h3>
      {checkin ? (
        <>
          <p>Felt closeness: {checkin.closeness} of 7</p>
          {groupMomentsByKind(checkin.moments, catalogue.moments).map((g) => (
            <div class="day-group">
              <KindTag kind={g.kind} label={kindLabels.get(g.kind)} small />
              <ul class="plain-list">
                {g.moments.map((m) => (
                  <li>{m.label}</li>
                ))}
              </ul>
            </div>
          ))}
          {checkin.feelings.length > 0 && <p class="muted">Feelings: {checkin.feelings.map((f) => feelings.get(f) ?? f).join(', ')}</p>}
          <a class="btn btn-secondary btn-small" href={href}>
            Edit this day
          </a>
        </>
      ) : (
        <>
          <p class="muted">No check-in for this day.</p>
          <a class="btn btn-secondary btn-small" href={href}>
            Check in for this day
          </a>
        </>
      )}
    </div>
  );
}

function RetakesSection() {
  const data = useAsync(async () => {
    const [overview, catalogue] = await Promise.all([api.profile(), loadCatalogue()]);
    return { overview, catalogue };
  });
  return (
    <Card labelledBy="retakes-title">
      <h2 id="retakes-title">Profile over time</h2>
      {data.data ? (
        data.data.overview.history.length ? (
          <RetakeTable history={data.data.overview.history} labels={new Map(data.data.catalogue.kinds.map((k) => [k.id, k.label]))} />
        ) : (
          <p class="muted">
            No profile yet. <a href="/profile">Take the intimacy profile</a> when you have ten quiet minutes.
          </p>
        )
      ) : data.error !== undefined ? (
        <LoadFailed error={data.error} onRetry={data.reload} />
      ) : (
        <Loading />
      )}
    </Card>
  );
}

function RetakeTable({ history, labels }: { history: ProfileResult[]; labels: Map<string, string> }) {
  const takes = history.slice(-4);
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label="Profile scores by take">
      <table class="score-table retakes">
        <caption class="sr-only">How it is / how you’d like it, per kind, for each time you took the profile (0–100)</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            {takes.map((t) => (
              <th scope="col">{formatDayFull(dayOfTimestamp(t.taken_at))}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {KIND_ORDER.map((k) => (
            <tr>
              <th scope="row">
                <KindTag kind={k} label={labels.get(k)} small />
              </th>
              {takes.map((t) => {
                const s = t.kinds.find((x) => x.kind === k);
                return (
                  <td>
                    {s && s.scored ? (
                      <>
                        {s.have ?? '—'} <span class="muted">/ {s.want ?? '—'}</span>
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted small">Each cell: how it is / how you’d like it.</p>
    </div>
  );
}
