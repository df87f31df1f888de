import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Measurement } from './quality-api';

/** A monitor's measurements over time (oldest left) with the lower and upper thresholds each was judged by. */
export function MeasurementChart({ measurements }: { measurements: Measurement[] }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const points = measurements.filter((m) => m.value !== null).reverse();
    const data: uPlot.AlignedData = [
      points.map((m) => Date.parse(m.created_at) / 1000),
      points.map((m) => m.value),
      points.map((m) => m.lower_threshold),
      points.map((m) => m.upper_threshold),
    ];
    const chart = new uPlot(
      {
        width: Math.max(320, element.clientWidth),
        height: 260,
        series: [
          {},
          { label: 'value', stroke: '#1c7ed6', width: 2, points: { show: true, size: 6 } },
          { label: 'lower threshold', stroke: '#fa5252', dash: [6, 4] },
          { label: 'upper threshold', stroke: '#fa5252', dash: [6, 4] },
        ],
        axes: [{}, { size: 70 }],
      },
      data,
      element,
    );
    return () => chart.destroy();
  }, [measurements]);
  return <div ref={container} data-testid="measurement-chart" />;
}
