/**
 * Apache ECharts, with only the chart types and components the dashboards
 * use (a smaller bundle), rendered as SVG. A chart is an image with an
 * accessible name; its numbers are in the table beside it.
 */
import { BarChart, FunnelChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([
  BarChart,
  FunnelChart,
  LineChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;

/** Below this width (a phone) category labels are cut shorter, so the bars keep their room. */
const NARROW = 520;

/** The option with its axes' label widths capped and its legend on one scrolling line, on a narrow chart. */
function fit(option: ChartOption, narrow: boolean): ChartOption {
  if (!narrow) return option;
  const cap = (axis: unknown): unknown =>
    Array.isArray(axis)
      ? axis.map(cap)
      : axis && typeof axis === 'object' && 'axisLabel' in axis
        ? { ...axis, axisLabel: { ...(axis as { axisLabel: object }).axisLabel, width: 96, overflow: 'truncate' } }
        : axis;
  const legend =
    option.legend && typeof option.legend === 'object' ? { ...option.legend, type: 'scroll' } : option.legend;
  return { ...option, yAxis: cap(option.yAxis), legend };
}

/** The design system's colours, in the order series take them. */
export const PALETTE = ['#1f5fbf', '#d9822b', '#1d6b35', '#a61b1b', '#6b4fbb', '#0f7b8a', '#8a6d0f'];
export const TEXT = '#1b1f24';
export const MUTED = '#555d66';

/**
 * One chart: `label` names it for assistive technology (role img); `summary`
 * says its numbers in words, visually hidden, for those who cannot see it.
 */
export function Chart(props: { option: ChartOption; label: string; summary?: string; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | undefined>(undefined);
  const option = useRef(props.option);
  const narrow = useRef(false);
  const draw = () => {
    const el = ref.current;
    if (!el || !chart.current) return;
    narrow.current = el.clientWidth < NARROW;
    chart.current.setOption(
      {
        color: PALETTE,
        // No growing bars: a chart shows its numbers at once (and a screenshot or a reader sees them).
        animation: false,
        textStyle: { fontFamily: 'system-ui, sans-serif', color: TEXT },
        ...fit(option.current, narrow.current),
      },
      true,
    );
  };
  useEffect(() => {
    const el = ref.current!;
    const instance = echarts.init(el, undefined, { renderer: 'svg' });
    chart.current = instance;
    draw();
    const observer = new ResizeObserver(() => {
      instance.resize();
      if (el.clientWidth < NARROW !== narrow.current) draw();
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
    // draw reads refs only.
  }, []);
  useEffect(() => {
    option.current = props.option;
    draw();
  }, [props.option]);
  return (
    <figure className="chart">
      <div
        ref={ref}
        role="img"
        aria-label={props.label}
        className="chart-canvas"
        style={{ height: `${props.height ?? 320}px` }}
      />
      {props.summary && <figcaption className="visually-hidden">{props.summary}</figcaption>}
    </figure>
  );
}

/** Text for a tooltip's HTML. */
export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
