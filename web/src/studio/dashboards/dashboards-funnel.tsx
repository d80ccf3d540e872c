/**
 * The funnel: deals entering each stage, conversion to the next, drop-off
 * with lost reasons and competitors; two regulation versions side by side
 * when chosen, or one series per month deals started.
 */
import { useMemo } from 'react';
import { Chart, escapeHtml, MUTED, type ChartOption } from './charts.js';
import { csvHref, useRegulations, useRegulationStages, useStageFunnel, type StageFunnel } from './queries.js';
import { Heading, Result, TableBox, type ViewProps } from './dashboards-parts.js';
import { useStudioI18n, type StudioI18n } from '../i18n.js';

type Series = StageFunnel['series'][number];

export function FunnelView({ params, setParams, filters }: ViewProps) {
  const i18n = useStudioI18n();
  const { t } = i18n;
  const regulations = useRegulations();
  const newest = regulations.data?.find((r) => r.id === filters.regulationId)?.version ?? 0;
  const versions = params.versions?.split(',') ?? [];
  const comparing = !!filters.regulationId && versions.length === 2;
  const query = {
    ...filters,
    ...(comparing ? { compare: 'version', versions: params.versions } : params.cohort ? { groupBy: 'cohort' } : {}),
  };
  const funnel = useStageFunnel(query);
  // A lost final stage is the funnel's drop-off, not a step of it: the chart leaves it out (the table keeps it).
  const stages = useRegulationStages(filters.regulationId);
  const lostStages = new Set((stages.data ?? []).filter((s) => s.final === 'lost').map((s) => s.key));
  const setVersion = (which: 0 | 1) => (value: string) => {
    const next = [versions[0] ?? '', versions[1] ?? ''];
    next[which] = value;
    setParams({ ...params, versions: next.every(Boolean) ? next.join(',') : next.join(',').replace(/^,|,$/g, '') });
  };
  const options = Array.from({ length: newest }, (_, i) => String(i + 1));
  const label = (s: Series) =>
    funnel.data?.groupBy === 'version'
      ? t('dash.versionN', { n: s.key ?? '' })
      : funnel.data?.groupBy === 'cohort'
        ? (s.key ?? '')
        : t('dash.all');

  return (
    <>
      <div className="row options">
        <fieldset className="compare">
          <legend>{t('dash.compare')}</legend>
          {filters.regulationId ? (
            <div className="row">
              {([0, 1] as const).map((which) => (
                <div key={which}>
                  <label htmlFor={`cmp-${which}`}>{t(which === 0 ? 'dash.versionA' : 'dash.versionB')}</label>
                  <select
                    id={`cmp-${which}`}
                    value={versions[which] ?? ''}
                    onChange={(e) => setVersion(which)(e.target.value)}
                  >
                    <option value="">{t('dash.noCompare')}</option>
                    {options.map((v) => (
                      <option key={v} value={v}>
                        {v}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
          ) : (
            <p className="muted">{t('dash.needRegulation')}</p>
          )}
        </fieldset>
        <label className="check">
          <input
            type="checkbox"
            checked={!!params.cohort}
            disabled={comparing}
            onChange={(e) => setParams({ ...params, cohort: e.target.checked ? '1' : undefined })}
          />
          {t('dash.cohort')}
        </label>
      </div>
      <Result query={funnel} empty={(d) => d.series.every((s) => s.stages.length === 0)}>
        {(data) => (
          <>
            <FunnelChart data={data} label={label} hide={lostStages} i18n={i18n} />
            <Heading
              id="funnel-table"
              title={t('dash.table', { what: t('dash.funnel') })}
              csv={csvHref('/analytics/stages', query)}
            />
            <div className={data.series.length === 2 ? 'side-by-side' : undefined}>
              {data.series.map((s) => (
                <FunnelTable key={s.key ?? 'all'} series={s} caption={label(s)} i18n={i18n} />
              ))}
            </div>
          </>
        )}
      </Result>
    </>
  );
}

function FunnelChart(props: { data: StageFunnel; label(s: Series): string; hide: Set<string>; i18n: StudioI18n }) {
  const { t, number, percent } = props.i18n;
  const { data, label, hide } = props;
  const hidden = [...hide].join(',');
  const option = useMemo((): ChartOption => {
    const series = data.series.map((s) => ({ ...s, stages: s.stages.filter((r) => !hide.has(r.stage)) }));
    if (series.length <= 2) {
      const width = series.length === 2 ? 46 : 80;
      return {
        tooltip: {
          trigger: 'item',
          formatter: (p: { seriesName: string; name: string; data: { row: Series['stages'][number] } }) =>
            `${escapeHtml(p.seriesName)}<br/>${escapeHtml(p.name)}: ${t('dash.entered')} ${number(p.data.row.entered)}, ` +
            `${t('dash.conversion')} ${percent(p.data.row.conversion)}, ${t('dash.dropOff')} ${percent(p.data.row.dropOff)}`,
        },
        // Each funnel is titled by its series (a funnel's legend would list its stages).
        title: series.map((s, i) => ({
          text: series.length === 2 ? label(s) : '',
          left: `${series.length === 2 ? 25 + i * 50 : 50}%`,
          top: 0,
          textAlign: 'center',
          textStyle: { fontSize: 14, fontWeight: 600 },
        })),
        series: series.map((s, i) => ({
          type: 'funnel',
          name: label(s),
          sort: 'none',
          top: series.length === 2 ? 32 : 8,
          bottom: 8,
          left: `${series.length === 2 ? 2 + i * 50 : 10}%`,
          width: `${width}%`,
          minSize: '8%',
          gap: 2,
          label: { position: 'inside', color: '#fff', formatter: '{b}: {c}' },
          data: [...s.stages]
            .sort((a, b) => a.order - b.order)
            .map((row, n) => ({ name: row.stage, value: row.entered, row, itemStyle: { color: shade(i, n) } })),
        })),
      };
    }
    const stages = [
      ...new Set(series.flatMap((s) => [...s.stages].sort((a, b) => a.order - b.order).map((r) => r.stage))),
    ];
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: stages, axisLabel: { color: MUTED } },
      yAxis: { type: 'value', name: t('dash.entered'), axisLabel: { color: MUTED } },
      series: series.map((s) => ({
        type: 'bar',
        name: label(s),
        data: stages.map((st) => s.stages.find((r) => r.stage === st)?.entered ?? 0),
      })),
    };
    // `hidden` stands for `hide` (a new Set each render).
  }, [data, label, hidden, t, number, percent]);
  const summary = data.series
    .map((s) =>
      t('dash.funnelSummary', {
        series: label(s),
        stages: [...s.stages]
          .sort((a, b) => a.order - b.order)
          .map((r) => `${r.stage} ${number(r.entered)}`)
          .join(', '),
      }),
    )
    .join('; ');
  return <Chart option={option} label={t('dash.chartOf', { what: t('dash.funnel') })} summary={summary} height={360} />;
}

/** Blues for the first funnel, oranges for the second, lighter down the stages. */
function shade(series: number, step: number): string {
  const [h, s] = series === 0 ? [216, 72] : [28, 70];
  return `hsl(${h} ${s}% ${Math.min(28 + step * 5, 46)}%)`;
}

function FunnelTable(props: { series: Series; caption: string; i18n: StudioI18n }) {
  const { t, number, percent } = props.i18n;
  const id = `funnel-${props.series.key ?? 'all'}`;
  const list = (xs: Array<{ name: string; deals: number }>) =>
    xs.length ? xs.map((x) => `${x.name} ${number(x.deals)}`).join(', ') : '—';
  return (
    <TableBox labelledBy={id}>
      <caption id={id}>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dash.stage')}</th>
          <th scope="col">{t('dash.entered')}</th>
          <th scope="col">{t('dash.advanced')}</th>
          <th scope="col">{t('dash.conversion')}</th>
          <th scope="col">{t('dash.lost')}</th>
          <th scope="col">{t('dash.dropOff')}</th>
          <th scope="col">{t('dash.won')}</th>
          <th scope="col">{t('dash.lostReasons')}</th>
          <th scope="col">{t('dash.competitorsNamed')}</th>
        </tr>
      </thead>
      <tbody>
        {[...props.series.stages]
          .sort((a, b) => a.order - b.order)
          .map((r) => (
            <tr key={r.stage}>
              <th scope="row">{r.stage}</th>
              <td className="num">{number(r.entered)}</td>
              <td className="num">{number(r.advanced)}</td>
              <td className="num">{percent(r.conversion)}</td>
              <td className="num">{number(r.lost)}</td>
              <td className="num">{percent(r.dropOff)}</td>
              <td className="num">{number(r.won)}</td>
              <td>{list(r.lostReasons.map((x) => ({ name: x.reason, deals: x.deals })))}</td>
              <td>{list(r.competitors.map((x) => ({ name: x.competitor, deals: x.deals })))}</td>
            </tr>
          ))}
      </tbody>
    </TableBox>
  );
}
