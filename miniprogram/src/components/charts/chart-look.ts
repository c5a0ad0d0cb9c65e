/**
 * How a chart is drawn on its canvas, in normal and in elder mode (长辈模式). Canvas text is not
 * reached by the page's stylesheet, so its sizes and colours follow app.css's here: labels at the
 * page's small type (14 px, 18 px in elder mode), in its muted text colour, lines in its green.
 * Sizes are CSS pixels; F2 converts only strings ending in "px", so numbers pass through as they are.
 */
export interface ChartLook {
  elder: boolean;
  /** Axis labels and values written on the chart. */
  fontSize: number;
  textColor: string;
  gridColor: string;
  /** Bars, lines and points: the app's primary green. */
  markColor: string;
  /** The filled area of a radar, under its outline. */
  areaOpacity: number;
  lineWidth: number;
  pointRadius: number;
}

export function chartLook(elder: boolean): ChartLook {
  return elder
    ? {
        elder,
        fontSize: 18,
        textColor: '#1a1a1a',
        gridColor: '#8a948c',
        markColor: '#0b4a21',
        areaOpacity: 0.3,
        lineWidth: 3,
        pointRadius: 5,
      }
    : {
        elder,
        fontSize: 14,
        textColor: '#4a5462',
        gridColor: '#dce2da',
        markColor: '#1b6b3a',
        areaOpacity: 0.2,
        lineWidth: 2,
        pointRadius: 4,
      };
}

/**
 * F2's built-in sizes ("24px" type, "15px" offsets) are for a 750-wide design, scaled by default by
 * the document's root font size, which the H5 build sets for its own rem units (20 px, so F2's
 * default type came out at 5 px). Halved instead, they are CSS pixels on every screen.
 */
export const px2hd = (px: number) => px / 2;

/**
 * F2 leaves out a part of an axis (its labels, its grid) whose style is null, as its own examples
 * do; its types do not say so.
 */
export const LEFT_OUT = null as unknown as undefined;

/** The axis label style F2 takes (`style.label` of an Axis). */
export function axisLabelStyle(look: ChartLook) {
  return { fontSize: look.fontSize, fill: look.textColor };
}
