//! Draws a [`Chart`] (pure data from `chart_data`) on a canvas with plotters.
//!
//! The drawer knows colours and geometry, nothing about the model. It sizes the canvas to its
//! CSS box times the device pixel ratio, so charts stay sharp on a projector.

use crate::app::chart_data::{stable_y_range, Chart, ChartKind, YUnit};
use crate::i18n::format::{format_count, format_euro_short};
use crate::i18n::Lang;
use crate::scenario::Op;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// The palette, indexed by `Series::colour`; chosen for contrast on white and for readers who
/// do not tell red from green (blue/orange carry the main contrast).
pub const PALETTE: [(u8, u8, u8); 10] = [
    (0x1f, 0x5f, 0x99), // foster care: dark blue
    (0x5b, 0xa4, 0xd9), // family home: light blue
    (0x8c, 0x4a, 0x2f), // residential (needed): brown
    (0xe0, 0x7b, 0x00), // residential for lack of a family place: orange
    (0x8a, 0x8a, 0x8a), // other: grey
    (0x1f, 0x5f, 0x99), // family forms (line): dark blue
    (0x2b, 0x3a, 0x4a), // this scenario: slate
    (0xa6, 0xb4, 0xc2), // status quo: light slate
    (0x2e, 0x8b, 0x57), // budget: green
    (0x7b, 0x3f, 0x9e), // cumulative balance: purple
];

pub fn css_colour(index: usize) -> String {
    let (r, g, b) = PALETTE[index % PALETTE.len()];
    format!("#{r:02x}{g:02x}{b:02x}")
}

fn colour(index: usize) -> RGBColor {
    let (r, g, b) = PALETTE[index % PALETTE.len()];
    RGBColor(r, g, b)
}

fn y_label(unit: YUnit, value: f64, lang: Lang) -> String {
    match unit {
        YUnit::Children => format_count(value, lang),
        YUnit::Percent => match lang {
            Lang::Nl => format!("{} %", format_count(value, lang)),
            Lang::En => format!("{}%", format_count(value, lang)),
        },
        YUnit::Euro => format_euro_short(value, lang),
    }
}

/// What the static part of a chart (background, axes, grid, labels) depends on.
#[derive(Clone, Debug, PartialEq)]
pub struct BackgroundKey {
    width: u32,
    height: u32,
    low: f64,
    high: f64,
    categories: Vec<String>,
    unit: YUnit,
    lang: Lang,
    /// The zoom in thousandths (a presentation draws the same chart larger).
    zoom: u32,
}

/// The static part of a chart, drawn once on an offscreen canvas and copied on every redraw:
/// a slider move then only draws the bars, lines and markers.
pub type Background = Option<(BackgroundKey, HtmlCanvasElement)>;

const MARGIN: f64 = 8.0;
const X_LABEL_AREA: f64 = 26.0;
const Y_LABEL_AREA: f64 = 64.0;

fn chart_builder<'a, 'b>(
    root: &'a DrawingArea<CanvasBackend, plotters::coord::Shift>,
    ratio: f64,
) -> ChartBuilder<'a, 'b, CanvasBackend> {
    let mut builder = ChartBuilder::on(root);
    builder
        .margin((MARGIN * ratio) as i32)
        .x_label_area_size((X_LABEL_AREA * ratio) as i32)
        .y_label_area_size((Y_LABEL_AREA * ratio) as i32);
    builder
}

fn draw_background(
    canvas: &HtmlCanvasElement,
    key: &BackgroundKey,
    ratio: f64,
) -> Result<(), String> {
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2d context")?;
    let root = backend.into_drawing_area();
    root.fill(&WHITE).map_err(|e| e.to_string())?;
    let n = key.categories.len().max(1);
    // The family as a value: plotters reads a family name through `str::to_lowercase`, whose
    // Unicode tables would cost 5 KB of the app.
    let font = |size: f64| (FontFamily::SansSerif, size * ratio).into_font();
    let mut cc = chart_builder(&root, ratio)
        .build_cartesian_2d(0f64..n as f64, key.low..key.high)
        .map_err(|e| e.to_string())?;
    let categories = &key.categories;
    let (unit, lang) = (key.unit, key.lang);
    cc.configure_mesh()
        .disable_x_mesh()
        .x_labels(n * 2 + 1)
        .x_label_formatter(&|x| {
            // Label the middle of each category only.
            let i = x.floor();
            if (x - i - 0.5).abs() < 1e-6 {
                categories.get(i as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .y_labels(6)
        .y_label_formatter(&|y| y_label(unit, *y, lang))
        .label_style(font(13.0).color(&RGBColor(0x33, 0x33, 0x33)))
        .light_line_style(WHITE)
        .bold_line_style(RGBColor(0xe2, 0xe2, 0xe2))
        .axis_style(RGBColor(0x66, 0x66, 0x66))
        .draw()
        .map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())
}

/// Draws `chart` on `canvas` at `css_size` (from [`super::events::use_element_sizes`]), its
/// lettering `zoom` times the page's (1.0 on the page), reusing `background` when the axes have
/// not changed. Errors from the canvas are returned, never panicked on.
pub fn draw_chart(
    canvas: &HtmlCanvasElement,
    chart: &Chart,
    lang: Lang,
    background: &mut Background,
    css_size: (i32, i32),
    zoom: f64,
) -> Result<(), String> {
    let pixels = web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .unwrap_or(1.0)
        .max(1.0);
    let width = (css_size.0.max(200) as f64 * pixels) as u32;
    let height = (css_size.1.max(150) as f64 * pixels) as u32;
    // Lettering, margins and lines scale with the screen's pixels and the zoom (presentation).
    let ratio = pixels * zoom;
    if canvas.width() != width {
        canvas.set_width(width);
    }
    if canvas.height() != height {
        canvas.set_height(height);
    }
    let n = chart.categories.len().max(1);
    let previous = background.as_ref().map(|(k, _)| (k.low, k.high));
    let (low, high) = stable_y_range(previous, chart);
    let key = BackgroundKey {
        width,
        height,
        low,
        high,
        categories: chart.categories.clone(),
        unit: chart.y_unit,
        lang,
        zoom: (zoom * 1000.0) as u32,
    };
    if background.as_ref().map(|(k, _)| k) != Some(&key) {
        let document = web_sys::window()
            .and_then(|w| w.document())
            .ok_or("no document")?;
        let offscreen: HtmlCanvasElement = document
            .create_element("canvas")
            .map_err(|_| "cannot create a canvas")?
            .dyn_into()
            .map_err(|_| "not a canvas")?;
        offscreen.set_width(width);
        offscreen.set_height(height);
        draw_background(&offscreen, &key, ratio)?;
        *background = Some((key, offscreen));
    }
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into().ok())
        .ok_or("no 2d context")?;
    if let Some((_, image)) = background.as_ref() {
        context
            .draw_image_with_html_canvas_element(image, 0.0, 0.0)
            .map_err(|_| "cannot copy the background")?;
    }

    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2d context")?;
    let root = backend.into_drawing_area();
    let mut cc = chart_builder(&root, ratio)
        .build_cartesian_2d(0f64..n as f64, low..high)
        .map_err(|e| e.to_string())?;

    match chart.kind {
        ChartKind::StackedBars => {
            // One draw call for all bars: each call has a fixed cost on the canvas backend.
            let mut rects = Vec::with_capacity(n * chart.series.len());
            for i in 0..n {
                let mut base = 0.0;
                for s in &chart.series {
                    let v = s.values.get(i).copied().unwrap_or(0.0).max(0.0);
                    rects.push(Rectangle::new(
                        [(i as f64 + 0.15, base), (i as f64 + 0.85, base + v)],
                        colour(s.colour).filled(),
                    ));
                    base += v;
                }
            }
            cc.draw_series(rects).map_err(|e| e.to_string())?;
        }
        ChartKind::Lines => {
            draw_bands(&mut cc, chart, ratio)?;
            draw_lines(&mut cc, chart, 0, ratio)?;
        }
        ChartKind::GroupedBarsWithLines { bar_series } => {
            let bars = bar_series.min(chart.series.len());
            let width = 0.7 / bars.max(1) as f64;
            for (k, s) in chart.series.iter().take(bars).enumerate() {
                let rects = s.values.iter().enumerate().map(|(i, &v)| {
                    let left = i as f64 + 0.15 + k as f64 * width;
                    let (y0, y1) = if v >= 0.0 { (0.0, v) } else { (v, 0.0) };
                    Rectangle::new(
                        [(left, y0), (left + width * 0.92, y1)],
                        colour(s.colour).filled(),
                    )
                });
                cc.draw_series(rects).map_err(|e| e.to_string())?;
            }
            // P10–P90 as a whisker over the middle of the band's own bars.
            for band in &chart.bands {
                let Some(k) = chart
                    .series
                    .iter()
                    .take(bars)
                    .position(|s| s.colour == band.colour)
                else {
                    continue;
                };
                // Orange: visible on the dark bar and on the white background alike.
                let style = colour(3).stroke_width((2.0 * ratio) as u32);
                let mut paths = Vec::new();
                for (i, (&lo, &hi)) in band.low.iter().zip(&band.high).enumerate() {
                    if !(lo.is_finite() && hi.is_finite()) {
                        continue;
                    }
                    let mid = i as f64 + 0.15 + k as f64 * width + width * 0.46;
                    let cap = width * 0.2;
                    paths.push(PathElement::new(vec![(mid, lo), (mid, hi)], style));
                    paths.push(PathElement::new(
                        vec![(mid - cap, lo), (mid + cap, lo)],
                        style,
                    ));
                    paths.push(PathElement::new(
                        vec![(mid - cap, hi), (mid + cap, hi)],
                        style,
                    ));
                    // The median as a wider tick.
                    if let Some(&median) = band.mid.get(i).filter(|m| m.is_finite()) {
                        paths.push(PathElement::new(
                            vec![(mid - cap * 2.0, median), (mid + cap * 2.0, median)],
                            style,
                        ));
                    }
                }
                cc.draw_series(paths).map_err(|e| e.to_string())?;
            }
            draw_lines(&mut cc, chart, bars, ratio)?;
        }
    }

    for m in &chart.markers {
        let x = m.category as f64;
        let c = colour(m.colour);
        let line = PathElement::new(
            vec![(x + 0.2, m.value), (x + 0.8, m.value)],
            c.stroke_width((3.0 * ratio) as u32),
        );
        cc.draw_series(std::iter::once(line))
            .map_err(|e| e.to_string())?;
        // An arrow says which side of the line is the goal: up for "at least", down for "at most".
        let dy = (high - low) * 0.04 * if m.op == Op::AtLeast { 1.0 } else { -1.0 };
        let tip = Polygon::new(
            vec![
                (x + 0.75, m.value + dy),
                (x + 0.7, m.value),
                (x + 0.8, m.value),
            ],
            c.filled(),
        );
        cc.draw_series(std::iter::once(tip))
            .map_err(|e| e.to_string())?;
    }
    root.present().map_err(|e| e.to_string())?;
    Ok(())
}

type Cartesian<'a> = ChartContext<
    'a,
    CanvasBackend,
    Cartesian2d<plotters::coord::types::RangedCoordf64, plotters::coord::types::RangedCoordf64>,
>;

/// One point per category with a value, in the middle of its category (non-finite values are
/// gaps).
fn category_points(values: &[f64]) -> Vec<(f64, f64)> {
    values
        .iter()
        .enumerate()
        .filter(|(_, v)| v.is_finite())
        .map(|(i, &v)| (i as f64 + 0.5, v))
        .collect()
}

/// P10–P90 bands as light areas under their lines, the median (P50) as a thin line.
fn draw_bands(cc: &mut Cartesian<'_>, chart: &Chart, ratio: f64) -> Result<(), String> {
    for band in &chart.bands {
        // Along the top edge, then back along the bottom edge.
        let mut points = category_points(&band.high);
        points.extend(category_points(&band.low).into_iter().rev());
        if points.len() < 3 {
            continue;
        }
        cc.draw_series(std::iter::once(Polygon::new(
            points,
            colour(band.colour).mix(0.22).filled(),
        )))
        .map_err(|e| e.to_string())?;
        cc.draw_series(LineSeries::new(
            category_points(&band.mid),
            colour(band.colour)
                .mix(0.7)
                .stroke_width((1.0 * ratio).max(1.0) as u32),
        ))
        .map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn draw_lines(
    cc: &mut Cartesian<'_>,
    chart: &Chart,
    skip: usize,
    ratio: f64,
) -> Result<(), String> {
    for s in chart.series.iter().skip(skip) {
        let c = colour(s.colour);
        // A scenario without a value for a year (another horizon) has a gap there.
        let points = category_points(&s.values);
        cc.draw_series(LineSeries::new(
            points.clone(),
            c.stroke_width((3.0 * ratio) as u32),
        ))
        .map_err(|e| e.to_string())?;
        cc.draw_series(
            points
                .into_iter()
                .map(|p| Circle::new(p, (4.0 * ratio) as i32, c.filled())),
        )
        .map_err(|e| e.to_string())?;
    }
    Ok(())
}
