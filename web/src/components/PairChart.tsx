// Felt closeness for two people on one line chart. Neither line is styled as the "good" one: they
// differ by dash and point shape as well as colour, and the HTML legend and the text say who is who.
import type { ChartConfiguration } from 'chart.js';
import type { PairSeries } from '../lib/consent';
import { ChartCanvas, cssVar, dayLineOptions, useChart } from './Charts';

export function PairChart({ series, label, showMine }: { series: PairSeries; label: string; showMine: boolean }) {
  const canvas = useChart(() => {
    const you = cssVar('--pair-you');
    const them = cssVar('--pair-partner');
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
    return { type: 'line', data: { labels: series.labels, datasets }, options: dayLineOptions(series.labels, 5) } as ChartConfiguration;
  }, [series.labels.join(','), series.mine.join(','), series.partner.join(','), showMine]);
  return <ChartCanvas canvas={canvas} label={label} kind="line" />;
}
