/**
 * A dry run's timeline on a time axis (Apache ECharts, only the parts used):
 * one row per kind of moment, reminders and escalations in their own colours,
 * the axis and tooltips in the regulation's time zone.
 */
import { ScatterChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useEditorI18n, type EditorKey } from './i18n.js';
import type { TimelineEntry } from './queries.js';

echarts.use([ScatterChart, GridComponent, TooltipComponent, CanvasRenderer]);

const ROWS = ['stage', 'task', 'reminder', 'escalation', 'other'] as const;
type Row = (typeof ROWS)[number];
const COLORS: Record<Row, string> = {
  stage: '#1f5fbf',
  task: '#1d6b35',
  reminder: '#b86e00',
  escalation: '#a61b1b',
  other: '#555d66',
};

function rowOf(kind: TimelineEntry['kind']): Row {
  if (kind.startsWith('stage.') || kind === 'deal.closed' || kind === 'assigned') return 'stage';
  if (kind.startsWith('task.')) return 'task';
  if (kind === 'reminder' || kind === 'escalation') return kind;
  return 'other';
}

const ROW_LABEL: Record<Row, EditorKey> = {
  stage: 'axis.stage',
  task: 'axis.task',
  reminder: 'axis.reminder',
  escalation: 'axis.escalation',
  other: 'axis.other',
};

export function TimelineChart(props: {
  timeline: TimelineEntry[];
  timeZone: string;
  describe: (e: TimelineEntry) => string;
}) {
  const host = useRef<HTMLDivElement>(null);
  const { s, zoned } = useEditorI18n();

  useEffect(() => {
    const chart = echarts.init(host.current!, undefined, { renderer: 'canvas' });
    const data = props.timeline.map((e) => ({
      value: [new Date(e.at).getTime(), ROWS.indexOf(rowOf(e.kind))],
      itemStyle: { color: COLORS[rowOf(e.kind)] },
      symbol: e.kind === 'escalation' ? 'triangle' : e.kind === 'reminder' ? 'diamond' : 'circle',
      symbolSize: e.kind === 'escalation' || e.kind === 'reminder' ? 16 : 11,
      entry: e,
    }));
    chart.setOption({
      animation: false,
      grid: { left: 120, right: 24, top: 16, bottom: 48 },
      tooltip: {
        trigger: 'item',
        formatter: (p: { data: { entry: TimelineEntry } }) =>
          `${zoned(p.data.entry.at, props.timeZone)}<br/>${escapeHtml(props.describe(p.data.entry))}`,
      },
      xAxis: {
        type: 'time',
        axisLabel: { hideOverlap: true, formatter: (v: number) => zoned(new Date(v).toISOString(), props.timeZone) },
      },
      yAxis: {
        type: 'category',
        data: ROWS.map((r) => s(ROW_LABEL[r])),
        axisLabel: { color: '#1b1f24' },
      },
      series: [{ type: 'scatter', data }],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [props.timeline, props.timeZone, props.describe, s, zoned]);

  return <div ref={host} className="timeline-chart" role="img" aria-label={s('try.axis')} />;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
