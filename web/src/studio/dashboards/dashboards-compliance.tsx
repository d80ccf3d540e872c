/**
 * Compliance with the regulation: the tasks it demanded per manager,
 * department or company and kind — done on time, late, cancelled, open,
 * overdue now — and a drill-down from any number to its tasks and deals.
 */
import { useMemo } from 'react';
import { Chart, MUTED, type ChartOption } from './charts.js';
import { csvHref, useCompanies, useCompliance, usePeople, type Compliance } from './queries.js';
import { COLUMN_TEXT, COLUMNS, DrillDown, parseDrill, type Drill } from './dashboards-drill.js';
import { Heading, Result, type ViewProps } from './dashboards-parts.js';
import { useStudioI18n, type StudioI18n, type StudioKey } from '../i18n.js';
import { DataTable } from '../../ui/table.js';

const GROUPS = ['manager', 'department', 'company', 'none'] as const;
type Row = Compliance['rows'][number];

export function ComplianceView({ params, setParams, filters }: ViewProps) {
  const i18n = useStudioI18n();
  const { t, number } = i18n;
  const group = (GROUPS as readonly string[]).includes(params.group ?? '') ? params.group! : 'manager';
  const query = { ...filters, groupBy: group, kind: params.kind };
  const compliance = useCompliance(query);
  const companies = useCompanies();
  const people = usePeople();
  const drill = parseDrill(params.drill);
  const nameOf = (key: string | null) =>
    key === null
      ? t('dash.all')
      : group === 'company'
        ? (companies.data?.find((c) => c.id === key)?.name ?? key)
        : group === 'manager'
          ? (people.data?.find((p) => p.id === key)?.name ?? key)
          : key;
  const open = (d: Drill) => setParams({ ...params, drill: JSON.stringify([d.key, d.kind, d.column]) });

  return (
    <>
      <div className="row options">
        <div>
          <label htmlFor="c-group">{t('dash.groupBy')}</label>
          <select
            id="c-group"
            value={group}
            onChange={(e) => setParams({ ...params, group: e.target.value, drill: undefined })}
          >
            {GROUPS.map((g) => (
              <option key={g} value={g}>
                {t(`dash.group.${g}` as StudioKey)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="c-kind">{t('dash.kind')}</label>
          <input
            id="c-kind"
            list="c-kinds"
            defaultValue={params.kind ?? ''}
            onBlur={(e) => setParams({ ...params, kind: e.target.value || undefined, drill: undefined })}
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.currentTarget.blur();
            }}
          />
          <datalist id="c-kinds">
            {['call', 'meeting', 'email', 'document', 'visit', 'task'].map((k) => (
              <option key={k} value={k} />
            ))}
          </datalist>
        </div>
      </div>
      <Result query={compliance} empty={(d) => d.rows.length === 0}>
        {(data) => (
          <>
            <ComplianceChart rows={data.rows} nameOf={nameOf} i18n={i18n} />
            <Heading
              id="compliance-table"
              title={t('dash.table', { what: t('dash.compliance') })}
              csv={csvHref('/analytics/compliance', query)}
            />
            <DataTable
              labelledBy="compliance-table"
              columns={[t('dash.key'), t('dash.kind'), ...COLUMNS.map((c) => t(COLUMN_TEXT[c]))]}
            >
              {data.rows.map((r) => (
                <tr key={`${r.key}|${r.kind}`}>
                  <th scope="row">{nameOf(r.key)}</th>
                  <td>{r.kind}</td>
                  {COLUMNS.map((c) => (
                    <td key={c} className="num">
                      {r[c] > 0 ? (
                        <button
                          type="button"
                          className="link"
                          aria-label={t('dash.drill', {
                            value: number(r[c]),
                            column: t(COLUMN_TEXT[c]),
                            key: nameOf(r.key),
                            kind: r.kind,
                          })}
                          aria-pressed={drill?.key === r.key && drill.kind === r.kind && drill.column === c}
                          onClick={() => open({ key: r.key, kind: r.kind, column: c })}
                        >
                          {number(r[c])}
                        </button>
                      ) : (
                        number(r[c])
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </DataTable>
          </>
        )}
      </Result>
      {drill && (
        <DrillDown
          drill={drill}
          group={group}
          filters={filters}
          name={nameOf(drill.key)}
          close={() => setParams({ ...params, drill: undefined })}
          i18n={i18n}
        />
      )}
    </>
  );
}

function ComplianceChart(props: { rows: Row[]; nameOf(key: string | null): string; i18n: StudioI18n }) {
  const { t, number } = props.i18n;
  const rows = props.rows.slice(0, 40);
  const option = useMemo((): ChartOption => {
    const labels = rows.map((r) => `${props.nameOf(r.key)} · ${r.kind}`);
    const part = (name: string, color: string, value: (r: Row) => number) => ({
      type: 'bar',
      name,
      stack: 'all',
      itemStyle: { color },
      data: rows.map(value),
    });
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      yAxis: {
        type: 'category',
        data: labels,
        inverse: true,
        axisLabel: { color: MUTED, width: 220, overflow: 'truncate' },
      },
      xAxis: { type: 'value', axisLabel: { color: MUTED } },
      series: [
        part(t('dash.onTime'), '#1d6b35', (r) => r.doneOnTime),
        part(t('dash.late'), '#d9822b', (r) => r.doneLate),
        part(t('dash.cancelled'), '#8a8f96', (r) => r.cancelled),
        part(t('dash.open'), '#1f5fbf', (r) => r.open - r.overdue),
        part(t('dash.overdue'), '#a61b1b', (r) => r.overdue),
      ],
    };
  }, [rows, props, t]);
  const summary = rows
    .map(
      (r) =>
        `${props.nameOf(r.key)}, ${r.kind}: ${t('dash.demanded')} ${number(r.demanded)}, ${t('dash.onTime')} ${number(r.doneOnTime)}, ` +
        `${t('dash.late')} ${number(r.doneLate)}, ${t('dash.cancelled')} ${number(r.cancelled)}, ${t('dash.open')} ${number(r.open)}, ${t('dash.overdue')} ${number(r.overdue)}`,
    )
    .join('; ');
  return (
    <Chart
      option={option}
      label={t('dash.chartOf', { what: t('dash.compliance') })}
      summary={summary}
      height={Math.max(200, 60 + rows.length * 30)}
    />
  );
}
