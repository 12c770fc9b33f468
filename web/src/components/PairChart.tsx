// Felt closeness for two people on one line chart. Neither line is styled as the "good" one: they
// differ by dash and point shape as well as colour, and the HTML legend and the text say who is who.
import { CategoryScale, Chart, LineController, LineElement, LinearScale, PointElement, Tooltip, type ChartConfiguration } from 'chart.js';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PairSeries } from '../lib/consent';
import { formatDayLong, formatDayShort } from '../lib/dates';

Chart.register(LineController, LinearScale, CategoryScale, PointElement, LineElement, Tooltip);

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';
}

export function PairChart({ series, label, showMine }: { series: PairSeries; label: string; showMine: boolean }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [scheme, setScheme] = useState(0);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const mq = matchMedia('(prefers-color-scheme: dark)');
    const on = () => setScheme((x) => x + 1);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  useEffect(() => {
    if (!canvas.current) return;
    const font = { family: cssVar('--font'), size: 13 };
    const you = cssVar('--pair-you');
    const them = cssVar('--pair-partner');
    const muted = cssVar('--muted');
    const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    const dense = series.labels.length > 60;
    const datasets: ChartConfiguration<'line'>['data']['datasets'] = [
      {
        label: 'Your partner',
        data: series.partner as number[],
        borderColor: them,
        backgroundColor: them,
        borderDash: [6, 4],
        borderWidth: 2,
        pointStyle: 'rectRot',
        pointRadius: dense ? 2.5 : 4,
        spanGaps: true,
      },
    ];
    if (showMine) {
      datasets.unshift({
        label: 'You',
        data: series.mine as number[],
        borderColor: you,
        backgroundColor: you,
        borderWidth: 2,
        pointStyle: 'circle',
        pointRadius: dense ? 2 : 3.5,
        spanGaps: true,
      });
    }
    const chart = new Chart(canvas.current, {
      type: 'line',
      data: { labels: series.labels, datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reduced ? false : { duration: 400 },
        interaction: { mode: 'index', intersect: false },
        plugins: {
          legend: { display: false },
          tooltip: {
            bodyFont: font,
            titleFont: font,
            callbacks: { title: (items) => (items.length ? formatDayLong(series.labels[items[0].dataIndex]) : '') },
          },
        },
        scales: {
          y: { min: 1, max: 7, ticks: { stepSize: 1, color: muted, font }, grid: { color: cssVar('--grid') }, border: { display: false } },
          x: {
            ticks: { color: muted, font, maxRotation: 0, autoSkip: true, maxTicksLimit: 5, callback: (_v, i) => formatDayShort(series.labels[i]) },
            grid: { display: false },
          },
        },
      },
    });
    return () => chart.destroy();
  }, [series.labels.join(','), series.mine.join(','), series.partner.join(','), showMine, scheme]);
  return (
    <div class="chart chart-line">
      <canvas ref={canvas} role="img" aria-label={label}>
        {label}
      </canvas>
    </div>
  );
}
