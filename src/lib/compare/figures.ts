/** Key figures: what kind of number a quoted figure is, so targets and structure never read as results. */
export const FIGURE_STATUSES = ['achieved', 'target', 'plan'] as const;
export type FigureStatus = (typeof FIGURE_STATUSES)[number];

export interface FigureNature {
  status: FigureStatus;
  structural: boolean;
}

/**
 * The label a figure carries next to its value: none for an achieved count; 目标, 计划 and 结构性数字
 * otherwise, so a reader never takes a target or a number of levels for a statistic.
 */
export function figureLabels({ status, structural }: FigureNature): string[] {
  return [...(status === 'target' ? ['目标'] : status === 'plan' ? ['计划'] : []), ...(structural ? ['结构性数字'] : [])];
}

/** Only achieved, non-structural figures are statistics. */
export function isStatistic(figure: FigureNature): boolean {
  return figure.status === 'achieved' && !figure.structural;
}
