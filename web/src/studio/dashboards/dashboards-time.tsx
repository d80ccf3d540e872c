/** Time in each stage against its SLA (median, p90, share breached), and the deal cycle. */
import { useMemo } from 'react';
import { parse as parseDuration } from 'tinyduration';
import { Chart, MUTED, type ChartOption } from './charts.js';
import { csvHref, useStageTime, type StageTime } from './queries.js';
import { Heading, Result, type ViewProps } from './dashboards-parts.js';
import { useStudioI18n, type StudioI18n, type StudioKey } from '../i18n.js';
import { DataTable } from '../../ui/table.js';

/** Hours of an ISO 8601 duration (P2D, PT4H, P1DT12H30M), read as the regulation's checks read it; undefined if it is not one (or counts years or months, which have no fixed hours). */
export function durationHours(iso: string | null): number | undefined {
  if (!iso) return undefined;
  let d: ReturnType<typeof parseDuration>;
  try {
    d = parseDuration(iso);
  } catch {
    return undefined;
  }
  if (d.negative || d.years || d.months) return undefined;
  return (d.weeks ?? 0) * 168 + (d.days ?? 0) * 24 + (d.hours ?? 0) + (d.minutes ?? 0) / 60 + (d.seconds ?? 0) / 3600;
}

const KNOWN_TIME = new Set([
  'stage',
  'order',
  'visits',
  'completed',
  'medianHours',
  'p90Hours',
  'sla',
  'withSla',
  'breached',
  'breachedShare',
  'breachClock',
]);

const KNOWN_CYCLE = new Set(['status', 'deals', 'medianDays', 'p90Days', 'avgDays']);
const NAMED = new Set(['medianWorkingHours', 'p90WorkingHours']);

/** A column's title: translated if known, else "someNewHours" → "Some new hours" (a number the API added since). */
const columnTitle = (t: StudioI18n['t'], key: string) => {
  if (NAMED.has(key)) return t(`dash.col.${key}` as StudioKey);
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** The numeric fields of rows beyond the known ones, in their order. */
const extraColumns = (rows: object[], known: Set<string>) => [
  ...new Set(
    rows.flatMap((r) =>
      Object.entries(r)
        .filter(([k, v]) => !known.has(k) && (typeof v === 'number' || v === null))
        .map(([k]) => k),
    ),
  ),
];

export function TimeView({ filters }: ViewProps) {
  const i18n = useStudioI18n();
  const { t, number, percent } = i18n;
  const time = useStageTime(filters);
  return (
    <Result query={time} empty={(d) => d.stages.length === 0}>
      {(data) => {
        const stages = [...data.stages].sort((a, b) => a.order - b.order);
        // Numbers the API answers beyond those known here (e.g. working time) are shown too.
        const extra = extraColumns(stages, KNOWN_TIME);
        const extraCycle = extraColumns(data.cycle, KNOWN_CYCLE);
        return (
          <>
            <p className="muted">
              {t('dash.clock', { clock: data.clock === 'wall' ? t('dash.clockWall') : String(data.clock) })}
            </p>
            <TimeChart stages={stages} />
            <Heading
              id="time-table"
              title={t('dash.table', { what: t('dash.time') })}
              csv={csvHref('/analytics/time', filters)}
            />
            <DataTable
              labelledBy="time-table"
              columns={[
                t('dash.stage'),
                t('dash.visits'),
                t('dash.completed'),
                t('dash.median'),
                t('dash.p90'),
                ...extra.map((k) => columnTitle(t, k)),
                t('dash.sla'),
                t('dash.withSla'),
                t('dash.breached'),
                t('dash.breachedShare'),
                t('dash.breachClock'),
              ]}
            >
              {stages.map((s) => (
                <tr key={s.stage}>
                  <th scope="row">{s.stage}</th>
                  <td className="num">{number(s.visits)}</td>
                  <td className="num">{number(s.completed)}</td>
                  <td className="num">{number(s.medianHours)}</td>
                  <td className="num">{number(s.p90Hours)}</td>
                  {extra.map((k) => (
                    <td key={k} className="num">
                      {number((s as Record<string, unknown>)[k] as number | null)}
                    </td>
                  ))}
                  <td>{s.sla ?? '—'}</td>
                  <td className="num">{number(s.withSla)}</td>
                  <td className="num">{number(s.breached)}</td>
                  <td className={`num${(s.breachedShare ?? 0) > 0.2 ? ' bad' : ''}`}>{percent(s.breachedShare)}</td>
                  <td>{s.breachClock ? t(`dash.breachClock.${s.breachClock}` as StudioKey) : '—'}</td>
                </tr>
              ))}
            </DataTable>
            <Heading id="cycle-table" title={t('dash.cycle')} />
            <DataTable
              labelledBy="cycle-table"
              columns={[
                t('dash.outcome'),
                t('dash.deals'),
                t('dash.medianDays'),
                t('dash.p90Days'),
                t('dash.avgDays'),
                ...extraCycle.map((k) => columnTitle(t, k)),
              ]}
            >
              {data.cycle.map((c) => (
                <tr key={c.status}>
                  <th scope="row">{t(`dash.status.${c.status}` as StudioKey)}</th>
                  <td className="num">{number(c.deals)}</td>
                  <td className="num">{number(c.medianDays)}</td>
                  <td className="num">{number(c.p90Days)}</td>
                  <td className="num">{number(c.avgDays)}</td>
                  {extraCycle.map((k) => (
                    <td key={k} className="num">
                      {number((c as Record<string, unknown>)[k] as number | null)}
                    </td>
                  ))}
                </tr>
              ))}
            </DataTable>
          </>
        );
      }}
    </Result>
  );
}

function TimeChart({ stages }: { stages: StageTime['stages'] }) {
  const { t, number, percent } = useStudioI18n();
  const option = useMemo(
    (): ChartOption => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 48, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: stages.map((s) => s.stage), axisLabel: { color: MUTED } },
      yAxis: [
        { type: 'value', name: t('dash.hours'), axisLabel: { color: MUTED } },
        { type: 'value', max: 100, axisLabel: { color: MUTED, formatter: '{value}%' }, splitLine: { show: false } },
      ],
      series: [
        { type: 'bar', name: t('dash.median'), data: stages.map((s) => s.medianHours) },
        { type: 'bar', name: t('dash.p90'), data: stages.map((s) => s.p90Hours) },
        {
          type: 'line',
          name: t('dash.slaHours'),
          data: stages.map((s) => durationHours(s.sla) ?? null),
          symbol: 'diamond',
          symbolSize: 12,
          lineStyle: { type: 'dashed' },
          itemStyle: { color: '#1b1f24' },
        },
        {
          type: 'line',
          name: t('dash.breachedShare'),
          yAxisIndex: 1,
          itemStyle: { color: '#a61b1b' },
          data: stages.map((s) => (s.breachedShare === null ? null : Math.round(s.breachedShare * 1000) / 10)),
        },
      ],
    }),
    [stages, t],
  );
  const summary = stages
    .map(
      (s) =>
        `${s.stage}: ${t('dash.median')} ${number(s.medianHours)}, ${t('dash.p90')} ${number(s.p90Hours)}, ` +
        `${t('dash.sla')} ${s.sla ?? '—'}, ${t('dash.breachedShare')} ${percent(s.breachedShare)}`,
    )
    .join('; ');
  return <Chart option={option} label={t('dash.chartOf', { what: t('dash.time') })} summary={summary} />;
}
