/** Time in each stage against its SLA (median, p90, share breached), and the deal cycle. */
import { useMemo } from 'react';
import { Chart, MUTED, type ChartOption } from './charts.js';
import { csvHref, useStageTime, type StageTime } from './dashboards-data.js';
import { Heading, Result, TableBox, type ViewProps } from './dashboards-parts.js';
import { useStudioI18n, type StudioI18n, type StudioKey } from './i18n-dashboards.js';

/** Hours of an ISO 8601 duration (P2D, PT4H, P1DT12H30M); undefined if it is not one. */
export function durationHours(iso: string | null): number | undefined {
  const m = iso?.match(
    /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/,
  );
  if (!m) return undefined;
  const [w, d, h, min, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number];
  return w * 168 + d * 24 + h + min / 60 + s / 3600;
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
            <TableBox labelledBy="time-table">
              <thead>
                <tr>
                  <th scope="col">{t('dash.stage')}</th>
                  <th scope="col">{t('dash.visits')}</th>
                  <th scope="col">{t('dash.completed')}</th>
                  <th scope="col">{t('dash.median')}</th>
                  <th scope="col">{t('dash.p90')}</th>
                  {extra.map((k) => (
                    <th key={k} scope="col">
                      {columnTitle(t, k)}
                    </th>
                  ))}
                  <th scope="col">{t('dash.sla')}</th>
                  <th scope="col">{t('dash.withSla')}</th>
                  <th scope="col">{t('dash.breached')}</th>
                  <th scope="col">{t('dash.breachedShare')}</th>
                </tr>
              </thead>
              <tbody>
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
                  </tr>
                ))}
              </tbody>
            </TableBox>
            <Heading id="cycle-table" title={t('dash.cycle')} />
            <TableBox labelledBy="cycle-table">
              <thead>
                <tr>
                  <th scope="col">{t('dash.outcome')}</th>
                  <th scope="col">{t('dash.deals')}</th>
                  <th scope="col">{t('dash.medianDays')}</th>
                  <th scope="col">{t('dash.p90Days')}</th>
                  <th scope="col">{t('dash.avgDays')}</th>
                  {extraCycle.map((k) => (
                    <th key={k} scope="col">
                      {columnTitle(t, k)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
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
              </tbody>
            </TableBox>
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
