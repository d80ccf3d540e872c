/** The per-manager tables (with refused moves and lead conversion by region), and competitors with their danger rating. */
import { useMemo } from 'react';
import { Chart, MUTED, type ChartOption } from './charts.js';
import { csvHref, useCompetitors, useManagerStats, useRefusals, useRegions, useStageFunnel } from './queries.js';
import { Heading, Result, TableBox, type ViewProps } from './dashboards-parts.js';
import { useStudioI18n } from '../i18n.js';

export function ManagersView({ filters }: ViewProps) {
  const { t, number, percent } = useStudioI18n();
  const stats = useManagerStats(filters);
  const refusals = useRefusals(filters);
  const regions = useRegions(filters);
  return (
    <>
      <Heading
        id="managers-table"
        title={t('dash.table', { what: t('dash.managers') })}
        csv={csvHref('/analytics/managers', filters)}
      />
      <Result query={stats} empty={(d) => d.rows.length === 0}>
        {(data) => (
          <TableBox labelledBy="managers-table">
            <thead>
              <tr>
                <th scope="col">{t('dash.name')}</th>
                <th scope="col">{t('dash.department')}</th>
                <th scope="col">{t('dash.region')}</th>
                <th scope="col">{t('dash.leads')}</th>
                <th scope="col">{t('dash.won')}</th>
                <th scope="col">{t('dash.lost')}</th>
                <th scope="col">{t('dash.conversion')}</th>
                <th scope="col">{t('dash.calls')}</th>
                <th scope="col">{t('dash.loggedCalls')}</th>
                <th scope="col">{t('dash.meetings')}</th>
                <th scope="col">{t('dash.overdue')}</th>
                <th scope="col">{t('dash.escalations')}</th>
                <th scope="col">{t('dash.avgCycle')}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r) => (
                <tr key={r.manager}>
                  <th scope="row">{r.name}</th>
                  <td>{r.department ?? '—'}</td>
                  <td>{r.region ?? '—'}</td>
                  <td className="num">{number(r.leads)}</td>
                  <td className="num">{number(r.won)}</td>
                  <td className="num">{number(r.lost)}</td>
                  <td className="num">{percent(r.conversion)}</td>
                  <td className="num">{number(r.calls)}</td>
                  <td className="num">{number(r.loggedCalls)}</td>
                  <td className="num">{number(r.meetings)}</td>
                  <td className={`num${r.overdue > 0 ? ' bad' : ''}`}>{number(r.overdue)}</td>
                  <td className="num">{number(r.escalations)}</td>
                  <td className="num">{number(r.avgCycleDays)}</td>
                </tr>
              ))}
            </tbody>
          </TableBox>
        )}
      </Result>
      <Heading id="refusals-table" title={t('dash.refusals')} csv={csvHref('/analytics/refusals', filters)} />
      <Result query={refusals} empty={(d) => d.rows.length === 0}>
        {(data) => (
          <TableBox labelledBy="refusals-table">
            <thead>
              <tr>
                <th scope="col">{t('dash.manager')}</th>
                <th scope="col">{t('dash.code')}</th>
                <th scope="col">{t('dash.attempts')}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r) => (
                <tr key={`${r.manager}|${r.code}`}>
                  <th scope="row">{r.manager}</th>
                  <td>{r.code}</td>
                  <td className="num">{number(r.attempts)}</td>
                </tr>
              ))}
            </tbody>
          </TableBox>
        )}
      </Result>
      <Heading id="regions-table" title={t('dash.regions')} csv={csvHref('/analytics/regions', filters)} />
      <Result query={regions} empty={(d) => d.rows.length === 0}>
        {(data) => (
          <>
            <p className="muted">{t('dash.regionsSince', { from: data.from.slice(0, 10) })}</p>
            <TableBox labelledBy="regions-table">
              <thead>
                <tr>
                  <th scope="col">{t('dash.region')}</th>
                  <th scope="col">{t('dash.leads')}</th>
                  <th scope="col">{t('dash.won')}</th>
                  <th scope="col">{t('dash.lost')}</th>
                  <th scope="col">{t('dash.conversion')}</th>
                  <th scope="col">{t('dash.avgCycle')}</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((r) => (
                  <tr key={r.region ?? '-'}>
                    <th scope="row">{r.region ?? '—'}</th>
                    <td className="num">{number(r.leads)}</td>
                    <td className="num">{number(r.won)}</td>
                    <td className="num">{number(r.lost)}</td>
                    <td className="num">{percent(r.conversion)}</td>
                    <td className="num">{number(r.avgCycleDays)}</td>
                  </tr>
                ))}
              </tbody>
            </TableBox>
          </>
        )}
      </Result>
    </>
  );
}

export function CompetitorsView({ filters }: ViewProps) {
  const { t, number, date } = useStudioI18n();
  const competitors = useCompetitors();
  // The funnel names the competitors of the lost deals that match the filters.
  const funnel = useStageFunnel(filters);
  const inFunnel = new Map<string, number>();
  for (const s of funnel.data?.series ?? [])
    for (const st of s.stages)
      for (const c of st.competitors) inFunnel.set(c.competitor, (inFunnel.get(c.competitor) ?? 0) + c.deals);
  const option = useMemo((): ChartOption => {
    const rows = (competitors.data ?? []).slice(0, 20);
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.competitor), axisLabel: { color: MUTED } },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { color: MUTED } },
      series: [
        {
          type: 'bar',
          barMaxWidth: 32,
          name: t('dash.danger'),
          itemStyle: { color: '#a61b1b' },
          data: rows.map((r) => r.lostDeals),
        },
      ],
    };
  }, [competitors.data, t]);
  return (
    <Result query={competitors} empty={(d) => d.length === 0}>
      {(rows) => (
        <>
          <p className="muted">{t('dash.dangerNote')}</p>
          <Chart
            option={option}
            label={t('dash.chartOf', { what: t('dash.danger') })}
            summary={rows.map((r) => `${r.competitor}: ${number(r.lostDeals)}`).join('; ')}
            height={Math.max(160, 40 + Math.min(rows.length, 20) * 32)}
          />
          <Heading id="competitors-table" title={t('dash.table', { what: t('dash.competitors') })} />
          <TableBox labelledBy="competitors-table">
            <thead>
              <tr>
                <th scope="col">{t('dash.competitor')}</th>
                <th scope="col">{t('dash.danger')}</th>
                <th scope="col">{t('dash.inFunnel')}</th>
                <th scope="col">{t('dash.lastSeen')}</th>
                <th scope="col">{t('dash.regulations')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.competitor}>
                  <th scope="row">{r.competitor}</th>
                  <td className="num">{number(r.lostDeals)}</td>
                  <td className="num">{number(inFunnel.get(r.competitor) ?? 0)}</td>
                  <td>{date(r.lastSeen)}</td>
                  <td>{r.regulations.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </TableBox>
        </>
      )}
    </Result>
  );
}
