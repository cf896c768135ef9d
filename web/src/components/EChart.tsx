/**
 * An ECharts chart in a div: created once, updated with each new option, disposed on unmount.
 * Only the chart kinds and components the dashboard uses are bundled; SVG output prints sharply.
 */
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { GraphChart, LineChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([LineChart, ScatterChart, GraphChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, TitleComponent, AriaComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

export function EChart({ option, label, height = 320, onClick }: {
  option: ChartOption;
  /** What the chart shows, for screen readers (a table beside it gives the figures). */
  label: string;
  height?: number;
  onClick?: (params: { data?: unknown; dataIndex: number; seriesIndex?: number; dataType?: string }) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    const instance = echarts.init(ref.current!, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params) => clickRef.current?.(params as never));
    // Follows the box's size; a box of no size (hidden, detached) is left alone.
    const observer = new ResizeObserver(([entry]) => {
      if (entry.contentRect.width > 0 && entry.contentRect.height > 0 && !instance.isDisposed()) instance.resize();
    });
    observer.observe(ref.current!);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: true }, ...option }, { notMerge: true });
  }, [option]);

  return <div ref={ref} className="chart" role="img" aria-label={label} style={{ height }} />;
}
