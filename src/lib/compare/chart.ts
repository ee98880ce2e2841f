/** Geometry of a place's profile chart (one bar per theme), drawn as SVG at build time. */
export interface Bar {
  label: string;
  count: number;
  y: number;
  width: number;
}

export interface ProfileChart {
  width: number;
  height: number;
  labelWidth: number;
  bars: Bar[];
  barHeight: number;
}

export const CHART = { width: 320, labelWidth: 112, barHeight: 18, gap: 8, countWidth: 28 } as const;

/** Bars share one scale (`max`) across places so the charts compare with each other. */
export function profileChart(rows: readonly { label: string; count: number }[], max: number): ProfileChart {
  const span = CHART.width - CHART.labelWidth - CHART.countWidth;
  return {
    width: CHART.width,
    height: rows.length * (CHART.barHeight + CHART.gap),
    labelWidth: CHART.labelWidth,
    barHeight: CHART.barHeight,
    bars: rows.map((row, index) => ({
      label: row.label,
      count: row.count,
      y: index * (CHART.barHeight + CHART.gap),
      width: max > 0 ? (row.count / max) * span : 0,
    })),
  };
}
