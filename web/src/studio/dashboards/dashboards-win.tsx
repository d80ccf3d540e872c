/**
 * Win probability of open deals, each explained by its factors'
 * contributions, and the model's calibration on held-out closed deals.
 */
import { useMemo } from 'react';
import { Link } from '../../ui/link.js';
import { Chart, MUTED, type ChartOption } from './charts.js';
import { csvHref, useWinProbability, type WinProbability } from './queries.js';
import { Heading, Result, TableBox, type ViewProps } from './dashboards-parts.js';
import { useStudioI18n, type StudioI18n, type StudioKey } from '../i18n.js';

const SHOWN = 100;
type Deal = WinProbability['deals'][number];

export function WinView({ params, setParams, filters }: ViewProps) {
  const i18n = useStudioI18n();
  const { t, percent } = i18n;
  const win = useWinProbability(filters);
  return (
    <Result query={win}>
      {(data) => {
        const chosen = data.deals.find((d) => d.dealId === params.deal) ?? data.deals[0];
        return (
          <>
            <p className="muted">
              {refreshed(data, i18n)}{' '}
              {t('dash.modelText', {
                method: data.model.method,
                deals: data.model.deals,
                wins: data.model.wins,
                base: percent(data.model.baseRate),
              })}
            </p>
            <div className="grid">
              <div>
                <Heading
                  id="win-table"
                  title={t('dash.table', { what: t('dash.win') })}
                  csv={csvHref('/analytics/win-probability', filters)}
                />
                {data.deals.length === 0 ? (
                  <p className="muted">{t('dash.empty')}</p>
                ) : (
                  <TableBox labelledBy="win-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('dash.deal')}</th>
                        <th scope="col">{t('dash.owner')}</th>
                        <th scope="col">{t('dash.stage')}</th>
                        <th scope="col">{t('dash.probability')}</th>
                        <th scope="col">
                          <span className="visually-hidden">{t('dash.explain')}</span>
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.deals.slice(0, SHOWN).map((d) => (
                        <tr key={d.dealId} aria-current={d === chosen ? 'true' : undefined}>
                          <th scope="row">
                            <Link to={`/deal/${encodeURIComponent(d.dealId)}`}>{d.dealId}</Link>
                          </th>
                          <td>{d.owner}</td>
                          <td>{d.stage}</td>
                          <td className="num">
                            <span className="meter" aria-hidden="true">
                              <span style={{ width: `${Math.round(d.probability * 100)}%` }} />
                            </span>
                            {percent(d.probability)}
                          </td>
                          <td>
                            <button
                              type="button"
                              className="secondary small"
                              aria-pressed={d === chosen}
                              aria-label={t('dash.explainDeal', { deal: d.dealId })}
                              onClick={() => setParams({ ...params, deal: d.dealId })}
                            >
                              {t('dash.explain')}
                            </button>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </TableBox>
                )}
              </div>
              <div>{chosen && <Contributions deal={chosen} i18n={i18n} />}</div>
            </div>
            <Calibration calibration={data.calibration} i18n={i18n} />
          </>
        );
      }}
    </Result>
  );
}

/** When the model was fitted (the API may say whether by its schedule, and when). */
function refreshed(data: WinProbability, { t, dateTime }: StudioI18n): string {
  const d = data as { computed: string; refreshedAt?: string | null };
  return d.computed === 'schedule' && d.refreshedAt
    ? t('dash.refreshed', { at: dateTime(d.refreshedAt) })
    : t('dash.onRequest');
}

const FACTORS = ['stage', 'sla', 'industry', 'region', 'source', 'competitor', 'manager'];
const factorName = (t: StudioI18n['t'], factor: string) =>
  FACTORS.includes(factor) ? t(`dash.factor.${factor}` as StudioKey) : factor;

function Contributions({ deal, i18n }: { deal: Deal; i18n: StudioI18n }) {
  const { t, number } = i18n;
  const rows = [...deal.contributions].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  const option = useMemo(
    (): ChartOption => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((c) => `${factorName(t, c.factor)}: ${c.value}`),
        axisLabel: { color: MUTED, width: 180, overflow: 'truncate' },
      },
      xAxis: { type: 'value', axisLabel: { color: MUTED } },
      series: [
        {
          type: 'bar',
          name: t('dash.weight'),
          data: rows.map((c) => ({
            value: Math.round(c.weight * 1000) / 1000,
            itemStyle: { color: c.weight >= 0 ? '#1d6b35' : '#a61b1b' },
          })),
        },
      ],
    }),
    [rows, t],
  );
  const title = t('dash.factors', { deal: deal.dealId });
  return (
    <>
      <Heading id="factors-table" title={title} />
      <Chart
        option={option}
        label={t('dash.chartOf', { what: title })}
        summary={rows.map((c) => `${factorName(t, c.factor)} ${c.value}: ${number(c.weight, 3)}`).join('; ')}
        height={Math.max(160, 40 + rows.length * 30)}
      />
      <TableBox labelledBy="factors-table">
        <thead>
          <tr>
            <th scope="col">{t('dash.factor')}</th>
            <th scope="col">{t('dash.value')}</th>
            <th scope="col">{t('dash.weight')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={`${c.factor}|${c.value}`}>
              <th scope="row">{factorName(t, c.factor)}</th>
              <td>{c.value}</td>
              <td className={`num ${c.weight >= 0 ? 'good' : 'bad'}`}>{number(c.weight, 3)}</td>
            </tr>
          ))}
        </tbody>
      </TableBox>
    </>
  );
}

function Calibration({ calibration: c, i18n }: { calibration: WinProbability['calibration']; i18n: StudioI18n }) {
  const { t, number, percent } = i18n;
  const buckets = c.reliability.filter((r) => r.snapshots > 0);
  const option = useMemo(
    (): ChartOption => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      xAxis: {
        type: 'category',
        data: buckets.map((r) => `${Math.round(r.from * 100)}–${Math.round(r.to * 100)}%`),
        axisLabel: { color: MUTED },
      },
      yAxis: { type: 'value', max: 1, axisLabel: { color: MUTED } },
      series: [
        { type: 'bar', name: t('dash.predicted'), data: buckets.map((r) => r.predicted) },
        { type: 'bar', name: t('dash.observed'), data: buckets.map((r) => r.observed) },
      ],
    }),
    [buckets, t],
  );
  return (
    <>
      <Heading id="calibration-table" title={t('dash.calibration')} />
      <p>
        {t('dash.brier', {
          brier: number(c.brier, 3),
          base: number(c.baseBrier, 3),
          heldOut: c.heldOutDeals,
          snapshots: c.snapshots,
        })}
      </p>
      {buckets.length > 0 && (
        <>
          <Chart
            option={option}
            label={t('dash.chartOf', { what: t('dash.calibration') })}
            summary={buckets
              .map((r) => `${percent(r.from)}–${percent(r.to)}: ${percent(r.predicted)} / ${percent(r.observed)}`)
              .join('; ')}
            height={260}
          />
          <TableBox labelledBy="calibration-table">
            <thead>
              <tr>
                <th scope="col">{t('dash.bucket')}</th>
                <th scope="col">{t('dash.snapshots')}</th>
                <th scope="col">{t('dash.predicted')}</th>
                <th scope="col">{t('dash.observed')}</th>
              </tr>
            </thead>
            <tbody>
              {buckets.map((r) => (
                <tr key={r.from}>
                  <th scope="row">
                    {percent(r.from)}–{percent(r.to)}
                  </th>
                  <td className="num">{number(r.snapshots)}</td>
                  <td className="num">{percent(r.predicted)}</td>
                  <td className="num">{percent(r.observed)}</td>
                </tr>
              ))}
            </tbody>
          </TableBox>
        </>
      )}
    </>
  );
}
