// Chart.js, registering only the pieces we draw with (tree-shaken): a radar for have/want and
// a line for felt closeness. Colours come from CSS custom properties so both themes fit; the
// "want" series differs by dash and point shape too, so colour is never the only signal. PairChart
// draws with the same hook, canvas and day-line options.
import {
  CategoryScale,
  Chart,
  Filler,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { formatDayShort, formatDayLong } from '../lib/dates';
import type { RadarShape, Series } from '../lib/chartData';
import { KIND_SHORT } from '../lib/kinds';

Chart.register(RadarController, LineController, RadialLinearScale, LinearScale, CategoryScale, PointElement, LineElement, Filler, Tooltip);

export function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';
}

export function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Re-render when the colour scheme flips, so the chart picks up the other theme's colours. */
function useSchemeVersion(): number {
  const [v, setV] = useState(0);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const mq = matchMedia('(prefers-color-scheme: dark)');
    const on = () => setV((x) => x + 1);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  return v;
}

export function useChart(config: () => ChartConfiguration, deps: unknown[]) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const scheme = useSchemeVersion();
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, config());
    return () => chart.destroy();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, scheme]);
  return canvas;
}

export function baseFont() {
  return { family: cssVar('--font'), size: 13 };
}

export function RadarChart({ shape, label, kindLabels }: { shape: RadarShape; label: string; kindLabels?: Partial<Record<string, string>> }) {
  const canvas = useChart(() => {
    const text = cssVar('--text');
    const muted = cssVar('--muted');
    const grid = cssVar('--grid');
    const have = cssVar('--chart-have');
    const want = cssVar('--chart-want');
    const narrow = (canvas.current?.parentElement?.clientWidth ?? 400) < 420;
    return {
      type: 'radar',
      data: {
        labels: shape.kinds.map((k) => kindLabels?.[k] ?? KIND_SHORT[k]),
        datasets: [
          {
            label: 'How it is',
            data: shape.have as number[],
            borderColor: have,
            backgroundColor: cssVar('--chart-have-fill'),
            fill: true,
            borderWidth: 2.5,
            pointRadius: 4,
            pointStyle: 'circle',
            pointBackgroundColor: have,
            spanGaps: true,
          },
          {
            label: 'How I’d like it',
            data: shape.want as number[],
            borderColor: want,
            backgroundColor: 'transparent',
            borderDash: [6, 4],
            borderWidth: 2.5,
            pointRadius: 5,
            pointStyle: 'rectRot',
            pointBackgroundColor: want,
            spanGaps: true,
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        layout: { padding: narrow ? 0 : 8 },
        animation: reducedMotion() ? false : { duration: 500 },
        plugins: {
          legend: { display: false },
          tooltip: { enabled: true, bodyFont: baseFont(), titleFont: baseFont() },
        },
        scales: {
          r: {
            min: 0,
            max: 100,
            ticks: {
              stepSize: 25,
              // On a narrow screen the numbers sit in the table below; the rings are enough here.
              display: !narrow,
              backdropColor: cssVar('--surface'),
              backdropPadding: 2,
              color: muted,
              font: { ...baseFont(), size: 11 },
            },
            grid: { color: grid },
            angleLines: { color: grid },
            pointLabels: { color: text, padding: narrow ? 2 : 8, font: { ...baseFont(), size: narrow ? 11.5 : 13, weight: 600 } },
          },
        },
      },
    } as ChartConfiguration;
  }, [JSON.stringify(shape)]);
  return <ChartCanvas canvas={canvas} label={label} kind="radar" />;
}

export function ClosenessChart({ series, label }: { series: Series; label: string }) {
  const canvas = useChart(() => {
    const accent = cssVar('--chart-have');
    const avg = cssVar('--chart-want');
    return {
      type: 'line',
      data: {
        labels: series.labels,
        datasets: [
          {
            label: 'Felt closeness',
            data: series.values as number[],
            borderColor: accent,
            backgroundColor: accent,
            pointRadius: series.labels.length > 100 ? 2 : 3,
            pointHoverRadius: 6,
            borderWidth: 1.5,
            spanGaps: true,
            tension: 0,
          },
          {
            label: '7-day average',
            data: series.average as number[],
            borderColor: avg,
            backgroundColor: avg,
            borderDash: [6, 4],
            pointRadius: 0,
            borderWidth: 2.5,
            spanGaps: true,
            tension: 0.3,
          },
        ],
      },
      options: dayLineOptions(series.labels, 6),
    } as ChartConfiguration;
  }, [series.labels[0], series.labels[series.labels.length - 1], series.values.join(',')]);
  return <ChartCanvas canvas={canvas} label={label} kind="line" />;
}

/** A canvas for a chart, with `label` as its accessible name and as the text without canvas support. */
export function ChartCanvas({ canvas, label, kind }: { canvas: RefObject<HTMLCanvasElement>; label: string; kind: 'radar' | 'line' }) {
  return (
    <div class={'chart chart-' + kind}>
      <canvas ref={canvas} role="img" aria-label={label}>
        {label}
      </canvas>
    </div>
  );
}

/** Options for a line of 1–7 closeness values over `days`, with at most `maxTicksLimit` dates below. */
export function dayLineOptions(days: string[], maxTicksLimit: number): ChartConfiguration<'line'>['options'] {
  const muted = cssVar('--muted');
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: reducedMotion() ? false : { duration: 400 },
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: { display: false },
      tooltip: {
        bodyFont: baseFont(),
        titleFont: baseFont(),
        callbacks: { title: (items) => (items.length ? formatDayLong(days[items[0].dataIndex]) : '') },
      },
    },
    scales: {
      y: {
        min: 1,
        max: 7,
        ticks: { stepSize: 1, color: muted, font: baseFont() },
        grid: { color: cssVar('--grid') },
        border: { display: false },
      },
      x: {
        ticks: {
          color: muted,
          font: baseFont(),
          maxRotation: 0,
          autoSkip: true,
          maxTicksLimit,
          callback: (_v, i) => formatDayShort(days[i]),
        },
        grid: { display: false },
      },
    },
  };
}

/** The legend, drawn in HTML so it's readable, zoomable and shows the line styles. */
export function ChartLegend({ items }: { items: { label: string; style: 'solid' | 'dashed' }[] }) {
  return (
    <ul class="chart-legend">
      {items.map((it) => (
        <li>
          <span class={'legend-swatch legend-' + it.style} aria-hidden="true" />
          {it.label}
        </li>
      ))}
    </ul>
  );
}
